import { useState } from 'react';
import { createScheduleMemo } from '../../../shared/agenda/schedule-memo';
import type { Schedule } from '../../../shared/agenda/schedule';
import type { Meeting } from '../../../shared/meeting/meeting-schema';

/**
 * The agenda's clock times for a view that renders at every keystroke: the
 * schedule is computed again only when the date, the start or end time or a
 * timebox changed (schedule-memo.ts), never because notes were typed.
 */
export function useSchedule(meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'agendaItems'>): Schedule {
  const [scheduleOf] = useState(createScheduleMemo);
  return scheduleOf(meeting);
}
