import { Document, HeadingLevel, Paragraph } from 'docx';
import type { Meeting } from '../meeting/meeting-schema';
import { documentStyles } from './docx-building-blocks';
import { textRuns, xmlSafe } from './xml-safe-text';

/**
 * The minutes (verslag) as a Word document. Work in progress: the full
 * builder (attendance, notes per item, decision and action lists) replaces
 * this body; the signature stays.
 */
export interface MinutesExportOptions {
  /** When the export is made; shown in the footer. */
  exportedAt: Date;
}

export function buildMinutesDocument(meeting: Meeting, options: MinutesExportOptions): Document {
  void options;
  return new Document({
    title: xmlSafe(`Verslag ${meeting.title}`),
    styles: documentStyles(),
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Verslag multidisciplinair overleg') }),
          new Paragraph({ style: 'Subtitle', children: textRuns(meeting.title) }),
        ],
      },
    ],
  });
}
