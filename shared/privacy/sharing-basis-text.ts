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
