import { Paragraph, TextRun, type Table } from 'docx';
import { overdueText } from '../cycle/follow-up';
import { formatShortDutchDate } from '../meeting/dutch-format';
import type { AgendaItemReview, Confidentiality, Meeting, Participant, ReviewStatus } from '../meeting/meeting-schema';
import { mayReadAll, readersOf, restrictionLabel } from '../privacy/audience';
import { FULL_EXPORT, type ExportOptions } from '../privacy/export-options';
import { nameReplacer, pseudonymises } from '../privacy/pseudonymise';
import { CONFIDENTIAL_COLOUR, CONFIDENTIAL_FILL, CONTENT_WIDTH, dataTable } from './docx-building-blocks';
import { textRuns } from './xml-safe-text';

/**
 * Terugblik op de afspraken in the minutes of a follow-up meeting: under
 * the review item, a table of the earlier meeting's actions with the
 * status given now (nummer en herkomst, wat, wie, uiterlijk, status,
 * toelichting), then the decisions that still apply. Each entry keeps the
 * restrictions it had: a copy shows only what its reader may read (a
 * parents' copy leaves out an action for professionals only), with names
 * replaced as the copy replaces them.
 */

export const REVIEW_HEADERS = ['Nr. en herkomst', 'Wat', 'Wie', 'Uiterlijk', 'Status', 'Toelichting'];

export const REVIEW_STATUS_TEXT: Record<ReviewStatus, string> = {
  gedaan: 'gedaan',
  loopt: 'loopt',
  'niet-gedaan': 'niet gedaan',
  vervallen: 'vervallen',
};

const NOT_DISCUSSED = 'nog niet besproken';

/** Column widths in twips: the number and dates narrow, what and the note wide. */
const WIDTHS = [1_500, 2_700, 1_500, 1_450, 1_100];
const REVIEW_WIDTHS = [...WIDTHS, CONTENT_WIDTH - WIDTHS.reduce((sum, width) => sum + width, 0)];

function restrictionsText(restrictions: readonly Confidentiality[], participants: readonly Participant[]): string {
  const labels = [...new Set(restrictions.map((restriction) => restrictionLabel(restriction, participants)))];
  return labels.map((label, i) => (i === 0 ? label : label.replace(/^Vertrouwelijk – /, ''))).join('; ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function reviewBlocks(written: Meeting, review: AgendaItemReview, options: ExportOptions): (Paragraph | Table)[] {
  const readers = readersOf(written);
  const readable = (restrictions: readonly Confidentiality[] | undefined) => mayReadAll(restrictions ?? [], options.audience, readers);
  const replace = pseudonymises(options.pseudonym) ? nameReplacer(written, options.pseudonym) : null;
  const text = (value: string, key: string) => (replace ? replace(value, key) : value);
  const actions = review.actions.filter((entry) => readable(entry.restrictions));
  const decisions = review.decisions.filter((entry) => readable(entry.restrictions));
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ keepNext: true, spacing: { before: 60, after: 60 }, children: [new TextRun({ text: 'Afspraken uit het vorige overleg', bold: true })] }),
  ];
  if (actions.length === 0) {
    blocks.push(new Paragraph({ children: textRuns('Er stonden geen open acties van het vorige overleg op de lijst.', { italics: true, color: '595959' }) }));
  } else {
    const marks = actions.map((entry) => (entry.restrictions?.length ? restrictionsText(entry.restrictions, written.participants) : ''));
    const rows = actions.map((entry, i) => {
      const mark = marks[i] ?? '';
      const what = text(entry.what, 'what');
      const late = entry.status === 'gedaan' || entry.status === 'vervallen' ? null : overdueText(entry.due, written.date);
      return [
        entry.fromMeetingDate ? `${entry.number}, overleg ${formatShortDutchDate(entry.fromMeetingDate)}` : `${entry.number}, vorig overleg`,
        mark
          ? [
              new Paragraph({ style: 'TableText', children: textRuns(what) }),
              new Paragraph({ style: 'TableText', children: textRuns(lowerFirst(text(mark, 'name')), { bold: true, color: CONFIDENTIAL_COLOUR, size: 18 }) }),
            ]
          : what,
        text(entry.who, 'name') || 'niemand genoemd',
        entry.due ? `${formatShortDutchDate(entry.due)}${late ? ` (${late})` : ''}` : 'geen datum',
        entry.status ? REVIEW_STATUS_TEXT[entry.status] : NOT_DISCUSSED,
        text(entry.note, 'note'),
      ];
    });
    blocks.push(dataTable(REVIEW_HEADERS, rows, REVIEW_WIDTHS, { rowFills: marks.map((mark) => (mark ? CONFIDENTIAL_FILL : undefined)) }));
  }
  if (decisions.length > 0) {
    blocks.push(
      new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: 'Besluiten die blijven gelden', bold: true })] }),
      ...decisions.map(
        (decision) =>
          new Paragraph({
            indent: { left: 284 },
            children: [
              new TextRun({ text: `• ${decision.number}${decision.fromMeetingDate ? ` (${formatShortDutchDate(decision.fromMeetingDate)})` : ''}: `, bold: true }),
              ...textRuns(text(decision.text, 'text')),
            ],
          }),
      ),
    );
  }
  return blocks;
}

/** The review blocks per agenda item id, for every item of `written` that has a review. */
export function reviewSections(written: Meeting, options: ExportOptions = FULL_EXPORT): Map<string, (Paragraph | Table)[]> {
  const sections = new Map<string, (Paragraph | Table)[]>();
  for (const item of written.agendaItems) {
    if (item.review) sections.set(item.id, reviewBlocks(written, item.review, options));
  }
  return sections;
}
