import type { Confidentiality, Meeting } from '../meeting/meeting-schema';
import { noteBlocks, type Located, type LocatedSafetyScale, type MeetingLists, type NumberedAction, type NumberedDecision } from './derive-lists';
import { readAction, readDecision, readSafetyScale, type ActionData, type DecisionData, type SafetyScaleData } from './node-data';
import { NOTE_NODE } from './node-types';
import type { SerializedNode } from './lexical-json';

/**
 * deriveMeetingLists for a meeting that changes a keystroke at a time. A
 * keystroke gives one item new notes and leaves the other items' notes as
 * they were (the same objects), so only that item is read again, and only
 * its blocks whose JSON changed are checked again with their schema. What did
 * not change keeps its identity, down to the lists themselves: while the text
 * between the blocks is typed, the same MeetingLists comes back, and a view
 * that compares its props (React.memo) has nothing to do.
 *
 * Invariant: the result equals deriveMeetingLists(meeting), numbers and
 * fallback ids included (tests/unit/incremental-lists.test.ts).
 */
export type ListsDeriver = (meeting: Pick<Meeting, 'agendaItems'>) => MeetingLists;

type BlockData = { kind: 'decision'; data: DecisionData } | { kind: 'action'; data: ActionData } | { kind: 'scale'; data: SafetyScaleData };

interface ReadBlock {
  /** The block's JSON as last read: a new object with equal content reads the same. */
  node: SerializedNode;
  read: BlockData;
  /** The confidential passages around the block, outer to inner. */
  passages: Confidentiality[];
}

interface ItemBlocks {
  notes: unknown;
  blocks: ReadBlock[];
  /** Where the item's numbering started; only matters when a block had no id of its own (its fallback id counts from there). */
  starts: string;
  usedFallback: boolean;
}

/** Structural equality of JSON values (the notes are plain JSON: no cycles, no dates). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, index) => sameJson(value, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

export function createListsDeriver(): ListsDeriver {
  let items = new Map<string, ItemBlocks>();
  let previous: MeetingLists | null = null;
  const previousEntries = new Map<string, NumberedDecision | NumberedAction | LocatedSafetyScale>();

  function readItem(itemId: string, notes: unknown, counts: { decisions: number; actions: number; scales: number }): ItemBlocks {
    const starts = `${counts.decisions}/${counts.actions}/${counts.scales}`;
    const cached = items.get(itemId);
    if (cached && cached.notes === notes && (!cached.usedFallback || cached.starts === starts)) return cached;
    const earlier = cached?.blocks ?? [];
    // A block is found again by its id: a block added above it moves it, and it is the same block.
    const earlierById = new Map(earlier.map((block) => [block.node.id, block]));
    let usedFallback = false;
    let decisions = counts.decisions;
    let actions = counts.actions;
    let scales = counts.scales;
    const blocks = noteBlocks(notes).map(({ node, restrictions }, index): ReadBlock => {
      const fallback =
        node.type === NOTE_NODE.decision ? `${itemId}-b${++decisions}` : node.type === NOTE_NODE.action ? `${itemId}-a${++actions}` : `${itemId}-s${++scales}`;
      const before = (typeof node.id === 'string' ? earlierById.get(node.id) : undefined) ?? earlier[index];
      // Most keystrokes leave every block as it was: its data is read once, not checked again at each key.
      if (before && !cached?.usedFallback && sameJson(before.node, node)) {
        return { node, read: before.read, passages: sameJson(before.passages, restrictions) ? before.passages : restrictions };
      }
      const read = readBlock(node, fallback);
      if (read.data.id === fallback && node.id !== fallback) usedFallback = true;
      return { node, read, passages: restrictions };
    });
    return { notes, blocks, starts, usedFallback };
  }

  /**
   * The entry as before when nothing about it changed, so it keeps its
   * identity; else a new entry that still keeps the old restrictions when
   * they are equal. A view that compares the data and the restrictions (a
   * task card) then renders only what changed: after a block was added
   * before it, its number.
   */
  function reuse<T extends NumberedDecision | NumberedAction | LocatedSafetyScale>(fresh: T): T {
    const old = previousEntries.get(fresh.data.id) as T | undefined;
    if (!old) return fresh;
    const restrictions = sameJson(old.restrictions, fresh.restrictions) ? old.restrictions : fresh.restrictions;
    const sameNumber = 'number' in fresh ? 'number' in old && old.number === fresh.number : !('number' in old);
    const unchanged =
      old.data === fresh.data &&
      old.itemId === fresh.itemId &&
      old.itemTitle === fresh.itemTitle &&
      old.itemIndex === fresh.itemIndex &&
      restrictions === old.restrictions &&
      sameNumber;
    return unchanged ? old : { ...fresh, restrictions };
  }

  return (meeting) => {
    const next = new Map<string, ItemBlocks>();
    const decisions: NumberedDecision[] = [];
    const actions: NumberedAction[] = [];
    const safetyScales: LocatedSafetyScale[] = [];
    meeting.agendaItems.forEach((item, itemIndex) => {
      const read = readItem(item.id, item.notes, { decisions: decisions.length, actions: actions.length, scales: safetyScales.length });
      next.set(item.id, read);
      const itemRestrictions = item.confidential ? [item.confidential] : [];
      for (const block of read.blocks) {
        const located: Located = { itemId: item.id, itemTitle: item.title, itemIndex, restrictions: [...itemRestrictions, ...block.passages] };
        const { read: data } = block;
        if (data.kind === 'decision') decisions.push(reuse({ ...located, number: `B${decisions.length + 1}`, data: data.data }));
        else if (data.kind === 'action') actions.push(reuse({ ...located, number: `A${actions.length + 1}`, data: data.data }));
        else safetyScales.push(reuse({ ...located, data: data.data }));
      }
    });
    items = next;
    if (previous && sameList(previous.decisions, decisions) && sameList(previous.actions, actions) && sameList(previous.safetyScales, safetyScales)) {
      return previous;
    }
    const lists: MeetingLists = {
      decisions: previous && sameList(previous.decisions, decisions) ? previous.decisions : decisions,
      actions: previous && sameList(previous.actions, actions) ? previous.actions : actions,
      safetyScales: previous && sameList(previous.safetyScales, safetyScales) ? previous.safetyScales : safetyScales,
    };
    previousEntries.clear();
    for (const entry of [...lists.decisions, ...lists.actions, ...lists.safetyScales]) previousEntries.set(entry.data.id, entry);
    previous = lists;
    return lists;
  };
}

function readBlock(node: SerializedNode, fallbackId: string): BlockData {
  if (node.type === NOTE_NODE.decision) return { kind: 'decision', data: readDecision(node, fallbackId) };
  if (node.type === NOTE_NODE.action) return { kind: 'action', data: readAction(node, fallbackId) };
  return { kind: 'scale', data: readSafetyScale(node, fallbackId) };
}
