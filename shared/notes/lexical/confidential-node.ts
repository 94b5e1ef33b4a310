import {
  $create,
  ElementNode,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { isRecord } from '../../json';
import { readConfidential, type ConfidentialData } from '../node-data';
import { NOTE_NODE, NOTE_NODE_VERSION } from '../node-types';

/**
 * A confidential passage in the notes: an element around paragraphs, lists
 * and the decisions and actions written inside it. Its data says who may not
 * read it; the Word export leaves the passage out of copies for them. The
 * same class runs in the renderer and headless in Node, so the JSON is the
 * same everywhere; the renderer registers a subclass with the tinted band
 * and its label under the same type (renderer/src/notes/confidential-view-node.ts).
 */

export type SerializedConfidentialNode = Spread<ConfidentialData, SerializedElementNode>;

let importedWithoutId = 0;
function fallbackId(): string {
  importedWithoutId += 1;
  return `vertrouwelijk-${Date.now().toString(36)}-${importedWithoutId}`;
}

export class ConfidentialNode extends ElementNode {
  __data: ConfidentialData;

  static override getType(): string {
    return NOTE_NODE.confidential;
  }

  static override clone(node: ConfidentialNode): ConfidentialNode {
    return new ConfidentialNode(node.__data, node.__key);
  }

  constructor(data: ConfidentialData = { id: '', scope: 'professionals', notFor: [] }, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  static override importJSON(json: SerializedConfidentialNode): ConfidentialNode {
    const data = readConfidential(isRecord(json) ? json : {}, fallbackId());
    return $createConfidentialNode(data).updateFromJSON(json);
  }

  override exportJSON(): SerializedConfidentialNode {
    return {
      ...super.exportJSON(),
      ...this.getData(),
      type: NOTE_NODE.confidential,
      version: NOTE_NODE_VERSION,
    };
  }

  getData(): ConfidentialData {
    return this.getLatest().__data;
  }

  setData(data: ConfidentialData): this {
    const writable = this.getWritable();
    writable.__data = data;
    return writable;
  }

  /** Only the renderer's view subclass puts a passage on screen; a headless editor never asks. */
  override createDOM(): HTMLElement {
    throw new Error('Een vertrouwelijke passage heeft in deze editor geen weergave.');
  }

  /**
   * A passage is a root of its own (like a table cell): a selection that
   * starts inside it stays inside it, so typing never spills text out of the
   * band or pulls outside text in.
   */
  override isShadowRoot(): boolean {
    return true;
  }

  /**
   * Backspace at the very start of the passage does nothing: merging its
   * first paragraph into the text above would quietly make that text
   * readable for everybody. Removing the mark is a deliberate act
   * ("Vertrouwelijk opheffen").
   */
  override collapseAtStart(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }
}

export function $createConfidentialNode(data: ConfidentialData): ConfidentialNode {
  return $create(ConfidentialNode).setData(data);
}

export function $isConfidentialNode(node: LexicalNode | null | undefined): node is ConfidentialNode {
  return node instanceof ConfidentialNode;
}
