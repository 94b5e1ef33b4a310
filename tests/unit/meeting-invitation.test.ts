import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingInvitation } from '../../shared/calendar/meeting-invitation';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithMinutes } from '../fixtures/noor-minutes';

/**
 * The invitation is read back with ical.js (Mozilla's iCalendar parser, the
 * one Thunderbird uses), an independent reader: the times are turned into
 * instants through the VTIMEZONE the file itself defines.
 */
interface ReadEvent {
  summary: string;
  location: string;
  description: string;
  uid: string;
  tzid: string | null;
  startUtc: string;
  endUtc: string;
}

function readInvitation(text: string): ReadEvent {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  expect(zones).toHaveLength(1);
  const zone = new ICAL.Timezone(zones[0]!);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const vevent = events[0]!;
  const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
  expect(tzid).toBe(zone.tzid);
  const event = new ICAL.Event(vevent);
  // Convert through the file's own zone definition, not the reader's tz database.
  const instant = (time: ICAL.Time): string => {
    const local = time.clone();
    local.zone = zone;
    return local.toJSDate().toISOString();
  };
  return {
    summary: event.summary,
    location: event.location,
    description: event.description,
    uid: event.uid,
    tzid: typeof tzid === 'string' ? tzid : null,
    startUtc: instant(event.startDate),
    endUtc: instant(event.endDate),
  };
}

function noorWithNext(date: string | null, time: string | null): Meeting {
  const meeting = noorWithMinutes();
  return { ...meeting, nextMeeting: { date, time } };
}

const stamp = new Date('2026-12-10T16:00:00Z');
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the invitation for the next meeting (.ics)', () => {
  it.each([
    // The last Sunday of March: the clocks went forward at 02:00 that night, 14:00 is CEST (UTC+2).
    ['2027-03-28', '14:00', '2027-03-28T12:00:00.000Z', '2027-03-28T13:30:00.000Z'],
    // The day before: still CET (UTC+1).
    ['2027-03-27', '14:00', '2027-03-27T13:00:00.000Z', '2027-03-27T14:30:00.000Z'],
    // The last Sunday of October: back to CET that morning.
    ['2027-10-31', '09:30', '2027-10-31T08:30:00.000Z', '2027-10-31T10:00:00.000Z'],
    // November: CET.
    ['2027-11-25', '14:00', '2027-11-25T13:00:00.000Z', '2027-11-25T14:30:00.000Z'],
    // July: CEST.
    ['2027-07-01', '09:00', '2027-07-01T07:00:00.000Z', '2027-07-01T08:30:00.000Z'],
  ])('a meeting on %s at %s starts at %s and lasts as long as this one (90 minutes)', (date, time, startUtc, endUtc) => {
    const invitation = meetingInvitation(noorWithNext(date, time), 'volgend-overleg', stamp);
    expect(invitation.ok).toBe(true);
    if (!invitation.ok) return;
    const read = readInvitation(invitation.text);
    expect(read.tzid).toBe('Europe/Amsterdam');
    expect(read.startUtc).toBe(startUtc);
    expect(read.endUtc).toBe(endUtc);
    expect(invitation.text).toMatch(new RegExp(`^DTSTART;TZID=Europe/Amsterdam:${date.replaceAll('-', '')}T${time.replace(':', '')}00\\r?$`, 'm'));
  });

  it('gives the same file whatever time zone the computer is in', () => {
    const meeting = noorWithNext('2027-03-28', '14:00');
    process.env.TZ = 'Europe/Amsterdam';
    const here = meetingInvitation(meeting, 'volgend-overleg', stamp);
    process.env.TZ = 'America/New_York';
    const there = meetingInvitation(meeting, 'volgend-overleg', stamp);
    process.env.TZ = 'Asia/Tokyo';
    const far = meetingInvitation(meeting, 'volgend-overleg', stamp);
    expect(here.ok && there.ok && far.ok).toBe(true);
    if (!here.ok || !there.ok || !far.ok) return;
    expect(there.text).toBe(here.text);
    expect(far.text).toBe(here.text);
  });

  it('says nothing about the child beyond initials', () => {
    const meeting = noorWithNext('2027-01-28', '14:00');
    const invitation = meetingInvitation(meeting, 'volgend-overleg', stamp);
    expect(invitation.ok).toBe(true);
    if (!invitation.ok) return;
    const read = readInvitation(invitation.text);
    expect(read.summary).toBe('Vervolg-MDO N.d.V.');
    expect(read.location).toBe(meeting.location);
    expect(read.description).toBe('Vervolg op het multidisciplinair overleg van donderdag 10 december 2026. De agenda volgt.');
    expect(read.uid).toBe(`${meeting.id}-volgend-overleg@mdo-assistent`);
    const unfolded = invitation.text.replace(/\r?\n[ \t]/g, '');
    for (const word of ['Noor', 'Vries', meeting.child.name, meeting.title, meeting.reason.slice(0, 20), ...meeting.participants.map((p) => p.name)]) {
      if (word.trim()) expect(unfolded).not.toContain(word);
    }
    expect(unfolded).not.toMatch(/ATTENDEE|ORGANIZER/);
    // DTSTAMP is UTC (RFC 5545 3.8.7.2).
    expect(unfolded).toMatch(/^DTSTAMP:20261210T160000Z\r?$/m);
  });

  it('makes the invitation for this meeting too, from its own date, start and end', () => {
    const meeting = { ...noorWithMinutes(), startTime: '14:00', endTime: '16:15' };
    const invitation = meetingInvitation(meeting, 'dit-overleg', stamp);
    expect(invitation.ok).toBe(true);
    if (!invitation.ok) return;
    const read = readInvitation(invitation.text);
    expect(read.summary).toBe('MDO N.d.V.');
    expect(read.startUtc).toBe('2026-12-10T13:00:00.000Z');
    expect(read.endUtc).toBe('2026-12-10T15:15:00.000Z');
  });

  it.each([
    [null, null, 'Het volgende overleg heeft nog geen datum en tijd. Vul bij Gegevens "Volgend overleg" de datum en de tijd in.'],
    ['2027-01-28', null, 'Het volgende overleg heeft nog geen tijd. Vul bij Gegevens "Volgend overleg" de datum en de tijd in.'],
    [null, '14:00', 'Het volgende overleg heeft nog geen datum. Vul bij Gegevens "Volgend overleg" de datum en de tijd in.'],
  ])('says in Dutch what is missing (date %s, time %s)', (date, time, message) => {
    expect(meetingInvitation(noorWithNext(date, time), 'volgend-overleg', stamp)).toEqual({ ok: false, message });
  });
});
