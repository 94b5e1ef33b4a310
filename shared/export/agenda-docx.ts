import { type Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { computeSchedule } from '../agenda/schedule';
import { formatDutchDate, timeRange } from '../meeting/dutch-format';
import type { Meeting } from '../meeting/meeting-schema';
import { restrictionLabel } from '../privacy/audience';
import type { ExportOptions } from '../privacy/export-options';
import { CONTENT_WIDTH, dataTable, detailsGrid, noticeBox, paragraph, tableTextWidth } from './docx-building-blocks';
import { agendaDetails, agendaKindLabels, cancelSentence, childQuestionSentence, hasLeadColumn, leadName, notInvitedLines, totalSentence } from './agenda-text';
import { copyNotice, exportView, type ExportView } from './export-view';
import type { HouseStyle } from './house-style';
import { mdoDocument } from './mdo-document';
import { textRuns } from './xml-safe-text';

/**
 * The invitation with the agenda: the meeting details, who is invited and
 * how to cancel, and the agenda as a table with clock times and timebox,
 * the child-interest question where an item has one, and who brings an
 * item in where someone does. A meeting of up to about eight items fits on
 * one page, so the invitation can go out as one sheet.
 */
export interface AgendaExportOptions {
  /** When the export is made; shown in the footer. */
  exportedAt: Date;
  /** The organisation's reference document; without it, the neutral default styles. */
  houseStyle?: HouseStyle;
  /** For whom the copy is and which names are replaced; without it, the full agenda as written. */
  options?: ExportOptions;
  /**
   * Whether the table has an Inbreng column when no item names who brings
   * it in (to fill in by hand). Without it the column is there only when
   * an item has a lead.
   */
  leadColumn?: boolean;
}


/**
 * The agenda rows the copy shows. Clock times come from the full agenda
 * (`written`, minutes only), so a left-out item leaves its time slot and
 * every item keeps its number.
 */
function agendaTable(written: Meeting, view: ExportView, leadColumn: boolean): ReturnType<typeof dataTable> {
  const { meeting } = view;
  const schedule = computeSchedule(written, written.date ? undefined : new Date());
  const rows = view.items.map(({ item, index, number }) => {
    const slot = schedule.items[index];
    const topic = [
      new Paragraph({
        style: 'TableText',
        children: [new TextRun({ text: `${number}. `, bold: true }), ...textRuns(item.title, { bold: true }), new TextRun({ text: `  (${agendaKindLabels[item.kind]})`, color: '595959' })],
      }),
      ...(item.confidential
        ? [new Paragraph({ style: 'TableText', children: textRuns(restrictionLabel(item.confidential, meeting.participants), { bold: true, color: 'B3261E' }) })]
        : []),
      ...(item.childInterest.trim()
        ? [new Paragraph({ style: 'ChildInterest', children: textRuns(item.childInterest) })]
        : []),
    ];
    return {
      time: slot ? timeRange(slot.start, slot.end) : '',
      topic,
      lead: leadName(meeting, item.leadId),
      minutes: item.minutes === null ? '' : String(item.minutes),
    };
  });
  const widest = (header: string, texts: readonly string[]) => Math.max(tableTextWidth(header, { bold: true }), ...texts.map((text) => tableTextWidth(text)));
  const time = widest('Tijd', rows.map((row) => row.time));
  const minutes = widest('Minuten', rows.map((row) => row.minutes));
  if (!leadColumn) {
    return dataTable(['Tijd', 'Agendapunt', 'Minuten'], rows.map((row) => [row.time, row.topic, row.minutes]), [time, CONTENT_WIDTH - time - minutes, minutes]);
  }
  // Names wrap rather than take the topic's room: at most a fifth of the width.
  const lead = Math.min(widest('Inbreng', rows.map((row) => row.lead)), Math.round(CONTENT_WIDTH / 5));
  return dataTable(
    ['Tijd', 'Agendapunt', 'Inbreng', 'Minuten'],
    rows.map((row) => [row.time, row.topic, row.lead, row.minutes]),
    [time, CONTENT_WIDTH - time - lead - minutes, lead, minutes],
  );
}

function childQuestionIntro(view: ExportView): Paragraph[] {
  const text = childQuestionSentence(view);
  if (text === null) return [];
  return [new Paragraph({ keepNext: true, children: [new TextRun({ text, italics: true, size: 20, color: '595959' })] })];
}

function cancelLine(meeting: Meeting): Paragraph {
  return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'Afmelden ', bold: true }), ...textRuns(cancelSentence(meeting))] });
}

function totalLine(meeting: Meeting): Paragraph {
  return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: totalSentence(meeting), italics: true, size: 20 })] });
}

function invitedTable(meeting: Meeting): ReturnType<typeof dataTable> {
  const widths = [3_000, 3_300, CONTENT_WIDTH - 6_300];
  return dataTable(
    ['Naam', 'Functie', 'Organisatie'],
    meeting.participants.map((p) => [p.name, p.function, p.organisation]),
    widths,
  );
}

function afterTable(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120 }, children: textRuns(text) });
}

function notInvitedNotes(meeting: Meeting): Paragraph[] {
  return notInvitedLines(meeting).map((line) => afterTable(line));
}

export function buildAgendaDocument(written: Meeting, options: AgendaExportOptions): Document {
  const view = exportView(written, options.options);
  const { meeting } = view;
  const details = agendaDetails(meeting, options.exportedAt);
  const exportedOn = formatDutchDate(options.exportedAt.toISOString().slice(0, 10));
  const leadColumn = hasLeadColumn(view, options.leadColumn);

  const body = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Uitnodiging multidisciplinair overleg') }),
    new Paragraph({ style: 'Subtitle', children: textRuns(meeting.title) }),
    ...copyNotice(view, 'agenda').map(noticeBox),
    ...detailsGrid(details),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Uitgenodigd') }),
    ...(meeting.participants.length > 0 ? [invitedTable(meeting)] : [paragraph('Nog niemand uitgenodigd.')]),
    ...notInvitedNotes(meeting),
    ...(meeting.participants.length > 0 ? [cancelLine(meeting)] : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Agenda') }),
    ...childQuestionIntro(view),
    ...(view.items.length > 0
      ? [agendaTable(written, view, leadColumn).with({ keepWithNext: true }), totalLine(written)]
      : [paragraph(written.agendaItems.length > 0 ? 'Er zijn in deze versie geen agendapunten.' : 'De agenda is nog leeg.')]),
  ];

  return mdoDocument({
    kind: 'Agenda',
    title: `Agenda ${meeting.title}`,
    subject: 'Uitnodiging en agenda multidisciplinair overleg',
    creator: meeting.chair.name,
    view,
    exportedOn,
    houseStyle: options.houseStyle,
    children: body,
  });
}
