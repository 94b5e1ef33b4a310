import { TZDate } from '@date-fns/tz';
import { addMinutes, differenceInMinutes, format, isSameDay } from 'date-fns';
import type { AgendaItem, Meeting } from '../meeting/meeting-schema';

/**
 * The clock times of the agenda, derived from the start time and the
 * timeboxes. Timeboxes are elapsed minutes; the clock times are the wall clock
 * where the meeting takes place, so an agenda on the night the clocks change
 * shows the times people will see on their watch.
 */
export const MEETING_TIME_ZONE = 'Europe/Amsterdam';

export interface ScheduledItem {
  itemId: string;
  /** `HH:MM` wall-clock time, or null when the start time or an earlier timebox is unknown. */
  start: string | null;
  end: string | null;
  /** True when the item ends on a later calendar day than the meeting starts. */
  endsNextDay: boolean;
}

export interface Schedule {
  items: ScheduledItem[];
  /** Sum of all timeboxes that are filled in. */
  totalMinutes: number;
  /** Items without a timebox; their clock times and everything after them are unknown. */
  itemsWithoutMinutes: number;
  /** Minutes between the planned start and end time, or null when either is missing. */
  plannedMinutes: number | null;
  /** Planned end minus computed end: negative when the agenda runs past the end time. */
  minutesToSpare: number | null;
  /** `HH:MM` when the last item ends, or null when unknown. */
  computedEnd: string | null;
}

type ScheduleInput = Pick<Meeting, 'date' | 'startTime' | 'endTime'> & { agendaItems: readonly Pick<AgendaItem, 'id' | 'minutes'>[] };

/** Today's date stands in when the meeting has no date yet, so a schedule is shown at once. */
function wallClock(date: string | null, time: string, fallbackDate: Date): TZDate {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  if (date) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return new TZDate(year, month - 1, day, hours, minutes, MEETING_TIME_ZONE);
  }
  const today = new TZDate(fallbackDate, MEETING_TIME_ZONE);
  return new TZDate(today.getFullYear(), today.getMonth(), today.getDate(), hours, minutes, MEETING_TIME_ZONE);
}

const clock = (moment: TZDate): string => format(moment, 'HH:mm');

export function computeSchedule(meeting: ScheduleInput, today: Date = new Date()): Schedule {
  const totalMinutes = meeting.agendaItems.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  const itemsWithoutMinutes = meeting.agendaItems.filter((item) => item.minutes === null).length;

  if (!meeting.startTime) {
    return {
      items: meeting.agendaItems.map((item) => ({ itemId: item.id, start: null, end: null, endsNextDay: false })),
      totalMinutes,
      itemsWithoutMinutes,
      plannedMinutes: null,
      minutesToSpare: null,
      computedEnd: null,
    };
  }

  const meetingStart = wallClock(meeting.date, meeting.startTime, today);
  let cursor: TZDate | null = meetingStart;
  const items = meeting.agendaItems.map((item): ScheduledItem => {
    if (cursor === null || item.minutes === null) {
      const start = cursor ? clock(cursor) : null;
      cursor = null;
      return { itemId: item.id, start, end: null, endsNextDay: false };
    }
    const start = cursor;
    const end = addMinutes(start, item.minutes);
    cursor = end;
    return { itemId: item.id, start: clock(start), end: clock(end), endsNextDay: !isSameDay(end, meetingStart) };
  });

  let plannedMinutes: number | null = null;
  if (meeting.endTime) {
    let plannedEnd = wallClock(meeting.date, meeting.endTime, today);
    // An end time before the start time means the meeting runs past midnight.
    if (plannedEnd <= meetingStart) plannedEnd = addMinutes(plannedEnd, 24 * 60);
    plannedMinutes = differenceInMinutes(plannedEnd, meetingStart);
  }
  const computedEnd = itemsWithoutMinutes === 0 ? clock(addMinutes(meetingStart, totalMinutes)) : null;
  return {
    items,
    totalMinutes,
    itemsWithoutMinutes,
    plannedMinutes,
    minutesToSpare: plannedMinutes === null ? null : plannedMinutes - totalMinutes,
    computedEnd,
  };
}
