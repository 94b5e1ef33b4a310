import { textRuns } from './xml-safe-text';
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { withoutDoubleFullStops } from './dutch-sentences';
import { ACCENT, TABLE_GRID_STYLE_ID } from './word-styles';

/**
 * The pieces every exported Word file shares: the page, tables, notices and
 * confidential passages (the styles are in word-styles.ts, the page header
 * and footer in page-header-footer.ts).
 */

/**
 * A4 with 2 cm margins, the header and footer 1 cm from the edge (inside
 * the margin, so they take nothing from the body); all widths below are in
 * twips (1/1440 inch).
 */
export const PAGE = { width: 11_906, height: 16_838, margin: 1_134, headerDistance: 567, footerDistance: 567 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const RULE = 'A6A6A6';
const HEADER_FILL = 'E8EEF4';

const thin = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
const tableBorders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

/** Left and right padding of a table cell. */
const CELL_PADDING = 100;

/** Cell margins, set once on the table (not on each cell: a long action list has hundreds of cells). */
const cellMargins = { top: 30, bottom: 30, left: CELL_PADDING, right: CELL_PADDING } as const;

export function textCell(content: string | Paragraph[], width: number, options: { header?: boolean; fill?: string; columnSpan?: number } = {}): TableCell {
  const children =
    typeof content === 'string'
      ? [new Paragraph({ style: 'TableText', children: textRuns(content, options.header ? { bold: true } : {}) })]
      : content;
  const fill = options.fill ?? (options.header ? HEADER_FILL : undefined);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
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

export function dataTable(
  headers: string[],
  rows: (string | Paragraph[])[][],
  widths: number[],
  options: Pick<DataTableSpec, 'rowFills' | 'keepWithNext'> = {},
): DataTable {
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

/** A detail for detailsGrid: label, value, and whether it needs the full width (a place, a reason). */
export interface Detail {
  label: string;
  value: string;
  wide?: boolean;
}

/**
 * The meeting details as a four-column grid: two short details side by side
 * (Datum and Tijd, Voorzitter and Notulist), a long one across the width.
 * Half the rows of a two-column table, so an invitation fits on one page.
 * Empty values are left out; a short detail without a partner takes a row
 * of its own. Nothing to show gives no table (Word refuses one without rows).
 */
export function detailsGrid(details: readonly Detail[]): Table[] {
  // Rows of one or two details, decided before the widths: a wide detail, a pair, or a short one alone.
  const rows: Detail[][] = [];
  let waiting: Detail | null = null;
  for (const detail of details.filter((entry) => entry.value.trim() !== '')) {
    if (detail.wide) {
      if (waiting) rows.push([waiting]);
      rows.push([detail]);
      waiting = null;
    } else if (waiting) {
      rows.push([waiting, detail]);
      waiting = null;
    } else {
      waiting = detail;
    }
  }
  if (waiting) rows.push([waiting]);
  if (rows.length === 0) return [];
  // Columns as wide as what is in them: the labels, and the right-hand values (a time, a name); the left-hand values get the rest.
  const pairs = rows.filter((row) => row.length === 2);
  const widest = (texts: string[], bold = false) => Math.max(0, ...texts.map((text) => tableTextWidth(text, { bold })));
  const leftLabel = widest(rows.map((row) => row[0]?.label ?? ''), true);
  const rightLabel = widest(pairs.map((row) => row[1]?.label ?? ''), true);
  const rightValue = Math.min(widest(pairs.map((row) => row[1]?.value ?? '')), Math.round(CONTENT_WIDTH / 4));
  const leftValue = CONTENT_WIDTH - leftLabel - rightLabel - rightValue;
  const columnWidths = pairs.length > 0 ? [leftLabel, leftValue, rightLabel, rightValue] : [leftLabel, CONTENT_WIDTH - leftLabel];
  const cells = (detail: Detail | undefined, labelWidth: number, valueWidth: number, columnSpan?: number) =>
    detail ? [textCell(detail.label, labelWidth, { header: true }), textCell(detail.value, valueWidth, columnSpan ? { columnSpan } : {})] : [];
  const table = new Table({
    style: TABLE_GRID_STYLE_ID,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    margins: cellMargins,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children:
            row.length === 2
              ? [...cells(row[0], leftLabel, leftValue), ...cells(row[1], rightLabel, rightValue)]
              : cells(row[0], leftLabel, CONTENT_WIDTH - leftLabel, columnWidths.length - 1),
        }),
    ),
  });
  return [table];
}

/**
 * Paragraphs that belong together (a decision, its reason, who disagreed):
 * each kept with the next and none split over two pages, so a decision
 * never stands at the foot of a page with its reason on the next.
 */
export function keptTogether(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((block, i) => block.with(i < paragraphs.length - 1 ? { keepNext: true, keepLines: true } : { keepLines: true }));
}

const NARROW = new Set([...'fijlrt.,;:!|()[]\'’ ']);
const WIDE = new Set([...'mwMW']);

/**
 * About how wide a line of 10-point table text is, in twips, with the cell's
 * padding: enough to choose column widths. Measured on the wide side
 * (where Calibri is missing, LibreOffice draws DejaVu Sans, a fifth wider),
 * so a column that fits here fits in Word too.
 */
export function tableTextWidth(text: string, options: { bold?: boolean } = {}): number {
  const ems = [...text].reduce((sum, char) => sum + (NARROW.has(char) ? 0.36 : WIDE.has(char) ? 0.95 : /[0-9]/.test(char) ? 0.64 : /[A-ZÀ-Þ]/.test(char) ? 0.72 : 0.62), 0);
  return Math.ceil(ems * 200 * (options.bold ? 1.15 : 1)) + 2 * CELL_PADDING + 60;
}

/**
 * Column widths for a table of plain text, fitted to what is in it: a
 * column whose longest entry fits in an even share keeps just that width,
 * the others share the rest in proportion to their longest entry (they
 * wrap, the long ones a little more); room to spare goes to every column
 * in proportion. The widths add up to the content width.
 */
export function fittedWidths(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const natural = headers.map((header, i) => Math.max(tableTextWidth(header, { bold: true }), ...rows.map((row) => tableTextWidth(row[i] ?? ''))));
  const total = natural.reduce((sum, width) => sum + width, 0);
  let widths: number[];
  if (total <= CONTENT_WIDTH) {
    widths = natural.map((width) => Math.floor((width * CONTENT_WIDTH) / total));
  } else {
    // Water-filling: settle the columns that fit in an even share of what is left, until none does.
    const settled = new Map<number, number>();
    let changed = true;
    while (changed) {
      changed = false;
      const open = natural.map((width, i) => [width, i] as const).filter(([, i]) => !settled.has(i));
      const share = (CONTENT_WIDTH - [...settled.values()].reduce((sum, width) => sum + width, 0)) / Math.max(1, open.length);
      for (const [width, i] of open) {
        if (width <= share) {
          settled.set(i, width);
          changed = true;
        }
      }
    }
    const left = CONTENT_WIDTH - [...settled.values()].reduce((sum, width) => sum + width, 0);
    const wanted = natural.reduce((sum, width, i) => (settled.has(i) ? sum : sum + width), 0);
    widths = natural.map((width, i) => settled.get(i) ?? Math.floor((width * left) / wanted));
  }
  // Rounding leftovers go to the widest column, so the grid is exactly the content width.
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + CONTENT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  return widths;
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
export function noticeBox(composed: string): Paragraph {
  // The notice is put together around a label that may end in a name with a full stop ("Versie voor Amir B.").
  const text = withoutDoubleFullStops(composed);
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
