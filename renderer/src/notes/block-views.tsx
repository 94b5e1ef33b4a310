import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, stopLexicalPropagation, type LexicalEditor } from 'lexical';
import {
  $isActionNode,
  $isDecisionNode,
  $isSafetyScaleNode,
  registerBlockViews,
  type BlockKind,
  type MdoBlockNode,
} from '../../../shared/notes/lexical/block-nodes';
import type { ActionData, DecisionData, SafetyScaleData } from '../../../shared/notes/node-data';
import { ActionBlock } from './ActionBlock';
import { DecisionBlock } from './DecisionBlock';
import { SafetyScaleBlock } from './SafetyScaleBlock';

/**
 * How the blocks look in the editor. The form fields inside a block are
 * ordinary inputs: their keystrokes, pastes and input must not reach the
 * rich-text editor around them (Backspace would otherwise remove the block).
 */
const FIELD_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'drop', 'compositionstart', 'compositionend'];

function isFormField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target instanceof HTMLButtonElement;
}

const blockClass: Record<BlockKind, string> = {
  decision: 'notes-block notes-block--decision',
  action: 'notes-block notes-block--action',
  'safety-scale': 'notes-block notes-block--scale',
};

export function installBlockViews(): void {
  registerBlockViews({
    createDOM(kind) {
      const element = document.createElement('div');
      element.className = blockClass[kind];
      element.contentEditable = 'false';
      for (const type of FIELD_EVENTS) {
        element.addEventListener(type, (event) => {
          if (isFormField(event.target)) stopLexicalPropagation(event);
        });
      }
      return element;
    },
    decorate(node: MdoBlockNode) {
      const key = node.getKey();
      if ($isDecisionNode(node)) return <DecisionBlock nodeKey={key} data={node.getData()} />;
      if ($isActionNode(node)) return <ActionBlock nodeKey={key} data={node.getData()} />;
      if ($isSafetyScaleNode(node)) return <SafetyScaleBlock nodeKey={key} data={node.getData()} />;
      return null;
    },
  });
}

type BlockData = DecisionData | ActionData | SafetyScaleData;

/** Writes a block's new data into the editor (one history step per change). */
export function useBlockUpdater<D extends BlockData>(nodeKey: string): (next: D) => void {
  const [editor] = useLexicalComposerContext();
  return (next) => updateBlock(editor, nodeKey, next);
}

export function updateBlock(editor: LexicalEditor, nodeKey: string, next: BlockData): void {
  editor.update(() => {
    const node = $getNodeByKey(nodeKey);
    if ($isDecisionNode(node)) node.setData(next as DecisionData);
    else if ($isActionNode(node)) node.setData(next as ActionData);
    else if ($isSafetyScaleNode(node)) node.setData(next as SafetyScaleData);
  });
}

/** Removes a block (its own "Verwijderen" button); Ctrl+Z in the editor brings it back. */
export function useBlockRemover(nodeKey: string): () => void {
  const [editor] = useLexicalComposerContext();
  return () => {
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      node?.remove();
    });
    editor.focus();
  };
}
