import { isRecord } from '../json';

/**
 * Lexical's serialized nodes as the exporters read them. The notes come from
 * a file, so every field is checked where it is used; an unknown node is
 * treated by its text, never a reason to fail.
 */
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

/** The top-level blocks of an editor state, or none for empty or odd notes. */
export function rootBlocks(state: unknown): SerializedNode[] {
  if (!isRecord(state) || !isSerializedNode(state.root)) return [];
  return childNodes(state.root);
}

/**
 * All text below a node, for checks and a plain rendering. Iterative, so a
 * hostile file with thousands of nested nodes cannot exhaust the stack.
 */
export function plainText(node: SerializedNode): string {
  const parts: string[] = [];
  const stack: SerializedNode[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (current.type === 'text') parts.push(stringField(current, 'text'));
    else if (current.type === 'linebreak') parts.push('\n');
    else if (current.type === 'tab') parts.push('\t');
    else stack.push(...childNodes(current).reverse());
  }
  return parts.join('');
}
