import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type LexicalEditor } from 'lexical';
import { $isActionNode, $isDecisionNode, $isSafetyScaleNode } from '../../../shared/notes/lexical/block-nodes';
import type { ActionData, DecisionData, SafetyScaleData } from '../../../shared/notes/node-data';
import { blockKeyIntent, describeBlockKey, leaveBlock, nextTextField } from './block-navigation';

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

/**
 * The keys that take the note-taker from a block's fields back to the text
 * and from field to field (block-navigation.ts), for the block's element.
 */
export function useBlockKeys(nodeKey: string): (event: React.KeyboardEvent<HTMLElement>) => void {
  const [editor] = useLexicalComposerContext();
  return (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    if (!(event.target instanceof HTMLElement)) return;
    const block = event.currentTarget;
    const press = { key: event.key, shiftKey: event.shiftKey, defaultPrevented: event.defaultPrevented || event.nativeEvent.defaultPrevented };
    const intent = blockKeyIntent(describeBlockKey(press, event.target, block));
    if (intent === null) return;
    event.preventDefault();
    if (intent === 'next-field') nextTextField(block, event.target)?.focus();
    else leaveBlock(editor, nodeKey, intent === 'leave-up' ? 'up' : intent === 'leave-below' ? 'below' : 'down');
  };
}
