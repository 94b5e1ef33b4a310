import { computeSchedule } from '../agenda/schedule';
import { formatDutchDate, timeRange } from '../meeting/dutch-format';
import type { Meeting } from '../meeting/meeting-schema';
import { restrictionLabel } from '../privacy/audience';
import type { ExportOptions } from '../privacy/export-options';
import { agendaDetails, agendaKindLabels, cancelSentence, childQuestionSentence, hasLeadColumn, leadName, notInvitedLines, totalSentence } from './agenda-text';
import { copyNotice, exportView, type ExportView } from './export-view';
import { detailsGridHtml, escapeHtml, escapeLines, htmlDocument, htmlTable, noticeHtml, paragraphHtml } from './html-document';

/**
 * The invitation with the agenda as a printable HTML page, for the PDF
 * export: the same copy as the Word agenda (exportView), with the meeting
 * details, who is invited and how to cancel, and the agenda with clock
 * times from the full agenda, so a left-out item keeps its slot.
 */

export interface AgendaHtmlOptions {
  exportedAt: Date;
  options?: ExportOptions;
  /** An Inbreng column also when no item names who brings it in (to fill in by hand). */
  leadColumn?: boolean;
}


function agendaTable(written: Meeting, view: ExportView, leadColumn: boolean): string {
  const { meeting } = view;
  const schedule = computeSchedule(written, written.date ? undefined : new Date());
  const rows = view.items.map(({ item, index, number }) => {
    const slot = schedule.items[index];
    const topic = [
      `<strong>${escapeHtml(`${number}. ${item.title}`)}</strong> <span class="kind">${escapeHtml(`(${agendaKindLabels[item.kind]})`)}</span>`,
      item.confidential ? `<span class="list-mark">${escapeHtml(restrictionLabel(item.confidential, meeting.participants))}</span>` : '',
      item.childInterest.trim() ? `<br><span class="child-interest">${escapeLines(item.childInterest)}</span>` : '',
    ].join('');
    const row = [slot ? timeRange(slot.start, slot.end) : '', { html: topic }];
    if (leadColumn) row.push(leadName(meeting, item.leadId));
    row.push(item.minutes === null ? '' : String(item.minutes));
    return row;
  });
  const headers = leadColumn ? ['Tijd', 'Agendapunt', 'Inbreng', 'Minuten'] : ['Tijd', 'Agendapunt', 'Minuten'];
  return htmlTable(headers, rows, { className: 'agenda' });
}

function childQuestionIntro(view: ExportView): string {
  const text = childQuestionSentence(view);
  return text === null ? '' : paragraphHtml(text, 'muted');
}

function cancelLine(meeting: Meeting): string {
  return `<p><strong>Afmelden </strong>${escapeHtml(cancelSentence(meeting))}</p>`;
}

function totalLine(meeting: Meeting): string {
  return paragraphHtml(totalSentence(meeting), 'muted');
}

function notInvitedNotes(meeting: Meeting): string[] {
  return notInvitedLines(meeting).map((line) => paragraphHtml(line));
}

/** The invitation with the agenda of this copy as one HTML page with a print stylesheet. */
export function buildAgendaHtml(written: Meeting, options: AgendaHtmlOptions): string {
  const view = exportView(written, options.options);
  const { meeting } = view;
  const details = agendaDetails(meeting, options.exportedAt);
  const leadColumn = hasLeadColumn(view, options.leadColumn);
  const body = [
    '<header>',
    '<h1>Uitnodiging multidisciplinair overleg</h1>',
    paragraphHtml(meeting.title, 'subtitle'),
    '</header>',
    ...copyNotice(view, 'agenda').map(noticeHtml),
    detailsGridHtml(details),
    '<h2>Uitgenodigd</h2>',
    meeting.participants.length > 0
      ? htmlTable(['Naam', 'Functie', 'Organisatie'], meeting.participants.map((p) => [p.name, p.function, p.organisation]))
      : paragraphHtml('Nog niemand uitgenodigd.'),
    ...notInvitedNotes(meeting),
    meeting.participants.length > 0 ? cancelLine(meeting) : '',
    '<h2>Agenda</h2>',
    childQuestionIntro(view),
    ...(view.items.length > 0
      ? [agendaTable(written, view, leadColumn), totalLine(written)]
      : [paragraphHtml(written.agendaItems.length > 0 ? 'Er zijn in deze versie geen agendapunten.' : 'De agenda is nog leeg.')]),
  ]
    .filter(Boolean)
    .join('\n');
  return htmlDocument({
    kind: 'Agenda',
    title: `Agenda ${meeting.title}`,
    view,
    exportedOn: formatDutchDate(options.exportedAt.toISOString().slice(0, 10)),
    body,
    compact: true,
  });
}
