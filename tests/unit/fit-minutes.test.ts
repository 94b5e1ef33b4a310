import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fitMinutes } from '../../shared/templates/fit-minutes';
import { parseTemplate } from '../../shared/templates/parse-template';
import { createMeetingFromTemplate } from '../../shared/templates/apply-template';
import { checkAgenda } from '../../shared/agenda/agenda-check';

const sum = (values: readonly (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

describe('fitting timeboxes to the meeting', () => {
  it('brings the child-centred template of 100 minutes to exactly 90, in fives, keeping the order of sizes', async () => {
    const parsed = parseTemplate('mdo-kindgericht.json', await readFile(join(import.meta.dirname, '../../templates/mdo-kindgericht.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const minutes = parsed.value.items.map((item) => item.minutes);
    expect(sum(minutes)).toBe(100);
    const fitted = fitMinutes(minutes, 90);
    expect(sum(fitted)).toBe(90);
    expect(fitted.every((value) => value !== null && value >= 5 && value % 5 === 0)).toBe(true);
    // The longest item stays the longest.
    expect(fitted[3]).toBe(Math.max(...fitted.map((value) => value ?? 0)));
  });

  it('stretches a short agenda to a long meeting and keeps proportions', () => {
    expect(fitMinutes([5, 10, 15, 10], 80)).toEqual([10, 20, 30, 20]);
  });

  it('gives what does not divide into fives to the longest item', () => {
    expect(fitMinutes([5, 10, 15], 47)).toEqual([10, 15, 22]);
  });

  it('uses single minutes when the meeting is too short for five each, and leaves items without minutes alone', () => {
    const fitted = fitMinutes([10, null, 10, 10, 0], 12);
    expect(fitted[1]).toBeNull();
    expect(fitted[4]).toBe(0);
    expect(sum(fitted)).toBe(12);
    expect(fitted.filter((value) => value !== null && value > 0)).toHaveLength(3);
  });

  it('changes nothing without minutes or without a length', () => {
    expect(fitMinutes([null, 0], 60)).toEqual([null, 0]);
    expect(fitMinutes([5, 10], 0)).toEqual([5, 10]);
  });
});

describe('a template\'s guiding questions', () => {
  it('become hints, and the agenda check does not call them missing', async () => {
    const parsed = parseTemplate('signs-of-safety.json', await readFile(join(import.meta.dirname, '../../templates/signs-of-safety.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    let next = 0;
    const meeting = createMeetingFromTemplate(parsed.value, { now: new Date('2026-12-01T10:00:00Z'), newId: () => `id-${(next += 1)}` });
    expect(meeting.agendaItems.every((item) => item.childInterest === '')).toBe(true);
    expect(meeting.agendaItems.map((item) => item.childInterestHint)).toEqual(parsed.value.items.map((item) => item.childInterest));
    expect(checkAgenda(meeting).filter((hint) => hint.rule === 'child-interest-missing')).toEqual([]);
    const withoutHint = { ...meeting, agendaItems: meeting.agendaItems.map((item, index) => (index === 0 ? { ...item, childInterestHint: undefined } : item)) };
    expect(checkAgenda(withoutHint).filter((hint) => hint.rule === 'child-interest-missing')).toHaveLength(1);
  });
});
