import { textRuns } from './xml-safe-text';
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';

/**
 * The pieces every exported Word file shares: page, styles, tables, header and
 * footer. Built-in Word style names (Title, Heading 1–3) are used so an
 * organisation can restyle the result in Word.
 */

/** A4 with 2 cm margins; all widths below are in twips (1/1440 inch). */
export const PAGE = { width: 11_906, height: 16_838, margin: 1_134 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const BODY_FONT = 'Calibri';
const ACCENT = '1F4E79';
const RULE = 'A6A6A6';
const HEADER_FILL = 'E8EEF4';

/**
 * Word's own "Table Grid" table style (thin lines everywhere), so every table
 * carries a built-in style an organisation can restyle; the explicit
 * borders on each table keep the look when a house style lacks it.
 */
export const TABLE_GRID_STYLE_ID = 'TableGrid';
const TABLE_GRID_XML =
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('') +
  '</w:tblBorders></w:tblPr></w:style>';

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A styles part holding only Table Grid: the base our own styles are added to. */
export const BASE_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NAMESPACE}">${TABLE_GRID_XML}</w:styles>`;

/** A reference document's styles with Table Grid added when it has none. */
export function withTableGrid(stylesXml: string): string {
  if (/w:styleId="TableGrid"/.test(stylesXml)) return stylesXml;
  const end = stylesXml.lastIndexOf('</w:styles>');
  return end < 0 ? stylesXml : `${stylesXml.slice(0, end)}${TABLE_GRID_XML}${stylesXml.slice(end)}`;
}

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: BODY_FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
      title: { run: { font: BODY_FONT, size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60 } } },
      heading1: { run: { font: BODY_FONT, size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      heading2: { run: { font: BODY_FONT, size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      heading3: { run: { font: BODY_FONT, size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: BODY_FONT, size: 28, color: '404040' },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 120, after: 120 } },
      },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      {
        id: 'TableText',
        name: 'Tabeltekst',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 20 },
        paragraph: { spacing: { before: 40, after: 40, line: 252 } },
      },
      {
        id: 'ChildInterest',
        name: 'Belang van het kind',
        basedOn: 'TableText',
        quickFormat: true,
        run: { italics: true, color: '404040', size: 19 },
      },
      {
        id: 'Besluit',
        name: 'Besluit',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { color: '3F2A6B' },
        paragraph: {
          indent: { left: 284 },
          spacing: { before: 80, after: 40 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: '6B4FA0', space: 8 } },
        },
      },
      {
        id: 'Actie',
        name: 'Actie',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { color: '1E4D2B' },
        paragraph: {
          indent: { left: 284 },
          spacing: { before: 80, after: 40 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: '2B6A3D', space: 8 } },
        },
      },
    ],
    characterStyles: [
      { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: '0563C1', underline: {} } },
    ],
  };
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
const tableBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

/** Cell margins, set once on the table (not on each cell: a long action list has hundreds of cells). */
const cellMargins = { top: 40, bottom: 40, left: 100, right: 100 } as const;

export function textCell(content: string | Paragraph[], width: number, options: { header?: boolean; fill?: string } = {}): TableCell {
  const children =
    typeof content === 'string'
      ? [new Paragraph({ style: 'TableText', children: textRuns(content, options.header ? { bold: true } : {}) })]
      : content;
  const fill = options.fill ?? (options.header ? HEADER_FILL : undefined);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children,
  });
}

export interface DataTableSpec {
  headers: string[];
  rows: (string | Paragraph[])[][];
  widths: number[];
  /** A fill per body row (a confidential action in the action list); undefined leaves the row white. */
  rowFills?: readonly (string | undefined)[];
  /** The passage depth the table is in (0 = outside any): its cells get the passage's fill. */
  passageDepth?: number;
  /** Keeps the last row on the page of the paragraph after the table. */
  keepWithNext?: boolean;
}

/**
 * A table with a header row that repeats on every page and explicit column
 * widths. It remembers how it was made, so a confidential passage around it
 * can have it made again with shaded cells (docx tables cannot be changed
 * once made).
 */
export class DataTable extends Table {
  constructor(readonly spec: DataTableSpec) {
    const { headers, rows, widths, rowFills = [], passageDepth = 0, keepWithNext = false } = spec;
    const bodyFill = passageDepth > 0 ? passageFill(passageDepth) : undefined;
    const headerFill = passageDepth > 0 ? passageFill(passageDepth + 1) : undefined;
    super({
      style: TABLE_GRID_STYLE_ID,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: tableBorders,
      margins: cellMargins,
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: headers.map((h, i) => textCell(h, widths[i] ?? 0, { header: true, fill: headerFill })),
        }),
        ...rows.map(
          (cells, row) =>
            new TableRow({
              cantSplit: true,
              // Only where wanted: `keepNext: false` would be written into every paragraph of the row.
              ...(keepWithNext && row === rows.length - 1 ? { keepNext: true } : {}),
              children: cells.map((cell, i) => textCell(cell, widths[i] ?? 0, { fill: bodyFill ?? rowFills[row] })),
            }),
        ),
      ],
    });
  }

  with(changes: Partial<DataTableSpec>): DataTable {
    return new DataTable({ ...this.spec, ...changes });
  }
}

export function dataTable(headers: string[], rows: (string | Paragraph[])[][], widths: number[], options: Pick<DataTableSpec, 'rowFills'> = {}): DataTable {
  return new DataTable({ headers, rows, widths, ...options });
}

/** Label–value pairs (the meeting details) as a two-column table; empty values are left out. */
export function detailsTable(pairs: [string, string][]): Table {
  const [labelWidth, valueWidth] = [2_400, CONTENT_WIDTH - 2_400];
  const rows = pairs.filter(([, value]) => value.trim() !== '');
  return new Table({
    style: TABLE_GRID_STYLE_ID,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    margins: cellMargins,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({ cantSplit: true, children: [textCell(label, labelWidth, { header: true }), textCell(value, valueWidth)] }),
    ),
  });
}

export function headerWith(text: string): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(text, { size: 18, color: '7F7F7F' }) })],
  });
}

/** "Pagina X van Y", the export date, and that an exported copy is outside the app's care. */
export function footerWith(exportedOn: string): Footer {
  const small = { size: 16, color: '7F7F7F' };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ ...small, children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] }),
          new TextRun({ ...small, text: `  ·  Geëxporteerd op ${exportedOn}` }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            ...small,
            text: 'Dit is een geëxporteerde kopie: MDO-assistent beheert dit bestand niet. Bewaar en deel het volgens de privacyregels van uw organisatie.',
          }),
        ],
      }),
    ],
  });
}

export function paragraph(text: string, children: ParagraphChild[] = []): Paragraph {
  return new Paragraph({ children: [...textRuns(text), ...children] });
}

/** The colour of everything that says "vertrouwelijk": marks, end lines, the left rule of a passage. */
export const CONFIDENTIAL_COLOUR = 'B3261E';

/**
 * The fill of a confidential passage, by depth: a passage inside a passage
 * is a shade darker, so where the inner one ends is visible without colour
 * too (its own mark and end line say it in words).
 */
const PASSAGE_FILLS = ['FBE9E7', 'F6D5D1', 'F0C1BB', 'EAADA6'] as const;

function passageFill(depth: number): string {
  return PASSAGE_FILLS[Math.min(Math.max(depth, 1), PASSAGE_FILLS.length) - 1] ?? PASSAGE_FILLS[0];
}

/** How deep in passages a paragraph we shaded is (0: not shaded by a passage). */
function passageDepthOf(fill: unknown): number {
  return PASSAGE_FILLS.findIndex((passage) => passage === fill) + 1;
}

/** The fill for what belongs to a confidential item or passage, outside a passage (a row of the action list). */
export const CONFIDENTIAL_FILL = passageFill(1);

const passageRule = { style: BorderStyle.SINGLE, size: 6, color: CONFIDENTIAL_COLOUR, space: 4 } as const;

function shading(depth: number) {
  return { type: ShadingType.CLEAR, color: 'auto', fill: passageFill(depth) } as const;
}

/**
 * The mark before a confidential item or passage in a copy that shows it
 * ("Vertrouwelijk – alleen professionals"): shaded and bordered, with
 * direct formatting so a house style cannot make it disappear.
 */
export function confidentialMark(label: string, detail = ''): Paragraph {
  return new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 80 },
    shading: shading(1),
    border: { top: passageRule, bottom: passageRule, left: passageRule, right: passageRule },
    children: [
      ...textRuns(label, { bold: true, color: CONFIDENTIAL_COLOUR }),
      ...(detail ? textRuns(`  ${detail}`, { italics: true, color: '404040', size: 20 }) : []),
    ],
  });
}

/** A boxed line on the first page: for whom this copy is and what it leaves out. */
export function noticeBox(text: string): Paragraph {
  const rule = { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 4 };
  return new Paragraph({
    spacing: { before: 120, after: 120 },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
    border: { top: rule, bottom: rule, left: rule, right: rule },
    children: textRuns(text, { bold: true }),
  });
}

/** Where a confidential passage ends, so a reader of the full copy knows what not to forward. */
export function confidentialEnd(text = 'Einde vertrouwelijke passage'): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 120 },
    shading: shading(1),
    border: { left: passageRule, bottom: passageRule },
    children: textRuns(text, { italics: true, color: CONFIDENTIAL_COLOUR, size: 18 }),
  });
}

/**
 * Styles whose paragraphs carry a left rule of their own (the purple bar of
 * a decision, the green one of an action): inside a passage they keep it
 * and get only the shading, so a decision still looks like a decision.
 */
const STYLES_WITH_RULE = new Set(['Besluit', 'Actie']);

/** One block of a passage, shaded one level deeper than it was (a paragraph of an inner passage is already shaded once). */
function deeper(block: Paragraph | Table): Paragraph | Table {
  if (block instanceof DataTable) return block.with({ passageDepth: (block.spec.passageDepth ?? 0) + 1 });
  if (!(block instanceof Paragraph)) return block;
  const { options } = block;
  const depth = passageDepthOf(options.shading?.fill) + 1;
  const ownRule = options.style !== undefined && STYLES_WITH_RULE.has(options.style);
  return block.with({
    shading: shading(depth),
    ...(ownRule || options.border?.left ? {} : { border: { ...options.border, left: passageRule } }),
  });
}

/** A paragraph outside a passage that belongs to a confidential part (an entry in the decision list): shaded like one. */
export function shadedConfidential(paragraph: Paragraph): Paragraph {
  return paragraph.with({ shading: shading(1) });
}

/** Keeps a block on the page of what follows it (the end line must not open a page alone). */
function keptWithNext(block: Paragraph | Table): Paragraph | Table {
  if (block instanceof DataTable) return block.with({ keepWithNext: true });
  return block instanceof Paragraph ? block.with({ keepNext: true }) : block;
}

/**
 * A confidential item or passage as the copy shows it: the mark, every
 * block of it shaded over its whole length (each paragraph carries the
 * shading itself, so it continues across a page break; the cells of a
 * table in it too), and the end line, kept with the passage's last line.
 */
export function confidentialPassage(mark: Paragraph, blocks: readonly (Paragraph | Table)[], end: Paragraph = confidentialEnd()): (Paragraph | Table)[] {
  const shaded = blocks.map(deeper);
  const last = shaded.at(-1);
  if (last !== undefined) shaded[shaded.length - 1] = keptWithNext(last);
  return [mark, ...shaded, end];
}
