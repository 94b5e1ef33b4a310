import { AlignmentType, BorderStyle, type IStylesOptions } from 'docx';

/**
 * The styles part every export starts from. Word's built-in names (Title,
 * Heading 1–3, Quote, List Bullet, Table Grid, header, footer) so an
 * organisation can restyle the result in Word; our own (Besluit, Actie,
 * Tabeltekst, Belang van het kind) for what Word has no name for.
 *
 * Invariants: the text is Dutch (`w:lang` nl-NL in the document defaults
 * and on Normal, so Word proofs it in Dutch and a screen reader reads it
 * with a Dutch voice), and every `w:basedOn` names a style the part defines.
 */

export const DOCUMENT_LANGUAGE = 'nl-NL';

export const BODY_FONT = 'Calibri';
export const ACCENT = '1F4E79';
/** Grey of the text in the page header and footer. */
export const FURNITURE_GREY = '595959';

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

/**
 * Word's default character style. docx bases its character styles
 * (Hyperlink, the footnote and endnote references, line numbers) on it
 * without defining it; Word defines it in every document it writes.
 */
const DEFAULT_PARAGRAPH_FONT_XML =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
  '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/** Styles some part of the export needs, by id, as Word writes them. */
export const REQUIRED_STYLES: readonly { id: string; xml: string }[] = [
  { id: TABLE_GRID_STYLE_ID, xml: TABLE_GRID_XML },
  { id: 'DefaultParagraphFont', xml: DEFAULT_PARAGRAPH_FONT_XML },
];

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The styles part our own styles are added to: only what docx does not define itself. */
export const BASE_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NAMESPACE}">${REQUIRED_STYLES.map((style) => style.xml).join('')}</w:styles>`;

/**
 * The styles docx writes itself, whatever it is given (createDefaultStyles
 * in docx 9): a house style's `w:basedOn` may point at these. A test reads
 * every exported styles part, so a docx that drops one is noticed.
 */
export const DOCX_OWN_STYLE_IDS: readonly string[] = [
  'Normal', 'TableNormal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6', 'Strong',
  'ListParagraph', 'Caption', 'Bibliography', 'TOC1', 'TOC2', 'TOC3', 'TOC4', 'TOC5', 'TOC6', 'TOC7', 'TOC8', 'TOC9',
  'Hyperlink', 'FootnoteReference', 'FootnoteText', 'FootnoteTextChar', 'EndnoteReference', 'EndnoteText', 'EndnoteTextChar', 'LineNumber',
];

const dutch = { language: { value: DOCUMENT_LANGUAGE } } as const;

/**
 * Widow control in the document defaults, as in Word's own template: no
 * paragraph leaves one line alone at the foot or the top of a page, so a
 * heading (kept with the next paragraph) has at least the first two lines
 * under it. docx writes it for styles as for paragraphs, but its style
 * options leave it out of their type; a test reads it back from the
 * styles part.
 */
const widowControl: { widowControl: true } = { widowControl: true };

/** The paragraphs of the page header and footer: small and grey, no space after, so they take little of the page. */
const furniture = { run: { size: 16, color: FURNITURE_GREY }, paragraph: { spacing: { before: 0, after: 0, line: 240 } } } as const;

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: BODY_FONT, size: 22, ...dutch }, paragraph: { spacing: { after: 120, line: 276 }, ...widowControl } },
      title: { run: { font: BODY_FONT, size: 40, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60 }, keepNext: true } },
      heading1: { run: { font: BODY_FONT, size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true } },
      heading2: { run: { font: BODY_FONT, size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true } },
      heading3: { run: { font: BODY_FONT, size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true } },
    },
    paragraphStyles: [
      // Normal as docx writes it, in Dutch: styles based on it (all of ours) are Dutch too.
      { id: 'Normal', name: 'Normal', quickFormat: true, run: { ...dutch } },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: BODY_FONT, size: 28, color: '404040' },
        paragraph: { spacing: { after: 160 }, keepNext: true },
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
        paragraph: { spacing: { before: 0, after: 0, line: 240 } },
      },
      {
        id: 'ChildInterest',
        name: 'Belang van het kind',
        basedOn: 'TableText',
        quickFormat: true,
        run: { italics: true, color: '404040', size: 18 },
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
          keepLines: true,
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
          keepLines: true,
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: '2B6A3D', space: 8 } },
        },
      },
      { id: 'Header', name: 'header', basedOn: 'Normal', run: furniture.run, paragraph: { ...furniture.paragraph, alignment: AlignmentType.RIGHT } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: furniture.run, paragraph: { ...furniture.paragraph, alignment: AlignmentType.CENTER } },
    ],
    characterStyles: [
      { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: '0563C1', underline: {} } },
    ],
  };
}
