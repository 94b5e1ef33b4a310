import { createScheduleMemo } from '../../../shared/agenda/schedule-memo';
import type { Schedule } from '../../../shared/agenda/schedule';
import type { Meeting } from '../../../shared/meeting/meeting-schema';

/**
 * One memo for the window, not one per view: switching to Notuleren and back
 * finds the schedule of the same agenda already computed (40 wall-clock
 * times in the meeting's time zone are a few milliseconds of a switch).
 */
const scheduleOf = createScheduleMemo();

/**
 * The agenda's clock times for a view that renders at every keystroke: the
 * schedule is computed again only when the date, the start or end time or a
 * timebox changed (schedule-memo.ts), never because notes were typed.
 */
export function useSchedule(meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'agendaItems'>): Schedule {
  return scheduleOf(meeting);
}
