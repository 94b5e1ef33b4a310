import { isRecord } from '../json';
import type { LexicalState, Meeting } from '../meeting/meeting-schema';
import { ACTION_NODE_TYPE, DECISION_NODE_TYPE, type ActionData } from './node-data';

/**
 * Changes to a block made outside the editor (from the task panel): the
 * notes JSON is copied along the path to the block and the block's fields
 * are replaced. The editor on screen takes the new notes over, so there is
 * still one source of truth.
 */

const MAX_DEPTH = 200;

function patchNode(node: unknown, blockId: string, patch: Record<string, unknown>, depth: number): unknown {
  if (!isRecord(node) || depth > MAX_DEPTH) return node;
  if ((node.type === ACTION_NODE_TYPE || node.type === DECISION_NODE_TYPE) && node.id === blockId) return { ...node, ...patch };
  if (!Array.isArray(node.children)) return node;
  let changed = false;
  const children = node.children.map((child) => {
    const next = patchNode(child, blockId, patch, depth + 1);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...node, children } : node;
}

export function patchBlockInNotes(notes: LexicalState | null, blockId: string, patch: Record<string, unknown>): LexicalState | null {
  if (notes === null) return null;
  const root = patchNode(notes.root, blockId, patch, 0);
  return root === notes.root ? notes : ({ ...notes, root } as LexicalState);
}

/** The meeting with one action's status, owners or due date changed. */
export function patchAction(meeting: Meeting, itemId: string, actionId: string, patch: Partial<Omit<ActionData, 'id'>>): Meeting {
  return {
    ...meeting,
    agendaItems: meeting.agendaItems.map((item) =>
      item.id === itemId ? { ...item, notes: patchBlockInNotes(item.notes, actionId, patch) } : item,
    ),
  };
}
