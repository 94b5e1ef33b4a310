import { type Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { computeSchedule } from '../agenda/schedule';
import { childWithAge, formatDutchDate, timeRange } from '../meeting/dutch-format';
import type { AgendaItem, Meeting } from '../meeting/meeting-schema';
import { participantsWithRole } from '../meeting/roles';
import { restrictionLabel } from '../privacy/audience';
import type { ExportOptions } from '../privacy/export-options';
import {
  CONTENT_WIDTH,
  dataTable,
  detailsTable,
  noticeBox,
  paragraph,
} from './docx-building-blocks';
import { copyNotice, exportView, type ExportView } from './export-view';
import type { HouseStyle } from './house-style';
import { mdoDocument } from './mdo-document';
import { textRuns } from './xml-safe-text';

/**
 * The invitation with the agenda: one or two pages with the meeting details,
 * who is invited, and the agenda as a table with clock times, lead and
 * timebox, each item with its child-interest question.
 */
export interface AgendaExportOptions {
  /** When the export is made; shown in the footer. */
  exportedAt: Date;
  /** The organisation's reference document; without it, the neutral default styles. */
  houseStyle?: HouseStyle;
  /** For whom the copy is and which names are replaced; without it, the full agenda as written. */
  options?: ExportOptions;
}

const kindLabels: Record<AgendaItem['kind'], string> = {
  informatie: 'informatie',
  bespreking: 'bespreking',
  besluitvorming: 'besluitvorming',
};

function personName(meeting: Meeting, participantId: string | null): string {
  if (!participantId) return '';
  return meeting.participants.find((p) => p.id === participantId)?.name ?? '';
}

/**
 * The agenda rows the copy shows. Clock times come from the full agenda
 * (`written`, minutes only), so a left-out item leaves its time slot and
 * every item keeps its number.
 */
function agendaTable(written: Meeting, view: ExportView): ReturnType<typeof dataTable> {
  const { meeting } = view;
  const schedule = computeSchedule(written, written.date ? undefined : new Date());
  const widths = [1_600, CONTENT_WIDTH - 1_600 - 2_100 - 1_300, 2_100, 1_300];
  const rows = view.items.map(({ item, index, number }) => {
    const slot = schedule.items[index];
    const time = slot ? timeRange(slot.start, slot.end) : '';
    const topic = [
      new Paragraph({
        style: 'TableText',
        children: [new TextRun({ text: `${number}. `, bold: true }), ...textRuns(item.title, { bold: true }), new TextRun({ text: `  (${kindLabels[item.kind]})`, color: '595959' })],
      }),
      ...(item.confidential
        ? [new Paragraph({ style: 'TableText', children: textRuns(restrictionLabel(item.confidential, meeting.participants), { bold: true, color: 'B3261E' }) })]
        : []),
      ...(item.childInterest.trim()
        ? [new Paragraph({ style: 'ChildInterest', children: textRuns(item.childInterest) })]
        : []),
    ];
    return [time, topic, personName(meeting, item.leadId), item.minutes === null ? '' : String(item.minutes)];
  });
  return dataTable(['Tijd', 'Agendapunt', 'Inbreng', 'Minuten'], rows, widths);
}

function totalLine(meeting: Meeting): Paragraph {
  const schedule = computeSchedule(meeting);
  const parts = [`Totaal ${schedule.totalMinutes} minuten`];
  if (meeting.startTime && meeting.endTime) parts.push(`gepland van ${meeting.startTime} tot ${meeting.endTime}`);
  if (schedule.minutesToSpare !== null && schedule.minutesToSpare < 0) parts.push(`${-schedule.minutesToSpare} minuten te lang`);
  return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: `${parts.join(', ')}.`, italics: true, size: 20 })] });
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
  const notes: Paragraph[] = [];
  const has = (role: 'ouder' | 'kind') => participantsWithRole(meeting, role).length > 0;
  if (!has('ouder') && meeting.notInvitedReasons.parents.trim()) {
    notes.push(afterTable(`Ouders niet uitgenodigd: ${meeting.notInvitedReasons.parents.trim()}`));
  }
  if (!has('kind') && meeting.notInvitedReasons.child.trim()) {
    notes.push(afterTable(`Kind niet uitgenodigd: ${meeting.notInvitedReasons.child.trim()}`));
  }
  return notes;
}

export function buildAgendaDocument(written: Meeting, options: AgendaExportOptions): Document {
  const view = exportView(written, options.options);
  const { meeting } = view;
  const date = meeting.date ? formatDutchDate(meeting.date) : '';
  const details: [string, string][] = [
    ['Datum', date],
    ['Tijd', timeRange(meeting.startTime, meeting.endTime)],
    ['Locatie', meeting.location],
    ['Kind', childWithAge(meeting, options.exportedAt)],
    ['Aanleiding', meeting.reason],
    ['Voorzitter', meeting.chair.name],
    ['Notulist', meeting.noteTaker.name],
    ['Regievoerder', meeting.coordinator.name],
  ];
  const exportedOn = formatDutchDate(options.exportedAt.toISOString().slice(0, 10));

  const body = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Uitnodiging multidisciplinair overleg') }),
    new Paragraph({ style: 'Subtitle', children: textRuns(meeting.title) }),
    ...copyNotice(view, 'agenda').map(noticeBox),
    detailsTable(details),
    ...(meeting.goal.trim()
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Doel van het overleg') }),
          new Paragraph({ children: textRuns(meeting.goal) }),
        ]
      : []),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Uitgenodigd') }),
    ...(meeting.participants.length > 0 ? [invitedTable(meeting)] : [paragraph('Nog niemand uitgenodigd.')]),
    ...notInvitedNotes(meeting),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns('Agenda') }),
    new Paragraph({
      children: [new TextRun({ text: 'Bij elk punt staat de vraag die het kind centraal houdt.', italics: true, size: 20, color: '595959' })],
    }),
    ...(view.items.length > 0
      ? [agendaTable(written, view), totalLine(written)]
      : [paragraph(written.agendaItems.length > 0 ? 'Er zijn in deze versie geen agendapunten.' : 'De agenda is nog leeg.')]),
  ];

  return mdoDocument({
    title: `Agenda ${meeting.title}`,
    subject: 'Uitnodiging en agenda multidisciplinair overleg',
    creator: meeting.chair.name,
    view,
    exportedOn,
    houseStyle: options.houseStyle,
    children: body,
  });
}
