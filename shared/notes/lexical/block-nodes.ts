import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { isRecord } from '../../json';
import {
  ACTION_NODE_TYPE,
  ACTION_NODE_VERSION,
  DECISION_NODE_TYPE,
  DECISION_NODE_VERSION,
  SAFETY_SCALE_NODE_TYPE,
  SAFETY_SCALE_NODE_VERSION,
  readAction,
  readDecision,
  readSafetyScale,
  type ActionData,
  type DecisionData,
  type SafetyScaleData,
} from '../node-data';

/**
 * The meeting's own blocks in the notes: a decision, an action, a safety
 * scale. Each is a Lexical decorator node whose data lives in the node (and
 * so in the saved JSON); the lists in the panel are derived from it.
 *
 * The classes are the same in the renderer and in Node (headless editor for
 * export and the CLI), so the JSON is the same everywhere. How a block looks
 * on screen is not decided here: the renderer registers its views with
 * `registerBlockViews`; without views (headless) the nodes never render.
 */

export type BlockKind = 'decision' | 'action' | 'safety-scale';

export interface BlockViews<T> {
  /** The element Lexical puts the decorator in. */
  createDOM(kind: BlockKind): HTMLElement;
  /** The view of one block (a React element in the renderer). */
  decorate(node: MdoBlockNode, editor: LexicalEditor): T;
}

let views: BlockViews<unknown> | null = null;

export function registerBlockViews<T>(blockViews: BlockViews<T>): void {
  views = blockViews;
}

function requireViews(): BlockViews<unknown> {
  if (!views) throw new Error('MDO blocks have no views registered: call registerBlockViews first.');
  return views;
}

type SerializedBlock<T> = Spread<T, SerializedLexicalNode>;
export type SerializedDecisionNode = SerializedBlock<DecisionData>;
export type SerializedActionNode = SerializedBlock<ActionData>;
export type SerializedSafetyScaleNode = SerializedBlock<SafetyScaleData>;

let importedWithoutId = 0;
/** An id for a block whose saved JSON had none (crypto.randomUUID is missing outside secure contexts). */
function fallbackId(): string {
  importedWithoutId += 1;
  return `blok-${Date.now().toString(36)}-${importedWithoutId}`;
}

function plain(json: unknown): Record<string, unknown> {
  return isRecord(json) ? json : {};
}

/** What the three blocks share: data in one field, no text of their own in the editor. */
abstract class BlockNode<D extends { id: string }> extends DecoratorNode<unknown> {
  __data: D;

  constructor(data: D, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  abstract kind(): BlockKind;

  getData(): D {
    return this.getLatest().__data;
  }

  setData(data: D): this {
    const writable = this.getWritable();
    writable.__data = data;
    return writable;
  }

  override createDOM(): HTMLElement {
    return requireViews().createDOM(this.kind());
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override decorate(editor: LexicalEditor): unknown {
    return views ? views.decorate(this as unknown as MdoBlockNode, editor) : null;
  }
}

export class DecisionNode extends BlockNode<DecisionData> {
  static override getType(): string {
    return DECISION_NODE_TYPE;
  }

  static override clone(node: DecisionNode): DecisionNode {
    return new DecisionNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): DecisionNode {
    return $createDecisionNode(readDecision(plain(json), fallbackId()));
  }

  override exportJSON(): SerializedDecisionNode {
    return { ...this.getData(), type: DECISION_NODE_TYPE, version: DECISION_NODE_VERSION };
  }

  kind(): BlockKind {
    return 'decision';
  }

  override getTextContent(): string {
    return `Besluit: ${this.getData().text}\n`;
  }
}

export class ActionNode extends BlockNode<ActionData> {
  static override getType(): string {
    return ACTION_NODE_TYPE;
  }

  static override clone(node: ActionNode): ActionNode {
    return new ActionNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): ActionNode {
    return $createActionNode(readAction(plain(json), fallbackId()));
  }

  override exportJSON(): SerializedActionNode {
    return { ...this.getData(), type: ACTION_NODE_TYPE, version: ACTION_NODE_VERSION };
  }

  kind(): BlockKind {
    return 'action';
  }

  override getTextContent(): string {
    const data = this.getData();
    const who = data.who.map((person) => person.name).join(', ');
    return `Actie: ${data.what}${who ? ` — ${who}` : ''}${data.due ? ` — uiterlijk ${data.due}` : ''}\n`;
  }
}

export class SafetyScaleNode extends BlockNode<SafetyScaleData> {
  static override getType(): string {
    return SAFETY_SCALE_NODE_TYPE;
  }

  static override clone(node: SafetyScaleNode): SafetyScaleNode {
    return new SafetyScaleNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): SafetyScaleNode {
    return $createSafetyScaleNode(readSafetyScale(plain(json), fallbackId()));
  }

  override exportJSON(): SerializedSafetyScaleNode {
    return { ...this.getData(), type: SAFETY_SCALE_NODE_TYPE, version: SAFETY_SCALE_NODE_VERSION };
  }

  kind(): BlockKind {
    return 'safety-scale';
  }

  override getTextContent(): string {
    const scores = this.getData()
      .scores.map((score) => `${score.who.name} ${score.score ?? '?'}`)
      .join(', ');
    return `Schaalvraag: ${scores}\n`;
  }
}

export type MdoBlockNode = DecisionNode | ActionNode | SafetyScaleNode;

export function $createDecisionNode(data: DecisionData): DecisionNode {
  return $applyNodeReplacement(new DecisionNode(data));
}

export function $createActionNode(data: ActionData): ActionNode {
  return $applyNodeReplacement(new ActionNode(data));
}

export function $createSafetyScaleNode(data: SafetyScaleData): SafetyScaleNode {
  return $applyNodeReplacement(new SafetyScaleNode(data));
}

export function $isDecisionNode(node: LexicalNode | null | undefined): node is DecisionNode {
  return node instanceof DecisionNode;
}

export function $isActionNode(node: LexicalNode | null | undefined): node is ActionNode {
  return node instanceof ActionNode;
}

export function $isSafetyScaleNode(node: LexicalNode | null | undefined): node is SafetyScaleNode {
  return node instanceof SafetyScaleNode;
}

export function $isMdoBlockNode(node: LexicalNode | null | undefined): node is MdoBlockNode {
  return $isDecisionNode(node) || $isActionNode(node) || $isSafetyScaleNode(node);
}
