import { Document, type INumberingOptions, type Paragraph, type Table } from 'docx';
import type { ExportView } from './export-view';
import { PAGE, footerWith, headerWith } from './docx-building-blocks';
import { stylesFor, type HouseStyle } from './house-style';
import { xmlSafe } from './xml-safe-text';

export interface MdoDocumentOptions {
  title: string;
  subject: string;
  creator: string;
  /**
   * The copy: the child's mark (initials, or the alias) goes in the header
   * next to "Vertrouwelijk", and its audience into the properties, so a
   * file found later still says for whom it was made.
   */
  view: Pick<ExportView, 'childMark' | 'label'>;
  exportedOn: string;
  houseStyle: HouseStyle | undefined;
  numbering?: INumberingOptions;
  children: (Paragraph | Table)[];
}

/**
 * The frame every export shares: A4, properties, styles, "Vertrouwelijk"
 * header and the footer. Every text written into the properties comes from
 * the (pseudonymised) copy, never from the meeting as written.
 */
export function mdoDocument(options: MdoDocumentOptions): Document {
  const { childMark, label } = options.view;
  const mark = childMark ? ` – ${childMark}` : '';
  const creator = xmlSafe(options.creator || 'MDO-assistent');
  return new Document({
    title: xmlSafe(options.title),
    subject: xmlSafe(`${options.subject} – ${label}`),
    creator,
    lastModifiedBy: creator,
    keywords: xmlSafe(`MDO; ${label}`),
    description: xmlSafe(`${label}. Gemaakt met MDO-assistent.`),
    ...stylesFor(options.houseStyle),
    ...(options.numbering ? { numbering: options.numbering } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: headerWith(`Vertrouwelijk${mark}`) },
        footers: { default: footerWith(options.exportedOn) },
        children: options.children,
      },
    ],
  });
}
