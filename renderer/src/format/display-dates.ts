import { format, isToday, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';

/** `Opgeslagen om 14:32` today, `Opgeslagen op 3 december 2026 om 14:32` on another day. */
export function savedAtText(timestamp: string): string {
  const date = parseISO(timestamp);
  if (!isValid(date)) return 'Opgeslagen';
  return isToday(date)
    ? `Opgeslagen om ${format(date, 'HH:mm')}`
    : `Opgeslagen op ${format(date, "d MMMM yyyy 'om' HH:mm", { locale: nl })}`;
}

/** `23 november 2026 om 09:47`, for when a file last changed. */
export function dateTimeText(timestamp: string): string {
  const date = parseISO(timestamp);
  return isValid(date) ? format(date, "d MMMM yyyy 'om' HH:mm", { locale: nl }) : timestamp;
}
