import {
  $create,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { isRecord } from '../../json';
import {
  DEFAULT_SAFETY_QUESTION,
  readAction,
  readDecision,
  readSafetyScale,
  scaleReason,
  type ActionData,
  type DecisionData,
  type SafetyScaleData,
} from '../node-data';
import { NOTE_NODE, NOTE_NODE_VERSION } from '../node-types';

/**
 * The meeting's own blocks in the notes: a decision, an action, a safety
 * scale. Each is a Lexical decorator node whose data lives in the node (and
 * so in the saved JSON); the lists in the panel are derived from it.
 *
 * These classes are the model, the same in the renderer and headless in
 * Node (export, CLI), so the JSON is the same everywhere. They have no view:
 * the renderer registers a subclass of each with a view, under the same
 * type, in place of the class here (renderer/src/notes/block-view-nodes.tsx).
 * Code that makes a block therefore uses `$create`, which builds whichever
 * class the editor registered for the type.
 */

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

  getData(): D {
    return this.getLatest().__data;
  }

  setData(data: D): this {
    const writable = this.getWritable();
    writable.__data = data;
    return writable;
  }

  /** Only the renderer's view subclass puts a block on screen; a headless editor never asks. */
  override createDOM(): HTMLElement {
    throw new Error(`Het blok ${this.getType()} heeft in deze editor geen weergave.`);
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

  override decorate(): unknown {
    return null;
  }
}

export class DecisionNode extends BlockNode<DecisionData> {
  constructor(data: DecisionData = { id: '', text: '', reason: '', dissent: [] }, key?: NodeKey) {
    super(data, key);
  }

  static override getType(): string {
    return NOTE_NODE.decision;
  }

  static override clone(node: DecisionNode): DecisionNode {
    return new DecisionNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): DecisionNode {
    return $createDecisionNode(readDecision(plain(json), fallbackId()));
  }

  override exportJSON(): SerializedDecisionNode {
    return { ...this.getData(), type: NOTE_NODE.decision, version: NOTE_NODE_VERSION };
  }

  override getTextContent(): string {
    return `Besluit: ${this.getData().text}\n`;
  }
}

export class ActionNode extends BlockNode<ActionData> {
  constructor(data: ActionData = { id: '', what: '', who: [], due: null, status: 'open' }, key?: NodeKey) {
    super(data, key);
  }

  static override getType(): string {
    return NOTE_NODE.action;
  }

  static override clone(node: ActionNode): ActionNode {
    return new ActionNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): ActionNode {
    return $createActionNode(readAction(plain(json), fallbackId()));
  }

  override exportJSON(): SerializedActionNode {
    return { ...this.getData(), type: NOTE_NODE.action, version: NOTE_NODE_VERSION };
  }

  override getTextContent(): string {
    const data = this.getData();
    const who = data.who.map((person) => person.name).join(', ');
    return `Actie: ${data.what}${who ? ` — ${who}` : ''}${data.due ? ` — uiterlijk ${data.due}` : ''}\n`;
  }
}

export class SafetyScaleNode extends BlockNode<SafetyScaleData> {
  constructor(data: SafetyScaleData = { id: '', question: DEFAULT_SAFETY_QUESTION, scores: [] }, key?: NodeKey) {
    super(data, key);
  }

  static override getType(): string {
    return NOTE_NODE.safetyScale;
  }

  static override clone(node: SafetyScaleNode): SafetyScaleNode {
    return new SafetyScaleNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): SafetyScaleNode {
    return $createSafetyScaleNode(readSafetyScale(plain(json), fallbackId()));
  }

  override exportJSON(): SerializedSafetyScaleNode {
    return { ...this.getData(), type: NOTE_NODE.safetyScale, version: NOTE_NODE_VERSION };
  }

  override getTextContent(): string {
    const data = this.getData();
    const scores = data.scores.map((score) => `${score.who.name} ${score.score ?? '?'}`).join(', ');
    const reason = scaleReason(data);
    return `Schaalvraag: ${scores}${reason ? ` — ${reason}` : ''}\n`;
  }
}

export function $createDecisionNode(data: DecisionData): DecisionNode {
  return $create(DecisionNode).setData(data);
}

export function $createActionNode(data: ActionData): ActionNode {
  return $create(ActionNode).setData(data);
}

export function $createSafetyScaleNode(data: SafetyScaleData): SafetyScaleNode {
  return $create(SafetyScaleNode).setData(data);
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
