import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type LexicalEditor } from 'lexical';
import { $isActionNode, $isDecisionNode, $isSafetyScaleNode } from '../../../shared/notes/lexical/block-nodes';
import type { ActionData, DecisionData, SafetyScaleData } from '../../../shared/notes/node-data';

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
