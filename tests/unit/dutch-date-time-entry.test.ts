import { describe, expect, it } from 'vitest';
import { stepDate, stepTime } from '../../shared/dates/date-steps';
import { DATE_ADVICE, dutchDateText, parseDutchDate } from '../../shared/dates/parse-dutch-date';
import { TIME_ADVICE, dutchTimeLabel, parseDutchTime } from '../../shared/dates/parse-dutch-time';

// Thursday 10 December 2026, the day of the Noor meeting: "today" for words like "morgen".
const today = new Date(2026, 11, 10, 15, 45);

/**
 * What the date and time fields of the app (Gegevens, Uiterlijk, the task
 * table) make of what people type, whatever the browser's language: an ISO
 * value for the meeting, or the Dutch message shown under the field.
 */
describe('a date typed in Dutch', () => {
  it.each<[string, string]>([
    ['25-03-2027', '2027-03-25'],
    ['25-3-2027', '2027-03-25'],
    ['25-3', '2027-03-25'],
    ['25/3/27', '2027-03-25'],
    ['25.03.2027', '2027-03-25'],
    ['25 3 2027', '2027-03-25'],
    ['25032027', '2027-03-25'],
    ['250327', '2027-03-25'],
    ['2027-03-25', '2027-03-25'],
    ['do 25 mrt', '2027-03-25'],
    ['donderdag 25 maart 2027', '2027-03-25'],
    ['do, 25-03-2027', '2027-03-25'],
    ['25 maart', '2027-03-25'],
    ['25 Maart 27', '2027-03-25'],
    ['morgen', '2026-12-11'],
    ['vandaag', '2026-12-10'],
    ['vrijdag', '2026-12-11'],
    ['volgende week donderdag', '2026-12-17'],
    ['over 2 weken', '2026-12-24'],
    ['14-3-19', '2019-03-14'],
    ['14-3-98', '1998-03-14'],
    ['29-2', '2028-02-29'],
    ['  25 - 3 - 2027 ', '2027-03-25'],
  ])('%j is %s', (typed, expected) => {
    expect(parseDutchDate(typed, today)).toMatchObject({ ok: true, date: expected });
  });

  it.each<[string, string]>([
    ['31-02-2027', 'Deze datum bestaat niet: 31-02-2027 (februari 2027 heeft 28 dagen). Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.'],
    ['29-02-2027', 'Deze datum bestaat niet: 29-02-2027 (februari 2027 heeft 28 dagen). Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.'],
    ['31 april', 'Deze datum bestaat niet: 31 april (april heeft 30 dagen). Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.'],
    ['25-13-2027', 'Deze datum bestaat niet: 25-13-2027 (een jaar heeft 12 maanden). Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.'],
    ['0-3-2027', 'Deze datum bestaat niet: 0-3-2027 (de dagen van een maand tellen vanaf 1). Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.'],
    [
      '03/25/2027',
      'Deze datum bestaat niet: 03/25/2027 (de dag komt eerst, dan de maand). Bedoelt u 25-03-2027? Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.',
    ],
    ['vr 25 mrt', '25 maart 2027 is een donderdag, geen vrijdag. Controleer de dag of de datum.'],
    ['25-03-2207', 'Het jaartal 2207 klopt waarschijnlijk niet: 25-03-2207. Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.'],
    [
      '25-03-32027',
      'Onbekende datum: "25-03-32027". Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027, of woorden als "morgen", "vrijdag" of "over 2 weken".',
    ],
    [
      'mm/dd/yyyy',
      'Onbekende datum: "mm/dd/yyyy". Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027, of woorden als "morgen", "vrijdag" of "over 2 weken".',
    ],
    [
      'ooit 25 maart',
      'Onbekende datum: "ooit 25 maart". Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027, of woorden als "morgen", "vrijdag" of "over 2 weken".',
    ],
  ])('%j cannot be read: %s', (typed, message) => {
    expect(parseDutchDate(typed, today)).toEqual({ ok: false, message });
  });

  it('teaches one written form, and a field shows a date in it', () => {
    expect(DATE_ADVICE).toBe('Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.');
    expect(dutchDateText('2027-03-25')).toBe('25-03-2027');
    expect(parseDutchDate(dutchDateText('2019-03-04'), today)).toMatchObject({ date: '2019-03-04' });
  });

  it('reads a two-digit year as the one closest to today', () => {
    expect(parseDutchDate('1-1-76', today)).toMatchObject({ date: '2076-01-01' });
    expect(parseDutchDate('1-1-77', today)).toMatchObject({ date: '1977-01-01' });
  });
});

describe('a time typed in Dutch, on the 24-hour clock', () => {
  it.each<[string, string]>([
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['9.30', '09:30'],
    ['9,30', '09:30'],
    ['9u30', '09:30'],
    ['9h30', '09:30'],
    ['9 uur 30', '09:30'],
    ['0930', '09:30'],
    ['930', '09:30'],
    ['1430', '14:30'],
    ['14', '14:00'],
    ['14.00 uur', '14:00'],
    ['om 14:00', '14:00'],
    ['9', '09:00'],
    ['9 uur', '09:00'],
    ['9u', '09:00'],
    ['12', '12:00'],
    ['0', '00:00'],
    ['23:59', '23:59'],
    // An hour of 1 to 6 without a leading zero is the afternoon: an MDO is held in the daytime.
    ['2', '14:00'],
    ['2 uur', '14:00'],
    ['twee uur', '14:00'],
    ['3.30', '15:30'],
    ['130', '13:30'],
    ['half 3', '14:30'],
    ['half 1', '12:30'],
    ['kwart over 9', '09:15'],
    ['kwart voor 3', '14:45'],
    // A leading zero or a part of the day says what is meant.
    ['02:00', '02:00'],
    ['0230', '02:30'],
    ['6 uur \'s ochtends', '06:00'],
    ['6 uur s ochtends', '06:00'],
    ['2 uur \'s nachts', '02:00'],
    ['12 uur \'s nachts', '00:00'],
    ['7 uur \'s avonds', '19:00'],
    ['half 8 ’s avonds', '19:30'],
  ])('%j is %s', (typed, expected) => {
    expect(parseDutchTime(typed)).toMatchObject({ ok: true, time: expected });
  });

  it.each<[string, string]>([
    ['25:00', 'Deze tijd bestaat niet: 25:00 (de klok loopt van 00:00 tot 23:59). Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['24:00', 'Deze tijd bestaat niet: 24:00 (de klok loopt van 00:00 tot 23:59). Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['9:75', 'Deze tijd bestaat niet: 9:75 (de klok loopt van 00:00 tot 23:59). Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['14 uur \'s ochtends', 'Deze tijd bestaat niet: 14 uur \'s ochtends (14 uur is niet \'s ochtends). Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['2pm', 'Onbekende tijd: "2pm". De app gebruikt de 24-uursklok, zonder AM en PM. Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['9:30 AM', 'Onbekende tijd: "9:30 AM". De app gebruikt de 24-uursklok, zonder AM en PM. Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['9:5', 'Onbekende tijd: "9:5". Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['na de lunch', 'Onbekende tijd: "na de lunch". Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
    ['', 'Onbekende tijd: "". Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.'],
  ])('%j cannot be read: %s', (typed, message) => {
    expect(parseDutchTime(typed)).toEqual({ ok: false, message });
  });

  it('says a time the Dutch way, without a leading zero', () => {
    expect(TIME_ADVICE).toBe('Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.');
    expect(parseDutchTime('0930')).toEqual({ ok: true, time: '09:30', label: '9:30' });
    expect(dutchTimeLabel('14:05')).toBe('14:05');
    expect(dutchTimeLabel('00:00')).toBe('0:00');
  });
});

describe('↑ and ↓ in a date or time field', () => {
  it('steps a day, across months and years', () => {
    expect(stepDate('2027-03-25', 1)).toBe('2027-03-26');
    expect(stepDate('2027-03-01', -1)).toBe('2027-02-28');
    expect(stepDate('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('steps to the next five minutes and stays within the day', () => {
    expect(stepTime('09:30', 5)).toBe('09:35');
    expect(stepTime('09:32', 5)).toBe('09:35');
    expect(stepTime('09:32', -5)).toBe('09:30');
    expect(stepTime('09:30', -5)).toBe('09:25');
    expect(stepTime('23:55', 5)).toBe('23:55');
    expect(stepTime('00:00', -5)).toBe('00:00');
    expect(stepTime('00:02', -5)).toBe('00:00');
  });
});

describe('a day and month without a year', () => {
  it('is the next such day for a meeting or a due date, the last one for a birth date', () => {
    expect(parseDutchDate('14-3', today)).toMatchObject({ date: '2027-03-14' });
    expect(parseDutchDate('14-3', today, 'last')).toMatchObject({ date: '2026-03-14' });
    expect(parseDutchDate('10 december', today, 'last')).toMatchObject({ date: '2026-12-10' });
    expect(parseDutchDate('29-2', today, 'last')).toMatchObject({ date: '2024-02-29' });
  });
});
