import { format } from 'date-fns';
import { computeSchedule, type Schedule } from './schedule';

type ScheduleInput = Parameters<typeof computeSchedule>[0];

/**
 * computeSchedule again only when what it depends on changed: the date, the
 * start and end time, and each item's id and timebox (and today's date, which
 * stands in for a meeting without one). Typing notes changes none of these,
 * so the 40 wall-clock computations of a long agenda are not redone per key,
 * and the same Schedule object comes back.
 */
export function createScheduleMemo(): (meeting: ScheduleInput, today?: Date) => Schedule {
  let lastKey: string | null = null;
  let last: Schedule | null = null;
  return (meeting, today = new Date()) => {
    const key = scheduleKey(meeting, today);
    if (last === null || key !== lastKey) {
      last = computeSchedule(meeting, today);
      lastKey = key;
    }
    return last;
  };
}

/** Everything computeSchedule reads, as one string. */
export function scheduleKey(meeting: ScheduleInput, today: Date): string {
  const items = meeting.agendaItems.map((item) => `${item.id}=${item.minutes ?? ''}`).join(',');
  return `${meeting.date ?? format(today, 'yyyy-MM-dd')}|${meeting.startTime ?? ''}|${meeting.endTime ?? ''}|${items}`;
}
