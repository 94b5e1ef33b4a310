import { describe, expect, it } from 'vitest';
import { elapsedSeconds, formatElapsed, pauseClock, startClock, stoppedClock } from '../../renderer/src/minutes/item-clock';

describe('the clock per agenda item', () => {
  it('counts only while running, and keeps what was spent when paused or moved on', () => {
    let clock = startClock(stoppedClock, 'a1', 0);
    expect(elapsedSeconds(clock, 'a1', 90_500)).toBe(90);
    clock = pauseClock(clock, 90_500);
    expect(elapsedSeconds(clock, 'a1', 500_000)).toBe(90);
    clock = startClock(clock, 'a1', 600_000);
    clock = startClock(clock, 'a2', 630_000);
    expect(elapsedSeconds(clock, 'a1', 700_000)).toBe(120);
    expect(elapsedSeconds(clock, 'a2', 700_000)).toBe(70);
    expect(pauseClock(stoppedClock, 5)).toBe(stoppedClock);
  });

  it('shows minutes and seconds, and hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(245)).toBe('4:05');
    expect(formatElapsed(3723)).toBe('1:02:03');
  });
});
