import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $isHeadingNode, HeadingNode } from '@lexical/rich-text';

/**
 * The Markdown of an agenda item's notes: what MDO-Markdown reads and
 * writes, and the shortcuts the notes editor understands while typing.
 */

/**
 * Headings of level 1 and 2 are not note text in MDO-Markdown (level 2 starts
 * an agenda item), so one pasted into the notes is written as level 3.
 */
const NOTE_HEADING: ElementTransformer = {
  type: 'element',
  dependencies: [HeadingNode],
  export: (node, exportChildren) =>
    $isHeadingNode(node) && (node.getTag() === 'h1' || node.getTag() === 'h2') ? `### ${exportChildren(node)}` : null,
  regExp: /^(?!)/,
  replace: () => false,
};

export const NOTE_TRANSFORMERS: Transformer[] = [
  NOTE_HEADING,
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
];
