import { TEXT_FORMAT } from '../notes/lexical-json';
import type { ActionData, ConfidentialData, DecisionData, SafetyScaleData } from '../notes/node-data';
import { readNoteBlocks, type InlineNode, type ListBlock, type NoteBlock } from '../notes/note-tree';
import { escapeHtml, escapeLines } from './html-document';

/**
 * One mapper per kind of block in the notes of an agenda item (the typed
 * tree of shared/notes/note-tree.ts) to HTML, the printable twin of
 * notes-to-docx.ts. Every text is escaped; a link is a link only for
 * http(s) and mailto, as in Word.
 */

/** Our own blocks, written by the caller (the minutes know the numbers and the participants). */
export interface HtmlBlockWriters {
  decision(data: DecisionData): string;
  action(data: ActionData): string;
  safetyScale(data: SafetyScaleData): string;
  /** A passage the copy may show; `inner` is its own blocks, already written. */
  confidential(data: ConfidentialData, inner: string): string;
}

export interface HtmlNotesContext {
  /** HTML heading level of a level-1 heading inside the notes. */
  headingBase: 3 | 4 | 5;
  blocks: HtmlBlockWriters;
}

const linkSchemes = /^(https?:|mailto:)/i;

function formatted(text: string, format: number): string {
  const has = (bit: number) => (format & bit) !== 0;
  let html = escapeLines(text);
  if (has(TEXT_FORMAT.code)) html = `<code>${html}</code>`;
  if (has(TEXT_FORMAT.subscript)) html = `<sub>${html}</sub>`;
  if (has(TEXT_FORMAT.superscript)) html = `<sup>${html}</sup>`;
  if (has(TEXT_FORMAT.strikethrough)) html = `<s>${html}</s>`;
  if (has(TEXT_FORMAT.underline)) html = `<u>${html}</u>`;
  if (has(TEXT_FORMAT.italic)) html = `<em>${html}</em>`;
  if (has(TEXT_FORMAT.bold)) html = `<strong>${html}</strong>`;
  if (has(TEXT_FORMAT.highlight)) html = `<mark>${html}</mark>`;
  return html;
}

export function inlineHtml(content: readonly InlineNode[]): string {
  return content
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return formatted(node.text, node.format);
        case 'linebreak':
          return '<br>';
        case 'tab':
          return '&#9;';
        case 'link':
          // A target that is no link (left out because a name was in it) is plain text.
          return linkSchemes.test(node.url) ? `<a href="${escapeHtml(node.url)}">${inlineHtml(node.content)}</a>` : inlineHtml(node.content);
      }
    })
    .join('');
}

function listHtml(list: ListBlock): string {
  const tag = list.listType === 'number' ? 'ol' : 'ul';
  const entries = list.entries.map((entry) => {
    const check = list.listType === 'check' ? (entry.checked ? '☑ ' : '☐ ') : '';
    const own = entry.content === null ? '' : `${check}${inlineHtml(entry.content)}`;
    // An entry that only holds a nested list shows no bullet of its own.
    return `<li${entry.content === null ? ' class="sublist-only"' : ''}>${own}${entry.sublists.map(listHtml).join('')}</li>`;
  });
  return `<${tag}${list.listType === 'check' ? ' class="checklist"' : ''}>${entries.join('')}</${tag}>`;
}

export function blockToHtml(block: NoteBlock, context: HtmlNotesContext): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'heading': {
      const level = Math.min(6, context.headingBase + block.level - 1);
      return `<h${level}>${inlineHtml(block.content)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${inlineHtml(block.content)}</blockquote>`;
    case 'list':
      return listHtml(block);
    case 'decision':
      return context.blocks.decision(block.data);
    case 'action':
      return context.blocks.action(block.data);
    case 'safety-scale':
      return context.blocks.safetyScale(block.data);
    case 'confidential':
      return context.blocks.confidential(block.data, block.blocks.map((child) => blockToHtml(child, context)).join('\n'));
  }
}

/** The notes as HTML; an empty string when they hold no block. */
export function notesToHtml(state: unknown, context: HtmlNotesContext): string {
  return readNoteBlocks(state)
    .map((block) => blockToHtml(block, context))
    .join('\n');
}
