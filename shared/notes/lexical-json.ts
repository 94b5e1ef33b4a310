import { isRecord } from '../json';
import { BLOCK_NODE_TYPES, NOTE_NODE } from './node-types';

/**
 * The one walker of the notes' JSON (Lexical's serialized editor state, with
 * our blocks and passages in it). The notes come from a file, so nothing is
 * trusted: every field is checked where it is read, and an unknown node is
 * read by its text, never a reason to fail.
 *
 * Depth policy, the same for every reader: a meeting whose notes nest deeper
 * than MAX_NOTE_NODE_DEPTH is refused when it is validated
 * (notes-validation.ts), so no opened meeting has them. Readers of the
 * structure (visitNodes, the note tree) still stop there for JSON that was
 * never validated and keep what is deeper as plain text (plainText reads all
 * of it). The copy (copyNotesJson) goes all the way down: the privacy paths
 * must reach every passage and every name, however deep. Nothing here
 * recurses, so no file can exhaust the stack.
 */

/** Nodes inside nodes. Real notes reach 5 or 6 (a list in a passage in a quote); 100 is far beyond any editing. */
export const MAX_NOTE_NODE_DEPTH = 100;

export interface SerializedNode {
  type: string;
  children?: unknown[];
  [key: string]: unknown;
}

export function isSerializedNode(value: unknown): value is SerializedNode {
  return isRecord(value) && typeof value.type === 'string';
}

export function childNodes(node: SerializedNode): SerializedNode[] {
  return Array.isArray(node.children) ? node.children.filter(isSerializedNode) : [];
}

export function stringField(node: SerializedNode, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

export function numberField(node: SerializedNode, key: string): number {
  const value = node[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Lexical's text format bits. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

/** The root node of an editor state, or null for odd or empty notes. */
export function rootNode(notes: unknown): SerializedNode | null {
  return isRecord(notes) && isSerializedNode(notes.root) ? notes.root : null;
}

/**
 * Visits every node below `root` (the root included) in document order,
 * without recursion and no deeper than MAX_NOTE_NODE_DEPTH. `visit` gets the
 * node's ancestors, outermost first, and says whether to go into its children.
 */
export function visitNodes(
  root: SerializedNode,
  visit: (node: SerializedNode, ancestors: readonly SerializedNode[]) => boolean,
): void {
  const stack: { node: SerializedNode; ancestors: readonly SerializedNode[] }[] = [{ node: root, ancestors: [] }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, ancestors } = entry;
    if (visit(node, ancestors) === false || ancestors.length + 1 >= MAX_NOTE_NODE_DEPTH) continue;
    const children = childNodes(node);
    const below = [...ancestors, node];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push({ node: child, ancestors: below });
    }
  }
}

/** Whether a node is one of our own leaf blocks (a decision, an action, a safety scale). */
export function isBlockNode(node: SerializedNode): boolean {
  return BLOCK_NODE_TYPES.some((type) => type === node.type);
}

/** All text below a node, however deep: the fallback for what is too deep to read as structure. */
export function plainText(node: SerializedNode): string {
  const parts: string[] = [];
  const stack: SerializedNode[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.type === NOTE_NODE.text) parts.push(stringField(current, 'text'));
    else if (current.type === NOTE_NODE.linebreak) parts.push('\n');
    else if (current.type === NOTE_NODE.tab) parts.push('\t');
    else stack.push(...childNodes(current).reverse());
  }
  return parts.join('');
}

/**
 * Fields of the notes' JSON that are structure, never text someone typed:
 * a copy that rewrites typed text (names replaced) leaves them as they are.
 */
const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  'type', 'id', 'participantId', 'direction', 'format', 'listType', 'tag', 'scope', 'status', 'due', 'mode', 'style', 'textStyle', 'rel', 'target',
]);

export interface NotesCopyRules {
  /** Leaves a node out of the copy, with everything inside it. */
  dropNode?: (node: SerializedNode) => boolean;
  /** Rewrites every string someone typed (text, block data, link text); structural fields stay. */
  mapText?: (text: string) => string;
}

/**
 * A copy of notes (or any JSON inside them) by the rules; the input is not
 * changed. Iterative and without a depth limit: a passage or a name deep in
 * a hostile file must be reached too, never carried along unseen. Keys keep
 * their order, so a copy without rules is equal to its input.
 */
export function copyNotesJson(value: unknown, rules: NotesCopyRules): unknown {
  const { dropNode, mapText } = rules;
  const dropped = (candidate: unknown): boolean => dropNode !== undefined && isSerializedNode(candidate) && dropNode(candidate);
  const holder: { value: unknown } = { value: undefined };
  if (dropped(value)) return null;
  const stack: { source: unknown; key: string | null; assign: (copy: unknown) => void }[] = [
    { source: value, key: null, assign: (copy) => (holder.value = copy) },
  ];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { source, key, assign } = entry;
    if (typeof source === 'string') {
      assign(mapText && !(key !== null && STRUCTURAL_KEYS.has(key)) ? mapText(source) : source);
    } else if (Array.isArray(source)) {
      const copy: unknown[] = [];
      assign(copy);
      for (const element of source) {
        if (dropped(element)) continue;
        const index = copy.push(undefined) - 1;
        stack.push({ source: element, key, assign: (c) => (copy[index] = c) });
      }
    } else if (isRecord(source)) {
      const copy: Record<string, unknown> = {};
      assign(copy);
      for (const [childKey, child] of Object.entries(source)) {
        copy[childKey] = undefined; // keeps the keys in their order
        stack.push({ source: child, key: childKey, assign: (c) => (copy[childKey] = c) });
      }
    } else {
      assign(source);
    }
  }
  return holder.value;
}

/**
 * The notes with the first node that `matches` replaced by `replace(node)`,
 * copied only along the path to it; the same object when nothing matches.
 */
export function replaceNode<T>(notes: T, matches: (node: SerializedNode) => boolean, replace: (node: SerializedNode) => SerializedNode): T {
  const root = rootNode(notes);
  if (root === null) return notes;
  const search: { path: readonly SerializedNode[] | null } = { path: null };
  visitNodes(root, (node, ancestors) => {
    if (search.path !== null) return false;
    if (!matches(node)) return true;
    search.path = [...ancestors, node];
    return false;
  });
  const found = search.path;
  if (found === null) return notes;
  let replacement = replace(found[found.length - 1] as SerializedNode);
  for (let level = found.length - 2; level >= 0; level--) {
    const parent = found[level] as SerializedNode;
    const original = found[level + 1];
    const children = (parent.children ?? []).map((child) => (child === original ? replacement : child));
    replacement = { ...parent, children };
  }
  return { ...(notes as object), root: replacement } as T;
}
