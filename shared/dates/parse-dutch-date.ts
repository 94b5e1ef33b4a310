import {
  addDays,
  addMonths,
  addWeeks,
  endOfMonth,
  format,
  getDaysInMonth,
  isValid,
  nextDay,
  parseISO,
  startOfDay,
  startOfISOWeek,
  type Day,
} from 'date-fns';
import { nl } from 'date-fns/locale';
import { formatShortDutchDate } from '../meeting/dutch-format';

/**
 * The one reader of a date typed in Dutch, for every date field of the app
 * (the meeting's date, a birth date, a due date) and for `Actie: … —
 * uiterlijk …` in the notes. It reads what people type in a meeting:
 * `25-03-2027`, `25-3`, `25/3/27`, `25032027`, `2027-03-25`, `do 25 mrt`,
 * `25 maart`, `morgen`, `vrijdag`, `volgende week donderdag`, `over 2 weken`,
 * `voor de kerstvakantie`. Words are counted from `now` (today, or the day of
 * the meeting being minuted). It never depends on the browser's locale: the
 * day always comes first.
 *
 * Invariants: a date that is not in the calendar (31-02-2027) is an error,
 * never rolled over to another day; a day and month without a year is the
 * first such day from today on (or, for a birth date, the last one up to
 * today); a two-digit year is the one closest to
 * today's (27 → 2027, 98 → 1998, so a birth date works too).
 */
export type DutchDateResult =
  | { ok: true; date: string; label: string }
  | { ok: false; message: string };

/** The written form every message teaches, and the one a field shows after it read a date. */
export const DATE_ADVICE = 'Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.';

const weekdays: Record<string, Day> = {
  zondag: 0, zo: 0,
  maandag: 1, ma: 1,
  dinsdag: 2, di: 2,
  woensdag: 3, wo: 3,
  donderdag: 4, do: 4,
  vrijdag: 5, vr: 5,
  zaterdag: 6, za: 6,
};

const weekdayNames = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

const months: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const numberWords: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};

/** Years a typed date may have: anything else is a typing error (2207 for 2027), not a plan. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

/** `2027-03-25` → `25-03-2027`: how a date field shows a date it read. */
export function dutchDateText(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'dd-MM-yyyy') : isoDate;
}

function resolved(date: Date): DutchDateResult {
  const iso = format(date, 'yyyy-MM-dd');
  return { ok: true, date: iso, label: formatShortDutchDate(iso) };
}

function failure(message: string): DutchDateResult {
  return { ok: false, message };
}

function unknown(input: string): DutchDateResult {
  return failure(
    `Onbekende datum: "${input.trim()}". ${DATE_ADVICE.slice(0, -1)}, of woorden als "morgen", "vrijdag" of "over 2 weken".`,
  );
}

function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  return isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** What a day and month without a year mean: the next such day (a meeting, a due date) or the last one (a birth date). */
export type WithoutYear = 'next' | 'last';

/** A day and month without a year, looking back: the last such date up to today. */
function lastOccurrence(today: Date, month: number, day: number): Date | null {
  for (let year = today.getFullYear(); year >= today.getFullYear() - 8; year -= 1) {
    const candidate = calendarDate(year, month, day);
    if (candidate && candidate <= today) return candidate;
  }
  return null;
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

/** `27` → 2027 and `98` → 1998 (in 2026): the year with those last two digits closest to today's. */
function fullYear(text: string, today: Date): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  const thisYear = today.getFullYear();
  const candidate = thisYear - (thisYear % 100) + year;
  if (candidate > thisYear + 50) return candidate - 100;
  if (candidate < thisYear - 50) return candidate + 100;
  return candidate;
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

/** What the user typed, in one form: lower case, single spaces, without "uiterlijk" or "op" in front. */
function normalise(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFC')
    .replace(/[.,!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(uiterlijk|voor|op|tegen|per|vóór) (?!de kerst|kerst|direct)/, '')
    .replace(/^(\p{L}+), ?/u, '$1 ')
    .trim();
}

export function parseDutchDate(input: string, now: Date, withoutYear: WithoutYear = 'next'): DutchDateResult {
  const today = startOfDay(now);
  const text = normalise(input);
  if (text === '') return unknown(input);

  const word = namedDay(text, today);
  if (word) return resolved(word);

  const relative = /^over (\S+) (dag|dagen|week|weken|maand|maanden)$/.exec(text);
  if (relative) {
    const [, count = '', unit = ''] = relative;
    const times = amount(count);
    if (times === null) return unknown(input);
    if (unit.startsWith('dag')) return resolved(addDays(today, times));
    if (unit.startsWith('we')) return resolved(addWeeks(today, times));
    return resolved(addMonths(today, times));
  }

  // A written date, maybe after its weekday: "do 25 mrt", "donderdag 25-03-2027".
  const withWeekday = /^(\p{L}+) (\d.*)$/u.exec(text);
  const saidWeekday = withWeekday ? weekdays[withWeekday[1] ?? ''] : undefined;
  if (withWeekday && saidWeekday === undefined) return unknown(input);
  const parts = dateParts(withWeekday ? (withWeekday[2] ?? '') : text, today);
  if (!parts) return unknown(input);
  return checked(input, parts, saidWeekday, today, withoutYear);
}

/** The words for a day: "morgen", "vrijdag", "volgende week donderdag", "eind van de maand". */
function namedDay(text: string, today: Date): Date | null {
  switch (text) {
    case 'vandaag':
    case 'per direct':
    case 'direct':
    case 'meteen':
    case 'zsm':
    case 'z.s.m':
    case 'zo snel mogelijk':
      return today;
    case 'morgen':
      return addDays(today, 1);
    case 'overmorgen':
      return addDays(today, 2);
    case 'gisteren':
      return addDays(today, -1);
    case 'volgende week':
    case 'eind volgende week':
    case 'einde volgende week':
      // A deadline "next week" means by the end of next week's working days.
      return addDays(startOfISOWeek(addWeeks(today, 1)), 4);
    case 'deze week':
    case 'eind van de week':
    case 'einde van de week':
    case 'eind deze week':
    case 'einde week':
      return addDays(startOfISOWeek(today), 4) >= today ? addDays(startOfISOWeek(today), 4) : today;
    case 'eind van de maand':
    case 'einde van de maand':
    case 'eind deze maand':
    case 'einde maand':
      return endOfMonth(today);
    case 'volgende maand':
      return endOfMonth(addMonths(today, 1));
    case 'voor de kerstvakantie':
    case 'kerstvakantie':
      return lastSchoolDayBeforeChristmas(today);
    case 'voor de kerst':
    case 'voor kerst':
      return nextOccurrence(today, 12, 24) ?? today;
  }

  const weekday = weekdays[text];
  if (weekday !== undefined) return nextDay(today, weekday);

  const nextWeekDay = /^(?:volgende week (\p{L}+)|(\p{L}+) volgende week)$/u.exec(text);
  if (nextWeekDay) {
    const day = weekdays[nextWeekDay[1] ?? nextWeekDay[2] ?? ''];
    if (day !== undefined) return addDays(startOfISOWeek(addWeeks(today, 1)), (day + 6) % 7);
  }
  return null;
}

interface DateParts {
  day: number;
  month: number;
  /** Null when no year was typed: the next such day. */
  year: number | null;
  /** The separator was "/", as in an American 03/25/2027. */
  slashes: boolean;
}

/** Day, month and year of a date written in digits or with a month name; null when it is neither. */
function dateParts(text: string, today: Date): DateParts | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), slashes: false };

  const numeric = /^(\d{1,2})(?: ?[-/.] ?| )(\d{1,2})(?:(?: ?[-/.] ?| )(\d{2}|\d{4}))?$/.exec(text);
  if (numeric) {
    return {
      day: Number(numeric[1]),
      month: Number(numeric[2]),
      year: numeric[3] ? fullYear(numeric[3], today) : null,
      slashes: text.includes('/'),
    };
  }

  // 25032027 or 250327: the digits of dd-mm-jjjj without the dashes.
  const compact = /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(text);
  if (compact) {
    return { day: Number(compact[1]), month: Number(compact[2]), year: fullYear(compact[3] ?? '', today), slashes: false };
  }

  const written = /^(\d{1,2}) (\p{L}+)(?: (\d{4}|\d{2}))?$/u.exec(text);
  if (written) {
    const month = months[written[2] ?? ''];
    if (month === undefined) return null;
    return { day: Number(written[1]), month, year: written[3] ? fullYear(written[3], today) : null, slashes: false };
  }
  return null;
}

/** The date the parts name, or why there is none. */
function checked(input: string, parts: DateParts, saidWeekday: Day | undefined, today: Date, withoutYear: WithoutYear): DutchDateResult {
  const { day, month, year } = parts;
  if (year !== null && (year < FIRST_YEAR || year > LAST_YEAR)) {
    return failure(`Het jaartal ${year} klopt waarschijnlijk niet: ${input.trim()}. ${DATE_ADVICE}`);
  }
  const sameDay = withoutYear === 'next' ? nextOccurrence : lastOccurrence;
  const date = year === null ? sameDay(today, month, day) : calendarDate(year, month, day);
  if (!date) return failure(doesNotExist(input, parts));
  if (saidWeekday !== undefined && date.getDay() !== saidWeekday) {
    const written = format(date, 'd MMMM yyyy', { locale: nl });
    return failure(`${written} is een ${weekdayNames[date.getDay()]}, geen ${weekdayNames[saidWeekday]}. Controleer de dag of de datum.`);
  }
  return resolved(date);
}

/** "Deze datum bestaat niet: 31-02-2027 (februari 2027 heeft 28 dagen). Typ …", with the reason. */
function doesNotExist(input: string, { day, month, year, slashes }: DateParts): string {
  const typed = input.trim();
  // 03/25/2027 is how an American browser writes 25 March: say the day comes first.
  if (month > 12 && day >= 1 && day <= 12 && (year === null || calendarDate(year, day, month))) {
    const swapped = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}${year === null ? '' : `-${year}`}`;
    const why = slashes ? 'de dag komt eerst, dan de maand' : 'een jaar heeft 12 maanden; de dag komt eerst';
    return `Deze datum bestaat niet: ${typed} (${why}). Bedoelt u ${swapped}? ${DATE_ADVICE}`;
  }
  return `Deze datum bestaat niet: ${typed} (${reason(day, month, year)}). ${DATE_ADVICE}`;
}

function reason(day: number, month: number, year: number | null): string {
  if (month < 1 || month > 12) return 'een jaar heeft 12 maanden';
  if (day < 1) return 'de dagen van een maand tellen vanaf 1';
  // Without a year, February may have 29 days (a leap year).
  const monthStart = new Date(year ?? 2028, month - 1, 1);
  const monthName = format(monthStart, 'MMMM', { locale: nl });
  return `${monthName}${year === null ? '' : ` ${year}`} heeft ${getDaysInMonth(monthStart)} dagen`;
}
