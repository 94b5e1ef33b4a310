import { format, isToday, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { LockOwner } from '../../../shared/ipc/contract';

/** How the lock names a person: their name, or "Iemand" when the lock file does not say. */
export function lockOwnerName(owner: LockOwner): string {
  return owner.name.trim() || 'Iemand';
}

/** `vandaag om 08:46`, or `3 december 2026 om 08:46` on another day; null when there is no (valid) moment. */
export function momentText(moment: string | null): string | null {
  if (moment === null) return null;
  const date = parseISO(moment);
  if (!isValid(date)) return null;
  return isToday(date) ? `vandaag om ${format(date, 'HH:mm')}` : format(date, "d MMMM yyyy 'om' HH:mm", { locale: nl });
}

/**
 * Who has the meeting open, where and since when, as one clause:
 * `Anna de Vries heeft dit overleg open op computer "PC-12", sinds vandaag om 08:46`.
 * A lock from another computer cannot be checked from here, so its time is
 * always shown: the user can judge whether it is still true.
 */
export function lockOwnerText(owner: LockOwner): string {
  const where = owner.sameHost ? ' op deze computer' : owner.host ? ` op computer "${owner.host}"` : '';
  const since = momentText(owner.since);
  return `${lockOwnerName(owner)} heeft dit overleg open${where}${since ? `, sinds ${since}` : ''}`;
}
