import { consentNeededAt } from '../../../../shared/agenda/agenda-check';
import type { SharingBasis, SharingBasisKind } from '../../../../shared/meeting/meeting-schema';

/** The kind chosen in the form; '' is "Niet vastgelegd" (or, for an item, "Zelfde als het overleg"). */
export type SharingBasisChoice = SharingBasisKind | '';

/** The sub-fields of a basis, each its own undo step. */
export type SharingBasisField = 'kind' | 'consentBy' | 'consentDate' | 'reason';

const EMPTY_BASIS: Omit<SharingBasis, 'kind'> = { consentBy: null, consentDate: null, reason: '' };

/**
 * Switching between consent and a legal basis keeps what was typed for the
 * other (the record is flat on purpose); "Niet vastgelegd" removes the basis.
 */
export function withKind(current: SharingBasis | null, kind: SharingBasisChoice): SharingBasis | null {
  if (kind === '') return null;
  return { ...EMPTY_BASIS, ...current, kind };
}

/** The help text at "Toestemming van": who consents at the child's age (MDO-DOMAIN, Privacy). */
export function consentAdvice(age: number | null, childName: string): string {
  if (age === null) {
    return 'Onder de 12 jaar geven de ouders met gezag toestemming, van 12 tot 16 jaar de ouders en de jongere, vanaf 16 jaar de jongere zelf.';
  }
  const who = `${childName.trim() || 'Het kind'} is ${age} jaar op de dag van het overleg`;
  switch (consentNeededAt(age)) {
    case 'ouders':
      return `${who}: onder de 12 jaar geven de ouders met gezag toestemming.`;
    case 'ouders-en-jongere':
      return `${who}: van 12 tot 16 jaar geven de ouders en de jongere allebei toestemming.`;
    case 'jongere':
      return `${who}: vanaf 16 jaar geeft de jongere zelf toestemming.`;
  }
}
