import {
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type ParagraphChild,
  type Table,
} from 'docx';
import {
  TEXT_FORMAT,
  childNodes,
  numberField,
  plainText,
  rootBlocks,
  stringField,
  type SerializedNode,
} from '../notes/lexical-json';
import { textRuns, xmlSafe } from './xml-safe-text';

/**
 * One mapper per Lexical node type, from the serialized notes of an agenda
 * item to Word paragraphs. Runs on JSON alone, so the app, the CLI and tests
 * produce the same document without a DOM.
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

/** Maps one of our own blocks; `depth` lets a block with children (a confidential passage) go on with blockToDocx. */
export type BlockMapper = (node: SerializedNode, context: NotesContext, depth: number) => (Paragraph | Table)[];

export interface NotesContext {
  /** A new number for each list, so every numbered list restarts at 1. */
  nextListInstance(): number;
  /** Word heading level of a level-1 heading inside the notes. */
  headingBase: 2 | 3 | 4;
  /** Our own block nodes (decisions, actions, safety scores), mapped by the caller. */
  blockMappers?: Readonly<Record<string, BlockMapper>>;
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Deeper than this, content is kept as plain text: a hostile file cannot exhaust the stack. */
const MAX_DEPTH = 40;

const linkSchemes = /^(https?:|mailto:)/i;

function textRun(node: SerializedNode, extra: { style?: string } = {}): TextRun[] {
  const format = numberField(node, 'format');
  const has = (bit: number) => (format & bit) !== 0;
  return textRuns(stringField(node, 'text'), {
    ...extra,
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

export function inlineChildren(node: SerializedNode, depth = 0, style?: string): ParagraphChild[] {
  if (depth > MAX_DEPTH) return textRuns(plainText(node));
  return childNodes(node).flatMap((child): ParagraphChild[] => {
    switch (child.type) {
      case 'text':
        return textRun(child, style ? { style } : {});
      case 'linebreak':
        return [new TextRun({ text: '', break: 1 })];
      case 'tab':
        return [new TextRun({ text: '\t' })];
      case 'link':
      case 'autolink': {
        const url = xmlSafe(stringField(child, 'url'));
        const runs = inlineChildren(child, depth + 1, 'Hyperlink');
        return linkSchemes.test(url) ? [new ExternalHyperlink({ link: url, children: runs })] : runs;
      }
      default:
        // Unknown inline nodes keep their text.
        return inlineChildren(child, depth + 1, style);
    }
  });
}

function listParagraphs(list: SerializedNode, context: NotesContext, level: number, depth: number): Paragraph[] {
  const numbered = stringField(list, 'listType') === 'number';
  const checklist = stringField(list, 'listType') === 'check';
  const instance = context.nextListInstance();
  const walk = (current: SerializedNode, currentLevel: number, currentDepth: number): Paragraph[] =>
    childNodes(current).flatMap((item) => {
      const nested = childNodes(item).filter((child) => child.type === 'list');
      const ownContent = childNodes(item).some((child) => child.type !== 'list');
      const paragraphs: Paragraph[] = [];
      if (ownContent || nested.length === 0) {
        const check = checklist ? [new TextRun({ text: item.checked === true ? '☑ ' : '☐ ' })] : [];
        paragraphs.push(
          new Paragraph({
            style: numbered ? 'ListNumber' : 'ListBullet',
            numbering: { reference: numbered ? NUMBER_LIST : BULLET_LIST, level: Math.min(currentLevel, 8), instance },
            children: [...check, ...inlineChildren({ ...item, children: childNodes(item).filter((c) => c.type !== 'list') }, currentDepth + 1)],
          }),
        );
      }
      for (const sublist of nested) {
        // A nested list of another kind (bullets in a numbered list) starts its own list.
        const sameKind = stringField(sublist, 'listType') === stringField(list, 'listType');
        paragraphs.push(
          ...(sameKind && currentDepth < MAX_DEPTH
            ? walk(sublist, currentLevel + 1, currentDepth + 1)
            : listParagraphs(sublist, context, currentLevel + 1, currentDepth + 1)),
        );
      }
      return paragraphs;
    });
  return walk(list, level, depth);
}

export function blockToDocx(node: SerializedNode, context: NotesContext, depth = 0): (Paragraph | Table)[] {
  const custom = context.blockMappers?.[node.type];
  if (custom) return custom(node, context, depth);
  if (depth > MAX_DEPTH) return [new Paragraph({ children: textRuns(plainText(node)) })];
  switch (node.type) {
    case 'paragraph':
      return [new Paragraph({ children: inlineChildren(node, depth) })];
    case 'heading': {
      const level = Math.max(1, Math.min(6, Number(stringField(node, 'tag').slice(1)) || 1));
      const wordLevel = Math.min(6, context.headingBase + level - 1);
      return [new Paragraph({ heading: headingLevels[wordLevel - 1], children: inlineChildren(node, depth) })];
    }
    case 'quote':
      return [new Paragraph({ style: 'Quote', children: inlineChildren(node, depth) })];
    case 'list':
      return listParagraphs(node, context, 0, depth);
    default: {
      // An unknown block: its blocks if it has any, otherwise its text.
      const children = childNodes(node);
      const hasBlocks = children.some((child) => ['paragraph', 'heading', 'quote', 'list'].includes(child.type));
      return hasBlocks
        ? children.flatMap((child) => blockToDocx(child, context, depth + 1))
        : [new Paragraph({ children: inlineChildren(node, depth) })];
    }
  }
}

export function notesToDocx(state: unknown, context: NotesContext): (Paragraph | Table)[] {
  return rootBlocks(state).flatMap((block) => blockToDocx(block, context));
}
