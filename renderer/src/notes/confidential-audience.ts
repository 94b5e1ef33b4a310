import type { ConfidentialScope, Confidentiality, Participant } from '../../../shared/meeting/meeting-schema';

/**
 * The choice in the "Vertrouwelijk" form (only professionals, or not for
 * the ticked participants) and the restriction it stands for. Pure, so the
 * rules are tested without a screen.
 */

export interface AudienceChoice {
  scope: ConfidentialScope;
  /** Ids of the ticked participants (used for "niet voor"). */
  notFor: string[];
}

export function choiceOf(restriction: Confidentiality | null, participants: readonly Participant[]): AudienceChoice {
  if (!restriction) return { scope: 'professionals', notFor: [] };
  const ids = restriction.notFor
    .map((person) => participants.find((p) => p.id === person.participantId) ?? participants.find((p) => p.name === person.name))
    .filter((participant): participant is Participant => participant !== undefined)
    .map((participant) => participant.id);
  return { scope: restriction.scope, notFor: ids };
}

/** The restriction of a choice, or a Dutch reason why it cannot be saved. */
export function restrictionOfChoice(
  choice: AudienceChoice,
  participants: readonly Participant[],
): { ok: true; restriction: Confidentiality } | { ok: false; problem: string } {
  if (choice.scope === 'professionals') return { ok: true, restriction: { scope: 'professionals', notFor: [] } };
  const notFor = participants
    .filter((participant) => choice.notFor.includes(participant.id))
    .map((participant) => ({ participantId: participant.id, name: participant.name }));
  if (notFor.length === 0) return { ok: false, problem: 'Kies bij “Niet voor” ten minste één deelnemer.' };
  return { ok: true, restriction: { scope: 'niet-voor', notFor } };
}

/** "Els de Vries (moeder)": name and function, so two people with one name can be told apart. */
export function participantChoiceLabel(participant: Participant): string {
  const name = participant.name.trim() || 'Naamloze deelnemer';
  const role = participant.function.trim();
  return role ? `${name} (${role})` : name;
}
