/**
 * The running clock of the meeting: how long each agenda item has taken.
 * Kept in memory only (it is about this sitting, not part of the minutes).
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
