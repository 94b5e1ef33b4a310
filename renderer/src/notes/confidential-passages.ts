import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import {
  $createConfidentialNode,
  $isConfidentialNode,
  type ConfidentialNode,
} from '../../../shared/notes/lexical/confidential-node';
import type { ConfidentialData } from '../../../shared/notes/node-data';
import type { Confidentiality } from '../../../shared/meeting/meeting-schema';

/**
 * Marking notes as confidential, in the editor's state: wrapping the chosen
 * blocks in one passage, changing its audience, and lifting the mark again.
 * Each is one editor update, so Ctrl+Z undoes it in one step. The functions
 * start with `$`: they run inside `editor.update` / `editor.read`.
 */

/** The block directly under the notes' root that holds `node` (a passage counts as one block). */
export function $rootBlock(node: LexicalNode): LexicalNode | null {
  let current: LexicalNode | null = node;
  while (current !== null) {
    const parent: LexicalNode | null = current.getParent();
    if ($isRootNode(parent)) return current;
    if ($isRootNode(current)) return null;
    current = parent;
  }
  return null;
}

/** The innermost passage around `node`, or null. */
export function $passageAround(node: LexicalNode): ConfidentialNode | null {
  return $findMatchingParent(node, $isConfidentialNode);
}

/** The passage the caret (or the selected block) is in, or null. */
export function $selectedPassage(): ConfidentialNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return $passageAround(selection.anchor.getNode());
  if ($isNodeSelection(selection)) {
    const first = selection.getNodes()[0];
    return first ? $passageAround(first) : null;
  }
  return null;
}

/**
 * The top-level blocks a mark would wrap: every block from the one where
 * the selection starts to the one where it ends (a decision or action in
 * between comes along), or the caret's own block. In document order.
 */
export function $blocksToMark(): NodeKey[] {
  const selection = $getSelection();
  let nodes: LexicalNode[] = [];
  if ($isRangeSelection(selection)) nodes = [selection.anchor.getNode(), selection.focus.getNode()];
  else if ($isNodeSelection(selection)) nodes = selection.getNodes();
  const blocks = nodes.map($rootBlock).filter((block): block is LexicalNode => block !== null);
  if (blocks.length === 0) return [];
  const indexes = blocks.map((block) => block.getIndexWithinParent());
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const siblings = $getRoot().getChildren();
  return siblings.slice(first, last + 1).map((block) => block.getKey());
}

/**
 * Wraps the blocks (keys from `$blocksToMark`, still side by side under the
 * root) in one new passage. A passage already among them is kept inside
 * the new one: its own, perhaps stricter, audience must not be lost.
 */
export function $markConfidential(blockKeys: readonly NodeKey[], data: ConfidentialData): ConfidentialNode | null {
  const blocks = blockKeys
    .map((key) => $getNodeByKey(key))
    .filter((node): node is LexicalNode => node !== null && $isRootNode(node.getParent()));
  const first = blocks[0];
  if (!first) return null;
  const passage = $createConfidentialNode(data);
  first.insertBefore(passage);
  passage.append(...blocks);
  return passage;
}

/** Lifts the mark: the passage's blocks stay where they are, the band goes. */
export function $unmarkConfidential(passageKey: NodeKey): void {
  const passage = $getNodeByKey(passageKey);
  if (!$isConfidentialNode(passage)) return;
  for (const child of passage.getChildren()) passage.insertBefore(child);
  if (passage.isAttached()) passage.remove();
}

/** Gives a passage another audience; its id stays. */
export function $changeConfidential(passageKey: NodeKey, restriction: Confidentiality): void {
  const passage = $getNodeByKey(passageKey);
  if (!$isConfidentialNode(passage)) return;
  passage.setData({ ...passage.getData(), scope: restriction.scope, notFor: restriction.notFor });
}

/**
 * Enter on an empty last paragraph of a passage leaves the passage, as it
 * leaves a list: the empty paragraph moves to below the band. True when it
 * did (the Enter is then handled).
 */
export function $leavePassageOnEnter(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const paragraph = selection.anchor.getNode();
  if (!$isParagraphNode(paragraph) || paragraph.getChildrenSize() > 0) return false;
  const passage = paragraph.getParent();
  if (!$isConfidentialNode(passage) || paragraph.getNextSibling() !== null) return false;
  const below = $createParagraphNode();
  passage.insertAfter(below);
  // An empty passage would mark nothing; the node removes itself then.
  paragraph.remove();
  below.select();
  return true;
}

/** The data of a new passage for this audience. */
export function newPassageData(id: string, restriction: Confidentiality): ConfidentialData {
  return { id, scope: restriction.scope, notFor: restriction.scope === 'niet-voor' ? restriction.notFor : [] };
}
