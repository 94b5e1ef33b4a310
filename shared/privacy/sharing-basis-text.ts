import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { ConsentBy, SharingBasis } from '../meeting/meeting-schema';

/**
 * The basis for sharing as one Dutch line, for the minutes and the app:
 * "Toestemming van ouders, gegeven op 10 december 2026", "Meldcode: <reden>",
 * "Wettelijke taak: <reden>", or "Niet vastgelegd". What is missing is said,
 * not left blank, so a reader sees the gap.
 */

const consentByText: Record<ConsentBy, string> = {
  ouders: 'van ouders',
  jongere: 'van de jongere',
  'ouders-en-jongere': 'van ouders en jongere',
};

/** `2026-12-10` → `10 december 2026`. */
function dayText(isoDate: string): string {
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : isoDate;
}

export function sharingBasisText(basis: SharingBasis | null): string {
  if (basis === null) return 'Niet vastgelegd';
  const reason = basis.reason.trim().replace(/\s+/g, ' ');
  switch (basis.kind) {
    case 'toestemming': {
      const who = basis.consentBy ? ` ${consentByText[basis.consentBy]}` : '';
      const when = basis.consentDate ? `, gegeven op ${dayText(basis.consentDate)}` : ', datum niet vastgelegd';
      return `Toestemming${who}${when}`;
    }
    case 'meldcode':
      return `Meldcode: ${reason || 'reden niet vastgelegd'}`;
    case 'wettelijke-taak':
      return `Wettelijke taak: ${reason || 'reden niet vastgelegd'}`;
  }
}

/** `[3]` → `3`, `[3, 5]` → `3 en 5`, `[1, 3, 5]` → `1, 3 en 5`. */
function dutchList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1) ?? ''}`;
}

/** An agenda item as the copy shows it: its number in the full agenda and its own basis, if any. */
export interface ItemBasis {
  number: number;
  basis: SharingBasis | null;
}

/**
 * The basis for sharing of a whole copy, for its first page: the meeting's
 * own basis, and which items record one of their own. "Niet vastgelegd"
 * only when nothing the copy shows records any basis, so page 1 never
 * contradicts an item further on.
 *
 * - "Toestemming van ouders, gegeven op 10 december 2026"
 * - "Toestemming van ouders, …; voor agendapunt 3 en 5 apart vastgelegd"
 * - "Per agendapunt vastgelegd, zie de punten" (every item has its own, the meeting none)
 * - "Voor het overleg niet vastgelegd; voor agendapunt 3 apart vastgelegd"
 */
export function copySharingBasisText(meetingBasis: SharingBasis | null, items: readonly ItemBasis[]): string {
  const own = items.filter((item) => item.basis !== null).map((item) => String(item.number));
  if (own.length === 0) return sharingBasisText(meetingBasis);
  const everyItem = own.length === items.length && own.length > 1;
  const perItem = everyItem ? 'per agendapunt vastgelegd, zie de punten' : `voor agendapunt ${dutchList(own)} apart vastgelegd`;
  // A reason that ends in a full stop would read "gezien.; voor …".
  if (meetingBasis !== null) return `${sharingBasisText(meetingBasis).replace(/[.;]+$/, '')}; ${perItem}`;
  return everyItem ? 'Per agendapunt vastgelegd, zie de punten' : `Voor het overleg niet vastgelegd; ${perItem}`;
}
