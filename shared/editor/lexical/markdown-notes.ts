import { $convertToMarkdownString, $generateNodesFromMarkdownString } from '@lexical/markdown';
import { $getRoot, $isElementNode, $isParagraphNode, type LexicalNode } from 'lexical';
import type { NoteSegment } from '../../markdown/agenda-body';
import { writeActionLine, writeDecisionLines, writeSafetyScaleLine } from '../../markdown/block-lines';
import type { LexicalState, Participant } from '../../meeting/meeting-schema';
import { $createActionNode, $createDecisionNode, $createSafetyScaleNode, $isActionNode, $isDecisionNode, $isSafetyScaleNode } from './block-nodes';
import { createNotesEditor } from './headless';
import { NOTE_TRANSFORMERS } from './note-transformers';

/**
 * An agenda item's notes to and from the Markdown of MDO-Markdown, through
 * the headless editor with the app's own nodes. Only what the notes editor
 * can hold is read: headings, lists, quotes, bold, italic and links. Inline
 * code, strikethrough and the like stay as the characters typed.
 */


/** Lines of a block convention, escaped as `\Besluit:` when they are ordinary text. */
const CONVENTION_TEXT = /^(besluit|actie|schaalvraag)\s*:/i;
export const ESCAPED_CONVENTION_TEXT = /^\\(?=(besluit|actie|schaalvraag)\s*:)/i;

/**
 * A paragraph line that would be read back as something else (a list, a
 * heading, a quote, a fence, a block) gets a backslash, as in CommonMark.
 */
function escapeParagraphLine(line: string): string {
  if (CONVENTION_TEXT.test(line)) return `\\${line}`;
  const numbered = /^(\s*\d+)([.)])(\s|$)/.exec(line);
  if (numbered) return `${numbered[1] ?? ''}\\${line.slice((numbered[1] ?? '').length)}`;
  return line.replace(/^(\s*)(#|[-+*](?=\s|$)|>|:::)/, '$1\\$2');
}

/** The notes of one item from its segments; null when there is nothing. Throws only on a bug. */
export function notesFromSegments(segments: readonly NoteSegment[]): LexicalState | null {
  if (segments.length === 0) return null;
  const editor = createNotesEditor();
  editor.update(
    () => {
      const root = $getRoot();
      for (const segment of segments) {
        if (segment.kind === 'markdown') {
          const text = segment.text.replace(new RegExp(ESCAPED_CONVENTION_TEXT.source, 'gim'), '');
          root.append(...$generateNodesFromMarkdownString(text, NOTE_TRANSFORMERS));
        } else if (segment.kind === 'decision') root.append($createDecisionNode(segment.data));
        else if (segment.kind === 'action') root.append($createActionNode(segment.data));
        else root.append($createSafetyScaleNode(segment.data));
      }
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as LexicalState;
}

function isEmptyParagraph(node: LexicalNode): boolean {
  return $isParagraphNode(node) && node.getTextContent().trim() === '';
}

/**
 * Every top-level node is written on its own, with a blank line between
 * them; actions directly after each other stay on consecutive lines, as a
 * note-taker types them. Empty paragraphs are left out (Markdown has none).
 */
export function notesToMarkdown(notes: unknown, participants: readonly Participant[]): string {
  if (notes === null || notes === undefined) return '';
  const editor = createNotesEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(notes)));
  const chunks: { text: string; action: boolean }[] = [];
  // The editor is thrown away after this, so its root may be taken apart to write one node at a time.
  editor.update(
    () => {
      const root = $getRoot();
      const children = root.getChildren();
      for (const child of children) child.remove();
      for (const child of children) {
        if ($isDecisionNode(child)) chunks.push({ text: writeDecisionLines(child.getData(), participants).join('\n'), action: false });
        else if ($isActionNode(child)) chunks.push({ text: writeActionLine(child.getData(), participants), action: true });
        else if ($isSafetyScaleNode(child)) chunks.push({ text: writeSafetyScaleLine(child.getData(), participants), action: false });
        else if ($isElementNode(child) && !isEmptyParagraph(child)) {
          root.append(child);
          const markdown = $convertToMarkdownString(NOTE_TRANSFORMERS, root);
          child.remove();
          const text = $isParagraphNode(child) ? markdown.split('\n').map(escapeParagraphLine).join('\n') : markdown;
          if (text.trim() !== '') chunks.push({ text, action: false });
        }
      }
    },
    { discrete: true },
  );
  return chunks
    .map((chunk, index) => (index === 0 ? '' : chunk.action && chunks[index - 1]?.action ? '\n' : '\n\n') + chunk.text)
    .join('');
}
