import { differenceInYears, format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { Meeting } from './meeting-schema';

/** `2026-12-10` → `donderdag 10 december 2026`. */
export function formatDutchDate(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'EEEE d MMMM yyyy', { locale: nl }) : isoDate;
}

/** `2026-12-10` → `do 10 dec 2026`, for lists where space is short. */
export function formatShortDutchDate(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'EEEEEE d MMM yyyy', { locale: nl }).replaceAll('.', '') : isoDate;
}

/** Age in whole years on the given day (the meeting date, or today). */
export function ageOn(birthDate: string, onDate: Date): number | null {
  const birth = parseISO(birthDate);
  if (!isValid(birth) || birth > onDate) return null;
  return differenceInYears(onDate, birth);
}

/** `Noor de V. (7 jaar)`, computed on the meeting date when there is one. */
export function childWithAge(meeting: Pick<Meeting, 'child' | 'date'>, today: Date = new Date()): string {
  const name = meeting.child.name.trim();
  if (!meeting.child.birthDate) return name;
  const onDate = meeting.date ? parseISO(meeting.date) : today;
  const age = ageOn(meeting.child.birthDate, onDate);
  if (age === null) return name;
  return name ? `${name} (${age} jaar)` : `${age} jaar`;
}

/**
 * Initials for headers and copies that leave the team: `Noor de Vries` →
 * `N.d.V.`, keeping Dutch name particles in lower case.
 */
export function initialsOf(name: string): string {
  const particles = new Set(['de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", 'op', 'la', 'le', 'el', 'al']);
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const letter = [...part.replace(/\.$/, '')][0] ?? '';
      return particles.has(part.toLowerCase()) ? `${letter.toLowerCase()}.` : `${letter.toUpperCase()}.`;
    })
    .join('');
}

/** `14:00–15:30`, or whichever part is known. */
export function timeRange(start: string | null, end: string | null): string {
  if (start && end) return `${start}–${end}`;
  return start ?? (end ? `tot ${end}` : '');
}
