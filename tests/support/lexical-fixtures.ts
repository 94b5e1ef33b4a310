import { createHeadlessEditor } from '@lexical/headless';
import { LinkNode, AutoLinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { $convertFromMarkdownString, TRANSFORMERS } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { LexicalState } from '../../shared/meeting/meeting-schema';

/** Real Lexical JSON, made by a headless editor from Markdown, for exporter tests. */
export function notesFromMarkdown(markdown: string): LexicalState {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $convertFromMarkdownString(markdown, TRANSFORMERS), { discrete: true });
  return editor.getEditorState().toJSON() as unknown as LexicalState;
}
