import { isRecord } from '../json';
import { labelForPath } from '../meeting/field-labels';
import { MAX_NOTE_NODE_DEPTH } from './lexical-json';
import { KNOWN_NOTE_NODE_TYPES, NOTE_NODE, isBlockNodeType, isElementNodeType, type NoteNodeType } from './node-types';

/**
 * Checks the Lexical JSON of an agenda item's notes before any editor sees
 * it. The schema only checks the outer shape (a root with children); a file
 * from a newer version, a hand-edited file or a broken one could hold a node
 * type Lexical does not know (it throws), an element without children (it
 * throws), or nesting so deep that Lexical's recursive import, the Word
 * export or the IPC bridge runs out of stack. All of that becomes one Dutch
 * sentence naming the agenda item instead.
 *
 * Pure and iterative on purpose: the input is untrusted and may be nested
 * 100,000 levels deep, so this walk keeps its own stack and never recurses.
 */

const KNOWN_TYPES: ReadonlySet<string> = new Set(KNOWN_NOTE_NODE_TYPES);

/** Leaf nodes that live inside a block; Lexical refuses them directly in the root. */
const INLINE_LEAF_TYPES: ReadonlySet<string> = new Set<NoteNodeType>([NOTE_NODE.text, NOTE_NODE.linebreak, NOTE_NODE.tab]);

/** Heading levels Lexical renders; anything else would become an arbitrary HTML tag. */
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Nesting of any JSON value in the notes (a node is an object and its
 * children an array, so two levels per node, plus room for block data).
 */
export const MAX_NOTE_JSON_DEPTH = 2 * MAX_NOTE_NODE_DEPTH + 20;

/*
 * The size of one agenda item's notes. What the page pays for when an item
 * opens is its nodes (each is parsed, gets its elements and is laid out),
 * our own blocks most of all (each decision, action or scale is a small
 * form), and the layout of the text. Measured in Chromium's CPU time for
 * the task that shows the item (tests/e2e/notes-limits.spec.ts, on the
 * build machine): about 45 ms for the screen itself, 70 ms for 5,000
 * nodes, 0.8 ms a block, and 150 ms to lay out 200,000 characters in one
 * paragraph. The limits keep the largest notes they allow well under 200 ms
 * (at 150,000 characters, 5,000 nodes and 60 blocks together the task took
 * 184 ms of CPU in CI: too close; these limits leave about a quarter) and
 * are far above a real meeting: two hours typed without a pause is about
 * 15,000 words (100,000 characters), a few thousand nodes when every line
 * is a list item, and a dozen decisions and actions.
 */

/** Characters of text in one agenda item (text, link targets, what is typed in blocks): more than a 2-hour meeting typed non-stop. */
export const MAX_NOTE_CHARACTERS = 120_000;

/** Nodes in one agenda item (paragraphs, pieces of formatted text, links, list items, blocks …). */
export const MAX_NOTE_NODES = 4_000;

/** Decisions, actions and safety scales in one agenda item. */
export const MAX_NOTE_BLOCKS = 50;

/**
 * JSON values of any kind in one agenda item (a node has about ten, a
 * block with a hundred scores a few hundred). Bounds the walk's own memory
 * for a file that is one huge array of numbers.
 */
export const MAX_NOTE_VALUES = 20 * MAX_NOTE_NODES;

/** Keys whose strings are structure, not text someone typed: they do not count as characters. */
const STRUCTURE_KEYS: ReadonlySet<string> = new Set([
  'type', 'direction', 'format', 'mode', 'style', 'textStyle', 'tag', 'listType', 'id', 'participantId', 'due', 'status', 'scope', 'rel', 'target',
]);

/**
 * A whole number as Dutch writes it, 1.048.576. By hand: toLocaleString
 * loads the ICU locale data on first use (about 20 ms at every CLI start).
 */
export function dutchNumber(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** What to do about notes that are too large, the same wherever they come from (a file, MDO-Markdown, the editor). */
const SPREAD_THEM = 'Verdeel de aantekeningen over meer agendapunten';

/** Said once, not for every agenda item read. */
const tooMany = `bevat te veel onderdelen: meer dan ${dutchNumber(MAX_NOTE_NODES)} (alinea's, stukken opgemaakte tekst, links, lijstpunten). ${SPREAD_THEM}`;
const tooDeep = `is te diep genest (meer dan ${MAX_NOTE_NODE_DEPTH} niveaus) en kan niet worden gelezen`;

/** How a node type is called on screen. */
const dutchNames: Record<NoteNodeType, string> = {
  [NOTE_NODE.root]: 'de inhoud',
  [NOTE_NODE.paragraph]: 'een alinea',
  [NOTE_NODE.text]: 'een stuk tekst',
  [NOTE_NODE.linebreak]: 'een regelafbreking',
  [NOTE_NODE.tab]: 'een tab',
  [NOTE_NODE.heading]: 'een kop',
  [NOTE_NODE.quote]: 'een citaat',
  [NOTE_NODE.list]: 'een lijst',
  [NOTE_NODE.listitem]: 'een lijstonderdeel',
  [NOTE_NODE.link]: 'een koppeling',
  [NOTE_NODE.autolink]: 'een koppeling',
  [NOTE_NODE.decision]: 'een besluit',
  [NOTE_NODE.action]: 'een actie',
  [NOTE_NODE.safetyScale]: 'een schaalvraag',
  [NOTE_NODE.confidential]: 'een vertrouwelijke passage',
};

const MAX_SHOWN_TYPE_LENGTH = 40;

/** An unknown type as the user sees it: quoted, short, without line breaks. */
function shownType(type: string): string {
  const oneLine = type.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_SHOWN_TYPE_LENGTH ? `${oneLine.slice(0, MAX_SHOWN_TYPE_LENGTH)}…` : oneLine;
}

function isKnownType(type: string): type is NoteNodeType {
  return KNOWN_TYPES.has(type);
}

/** What is wrong with one node itself (not its children), as the end of a Dutch sentence; null when nothing. */
function nodeProblem(node: unknown, nodeDepth: number): string | null {
  const isRoot = nodeDepth === 1;
  if (!isRecord(node)) return 'bevat een onderdeel dat geen geldig onderdeel is';
  const { type } = node;
  if (typeof type !== 'string' || type === '') return 'bevat een onderdeel zonder soort';
  if (!isKnownType(type)) return `bevat een onderdeel dat deze versie niet kent ("${shownType(type)}")`;
  if (isRoot !== (type === NOTE_NODE.root)) {
    return isRoot ? 'begint niet met de inhoud zelf' : 'bevat de inhoud nog eens binnen zichzelf';
  }
  if (nodeDepth === 2 && INLINE_LEAF_TYPES.has(type)) return `bevat ${dutchNames[type]} buiten een alinea`;
  if (isElementNodeType(type) && !Array.isArray(node.children)) {
    return `bevat ${dutchNames[type]} zonder onderdelen`;
  }
  if (type === NOTE_NODE.text && typeof node.text !== 'string') return 'bevat een stuk tekst zonder geldige tekst';
  if (type === NOTE_NODE.heading && !(typeof node.tag === 'string' && HEADING_TAGS.has(node.tag))) {
    return 'bevat een kop met een ongeldig niveau';
  }
  return null;
}

interface Pending {
  value: unknown;
  /** JSON nesting of this value: the notes object is 0. */
  jsonDepth: number;
  /** Set when the value is a node: its nesting among nodes, the root is 1. */
  nodeDepth: number | null;
}

/** How large one item's notes are, as the limits count it. */
export interface NotesSize {
  characters: number;
  nodes: number;
  blocks: number;
}

/**
 * What is wrong with the notes of one agenda item, as the end of a Dutch
 * sentence (the caller puts the item's name in front), or null when the
 * notes are fine. Null notes are fine: the item has none.
 */
export function notesProblem(notes: unknown): string | null {
  if (notes === null) return null;
  if (!isRecord(notes)) return 'heeft een verkeerde waarde';
  const stack: Pending[] = [];
  const size: NotesSize = { characters: 0, nodes: 0, blocks: 0 };
  let values = 0;
  /**
   * Counts a value and keeps it for the walk; a problem of the walk itself
   * (more values than real notes hold, nesting too deep) comes back. A plain
   * value has nothing below it, so it is checked (and a string counted as
   * text unless it is structure) here and not kept: most of the notes are
   * strings and numbers.
   */
  const push = (value: unknown, key: string | null, jsonDepth: number, nodeDepth: number | null): string | null => {
    values += 1;
    if (values > MAX_NOTE_VALUES) return tooMany;
    if (nodeDepth === null && (typeof value !== 'object' || value === null)) {
      if (typeof value === 'string' && !(key !== null && STRUCTURE_KEYS.has(key))) size.characters += value.length;
      return jsonDepth > MAX_NOTE_JSON_DEPTH ? tooDeep : null;
    }
    stack.push({ value, jsonDepth, nodeDepth });
    return null;
  };

  const first = push(notes.root, 'root', 1, 1);
  if (first) return first;
  // The rest of the notes object (passthrough keys) is only walked for its depth.
  for (const [key, value] of Object.entries(notes)) {
    const problem = key === 'root' ? null : push(value, key, 1, null);
    if (problem) return problem;
  }
  for (let pending = stack.pop(); pending !== undefined; pending = stack.pop()) {
    const { value, jsonDepth, nodeDepth } = pending;
    if (jsonDepth > MAX_NOTE_JSON_DEPTH || (nodeDepth !== null && nodeDepth > MAX_NOTE_NODE_DEPTH)) return tooDeep;
    if (nodeDepth !== null) {
      size.nodes += 1;
      if (size.nodes > MAX_NOTE_NODES) return tooMany;
      const problem = nodeProblem(value, nodeDepth);
      if (problem) return problem;
      if (isRecord(value) && typeof value.type === 'string' && isBlockNodeType(value.type)) size.blocks += 1;
    }
    if (Array.isArray(value)) {
      for (const element of value) {
        const problem = push(element, null, jsonDepth + 1, null);
        if (problem) return problem;
      }
    } else if (isRecord(value)) {
      for (const key in value) {
        const child = value[key];
        if (nodeDepth !== null && key === 'children' && Array.isArray(child)) {
          // The list of children is one JSON level; each element in it is a node one level down.
          for (const element of child) {
            const problem = push(element, null, jsonDepth + 2, nodeDepth + 1);
            if (problem) return problem;
          }
        } else {
          const problem = push(child, key, jsonDepth + 1, null);
          if (problem) return problem;
        }
      }
    }
  }
  return sizeProblem(size);
}

/** What is too large about notes of this size, as the end of a Dutch sentence; null when they fit. */
export function sizeProblem(size: NotesSize): string | null {
  if (size.nodes > MAX_NOTE_NODES) {
    return `bevat te veel onderdelen: ${dutchNumber(size.nodes)}, hoogstens ${dutchNumber(MAX_NOTE_NODES)} (alinea's, stukken opgemaakte tekst, links, lijstpunten). ${SPREAD_THEM}`;
  }
  if (size.characters > MAX_NOTE_CHARACTERS) {
    return `bevat te veel tekst: ${dutchNumber(size.characters)} tekens, hoogstens ${dutchNumber(MAX_NOTE_CHARACTERS)} per agendapunt. ${SPREAD_THEM}`;
  }
  if (size.blocks > MAX_NOTE_BLOCKS) {
    return `bevat te veel besluiten, acties en schaalvragen: ${dutchNumber(size.blocks)}, hoogstens ${dutchNumber(MAX_NOTE_BLOCKS)} per agendapunt. ${SPREAD_THEM}`;
  }
  return null;
}

/** An agenda item as a message names it: "Agendapunt 3 ("Thuissituatie")", the title on one line and short. */
export function agendaItemName(index: number, title: unknown): string {
  const oneLine = typeof title === 'string' ? title.replace(/[\s\p{C}]+/gu, ' ').trim() : '';
  const shown = oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
  return `Agendapunt ${index + 1}${shown === '' ? '' : ` ("${shown}")`}`;
}

/**
 * One Dutch sentence per agenda item whose notes cannot be loaded, naming
 * the item by its number and title: "Agendapunt 3 ("Thuis") › Aantekeningen
 * bevat …".
 */
export function describeNotesProblems(agendaItems: readonly { notes: unknown; title?: unknown }[]): string[] {
  const problems: string[] = [];
  for (const [index, item] of agendaItems.entries()) {
    const problem = notesProblem(item.notes);
    if (problem) problems.push(`${agendaItemName(index, item.title)} › ${labelForPath(['notes'])} ${problem}.`);
  }
  return problems;
}

/**
 * Notes whose root holds nothing are no notes: Lexical refuses to load an
 * empty root, so they are read as null (what an item without notes has).
 * Call after the notes passed the check above.
 */
export function withoutEmptyNotes<T extends { notes: { root: { children: unknown[] } } | null }>(item: T): T {
  return item.notes !== null && item.notes.root.children.length === 0 ? { ...item, notes: null } : item;
}
