/**
 * Every node type the notes may hold, by the name it has in the saved JSON:
 * Lexical's built-ins and the meeting's own blocks. The one spelling of
 * these names: the validator, the walker, the Word export and the node
 * classes all use these constants (a unit test checks the node classes
 * register exactly these types).
 */
export const NOTE_NODE = {
  root: 'root',
  paragraph: 'paragraph',
  text: 'text',
  linebreak: 'linebreak',
  tab: 'tab',
  heading: 'heading',
  quote: 'quote',
  list: 'list',
  listitem: 'listitem',
  link: 'link',
  autolink: 'autolink',
  decision: 'mdo-decision',
  action: 'mdo-action',
  safetyScale: 'mdo-safety-scale',
  confidential: 'mdo-confidential',
} as const;

export type NoteNodeType = (typeof NOTE_NODE)[keyof typeof NOTE_NODE];

export const KNOWN_NOTE_NODE_TYPES: readonly NoteNodeType[] = Object.values(NOTE_NODE);

/** Our own leaf blocks: data in the node, no children. */
export const BLOCK_NODE_TYPES: readonly NoteNodeType[] = [NOTE_NODE.decision, NOTE_NODE.action, NOTE_NODE.safetyScale];

const BLOCK_TYPES: ReadonlySet<string> = new Set<string>(BLOCK_NODE_TYPES);

/** Whether a node type is one of our own leaf blocks (a decision, an action, a safety scale). */
export function isBlockNodeType(type: string): boolean {
  return BLOCK_TYPES.has(type);
}

/** Lexical's element nodes and our confidential passage: nodes with `children` (Lexical's import walks them and throws without a list). */
const ELEMENT_TYPES: ReadonlySet<string> = new Set<NoteNodeType>([
  NOTE_NODE.root,
  NOTE_NODE.paragraph,
  NOTE_NODE.heading,
  NOTE_NODE.quote,
  NOTE_NODE.list,
  NOTE_NODE.listitem,
  NOTE_NODE.link,
  NOTE_NODE.autolink,
  NOTE_NODE.confidential,
]);

/** Whether a node type is an element: a node with children (a paragraph, a list, a link, a confidential passage …). */
export function isElementNodeType(type: string): boolean {
  return ELEMENT_TYPES.has(type);
}

/** The version written into each of our nodes, so a later shape can be migrated. */
export const NOTE_NODE_VERSION = 1;
