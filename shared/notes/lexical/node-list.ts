import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { ActionNode, DecisionNode, SafetyScaleNode } from './block-nodes';
import { ConfidentialNode } from './confidential-node';

/**
 * Every node the notes may hold: the one list the renderer's editor and the
 * headless editor in Node are both built with, so both read and write the
 * same JSON.
 */
export const MDO_NOTE_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  DecisionNode,
  ActionNode,
  SafetyScaleNode,
  ConfidentialNode,
];
