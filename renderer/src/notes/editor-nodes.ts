import type { Klass, LexicalNode } from 'lexical';
import { ActionNode, DecisionNode, SafetyScaleNode } from '../../../shared/notes/lexical/block-nodes';
import { ConfidentialNode } from '../../../shared/notes/lexical/confidential-node';
import { MDO_NOTE_NODES } from '../../../shared/notes/lexical/node-list';
import { ActionViewNode, DecisionViewNode, SafetyScaleViewNode } from './block-view-nodes';
import { ConfidentialViewNode } from './confidential-view-node';

/** The view class the notes editor registers in place of each shared node class that has one. */
const VIEWS = new Map<Klass<LexicalNode>, Klass<LexicalNode>>([
  [DecisionNode, DecisionViewNode],
  [ActionNode, ActionViewNode],
  [SafetyScaleNode, SafetyScaleViewNode],
  [ConfidentialNode, ConfidentialViewNode],
]);

/** The notes editor's nodes: the shared list (as the headless editor has it), with the views swapped in. */
export const EDITOR_NOTE_NODES: readonly Klass<LexicalNode>[] = MDO_NOTE_NODES.map((klass) => VIEWS.get(klass) ?? klass);
