import {
  addDays,
  addMonths,
  addWeeks,
  endOfMonth,
  format,
  isValid,
  nextDay,
  startOfDay,
  startOfISOWeek,
  type Day,
} from 'date-fns';
import { formatShortDutchDate } from '../meeting/dutch-format';

/**
 * Quick entry of a due date in the words people use in a meeting: "morgen",
 * "vrijdag", "over 2 weken", "1 december", "18-12", "voor de kerstvakantie".
 * The result is always shown as a resolved date ("vr 18 dec 2026") so the
 * note-taker sees what was understood.
 */
export type DutchDateResult =
  | { ok: true; date: string; label: string }
  | { ok: false; message: string };

const weekdays: Record<string, Day> = {
  zondag: 0, zo: 0,
  maandag: 1, ma: 1,
  dinsdag: 2, di: 2,
  woensdag: 3, wo: 3,
  donderdag: 4, do: 4,
  vrijdag: 5, vr: 5,
  zaterdag: 6, za: 6,
};

const months: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const numberWords: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};

function resolved(date: Date): DutchDateResult {
  const iso = format(date, 'yyyy-MM-dd');
  return { ok: true, date: iso, label: formatShortDutchDate(iso) };
}

function unknown(input: string): DutchDateResult {
  return {
    ok: false,
    message: `Onbekende datum: "${input.trim()}". Typ bijvoorbeeld "vrijdag", "over 2 weken", "18-12" of "1 december".`,
  };
}

function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  return isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** A day and month without a year: the first such date from today on. */
function nextOccurrence(today: Date, month: number, day: number): Date | null {
  const thisYear = calendarDate(today.getFullYear(), month, day);
  if (thisYear && thisYear >= today) return thisYear;
  // 29 February without a year: the next year that has one.
  for (let year = today.getFullYear() + 1; year <= today.getFullYear() + 8; year += 1) {
    const candidate = calendarDate(year, month, day);
    if (candidate) return candidate;
  }
  return null;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/**
 * The Dutch Christmas school holiday ends on the first Sunday of January on or
 * after the 3rd and lasts 16 days; the last school day is the Friday before.
 */
function lastSchoolDayBeforeChristmas(today: Date): Date {
  for (const year of [today.getFullYear(), today.getFullYear() + 1]) {
    let end = new Date(year + 1, 0, 3);
    while (end.getDay() !== 0) end = addDays(end, 1);
    const lastSchoolDay = addDays(end, -16);
    if (lastSchoolDay >= today) return lastSchoolDay;
  }
  return today;
}

function amount(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return numberWords[word] ?? null;
}

export function parseDutchDate(input: string, now: Date): DutchDateResult {
  const today = startOfDay(now);
  const text = input
    .toLowerCase()
    .normalize('NFC')
    .replace(/[.,!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(uiterlijk|voor|op|tegen|per|vóór) (?!de kerst|kerst|direct)/, '')
    .trim();
  if (text === '') return unknown(input);

  switch (text) {
    case 'vandaag':
    case 'per direct':
    case 'direct':
    case 'meteen':
    case 'zsm':
    case 'z.s.m':
    case 'zo snel mogelijk':
      return resolved(today);
    case 'morgen':
      return resolved(addDays(today, 1));
    case 'overmorgen':
      return resolved(addDays(today, 2));
    case 'gisteren':
      return resolved(addDays(today, -1));
    case 'volgende week':
    case 'eind volgende week':
    case 'einde volgende week':
      // A deadline "next week" means by the end of next week's working days.
      return resolved(addDays(startOfISOWeek(addWeeks(today, 1)), 4));
    case 'deze week':
    case 'eind van de week':
    case 'einde van de week':
    case 'eind deze week':
    case 'einde week':
      return resolved(addDays(startOfISOWeek(today), 4) >= today ? addDays(startOfISOWeek(today), 4) : today);
    case 'eind van de maand':
    case 'einde van de maand':
    case 'eind deze maand':
    case 'einde maand':
      return resolved(endOfMonth(today));
    case 'volgende maand':
      return resolved(endOfMonth(addMonths(today, 1)));
    case 'voor de kerstvakantie':
    case 'kerstvakantie':
      return resolved(lastSchoolDayBeforeChristmas(today));
    case 'voor de kerst':
    case 'voor kerst':
      return resolved(nextOccurrence(today, 12, 24) ?? today);
  }

  const weekday = weekdays[text];
  if (weekday !== undefined) return resolved(nextDay(today, weekday));

  const nextWeekDay = /^(?:volgende week (\p{L}+)|(\p{L}+) volgende week)$/u.exec(text);
  if (nextWeekDay) {
    const day = weekdays[nextWeekDay[1] ?? nextWeekDay[2] ?? ''];
    if (day !== undefined) return resolved(addDays(startOfISOWeek(addWeeks(today, 1)), (day + 6) % 7));
  }

  const relative = /^over (\S+) (dag|dagen|week|weken|maand|maanden)$/.exec(text);
  if (relative) {
    const [, word = '', unit = ''] = relative;
    const count = amount(word);
    if (count === null) return unknown(input);
    if (unit.startsWith('dag')) return resolved(addDays(today, count));
    if (unit.startsWith('we')) return resolved(addWeeks(today, count));
    return resolved(addMonths(today, count));
  }

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? resolved(date) : doesNotExist(input);
  }

  const numeric = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/.exec(text);
  if (numeric) {
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    const date = numeric[3] ? calendarDate(fullYear(numeric[3]), month, day) : nextOccurrence(today, month, day);
    return date ? resolved(date) : doesNotExist(input);
  }

  const written = /^(?:\p{L}+ )?(\d{1,2}) (\p{L}+)(?: (\d{4}))?$/u.exec(text);
  if (written) {
    const month = months[written[2] ?? ''];
    if (month === undefined) return unknown(input);
    const day = Number(written[1]);
    const date = written[3] ? calendarDate(Number(written[3]), month, day) : nextOccurrence(today, month, day);
    return date ? resolved(date) : doesNotExist(input);
  }

  return unknown(input);
}

function doesNotExist(input: string): DutchDateResult {
  return { ok: false, message: `Onbekende datum: "${input.trim()}" bestaat niet in de kalender. Controleer dag en maand.` };
}
