import { Document, type INumberingOptions, type Paragraph, type Table } from 'docx';
import { PAGE } from './docx-building-blocks';
import { copyLabel, pageHeaderParts, readerLine, type CopyFacts, type CopyKind } from './copy-reader';
import { sentence } from './dutch-sentences';
import { stylesFor, type HouseStyle } from './house-style';
import { pageFooter, pageHeader } from './page-header-footer';
import { xmlSafe } from './xml-safe-text';

export type MdoDocumentKind = CopyKind;

export interface MdoDocumentOptions {
  kind: MdoDocumentKind;
  title: string;
  subject: string;
  creator: string;
  /**
   * The copy: its meeting (pseudonymised) gives the date and whom to ask,
   * the child's mark (initials, or the alias) goes in the header, and its
   * audience into the footer and the properties, so a page or a file found
   * later still says what it is and for whom it was made.
   */
  view: CopyFacts;
  exportedOn: string;
  /** "Concept", "Definitief": in the footer of the minutes. */
  status?: string;
  houseStyle: HouseStyle | undefined;
  numbering?: INumberingOptions;
  children: (Paragraph | Table)[];
}

/**
 * The frame every export shares: A4, properties, styles, the header that
 * ties each page to its meeting ("Verslag MDO · N.d.V. · 10 december 2026
 * · Vertrouwelijk") and the footer for this reader. Every text written into
 * the header, footer and properties comes from the (pseudonymised) copy,
 * never from the meeting as written.
 */
export function mdoDocument(options: MdoDocumentOptions): Document {
  const { kind, view } = options;
  const label = copyLabel(kind, view);
  const creator = xmlSafe(options.creator || 'MDO-assistent');
  return new Document({
    title: xmlSafe(options.title),
    subject: xmlSafe(`${options.subject} – ${label}`),
    creator,
    lastModifiedBy: creator,
    keywords: xmlSafe(`MDO; ${kind.toLowerCase()}; ${label}`),
    description: xmlSafe(`${sentence(label)} Gemaakt met MDO-assistent.`),
    ...stylesFor(options.houseStyle),
    ...(options.numbering ? { numbering: options.numbering } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.headerDistance, footer: PAGE.footerDistance },
          },
        },
        headers: { default: pageHeader(pageHeaderParts(kind, view), 'Vertrouwelijk') },
        footers: { default: pageFooter([label, options.status ?? '', `Geëxporteerd op ${options.exportedOn}`], readerLine(kind, view)) },
        children: options.children,
      },
    ],
  });
}
