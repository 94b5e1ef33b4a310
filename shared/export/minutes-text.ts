import type { MeetingLists } from '../notes/derive-lists';
import { childWithAge, formatDutchDate, timeRange } from '../meeting/dutch-format';
import { attendanceValues, type Meeting } from '../meeting/meeting-schema';
import { participantsWithRole } from '../meeting/roles';
import { copySharingBasisText } from '../privacy/sharing-basis-text';
import { numberRanges } from './dutch-sentences';
import type { ExportView } from './export-view';

/**
 * The sentences of the minutes that are the same in every format (Word,
 * the PDF's page): the details table on page 1 and the next-meeting lines.
 * One wording, so a Word copy and a PDF copy of the same minutes say the same.
 */

/** The rows of the details table (label, value), of the copy as its reader gets it. */
export function minutesDetailRows(view: Pick<ExportView, 'meeting' | 'items'>, exportedAt: Date): [string, string][] {
  const { meeting } = view;
  return [
    ['Datum', meeting.date ? formatDutchDate(meeting.date) : ''],
    ['Tijd', timeRange(meeting.startTime, meeting.endTime)],
    ['Locatie', meeting.location],
    ['Kind', childWithAge(meeting, exportedAt)],
    ['Aanleiding', meeting.reason],
    ['Doel', meeting.goal],
    ['Voorzitter', meeting.chair.name],
    ['Notulist', meeting.noteTaker.name],
    ['Regievoerder', meeting.coordinator.name],
    ['Grondslag voor delen', copySharingBasisText(meeting.sharingBasis, view.items.map(({ item, number }) => ({ number, basis: item.sharingBasis })))],
  ];
}

/** Under "Volgend overleg": when, and what will be evaluated then (the open actions, as ranges). */
export function nextMeetingLines(meeting: Pick<Meeting, 'nextMeeting' | 'child'>, lists: Pick<MeetingLists, 'actions'>): [string, string] {
  const { date, time } = meeting.nextMeeting;
  const open = lists.actions.filter((action) => action.data.status === 'open').map((action) => action.number);
  const child = meeting.child.name.trim() || 'het kind';
  return [
    date ? `${formatDutchDate(date)}${time ? `, ${time} uur` : ''}.` : 'Er is nog geen datum afgesproken.',
    open.length > 0
      ? `Dan evalueren we de afspraken uit dit verslag: ${numberRanges(open)}, en wat ze voor ${child} betekend hebben.`
      : `Dan evalueren we hoe het met ${child} gaat.`,
  ];
}

/** The rows of the attendance table (name, function, organisation, attendance): present first, then excused, then absent. */
export function attendanceRows(meeting: Pick<Meeting, 'participants'>): string[][] {
  return attendanceValues.flatMap((value) =>
    meeting.participants.filter((p) => p.attendance === value).map((p) => [p.name, p.function, p.organisation, value]),
  );
}

/** Under the attendance table: whether the parents (or the child) were there, or why they were not invited. */
export function familyAttendance(meeting: Pick<Meeting, 'participants' | 'child' | 'notInvitedReasons'>, role: 'ouder' | 'kind'): string {
  const who = role === 'ouder' ? 'Ouders' : 'Kind';
  const people = participantsWithRole(meeting, role);
  if (people.length === 0) {
    const reason = role === 'ouder' ? meeting.notInvitedReasons.parents : meeting.notInvitedReasons.child;
    return `${who}: niet uitgenodigd${reason.trim() ? ` (${reason.trim()})` : ''}.`;
  }
  const present = people.filter((p) => p.attendance === 'aanwezig');
  return present.length > 0 ? `${who}: aanwezig (${present.map((p) => p.name).join(', ')}).` : `${who}: niet aanwezig.`;
}
