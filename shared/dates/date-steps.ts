import { addDays, format, isValid, parseISO } from 'date-fns';

/** ↑/↓ in a date field: the day after or before (`2027-03-25` + 1 → `2027-03-26`). */
export function stepDate(isoDate: string, days: number): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(addDays(date, days), 'yyyy-MM-dd') : isoDate;
}

/**
 * ↑/↓ in a time field: to the next or previous multiple of `minutes` (09:32 +5
 * → 09:35, 09:35 +5 → 09:40), within one day: 23:55 stays the last step up,
 * 00:00 the last step down, as a time never moves the meeting's date.
 */
export function stepTime(time: string, minutes: number): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || minutes === 0) return time;
  const now = Number(match[1]) * 60 + Number(match[2]);
  const size = Math.abs(minutes);
  const next = minutes > 0 ? Math.floor(now / size) * size + size : Math.ceil(now / size) * size - size;
  const last = Math.floor((24 * 60 - 1) / size) * size;
  const clamped = Math.min(Math.max(next, 0), last);
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}
