import { computeSchedule } from '../agenda/schedule';
import { childWithAge, formatDutchDate, timeRange } from '../meeting/dutch-format';
import type { AgendaItem, Meeting } from '../meeting/meeting-schema';
import { participantsWithRole } from '../meeting/roles';
import { contactPerson, contactText } from './copy-reader';
import { dutchList, numberRangeParts } from './dutch-sentences';
import type { ExportView } from './export-view';

/**
 * The words of the invitation and agenda that are the same in every format
 * (Word, the PDF's page), as minutes-text.ts has them for the minutes: one
 * wording, so a Word copy and a PDF copy of the same agenda say the same.
 */

export const agendaKindLabels: Record<AgendaItem['kind'], string> = {
  informatie: 'informatie',
  bespreking: 'bespreking',
  besluitvorming: 'besluitvorming',
};

/** The name of who brings an item in; empty when nobody (or somebody no longer in the meeting) is named. */
export function leadName(meeting: Pick<Meeting, 'participants'>, participantId: string | null): string {
  if (!participantId) return '';
  return meeting.participants.find((p) => p.id === participantId)?.name ?? '';
}

/** Whether the agenda has an Inbreng column: asked for (to fill in by hand), or an item of this copy names who brings it in. */
export function hasLeadColumn(view: Pick<ExportView, 'meeting' | 'items'>, asked: boolean | undefined): boolean {
  return asked === true || view.items.some(({ item }) => leadName(view.meeting, item.leadId).trim() !== '');
}

export interface AgendaDetail {
  label: string;
  value: string;
  /** On a row of its own (a long text); others stand two to a row. */
  wide?: boolean;
}

/** The details on top of the invitation, of the copy as its reader gets it. */
export function agendaDetails(meeting: Meeting, exportedAt: Date): AgendaDetail[] {
  return [
    { label: 'Datum', value: meeting.date ? formatDutchDate(meeting.date) : '' },
    { label: 'Tijd', value: timeRange(meeting.startTime, meeting.endTime) },
    { label: 'Locatie', value: meeting.location, wide: true },
    { label: 'Kind', value: childWithAge(meeting, exportedAt) },
    { label: 'Voorzitter', value: meeting.chair.name },
    { label: 'Notulist', value: meeting.noteTaker.name },
    { label: 'Regievoerder', value: meeting.coordinator.name },
    { label: 'Aanleiding', value: meeting.reason, wide: true },
    { label: 'Doel', value: meeting.goal, wide: true },
  ];
}

/** Under the invited: why the parents or the child are not invited, where that is written down. */
export function notInvitedLines(meeting: Pick<Meeting, 'participants' | 'child' | 'notInvitedReasons'>): string[] {
  const lines: string[] = [];
  const invited = (role: 'ouder' | 'kind') => participantsWithRole(meeting, role).length > 0;
  if (!invited('ouder') && meeting.notInvitedReasons.parents.trim()) lines.push(`Ouders niet uitgenodigd: ${meeting.notInvitedReasons.parents.trim()}`);
  if (!invited('kind') && meeting.notInvitedReasons.child.trim()) lines.push(`Kind niet uitgenodigd: ${meeting.notInvitedReasons.child.trim()}`);
  return lines;
}

/**
 * How to cancel, after a bold "Afmelden ": to whom, and the address when
 * the copy knows one (the chair's, else the coordinator's). Whoever cannot
 * come sends their input beforehand, so the meeting still has it.
 */
export function cancelSentence(meeting: Meeting): string {
  const contact = contactPerson(meeting, ['chair', 'coordinator'], { preferEmail: true });
  return `bij ${contact ? contactText(contact) : 'de voorzitter'}; stuur dan uw inbreng vooraf.`;
}

/** Under the agenda: its length, the planned times, and how much too long it is. */
export function totalSentence(meeting: Meeting): string {
  const schedule = computeSchedule(meeting);
  const parts = [`Totaal ${schedule.totalMinutes} minuten`];
  if (meeting.startTime && meeting.endTime) parts.push(`gepland van ${meeting.startTime} tot ${meeting.endTime}`);
  if (schedule.minutesToSpare !== null && schedule.minutesToSpare < 0) parts.push(`${-schedule.minutesToSpare} minuten te lang`);
  return `${parts.join(', ')}.`;
}

/**
 * What the line above the table promises: the question that keeps the
 * child central at every item, or at the items that have one (by number);
 * null when no item has one.
 */
export function childQuestionSentence(view: Pick<ExportView, 'items'>): string | null {
  const asked = view.items.filter(({ item }) => item.childInterest.trim() !== '').map(({ number }) => String(number));
  if (asked.length === 0) return null;
  const where =
    asked.length === view.items.length
      ? 'Bij elk punt staat'
      : asked.length === 1
        ? `Bij punt ${asked[0] ?? ''} staat`
        : `Bij de punten ${dutchList(numberRangeParts(asked))} staat`;
  return `${where} in cursief de vraag die het kind centraal houdt.`;
}
