import type { AgendaHint, AgendaRule } from '../../../../shared/agenda/agenda-check';

/**
 * A short title above each hint of the agenda check, so the chair can scan
 * the list; the hint's own message is the explanation under it.
 */
const titles: Record<AgendaRule, string> = {
  'child-voice': 'Stem van het kind',
  decisions: 'Besluiten en taakverdeling',
  coordinator: 'Regievoerder',
  'parents-not-invited': 'Ouders niet uitgenodigd',
  'child-not-invited': 'Kind niet uitgenodigd',
  overrun: 'Agenda te lang',
  'child-interest-missing': 'Belang van het kind',
  'sharing-basis-missing': 'Grondslag voor delen',
  'consent-incomplete': 'Toestemming onvolledig',
  'basis-reason-missing': 'Reden voor delen zonder toestemming',
  'consent-age': 'Toestemming en leeftijd',
  'role-uncertain': 'Rol niet zeker',
};

export function hintTitle(hint: Pick<AgendaHint, 'rule'>): string {
  return titles[hint.rule];
}

/** The count next to the heading: "1 aandachtspunt", "3 aandachtspunten". */
export function hintCountText(count: number): string {
  return count === 1 ? '1 aandachtspunt' : `${count} aandachtspunten`;
}
