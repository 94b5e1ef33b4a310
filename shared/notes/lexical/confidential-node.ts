import {
  $applyNodeReplacement,
  ElementNode,
  type ElementDOMSlot,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { isRecord } from '../../json';
import { restrictionLabel } from '../../privacy/audience';
import {
  CONFIDENTIAL_NODE_TYPE,
  CONFIDENTIAL_NODE_VERSION,
  readConfidential,
  type ConfidentialData,
} from '../node-data';

/**
 * A confidential passage in the notes: an element around paragraphs, lists
 * and the decisions and actions written inside it. Its data says who may not
 * read it; the Word export leaves the passage out of copies for them. The
 * same class runs in the renderer and headless in Node, so the JSON is the
 * same everywhere.
 */

export type SerializedConfidentialNode = Spread<ConfidentialData, SerializedElementNode>;

let importedWithoutId = 0;
function fallbackId(): string {
  importedWithoutId += 1;
  return `vertrouwelijk-${Date.now().toString(36)}-${importedWithoutId}`;
}

/**
 * How a passage looks on screen (a tinted band with its label) is the
 * renderer's business: it registers a view. Headless, the node never renders.
 */
export interface ConfidentialView {
  createDOM(data: ConfidentialData, label: string): HTMLElement;
  updateDOM(dom: HTMLElement, data: ConfidentialData, label: string): void;
  /**
   * The visible label inside the band, before the passage's own blocks: not
   * content, so the editor keeps its children after it. Null when the view
   * has no such element.
   */
  labelElement(dom: HTMLElement): HTMLElement | null;
}

let view: ConfidentialView | null = null;

export function registerConfidentialView(confidentialView: ConfidentialView): void {
  view = confidentialView;
}

function requireView(): ConfidentialView {
  if (!view) throw new Error('Confidential passages have no view registered: call registerConfidentialView first.');
  return view;
}

export class ConfidentialNode extends ElementNode {
  __data: ConfidentialData;

  static override getType(): string {
    return CONFIDENTIAL_NODE_TYPE;
  }

  static override clone(node: ConfidentialNode): ConfidentialNode {
    return new ConfidentialNode(node.__data, node.__key);
  }

  constructor(data: ConfidentialData, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  static override importJSON(json: SerializedConfidentialNode): ConfidentialNode {
    const data = readConfidential(isRecord(json) ? json : {}, fallbackId());
    return $createConfidentialNode(data).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedConfidentialNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedConfidentialNode {
    return {
      ...super.exportJSON(),
      ...this.getData(),
      type: CONFIDENTIAL_NODE_TYPE,
      version: CONFIDENTIAL_NODE_VERSION,
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

  override createDOM(): HTMLElement {
    return requireView().createDOM(this.__data, restrictionLabel(this.__data, []));
  }

  override updateDOM(previous: ConfidentialNode, dom: HTMLElement): boolean {
    if (previous.__data !== this.__data) requireView().updateDOM(dom, this.__data, restrictionLabel(this.__data, []));
    return false;
  }

  override getDOMSlot(dom: HTMLElement): ElementDOMSlot<HTMLElement> {
    const slot = super.getDOMSlot(dom);
    const label = view?.labelElement(dom) ?? null;
    return label ? slot.withAfter(label) : slot;
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
  return $applyNodeReplacement(new ConfidentialNode(data));
}

export function $isConfidentialNode(node: LexicalNode | null | undefined): node is ConfidentialNode {
  return node instanceof ConfidentialNode;
}
