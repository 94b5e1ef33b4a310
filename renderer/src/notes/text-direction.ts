import { $getRoot, type ElementNode } from 'lexical';
import { $isConfidentialNode } from '../../../shared/notes/lexical/confidential-node';

/**
 * The notes are Dutch: written left to right. Lexical gives every block
 * whose root (or passage) has no direction `dir="auto"`, and Chromium works
 * out an auto direction again over the whole block each time a child is
 * inserted into it: loading a paragraph of thousands of pieces of text
 * (bold, links, line breaks) took seconds, growing with the square of its
 * length. With the direction set on the root and on each confidential
 * passage (a root of its own to Lexical), blocks get no `dir` at all and
 * inherit it. A paragraph in a right-to-left script still reads right to
 * left inside it (notes.css: unicode-bidi: plaintext).
 */
export function $setLeftToRight(): void {
  const pending: ElementNode[] = [$getRoot()];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.getDirection() !== 'ltr') node.setDirection('ltr');
    for (const child of node.getChildren()) if ($isConfidentialNode(child)) pending.push(child);
  }
}
