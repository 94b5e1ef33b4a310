import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../shared/agenda/schedule';
import { createScheduleMemo } from '../../shared/agenda/schedule-memo';
import { bigMeeting } from '../bench/big-meeting';

const today = new Date('2026-11-23T12:00:00Z');

describe('the schedule, computed again only when the agenda times change', () => {
  it('gives what computeSchedule gives', () => {
    const meeting = bigMeeting();
    expect(createScheduleMemo()(meeting, today)).toEqual(computeSchedule(meeting, today));
  });

  it('gives the same schedule while only notes and titles change', () => {
    const scheduleOf = createScheduleMemo();
    const meeting = bigMeeting();
    const first = scheduleOf(meeting, today);
    const typed = { ...meeting, agendaItems: meeting.agendaItems.map((item, index) => (index === 3 ? { ...item, title: 'Anders', notes: null } : item)) };
    expect(scheduleOf(typed, today)).toBe(first);
  });

  it('follows a timebox, the start time and a missing date', () => {
    const scheduleOf = createScheduleMemo();
    const meeting = bigMeeting();
    scheduleOf(meeting, today);
    const longer = { ...meeting, agendaItems: meeting.agendaItems.map((item, index) => (index === 0 ? { ...item, minutes: 25 } : item)) };
    expect(scheduleOf(longer, today)).toEqual(computeSchedule(longer, today));
    const later = { ...longer, startTime: '10:30' };
    expect(scheduleOf(later, today)).toEqual(computeSchedule(later, today));
    const undated = { ...later, date: null };
    expect(scheduleOf(undated, today)).toEqual(computeSchedule(undated, today));
  });
});
