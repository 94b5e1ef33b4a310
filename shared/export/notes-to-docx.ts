import {
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TextRun,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import { TEXT_FORMAT } from '../notes/lexical-json';
import { scaleReason, type ActionData, type ConfidentialData, type DecisionData, type SafetyScaleData } from '../notes/node-data';
import { readNoteBlocks, type InlineNode, type ListBlock, type NoteBlock } from '../notes/note-tree';
import { textRuns, xmlSafe } from './xml-safe-text';

/**
 * One mapper per kind of block in the notes of an agenda item (read as a
 * typed tree by shared/notes/note-tree.ts) to Word paragraphs. Runs on JSON
 * alone, so the app, the CLI and tests produce the same document without a
 * DOM.
 */

export const BULLET_LIST = 'mdo-bullet-list';
export const NUMBER_LIST = 'mdo-number-list';

/** Bullets and 1. / a. / i. numbering, nine levels deep, indented like Word's own lists. */
export function notesNumbering(): INumberingOptions {
  const bullets = ['•', '◦', '▪'];
  const numberFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  const indent = (level: number) => ({ paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } });
  return {
    config: [
      {
        reference: BULLET_LIST,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bullets[level % 3],
          style: indent(level),
        })),
      },
      {
        reference: NUMBER_LIST,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: numberFormats[level % 3],
          text: `%${level + 1}.`,
          style: indent(level),
        })),
      },
    ],
  };
}

type DocxBlock = Paragraph | Table;

/** Our own blocks, written by the caller (the minutes know the numbers and the participants). */
export interface BlockWriters {
  decision(data: DecisionData): DocxBlock[];
  action(data: ActionData): DocxBlock[];
  safetyScale(data: SafetyScaleData): DocxBlock[];
  /** A passage the copy may show; `inner` are its own blocks, already written. */
  confidential(data: ConfidentialData, inner: DocxBlock[]): DocxBlock[];
}

export interface NotesContext {
  /** A new number for each list, so every numbered list restarts at 1. */
  nextListInstance(): number;
  /** Word heading level of a level-1 heading inside the notes. */
  headingBase: 2 | 3 | 4;
  /** Without them (a plain notes document) our blocks are left out. */
  blocks?: BlockWriters;
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

const linkSchemes = /^(https?:|mailto:)/i;

function textRun(text: string, format: number, style: string | undefined): TextRun[] {
  const has = (bit: number) => (format & bit) !== 0;
  return textRuns(text, {
    ...(style ? { style } : {}),
    bold: has(TEXT_FORMAT.bold) || undefined,
    italics: has(TEXT_FORMAT.italic) || undefined,
    underline: has(TEXT_FORMAT.underline) ? {} : undefined,
    strike: has(TEXT_FORMAT.strikethrough) || undefined,
    subScript: has(TEXT_FORMAT.subscript) || undefined,
    superScript: has(TEXT_FORMAT.superscript) || undefined,
    highlight: has(TEXT_FORMAT.highlight) ? 'yellow' : undefined,
    font: has(TEXT_FORMAT.code) ? 'Consolas' : undefined,
  });
}

export function inlineRuns(content: readonly InlineNode[], style?: string): ParagraphChild[] {
  return content.flatMap((node): ParagraphChild[] => {
    switch (node.kind) {
      case 'text':
        return textRun(node.text, node.format, style);
      case 'linebreak':
        return [new TextRun({ text: '', break: 1 })];
      case 'tab':
        return [new TextRun({ text: '\t' })];
      case 'link': {
        const url = xmlSafe(node.url);
        // A target that is no link (left out because a name was in it) is plain text: blue underlined text that cannot be clicked would mislead.
        if (!linkSchemes.test(url)) return inlineRuns(node.content, style);
        return [new ExternalHyperlink({ link: url, children: inlineRuns(node.content, 'Hyperlink') })];
      }
    }
  });
}

function listParagraphs(list: ListBlock, context: NotesContext, level: number): Paragraph[] {
  const numbered = list.listType === 'number';
  const instance = context.nextListInstance();
  const write = (current: ListBlock, currentLevel: number): Paragraph[] =>
    current.entries.flatMap((entry) => {
      const paragraphs: Paragraph[] = [];
      if (entry.content !== null) {
        const check = list.listType === 'check' ? [new TextRun({ text: entry.checked ? '☑ ' : '☐ ' })] : [];
        paragraphs.push(
          new Paragraph({
            style: numbered ? 'ListNumber' : 'ListBullet',
            numbering: { reference: numbered ? NUMBER_LIST : BULLET_LIST, level: Math.min(currentLevel, 8), instance },
            children: [...check, ...inlineRuns(entry.content)],
          }),
        );
      }
      for (const sublist of entry.sublists) {
        // A nested list of another kind (bullets in a numbered list) starts its own list.
        paragraphs.push(...(sublist.listType === list.listType ? write(sublist, currentLevel + 1) : listParagraphs(sublist, context, currentLevel + 1)));
      }
      return paragraphs;
    });
  return write(list, level);
}

export function blockToDocx(block: NoteBlock, context: NotesContext): DocxBlock[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(block.content) })];
    case 'heading': {
      const wordLevel = Math.min(6, context.headingBase + block.level - 1);
      return [new Paragraph({ heading: headingLevels[wordLevel - 1], children: inlineRuns(block.content) })];
    }
    case 'quote':
      return [new Paragraph({ style: 'Quote', children: inlineRuns(block.content) })];
    case 'list':
      return listParagraphs(block, context, 0);
    case 'decision':
      return context.blocks?.decision(block.data) ?? [];
    case 'action':
      return context.blocks?.action(block.data) ?? [];
    case 'safety-scale':
      return withScaleReasonParagraph(context.blocks?.safetyScale(block.data) ?? [], block.data);
    case 'confidential': {
      const inner = block.blocks.flatMap((child) => blockToDocx(child, context));
      return context.blocks?.confidential(block.data, inner) ?? inner;
    }
  }
}

/**
 * The scale's own reason, once, right under its scores (after the table the
 * writer made, else at the end): what the group said is never in a
 * person's row, so a child never appears to have said it.
 */
function withScaleReasonParagraph(written: DocxBlock[], data: SafetyScaleData): DocxBlock[] {
  const reason = scaleReason(data).trim();
  if (written.length === 0 || reason === '') return written;
  const paragraph = new Paragraph({
    keepLines: true,
    spacing: { before: 60 },
    children: [new TextRun({ text: 'Waarom deze cijfers (de hele schaal): ', bold: true }), ...textRuns(reason)],
  });
  const lastTable = written.findLastIndex((part) => part instanceof Table);
  const at = lastTable === -1 ? written.length : lastTable + 1;
  return [...written.slice(0, at), paragraph, ...written.slice(at)];
}

export function notesToDocx(state: unknown, context: NotesContext): DocxBlock[] {
  return readNoteBlocks(state).flatMap((block) => blockToDocx(block, context));
}
