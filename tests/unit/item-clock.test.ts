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

describe('the clock times in the file', () => {
  it('start from what each item kept (nothing: 0) and are written back per item', async () => {
    const { clockSpent, setClockSeconds } = await import('../../renderer/src/minutes/item-clock');
    const { noorWithMinutes } = await import('../fixtures/noor-minutes');
    const meeting = noorWithMinutes();
    const [first, second] = meeting.agendaItems;
    const saved = setClockSeconds(meeting, first!.id, 125.4);
    expect(saved.agendaItems[0]?.clockSeconds).toBe(125);
    expect(saved.agendaItems[1]).toBe(second);
    const clock = { spent: clockSpent(saved.agendaItems), running: null };
    expect(elapsedSeconds(clock, first!.id, 0)).toBe(125);
    expect(elapsedSeconds(clock, second!.id, 0)).toBe(0);
  });
});
