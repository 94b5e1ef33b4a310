import { stopLexicalPropagation, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { ActionNode, DecisionNode, SafetyScaleNode } from '../../../shared/notes/lexical/block-nodes';
import { NOTE_NODE } from '../../../shared/notes/node-types';
import { ActionBlock } from './ActionBlock';
import { DecisionBlock } from './DecisionBlock';
import { SafetyScaleBlock } from './SafetyScaleBlock';

/**
 * The blocks as the note-taker sees them: subclasses of the shared node
 * classes, registered in the editor in their place under the same type, so
 * the saved JSON is what the headless editor reads. (Lexical's
 * `{ replace, with, withKlass }` needs a replacement of another type, and
 * its JSON must carry that type: the notes would no longer be readable by
 * the export, the CLI and every earlier file.)
 *
 * The form fields inside a block are ordinary inputs: their keystrokes,
 * pastes and input must not reach the rich-text editor around them
 * (Backspace would otherwise remove the block).
 */
const FIELD_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'drop', 'compositionstart', 'compositionend'];

function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target instanceof HTMLButtonElement;
}

function blockElement(modifier: 'decision' | 'action' | 'scale'): HTMLElement {
  const element = document.createElement('div');
  element.className = `notes-block notes-block--${modifier}`;
  element.contentEditable = 'false';
  for (const type of FIELD_EVENTS) {
    element.addEventListener(type, (event) => {
      if (isFormField(event.target)) stopLexicalPropagation(event);
    });
  }
  return element;
}

export class DecisionViewNode extends DecisionNode {
  static override getType(): string {
    return NOTE_NODE.decision;
  }

  static override clone(node: DecisionViewNode): DecisionViewNode {
    return new DecisionViewNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): DecisionViewNode {
    return DecisionNode.importJSON(json) as DecisionViewNode;
  }

  override createDOM(): HTMLElement {
    return blockElement('decision');
  }

  override decorate(): JSX.Element {
    return <DecisionBlock nodeKey={this.getKey()} data={this.getData()} />;
  }
}

export class ActionViewNode extends ActionNode {
  static override getType(): string {
    return NOTE_NODE.action;
  }

  static override clone(node: ActionViewNode): ActionViewNode {
    return new ActionViewNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): ActionViewNode {
    return ActionNode.importJSON(json) as ActionViewNode;
  }

  override createDOM(): HTMLElement {
    return blockElement('action');
  }

  override decorate(): JSX.Element {
    return <ActionBlock nodeKey={this.getKey()} data={this.getData()} />;
  }
}

export class SafetyScaleViewNode extends SafetyScaleNode {
  static override getType(): string {
    return NOTE_NODE.safetyScale;
  }

  static override clone(node: SafetyScaleViewNode): SafetyScaleViewNode {
    return new SafetyScaleViewNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedLexicalNode): SafetyScaleViewNode {
    return SafetyScaleNode.importJSON(json) as SafetyScaleViewNode;
  }

  override createDOM(): HTMLElement {
    return blockElement('scale');
  }

  override decorate(): JSX.Element {
    return <SafetyScaleBlock nodeKey={this.getKey()} data={this.getData()} />;
  }
}
