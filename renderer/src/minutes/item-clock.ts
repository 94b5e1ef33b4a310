import type { AgendaItem, Meeting } from '../../../shared/meeting/meeting-schema';

/**
 * The running clock of the meeting: how long each agenda item has taken.
 * What a paused clock shows is kept in the file (an item's clockSeconds),
 * so it is still there after reopening; which clock runs, and since when,
 * is about this sitting only and stays in memory. A clock runs only after
 * Start: visiting an item does not start it.
 */
export interface ClockState {
  /** Seconds spent per item id, not counting the running stretch. */
  spent: Readonly<Record<string, number>>;
  /** The item whose clock runs, and since when (ms); null when paused. */
  running: { itemId: string; since: number } | null;
}

export const stoppedClock: ClockState = { spent: {}, running: null };

export function elapsedSeconds(clock: ClockState, itemId: string, now: number): number {
  const base = clock.spent[itemId] ?? 0;
  if (clock.running?.itemId !== itemId) return base;
  return base + Math.max(0, Math.floor((now - clock.running.since) / 1000));
}

export function pauseClock(clock: ClockState, now: number): ClockState {
  if (!clock.running) return clock;
  const { itemId } = clock.running;
  return { spent: { ...clock.spent, [itemId]: elapsedSeconds(clock, itemId, now) }, running: null };
}

export function startClock(clock: ClockState, itemId: string, now: number): ClockState {
  const paused = pauseClock(clock, now);
  return { ...paused, running: { itemId, since: now } };
}

/** "4:05" for minutes and seconds; "1:02:03" past an hour. */
export function formatElapsed(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The seconds each item's clock has run, as the file keeps them. */
export function clockSpent(items: readonly Pick<AgendaItem, 'id' | 'clockSeconds'>[]): Record<string, number> {
  return Object.fromEntries(items.map((item) => [item.id, item.clockSeconds ?? 0]));
}

/** The meeting with the seconds an item's clock showed when it was paused. */
export function setClockSeconds(meeting: Meeting, itemId: string, seconds: number): Meeting {
  return {
    ...meeting,
    agendaItems: meeting.agendaItems.map((item) => (item.id === itemId ? { ...item, clockSeconds: Math.max(0, Math.round(seconds)) } : item)),
  };
}
