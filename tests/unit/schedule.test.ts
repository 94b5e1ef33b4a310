import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../shared/agenda/schedule';

function agenda(startTime: string | null, endTime: string | null, minutes: (number | null)[], date: string | null = '2026-12-10') {
  return { date, startTime, endTime, agendaItems: minutes.map((m, i) => ({ id: `a${i + 1}`, minutes: m })) };
}

const times = (schedule: ReturnType<typeof computeSchedule>) => schedule.items.map((item) => `${item.start}–${item.end}`);

describe('the agenda schedule', () => {
  it('gives each item its clock time from the start time', () => {
    const schedule = computeSchedule(agenda('14:00', '15:30', [5, 10, 15, 10, 10, 25, 5, 5, 5]));
    expect(times(schedule)).toEqual([
      '14:00–14:05', '14:05–14:15', '14:15–14:30', '14:30–14:40', '14:40–14:50',
      '14:50–15:15', '15:15–15:20', '15:20–15:25', '15:25–15:30',
    ]);
    expect(schedule).toMatchObject({ totalMinutes: 90, plannedMinutes: 90, minutesToSpare: 0, computedEnd: '15:30' });
  });

  it('says by how much the timeboxes run past the end time', () => {
    const schedule = computeSchedule(agenda('14:00', '15:00', [30, 25, 20]));
    expect(schedule.minutesToSpare).toBe(-15);
    expect(schedule.computedEnd).toBe('15:15');
  });

  it('shows time to spare when the agenda is shorter than planned', () => {
    expect(computeSchedule(agenda('09:30', '11:00', [20, 20])).minutesToSpare).toBe(50);
  });

  it('crosses midnight and marks the items that end the next day', () => {
    const schedule = computeSchedule(agenda('23:30', '00:30', [20, 20, 20]));
    expect(times(schedule)).toEqual(['23:30–23:50', '23:50–00:10', '00:10–00:30']);
    expect(schedule.items.map((item) => item.endsNextDay)).toEqual([false, true, true]);
    expect(schedule.plannedMinutes).toBe(60);
    expect(schedule.minutesToSpare).toBe(0);
  });

  it('keeps ordinary afternoon times on the day the clocks go forward', () => {
    const schedule = computeSchedule(agenda('14:00', '15:00', [25, 35], '2026-03-29'));
    expect(times(schedule)).toEqual(['14:00–14:25', '14:25–15:00']);
    expect(schedule.minutesToSpare).toBe(0);
  });

  it('follows the wall clock through the hour that is skipped in spring', () => {
    // 29 March 2026: at 02:00 the clocks in the Netherlands jump to 03:00.
    const schedule = computeSchedule(agenda('01:30', '04:00', [60, 30], '2026-03-29'));
    expect(times(schedule)).toEqual(['01:30–03:30', '03:30–04:00']);
    expect(schedule.plannedMinutes).toBe(90);
    expect(schedule.minutesToSpare).toBe(0);
  });

  it('follows the wall clock through the hour that repeats in autumn', () => {
    // 25 October 2026: at 03:00 the clocks go back to 02:00.
    const schedule = computeSchedule(agenda('01:30', '03:00', [60, 30], '2026-10-25'));
    expect(times(schedule)).toEqual(['01:30–02:30', '02:30–02:00']);
    expect(schedule.plannedMinutes).toBe(150);
    expect(schedule.minutesToSpare).toBe(60);
  });

  it('stops computing clock times after an item without a timebox', () => {
    const schedule = computeSchedule(agenda('14:00', '15:30', [10, null, 10]));
    expect(schedule.items.map((item) => [item.start, item.end])).toEqual([['14:00', '14:10'], ['14:10', null], [null, null]]);
    expect(schedule).toMatchObject({ itemsWithoutMinutes: 1, totalMinutes: 20, computedEnd: null });
  });

  it('has no clock times without a start time, but still totals the minutes', () => {
    const schedule = computeSchedule(agenda(null, '15:30', [10, 15]));
    expect(schedule.items.every((item) => item.start === null && item.end === null)).toBe(true);
    expect(schedule.totalMinutes).toBe(25);
    expect(schedule.minutesToSpare).toBeNull();
  });

  it('uses today when the meeting has no date yet', () => {
    const schedule = computeSchedule(agenda('10:00', '11:00', [45], null), new Date('2026-11-23T08:00:00Z'));
    expect(times(schedule)).toEqual(['10:00–10:45']);
  });
});
