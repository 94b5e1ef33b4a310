import { describe, expect, it } from 'vitest';
import { parseDutchDate } from '../../shared/dates/parse-dutch-date';

// Thursday 10 December 2026, the day of the Noor meeting.
const meetingDay = new Date(2026, 11, 10, 15, 45);

describe('Dutch date phrases for due dates', () => {
  it.each<[string, string]>([
    ['vandaag', '2026-12-10'],
    ['per direct', '2026-12-10'],
    ['z.s.m.', '2026-12-10'],
    ['morgen', '2026-12-11'],
    ['Overmorgen', '2026-12-12'],
    ['gisteren', '2026-12-09'],
    ['vrijdag', '2026-12-11'],
    ['donderdag', '2026-12-17'],
    ['maandag', '2026-12-14'],
    ['ma', '2026-12-14'],
    ['zondag', '2026-12-13'],
    ['uiterlijk vrijdag', '2026-12-11'],
    ['volgende week', '2026-12-18'],
    ['volgende week dinsdag', '2026-12-15'],
    ['dinsdag volgende week', '2026-12-15'],
    ['over 2 weken', '2026-12-24'],
    ['over twee weken', '2026-12-24'],
    ['over een week', '2026-12-17'],
    ['over 3 dagen', '2026-12-13'],
    ['over 1 maand', '2027-01-10'],
    ['over zes maanden', '2027-06-10'],
    ['18 december', '2026-12-18'],
    ['18 dec', '2026-12-18'],
    ['vrijdag 18 december', '2026-12-18'],
    ['1 december', '2027-12-01'],
    ['5 januari', '2027-01-05'],
    ['18-12', '2026-12-18'],
    ['18/12', '2026-12-18'],
    ['3-1', '2027-01-03'],
    ['18-12-2026', '2026-12-18'],
    ['18-12-27', '2027-12-18'],
    ['2026-12-18', '2026-12-18'],
    ['uiterlijk 18 december 2026', '2026-12-18'],
    ['voor de kerstvakantie', '2026-12-18'],
    ['voor de kerst', '2026-12-24'],
    ['eind van de week', '2026-12-11'],
    ['eind van de maand', '2026-12-31'],
    ['volgende maand', '2027-01-31'],
    ['29 februari', '2028-02-29'],
    ['  18   december  ', '2026-12-18'],
  ])('%j is %s', (phrase, expected) => {
    const result = parseDutchDate(phrase, meetingDay);
    expect(result).toMatchObject({ ok: true, date: expected });
  });

  it('shows the resolved date in short Dutch', () => {
    expect(parseDutchDate('18-12', meetingDay)).toEqual({ ok: true, date: '2026-12-18', label: 'vr 18 dec 2026' });
    expect(parseDutchDate('over 2 weken', meetingDay)).toMatchObject({ label: 'do 24 dec 2026' });
    expect(parseDutchDate('1 maart', meetingDay)).toMatchObject({ label: 'ma 1 mrt 2027' });
  });

  it('rolls over into the next year and clamps at the end of a month', () => {
    expect(parseDutchDate('morgen', new Date(2026, 11, 31))).toMatchObject({ date: '2027-01-01' });
    expect(parseDutchDate('over 1 maand', new Date(2027, 0, 31))).toMatchObject({ date: '2027-02-28' });
    expect(parseDutchDate('volgende week', new Date(2026, 11, 28))).toMatchObject({ date: '2027-01-08' });
  });

  it('finds the next Christmas holiday once this one has started', () => {
    expect(parseDutchDate('voor de kerstvakantie', new Date(2026, 11, 21))).toMatchObject({ date: '2027-12-24' });
    expect(parseDutchDate('voor de kerstvakantie', new Date(2025, 10, 1))).toMatchObject({ date: '2025-12-19' });
  });

  it.each(['blabla', '', '   ', 'over veel weken', '18 decembre', 'volgende week feestdag', 'morgenochtend'])('says %j is an unknown date', (phrase) => {
    const result = parseDutchDate(phrase, meetingDay);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Onbekende datum/);
  });

  it.each(['31-02', '32 december', '13-13', '2026-02-30', '29-02-2027'])('says %j does not exist', (phrase) => {
    const result = parseDutchDate(phrase, meetingDay);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toMatch(/^Deze datum bestaat niet: /);
  });
});
