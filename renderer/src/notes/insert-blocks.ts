import {
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createActionNode,
  $createDecisionNode,
  $createSafetyScaleNode,
} from '../../../shared/notes/lexical/block-nodes';
import { DEFAULT_SAFETY_QUESTION, type ActionData, type DecisionData } from '../../../shared/notes/node-data';
import type { Participant } from '../../../shared/meeting/meeting-schema';
import { newItemId } from '../lists/reorder';
import { newBlockId } from './block-ids';

export type BlockToInsert = 'decision' | 'action' | 'safety-scale';

/** A new decision; `focus`: its view takes the focus (inserted by button), else typing goes on below it. */
function emptyDecision(text = '', focus = true): DecisionData {
  return { id: focus ? newBlockId('b') : newItemId('b'), text, reason: '', dissent: [] };
}

function emptyAction(fields: Partial<Omit<ActionData, 'id'>> = {}, focus = true): ActionData {
  return { id: focus ? newBlockId('a') : newItemId('a'), what: '', who: [], due: null, status: 'open', ...fields };
}

/**
 * Inserts a block where the caret is: an empty paragraph is replaced, else
 * the block comes after the caret's block. When the focus is in a field of
 * another block (`from`), the new one comes right after that block. A
 * paragraph follows it so typing can go on below.
 */
export function insertBlock(editor: LexicalEditor, kind: BlockToInsert, participants: readonly Participant[], from?: Element | null): void {
  editor.update(() => {
    const node =
      kind === 'decision'
        ? $createDecisionNode(emptyDecision())
        : kind === 'action'
          ? $createActionNode(emptyAction())
          : $createSafetyScaleNode({
              id: newBlockId('s'),
              question: DEFAULT_SAFETY_QUESTION,
              scores: participants
                .filter((participant) => participant.attendance === 'aanwezig')
                .map((participant) => ({ who: { participantId: participant.id, name: participant.name }, score: null, reason: '' })),
            });
    const fromBlock = from ? $getNearestNodeFromDOMNode(from) : null;
    const selection = $getSelection();
    const anchorBlock = $isRangeSelection(selection) ? topLevelBlock(selection.anchor.getNode()) : null;
    if (fromBlock) {
      (topLevelBlock(fromBlock) ?? fromBlock).insertAfter(node);
    } else if (anchorBlock && $isParagraphNode(anchorBlock) && anchorBlock.getTextContent().trim() === '') {
      anchorBlock.replace(node);
    } else {
      $insertNodeToNearestRoot(node);
    }
    if (node.getNextSibling() === null) node.insertAfter($createParagraphNode());
  });
}

export function topLevelBlock(node: LexicalNode): LexicalNode | null {
  let current: LexicalNode | null = node;
  while (current !== null) {
    const parent: LexicalNode | null = current.getParent();
    if (parent === null || $isRootOrShadowRoot(parent)) return current;
    current = parent;
  }
  return null;
}

export { emptyAction, emptyDecision };
