import {
  MAX_NOTE_NODE_DEPTH,
  childNodes,
  numberField,
  plainText,
  rootNode,
  stringField,
  type SerializedNode,
} from './lexical-json';
import {
  readAction,
  readConfidential,
  readDecision,
  readSafetyScale,
  type ActionData,
  type ConfidentialData,
  type DecisionData,
  type SafetyScaleData,
} from './node-data';
import { NOTE_NODE } from './node-types';

/**
 * The notes of one agenda item as a typed tree, for writers that are not
 * Lexical (the Word export): every field checked, our blocks read into their
 * data, unknown nodes reduced to their blocks or their text. Deeper than
 * MAX_NOTE_NODE_DEPTH a node is kept as plain text, so the recursion here is
 * bounded and a hostile file cannot exhaust the stack.
 */

export type InlineNode =
  | { kind: 'text'; text: string; /** Lexical's format bits (TEXT_FORMAT). */ format: number }
  | { kind: 'linebreak' }
  | { kind: 'tab' }
  | { kind: 'link'; url: string; content: InlineNode[] };

export type ListType = 'bullet' | 'number' | 'check';

export interface ListBlock {
  kind: 'list';
  listType: ListType;
  entries: ListEntry[];
}

export interface ListEntry {
  checked: boolean;
  /** The entry's own text; null for an entry that only holds nested lists. */
  content: InlineNode[] | null;
  sublists: ListBlock[];
}

export type NoteBlock =
  | { kind: 'paragraph'; content: InlineNode[] }
  | { kind: 'heading'; /** 1 to 6. */ level: number; content: InlineNode[] }
  | { kind: 'quote'; content: InlineNode[] }
  | ListBlock
  | { kind: 'decision'; data: DecisionData }
  | { kind: 'action'; data: ActionData }
  | { kind: 'safety-scale'; data: SafetyScaleData }
  | { kind: 'confidential'; data: ConfidentialData; blocks: NoteBlock[] };

const TEXT_BLOCK_TYPES: ReadonlySet<string> = new Set([NOTE_NODE.paragraph, NOTE_NODE.heading, NOTE_NODE.quote, NOTE_NODE.list]);

function plainInline(node: SerializedNode): InlineNode[] {
  return [{ kind: 'text', text: plainText(node), format: 0 }];
}

function readInline(node: SerializedNode, depth: number): InlineNode[] {
  if (depth > MAX_NOTE_NODE_DEPTH) return plainInline(node);
  return childNodes(node).flatMap((child): InlineNode[] => {
    switch (child.type) {
      case NOTE_NODE.text:
        return [{ kind: 'text', text: stringField(child, 'text'), format: numberField(child, 'format') }];
      case NOTE_NODE.linebreak:
        return [{ kind: 'linebreak' }];
      case NOTE_NODE.tab:
        return [{ kind: 'tab' }];
      case NOTE_NODE.link:
      case NOTE_NODE.autolink:
        return [{ kind: 'link', url: stringField(child, 'url'), content: readInline(child, depth + 1) }];
      default:
        // An unknown inline node keeps its text.
        return readInline(child, depth + 1);
    }
  });
}

function listTypeOf(node: SerializedNode): ListType {
  const type = stringField(node, 'listType');
  return type === 'number' || type === 'check' ? type : 'bullet';
}

function readList(list: SerializedNode, depth: number): ListBlock {
  const entries = childNodes(list).map((item): ListEntry => {
    const children = childNodes(item);
    const nested = children.filter((child) => child.type === NOTE_NODE.list);
    const own = children.filter((child) => child.type !== NOTE_NODE.list);
    const tooDeep = depth + 1 > MAX_NOTE_NODE_DEPTH;
    return {
      checked: item.checked === true,
      content: own.length > 0 || nested.length === 0 || tooDeep ? readInline(tooDeep ? item : { ...item, children: own }, depth + 1) : null,
      sublists: tooDeep ? [] : nested.map((sublist) => readList(sublist, depth + 2)),
    };
  });
  return { kind: 'list', listType: listTypeOf(list), entries };
}

function readBlock(node: SerializedNode, depth: number): NoteBlock[] {
  if (depth > MAX_NOTE_NODE_DEPTH) return [{ kind: 'paragraph', content: plainInline(node) }];
  switch (node.type) {
    case NOTE_NODE.decision:
      return [{ kind: 'decision', data: readDecision(node, '') }];
    case NOTE_NODE.action:
      return [{ kind: 'action', data: readAction(node, '') }];
    case NOTE_NODE.safetyScale:
      return [{ kind: 'safety-scale', data: readSafetyScale(node, '') }];
    case NOTE_NODE.confidential:
      return [{ kind: 'confidential', data: readConfidential(node, ''), blocks: childNodes(node).flatMap((child) => readBlock(child, depth + 1)) }];
    case NOTE_NODE.paragraph:
      return [{ kind: 'paragraph', content: readInline(node, depth) }];
    case NOTE_NODE.heading:
      return [{ kind: 'heading', level: Math.max(1, Math.min(6, Number(stringField(node, 'tag').slice(1)) || 1)), content: readInline(node, depth) }];
    case NOTE_NODE.quote:
      return [{ kind: 'quote', content: readInline(node, depth) }];
    case NOTE_NODE.list:
      return [readList(node, depth)];
    default: {
      // An unknown block: its blocks if it has any, otherwise its text.
      const children = childNodes(node);
      return children.some((child) => TEXT_BLOCK_TYPES.has(child.type))
        ? children.flatMap((child) => readBlock(child, depth + 1))
        : [{ kind: 'paragraph', content: readInline(node, depth) }];
    }
  }
}

/** The blocks of one item's notes, in order; none for empty or odd notes. */
export function readNoteBlocks(notes: unknown): NoteBlock[] {
  const root = rootNode(notes);
  return root === null ? [] : childNodes(root).flatMap((block) => readBlock(block, 1));
}
