import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import { Document, type INumberingOptions, type Paragraph, type Table } from 'docx';
import { PAGE } from './docx-building-blocks';
import { contactPerson, contactText, readsAsProfessional } from './copy-reader';
import { sentence } from './dutch-sentences';
import type { ExportView } from './export-view';
import { stylesFor, type HouseStyle } from './house-style';
import { pageFooter, pageHeader } from './page-header-footer';
import { xmlSafe } from './xml-safe-text';

export type MdoDocumentKind = 'Verslag' | 'Agenda';

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
  view: Pick<ExportView, 'childMark' | 'label' | 'audience' | 'meeting'>;
  exportedOn: string;
  /** "Concept", "Definitief": in the footer of the minutes. */
  status?: string;
  houseStyle: HouseStyle | undefined;
  numbering?: INumberingOptions;
  children: (Paragraph | Table)[];
}

/** `2027-03-25` → `25 maart 2027`: short enough for the header. */
function headerDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : '';
}

/** "Volledig verslag", "Volledige agenda", "Versie voor ouders". */
function copyLabel(kind: MdoDocumentKind, view: MdoDocumentOptions['view']): string {
  return kind === 'Agenda' && view.audience.kind === 'volledig' ? 'Volledige agenda' : view.label;
}

/**
 * The footer's line for this reader. A professional keeps the copy under
 * the privacy rules of their organisation; a parent (or the child, or
 * anyone whose role is not certain) has no such rules to follow, but needs
 * to know whom to ask: for the minutes the coordinator, who follows up the
 * agreements, for the agenda the chair, who invites.
 */
function readerLine(kind: MdoDocumentKind, view: MdoDocumentOptions['view']): string {
  if (readsAsProfessional(view.audience, view.meeting)) {
    return 'MDO-assistent beheert deze kopie niet. Bewaar en deel haar volgens de privacyregels van uw organisatie.';
  }
  const question = kind === 'Verslag' ? 'Vragen over dit verslag, of klopt er iets niet?' : 'Vragen over dit overleg?';
  const contact = contactPerson(view.meeting, kind === 'Verslag' ? ['coordinator', 'chair'] : ['chair', 'coordinator']);
  return `${question} Neem contact op met ${contact ? contactText(contact) : 'de voorzitter van het overleg'}.`;
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
        headers: { default: pageHeader([`${kind} MDO`, view.childMark, headerDate(view.meeting.date)], 'Vertrouwelijk') },
        footers: { default: pageFooter([label, options.status ?? '', `Geëxporteerd op ${options.exportedOn}`], readerLine(kind, view)) },
        children: options.children,
      },
    ],
  });
}
