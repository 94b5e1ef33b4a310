import { contactPerson, contactText, pageHeaderParts, readsAsProfessional } from './copy-reader';
import type { ExportView } from './export-view';

/**
 * The frame of the printable (PDF) exports, the HTML counterpart of
 * mdo-document.ts: one page per sheet of A4, the same header on every page
 * ("Verslag MDO · N.d.V. · 10 december 2026", "Vertrouwelijk"), the footer
 * for this reader and the page number, in Dutch (lang="nl"). The page runs
 * no script and loads nothing: its policy allows inline style only, so the
 * Chromium that prints it has nothing to fetch.
 *
 * Every text passes through `escapeHtml` (element content and attribute
 * values) or `cssString` (the header and footer, which live in the print
 * stylesheet's page margins): no text of a meeting is ever markup.
 */

export type HtmlDocumentKind = 'Verslag' | 'Agenda';

/**
 * Characters no HTML (or XML) text may hold, control characters typed or
 * pasted and lone surrogates, are dropped, as in the Word export. Its own
 * copy of xml-safe-text.ts's rule: that module brings docx along, and the
 * PDF export loads no docx.
 */
// eslint-disable-next-line no-control-regex
const notText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function printable(text: string): string {
  return text.replace(notText, '');
}

/** Text as HTML element content or a double-quoted attribute value; characters XML cannot hold are dropped, as in Word. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Text with its line breaks kept (a reason over two lines). */
export function escapeLines(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>');
}

/**
 * Text as a CSS string literal: quotes, backslashes and line ends escaped,
 * and every `<` and `&` too, so nothing in it can close the <style> element.
 */
export function cssString(text: string): string {
  const escaped = printable(text)
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\"'<>&]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** A table with a header row (repeated on every page) and escaped cells; a cell given as `{ html }` is already HTML. */
export function htmlTable(
  headers: readonly string[],
  rows: readonly (readonly (string | { html: string })[])[],
  { className = '', cols = [], rowClasses = [] }: { className?: string; cols?: readonly string[]; rowClasses?: readonly (string | undefined)[] } = {},
): string {
  const cell = (value: string | { html: string }) => (typeof value === 'string' ? escapeLines(value) : value.html);
  const colgroup = cols.length > 0 ? `<colgroup>${cols.map((col) => `<col class="${col}">`).join('')}</colgroup>` : '';
  const head = `<thead><tr>${headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row, i) => {
      const rowClass = rowClasses[i];
      return `<tr${rowClass ? ` class="${rowClass}"` : ''}>${row.map((value) => `<td>${cell(value)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table${className ? ` class="${className}"` : ''}>${colgroup}${head}<tbody>\n${body}\n</tbody></table>`;
}

/** Label and value per row; rows without a value are left out. */
export function detailsHtml(details: readonly (readonly [string, string])[]): string {
  const rows = details
    .filter(([, value]) => value.trim() !== '')
    .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeLines(value)}</td></tr>`);
  return `<table class="details"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export interface HtmlDetail {
  label: string;
  value: string;
  /** On a row of its own (a long text); others stand two to a row. */
  wide?: boolean;
}

/** Details two to a row (label, value, label, value), a wide one across the row; rows without a value are left out. */
export function detailsGridHtml(details: readonly HtmlDetail[]): string {
  const shown = details.filter((detail) => detail.value.trim() !== '');
  const rows: string[] = [];
  let pending: HtmlDetail | null = null;
  const cells = (detail: HtmlDetail) => `<th scope="row">${escapeHtml(detail.label)}</th><td>${escapeLines(detail.value)}</td>`;
  const flush = () => {
    if (pending) rows.push(`<tr>${cells(pending)}<td class="empty" colspan="2"></td></tr>`);
    pending = null;
  };
  for (const detail of shown) {
    if (detail.wide) {
      flush();
      rows.push(`<tr><th scope="row">${escapeHtml(detail.label)}</th><td colspan="3">${escapeLines(detail.value)}</td></tr>`);
    } else if (pending) {
      rows.push(`<tr>${cells(pending)}${cells(detail)}</tr>`);
      pending = null;
    } else {
      pending = detail;
    }
  }
  flush();
  return `<table class="details details--grid"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

export function paragraphHtml(text: string, className = ''): string {
  return `<p${className ? ` class="${className}"` : ''}>${escapeLines(text)}</p>`;
}

export function noticeHtml(text: string): string {
  return `<div class="notice" role="note">${escapeLines(text)}</div>`;
}

/** "Volledig verslag", "Volledige agenda", "Versie voor ouders". */
export function htmlCopyLabel(kind: HtmlDocumentKind, view: Pick<ExportView, 'audience' | 'label'>): string {
  return kind === 'Agenda' && view.audience.kind === 'volledig' ? 'Volledige agenda' : view.label;
}

/**
 * The footer's line for this reader, as in the Word copy: a professional
 * keeps the copy under the privacy rules of their organisation; anyone else
 * is told whom to ask.
 */
function readerLine(kind: HtmlDocumentKind, view: Pick<ExportView, 'audience' | 'meeting'>): string {
  if (readsAsProfessional(view.audience, view.meeting)) {
    return 'MDO-assistent beheert deze kopie niet. Bewaar en deel haar volgens de privacyregels van uw organisatie.';
  }
  const question = kind === 'Verslag' ? 'Vragen over dit verslag, of klopt er iets niet?' : 'Vragen over dit overleg?';
  const contact = contactPerson(view.meeting, kind === 'Verslag' ? ['coordinator', 'chair'] : ['chair', 'coordinator']);
  return `${question} Neem contact op met ${contact ? contactText(contact) : 'de voorzitter van het overleg'}.`;
}

/**
 * The print stylesheet. Chromium draws the page margins' boxes (@top-left
 * and so on) on every page; table headers repeat on each page, rows and
 * decisions do not break, a heading stays with what follows. Shading is
 * printed (print-color-adjust), and every mark is in words as well.
 */
const PRINT_CSS = `
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: Calibri, Carlito, "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #1a1a1a; }
h1 { font-size: 20pt; margin: 0 0 2mm; font-weight: 600; }
h2 { font-size: 14pt; margin: 7mm 0 2mm; color: #1f3b5c; break-after: avoid; }
h3 { font-size: 12pt; margin: 5mm 0 1.5mm; color: #1f3b5c; break-after: avoid; }
h4, h5, h6 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; }
p { margin: 0 0 1.6mm; orphans: 2; widows: 2; }
ul, ol { margin: 0 0 1.6mm; padding-left: 7mm; }
li.sublist-only { list-style: none; }
blockquote { margin: 0 0 2mm; padding-left: 4mm; border-left: 2pt solid #b0b7c3; font-style: italic; color: #404040; }
a { color: #0b5394; }
.subtitle { font-size: 13pt; color: #404040; margin-bottom: 2mm; }
.status { font-weight: bold; }
.status--concept { color: #8a5300; }
.status--definitief { color: #2b6a3d; }
.muted { font-style: italic; color: #595959; }
.notice { border: 1pt solid #8a5300; background: #fff6e5; padding: 2mm 3mm; margin: 2mm 0; break-inside: avoid; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; font-size: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.75pt solid #8c8c8c; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
thead th { background: #e8edf3; }
table.details th { width: 30%; background: #f3f5f8; font-weight: 600; }
table.details--grid th { width: 16%; }
table.details--grid td { width: 34%; }
td.empty { border-left-color: #8c8c8c; }
body.compact { font-size: 10pt; }
body.compact h2 { margin: 4mm 0 1.5mm; }
body.compact th, body.compact td { padding: 0.9mm 1.6mm; }
body.compact p { margin-bottom: 1.2mm; }
table.agenda td:first-child { white-space: nowrap; }
table.actions col.number { width: 6%; }
table.actions col.what { width: 48%; }
table.actions col.who { width: 20%; }
table.actions col.due { width: 15%; }
table.actions td:nth-child(4) { white-space: nowrap; }
table.actions col.status { width: 11%; }
.decision, .action { break-inside: avoid; margin: 0 0 1.6mm; }
.decision .number, .action .number { font-weight: bold; }
.decision-detail { margin: 0 0 1.6mm 6mm; }
.label { font-style: italic; }
.scale { break-inside: avoid; }
.confidential { background: #fdeceb; border-left: 3pt solid #b3261e; padding: 1mm 3mm; margin: 1mm 0 2mm; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.confidential-mark { color: #b3261e; font-weight: bold; break-after: avoid; }
.confidential-end { color: #b3261e; font-size: 9pt; break-before: avoid; }
tr.confidential-row td { background: #fdeceb; }
.row-mark { color: #b3261e; font-weight: bold; font-size: 9pt; }
.list-mark { display: block; color: #b3261e; font-weight: bold; font-size: 9pt; }
.child-interest { font-style: italic; color: #404040; }
.kind { color: #595959; }
`;

/** The page and its margins: the header and footer of this copy, as CSS strings. */
function pageCss(header: string, footer: string): string {
  const small = 'font-size: 8.5pt; color: #404040; font-family: Calibri, Carlito, "Liberation Sans", Arial, sans-serif;';
  return `
@page {
  size: A4;
  margin: 24mm 20mm 26mm 20mm;
  @top-left { content: ${header}; ${small} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: "Vertrouwelijk"; ${small} font-weight: bold; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: ${footer}; ${small} white-space: pre-wrap; vertical-align: top; padding-top: 4mm; }
}`;
}

export interface HtmlDocumentOptions {
  kind: HtmlDocumentKind;
  /** The document's title (PDF properties, title bar of a viewer). */
  title: string;
  view: Pick<ExportView, 'childMark' | 'label' | 'audience' | 'meeting'>;
  exportedOn: string;
  /** "Concept", "Definitief": in the footer of the minutes. */
  status?: string;
  /** The body, already HTML (made of escaped texts). */
  body: string;
  /** Tighter spacing: the agenda of a usual meeting fits on one page. */
  compact?: boolean;
}

/**
 * The whole page: head, policy, stylesheet with this copy's header and
 * footer, and the body. Header and footer come from the (pseudonymised)
 * copy, never from the meeting as written.
 */
export function htmlDocument(options: HtmlDocumentOptions): string {
  const { kind, view } = options;
  const label = htmlCopyLabel(kind, view);
  // The same parts as the Word header (CONCEPT first for concept minutes).
  const header = pageHeaderParts(kind, view).join(' · ');
  const footer = `${[label, options.status ?? '', `Geëxporteerd op ${options.exportedOn}`].filter((part) => part.trim() !== '').join(' · ')}\n${readerLine(kind, view)}`;
  // The footer's two lines, the page number at the end of the first: one box gets the width of the page.
  // "\A" is a line break in generated content.
  const [first = '', second = ''] = footer.split('\n');
  const footerCss = `${cssString(`${first} · Pagina `)} counter(page) " van " counter(pages) "\\A" ${cssString(second)}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${pageCss(cssString(header), footerCss)}${PRINT_CSS}</style>`,
    '</head>',
    options.compact ? '<body class="compact">' : '<body>',
    options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
