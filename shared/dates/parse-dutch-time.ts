/**
 * The one reader of a clock time typed in Dutch, for the meeting's start and
 * end time and the time of the next meeting. It reads the 24-hour clock the
 * way people type it: `9:30`, `09:30`, `9.30`, `9,30`, `9u30`, `9h30`,
 * `0930`, `930`, `14`, `9 uur`, `half 3`, `kwart over 9`, `kwart voor 3`,
 * `7 uur 's avonds`. It never depends on the browser's locale, and there is
 * no AM/PM.
 *
 * The one guess (documented in the README): an MDO is held in the daytime,
 * so an hour of 1 to 6 written without a leading zero and without a part of
 * the day is the afternoon: `2`, `2 uur`, `2.30`, `230` and `half 3` are
 * 14:00, 14:00, 14:30, 14:30 and 14:30. `02:00`, `0230` or `2 uur 's nachts`
 * is the night; `6 uur 's ochtends` is 06:00. From 7 on an hour is what it
 * says: `7` is 07:00, `19` is 19:00.
 */
export type DutchTimeResult =
  | { ok: true; time: string; label: string }
  | { ok: false; message: string };

/** The written form every message teaches. */
export const TIME_ADVICE = 'Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.';

const numberWords: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};

type DayPart = 'ochtend' | 'middag' | 'avond' | 'nacht';

/** "'s middags", "s middags", "des middags": the part of the day after a time. */
const dayParts: [RegExp, DayPart][] = [
  [/ ?(?:['’‘`]s ?|s |des )?(?:ochtends|morgens)$/, 'ochtend'],
  [/ ?(?:['’‘`]s ?|s |des )?middags$/, 'middag'],
  [/ ?(?:['’‘`]s ?|s |des )?avonds$/, 'avond'],
  [/ ?(?:['’‘`]s ?|s |des )?nachts$/, 'nacht'],
];

/** `09:30` → `9:30`: how the app says a time in a sentence. */
export function dutchTimeLabel(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

function resolved(hours: number, minutes: number): DutchTimeResult {
  const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return { ok: true, time, label: dutchTimeLabel(time) };
}

function unknown(input: string): DutchTimeResult {
  return { ok: false, message: `Onbekende tijd: "${input.trim()}". ${TIME_ADVICE}` };
}

interface TimeParts {
  hours: number;
  minutes: number;
  /** The hour was written as one digit or a word, without a leading zero: the afternoon guess may apply. */
  bareHour: boolean;
}

function hourWord(word: string): { hours: number; bare: boolean } | null {
  if (/^\d{1,2}$/.test(word)) return { hours: Number(word), bare: word.length === 1 };
  const hours = numberWords[word];
  return hours === undefined ? null : { hours, bare: true };
}

/** Hours and minutes as typed, before any guess; null when the text is no time at all. */
function timeParts(text: string): TimeParts | null {
  // 9:30, 09.30, 9,30, 9u30, 9h30, 9 uur 30, with or without "uur" after it.
  const separated = /^(\d{1,2}) ?(?::|\.|,|u|h|uur) ?(\d{2})(?: ?uur)?$/.exec(text);
  if (separated) {
    const hours = separated[1] ?? '';
    return { hours: Number(hours), minutes: Number(separated[2]), bareHour: hours.length === 1 };
  }
  // 930 and 0930: the last two digits are the minutes.
  const digits = /^(\d{1,2})(\d{2})$/.exec(text);
  if (digits) {
    const hours = digits[1] ?? '';
    return { hours: Number(hours), minutes: Number(digits[2]), bareHour: hours.length === 1 };
  }
  // 14, 9 uur, 9u, negen uur.
  const hourOnly = /^(\d{1,2}|\p{L}+) ?(?:uur|u|h)?$/u.exec(text);
  if (hourOnly) {
    const hour = hourWord(hourOnly[1] ?? '');
    return hour ? { hours: hour.hours, minutes: 0, bareHour: hour.bare } : null;
  }
  // half 3 is 2:30, kwart over 9 is 9:15, kwart voor 3 is 2:45: the Dutch clock.
  const spoken = /^(half|kwart over|kwart voor) (\d{1,2}|\p{L}+)(?: uur)?$/u.exec(text);
  if (spoken) {
    const hour = hourWord(spoken[2] ?? '');
    if (!hour || hour.hours < 1 || hour.hours > 12) return null;
    if (spoken[1] === 'kwart over') return { hours: hour.hours, minutes: 15, bareHour: hour.bare };
    // Half and quarter to are counted towards the hour: half 1 is 12:30.
    const before = hour.hours === 1 ? 12 : hour.hours - 1;
    return { hours: before, minutes: spoken[1] === 'half' ? 30 : 45, bareHour: hour.bare };
  }
  return null;
}

export function parseDutchTime(input: string): DutchTimeResult {
  let text = input
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(om|vanaf|tot|rond) /, '')
    .replace(/\.$/, '');
  if (text === '') return unknown(input);
  if (/\d ?(a\.?m|p\.?m)\.?$/.test(text)) {
    return { ok: false, message: `Onbekende tijd: "${input.trim()}". De app gebruikt de 24-uursklok, zonder AM en PM. ${TIME_ADVICE}` };
  }

  let dayPart: DayPart | null = null;
  for (const [pattern, part] of dayParts) {
    if (pattern.test(text) && text.replace(pattern, '') !== '') {
      dayPart = part;
      text = text.replace(pattern, '').trim();
      break;
    }
  }

  const parts = timeParts(text);
  if (!parts) return unknown(input);
  const { minutes, bareHour } = parts;
  let { hours } = parts;
  if (hours > 23 || minutes > 59) {
    return { ok: false, message: `Deze tijd bestaat niet: ${input.trim()} (de klok loopt van 00:00 tot 23:59). ${TIME_ADVICE}` };
  }
  if (dayPart === 'middag' || dayPart === 'avond') {
    if (hours < 12) hours += 12;
  } else if (dayPart === 'nacht') {
    if (hours === 12) hours = 0;
  } else if (dayPart === 'ochtend') {
    if (hours > 12) {
      return { ok: false, message: `Deze tijd bestaat niet: ${input.trim()} (${hours} uur is niet 's ochtends). ${TIME_ADVICE}` };
    }
  } else if (bareHour && hours >= 1 && hours <= 6) {
    hours += 12;
  }
  return resolved(hours, minutes);
}
