import { isRecord } from '../json';
import { NOTE_NODE, isBlockNodeType } from './node-types';

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
  return isBlockNodeType(node.type);
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
  /**
   * Rewrites every string someone typed or pasted (text, block data, names,
   * link targets), with the field it is in (`text`, `url`, `name`, `what` …;
   * null for the value itself); structural fields (type, id, format …) stay.
   */
  mapText?: (text: string, key: string | null) => string;
}

/** Whether any node in `value` (however deep) is one `matches` picks; iterative, no depth limit. */
function anyNode(value: unknown, matches: (node: SerializedNode) => boolean): boolean {
  const stack: unknown[] = [value];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (Array.isArray(current)) {
      for (const element of current) if (typeof element === 'object' && element !== null) stack.push(element);
    } else if (isRecord(current)) {
      if (isSerializedNode(current) && matches(current)) return true;
      for (const child of Object.values(current)) if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}

/**
 * A copy of notes (or any JSON inside them) by the rules; the input is not
 * changed. Iterative and without a depth limit: a passage or a name deep in
 * a hostile file must be reached too, never carried along unseen. Keys keep
 * their order, so a copy without effect is equal to its input; when the
 * rules only drop nodes and none is dropped, the input itself comes back.
 */
export function copyNotesJson(value: unknown, rules: NotesCopyRules): unknown {
  const { dropNode, mapText } = rules;
  if (mapText === undefined && (dropNode === undefined || !anyNode(value, dropNode))) return value;
  const dropped = (candidate: unknown): boolean => dropNode !== undefined && isSerializedNode(candidate) && dropNode(candidate);
  if (dropped(value)) return null;
  const copyOf = (source: unknown, key: string | null): unknown => {
    if (typeof source === 'string') return mapText && !(key !== null && STRUCTURAL_KEYS.has(key)) ? mapText(source, key) : source;
    if (Array.isArray(source)) return [];
    if (isRecord(source)) return {};
    return source;
  };
  // Each entry fills one container: its copy is already in place in the parent.
  const root = copyOf(value, null);
  const stack: { source: unknown; copy: unknown; key: string | null }[] = [{ source: value, copy: root, key: null }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { source, copy, key } = entry;
    if (Array.isArray(source) && Array.isArray(copy)) {
      for (const element of source) {
        if (dropped(element)) continue;
        const child = copyOf(element, key);
        copy.push(child);
        if (typeof element === 'object' && element !== null) stack.push({ source: element, copy: child, key });
      }
    } else if (isRecord(source) && isRecord(copy)) {
      for (const [childKey, element] of Object.entries(source)) {
        const child = copyOf(element, childKey);
        copy[childKey] = child;
        if (typeof element === 'object' && element !== null) stack.push({ source: element, copy: child, key: childKey });
      }
    }
  }
  return root;
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
