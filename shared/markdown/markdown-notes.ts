import { $convertToMarkdownString, $generateNodesFromMarkdownString } from '@lexical/markdown';
import { $getRoot, $isElementNode, $isParagraphNode, type LexicalNode } from 'lexical';
import type { NoteSegment } from './agenda-body';
import { writeActionLine, writeDecisionLines, writeSafetyScaleLines } from './block-lines';
import { FENCE_CLOSE, combineRestrictions, writeFenceOpening } from './confidential-fence';
import type { Confidentiality, LexicalState } from '../meeting/meeting-schema';
import type { Readers } from '../privacy/audience';
import { $createActionNode, $createDecisionNode, $createSafetyScaleNode, $isActionNode, $isDecisionNode, $isSafetyScaleNode } from '../notes/lexical/block-nodes';
import { $createConfidentialNode, $isConfidentialNode } from '../notes/lexical/confidential-node';
import { createNotesEditor } from '../notes/lexical/headless';
import { NOTE_TRANSFORMERS } from '../notes/lexical/note-transformers';

/**
 * An agenda item's notes to and from the Markdown of MDO-Markdown, through
 * the headless editor with the app's own nodes. Only what the notes editor
 * can hold is read: headings, lists, quotes, bold, italic and links. Inline
 * code, strikethrough and the like stay as the characters typed.
 * Confidential passages are fences (`::: vertrouwelijk …` … `:::`) around
 * the blocks inside them.
 */

/** Lines of a block convention, escaped as `\Besluit:` when they are ordinary text. */
const CONVENTION_TEXT = /^(besluit|actie|schaalvraag|grondslag)\s*:/i;
export const ESCAPED_CONVENTION_TEXT = /^\\(?=(besluit|actie|schaalvraag|grondslag)\s*:)/i;

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

function $nodesFromSegments(segments: readonly NoteSegment[]): LexicalNode[] {
  return segments.flatMap((segment): LexicalNode[] => {
    switch (segment.kind) {
      case 'markdown': {
        const text = segment.text.replace(new RegExp(ESCAPED_CONVENTION_TEXT.source, 'gim'), '');
        return $generateNodesFromMarkdownString(text, NOTE_TRANSFORMERS);
      }
      case 'decision':
        return [$createDecisionNode(segment.data)];
      case 'action':
        return [$createActionNode(segment.data)];
      case 'safety-scale':
        return [$createSafetyScaleNode(segment.data)];
      case 'confidential':
        return [$createConfidentialNode(segment.data).append(...$nodesFromSegments(segment.segments))];
    }
  });
}

/** The notes of one item from its segments; null when there is nothing. Throws only on a bug. */
export function notesFromSegments(segments: readonly NoteSegment[]): LexicalState | null {
  if (segments.length === 0) return null;
  const editor = createNotesEditor();
  editor.update(
    () => {
      $getRoot().append(...$nodesFromSegments(segments));
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as LexicalState;
}

function isEmptyParagraph(node: LexicalNode): boolean {
  return $isParagraphNode(node) && node.getTextContent().trim() === '';
}

/**
 * A passage where one fence cannot say who may read it (inside a passage
 * with another audience, or inside a list or quote): the export refuses
 * rather than write its text as if anybody may read it.
 */
export class UnwritablePassageError extends Error {}

interface Chunk {
  text: string;
  action: boolean;
}

interface Written {
  chunks: Chunk[];
  /** The restriction of the fence being written, made stricter by the passages inside it. */
  restriction: Confidentiality | null;
}

function joinChunks(chunks: readonly Chunk[]): string {
  return chunks
    .map((chunk, index) => (index === 0 ? '' : chunk.action && chunks[index - 1]?.action ? '\n' : '\n\n') + chunk.text)
    .join('');
}

function $holdsPassage(node: LexicalNode): boolean {
  return $isElementNode(node) && node.getChildren().some((child) => $isConfidentialNode(child) || $holdsPassage(child));
}

/**
 * The chunks of nodes that were taken out of the root. Ordinary blocks are
 * put back in the (otherwise empty) root one at a time to be converted. The
 * text form has no nested fences: the blocks of a passage inside a passage
 * go into the outer fence, under one restriction that hides what both hid.
 */
function $chunksOf(nodes: readonly LexicalNode[], readers: Readers, passage: Confidentiality | null): Written {
  const { participants } = readers;
  const root = $getRoot();
  const chunks: Chunk[] = [];
  let restriction = passage;
  for (const node of nodes) {
    if ($isDecisionNode(node)) chunks.push({ text: writeDecisionLines(node.getData(), participants).join('\n'), action: false });
    else if ($isActionNode(node)) chunks.push({ text: writeActionLine(node.getData(), participants), action: true });
    else if ($isSafetyScaleNode(node)) chunks.push({ text: writeSafetyScaleLines(node.getData(), participants).join('\n'), action: false });
    else if ($isConfidentialNode(node)) {
      const { scope, notFor } = node.getData();
      const own: Confidentiality = { scope, notFor };
      if (restriction === null) {
        const inner = $chunksOf(node.getChildren(), readers, own);
        if (inner.chunks.length === 0) continue;
        const opening = writeFenceOpening(inner.restriction ?? own, participants);
        chunks.push({ text: `${opening}\n${joinChunks(inner.chunks)}\n${FENCE_CLOSE}`, action: false });
      } else {
        const combined = combineRestrictions(restriction, own, readers);
        if (combined === null) throw new UnwritablePassageError();
        const inner = $chunksOf(node.getChildren(), readers, combined);
        restriction = inner.restriction ?? combined;
        chunks.push(...inner.chunks);
      }
    } else if ($isElementNode(node) && !isEmptyParagraph(node)) {
      if ($holdsPassage(node)) throw new UnwritablePassageError();
      root.append(node);
      const markdown = $convertToMarkdownString(NOTE_TRANSFORMERS, root);
      node.remove();
      const text = $isParagraphNode(node) ? markdown.split('\n').map(escapeParagraphLine).join('\n') : markdown;
      if (text.trim() !== '') chunks.push({ text, action: false });
    }
  }
  return { chunks, restriction };
}

/**
 * Every top-level node is written on its own, with a blank line between
 * them; actions directly after each other stay on consecutive lines, as a
 * note-taker types them. Empty paragraphs are left out (Markdown has none).
 * Throws UnwritablePassageError for a passage no fence can hold.
 */
export function notesToMarkdown(notes: unknown, readers: Readers): string {
  if (notes === null || notes === undefined) return '';
  const editor = createNotesEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(notes)));
  let written: Written = { chunks: [], restriction: null };
  // The editor is thrown away after this, so its root may be taken apart to write one node at a time.
  editor.update(
    () => {
      const root = $getRoot();
      const children = root.getChildren();
      for (const child of children) child.remove();
      written = $chunksOf(children, readers, null);
    },
    { discrete: true },
  );
  return joinChunks(written.chunks);
}
