import { Document, type INumberingOptions, type Paragraph, type Table } from 'docx';
import { initialsOf } from '../meeting/dutch-format';
import type { Meeting } from '../meeting/meeting-schema';
import { PAGE, footerWith, headerWith } from './docx-building-blocks';
import { stylesFor, type HouseStyle } from './house-style';
import { xmlSafe } from './xml-safe-text';

export interface MdoDocumentOptions {
  title: string;
  subject: string;
  creator: string;
  /** The child's initials go in the header next to "Vertrouwelijk". */
  meeting: Pick<Meeting, 'child'>;
  exportedOn: string;
  houseStyle: HouseStyle | undefined;
  numbering?: INumberingOptions;
  children: (Paragraph | Table)[];
}

/** The frame every export shares: A4, properties, styles, "Vertrouwelijk" header and the footer. */
export function mdoDocument(options: MdoDocumentOptions): Document {
  const initials = options.meeting.child.name.trim() ? ` – ${initialsOf(options.meeting.child.name)}` : '';
  return new Document({
    title: xmlSafe(options.title),
    subject: options.subject,
    creator: xmlSafe(options.creator || 'MDO-assistent'),
    description: 'Gemaakt met MDO-assistent',
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
        headers: { default: headerWith(`Vertrouwelijk${initials}`) },
        footers: { default: footerWith(options.exportedOn) },
        children: options.children,
      },
    ],
  });
}
