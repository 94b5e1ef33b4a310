import { TZDate } from '@date-fns/tz';
import { addMinutes, differenceInMinutes } from 'date-fns';
import { ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { MEETING_TIME_ZONE } from '../agenda/schedule';
import { formatDutchDate, initialsOf } from '../meeting/dutch-format';
import type { Meeting } from '../meeting/meeting-schema';

/**
 * The calendar invitation (.ics) for a meeting: the next one (what
 * "Volgend overleg" says) or this one. The text goes into other people's
 * calendars, synced to phones and mail servers, so it says nothing about
 * the child beyond initials: not the meeting's title (which often holds
 * the child's name), not the reason, no participants. The times are wall
 * clock in Europe/Amsterdam with the time zone defined in the file, so a
 * calendar anywhere shows the hour people will see on their watch, also
 * across a change of the clocks.
 */

export type InvitationFor = 'volgend-overleg' | 'dit-overleg';

/** Length of a meeting whose own start and end are not both known. */
export const DEFAULT_MEETING_MINUTES = 90;

export type Invitation = { ok: true; text: string; summary: string; start: TZDate; end: TZDate } | { ok: false; message: string };

/**
 * The VTIMEZONE block of a zone. The library gives a linked zone the block
 * of the zone it links to (Europe/Amsterdam follows Europe/Brussels' rules
 * since 1970), under that zone's name; the events name Europe/Amsterdam, so
 * the block is given that name, or a calendar would not find it.
 */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  if (!Array.isArray(block) || typeof block[0] !== 'string' || block[0] === '') return null;
  return block[0].replace(/^TZID:.*$/m, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`);
}

function wallClock(date: string, time: string): TZDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new TZDate(year, month - 1, day, hours, minutes, MEETING_TIME_ZONE);
}

/** How long this meeting takes by its own start and end time, else the default. */
function meetingLength(meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>): number {
  if (!meeting.startTime || !meeting.endTime) return DEFAULT_MEETING_MINUTES;
  const day = meeting.date ?? '2000-01-01';
  const minutes = differenceInMinutes(wallClock(day, meeting.endTime), wallClock(day, meeting.startTime));
  return minutes > 0 ? minutes : DEFAULT_MEETING_MINUTES;
}

/** "MDO N.d.V.", or "MDO" when the child has no name yet. */
function summaryFor(meeting: Pick<Meeting, 'child'>, which: InvitationFor): string {
  const initials = initialsOf(meeting.child.name);
  const kind = which === 'volgend-overleg' ? 'Vervolg-MDO' : 'MDO';
  return initials ? `${kind} ${initials}` : kind;
}

/**
 * The .ics text, or a Dutch sentence that says what is missing and where
 * to fill it in. `stamp` is when the invitation is made (DTSTAMP).
 */
export function meetingInvitation(meeting: Meeting, which: InvitationFor, stamp: Date): Invitation {
  const date = which === 'volgend-overleg' ? meeting.nextMeeting.date : meeting.date;
  const time = which === 'volgend-overleg' ? meeting.nextMeeting.time : meeting.startTime;
  if (!date || !time) {
    const missing = !date && !time ? 'geen datum en tijd' : !date ? 'geen datum' : 'geen tijd';
    return {
      ok: false,
      message:
        which === 'volgend-overleg'
          ? `Het volgende overleg heeft nog ${missing}. Vul bij Gegevens "Volgend overleg" de datum en de tijd in.`
          : `Dit overleg heeft nog ${missing}. Vul bij Gegevens de datum en de begintijd in.`,
    };
  }
  const start = wallClock(date, time);
  const end = addMinutes(start, meetingLength(meeting));
  const summary = summaryFor(meeting, which);
  const description =
    which === 'volgend-overleg' && meeting.date
      ? `Vervolg op het multidisciplinair overleg van ${formatDutchDate(meeting.date)}. De agenda volgt.`
      : 'Multidisciplinair overleg. De agenda volgt.';

  const calendar = new ICalCalendar({ prodId: { company: 'MDO-assistent', product: 'MDO-assistent', language: 'NL' } });
  // No calendar-wide zone (that would print DTSTAMP without its Z); the event's zone brings its VTIMEZONE.
  calendar.timezone({ name: null, generator: vtimezone });
  calendar.createEvent({
    // Stable per meeting and kind: opening the file again updates the same calendar entry.
    id: `${meeting.id}-${which}@mdo-assistent`,
    start,
    end,
    timezone: MEETING_TIME_ZONE,
    stamp,
    summary,
    description,
    location: meeting.location.trim() || null,
  });
  return { ok: true, text: calendar.toString(), summary, start, end };
}
