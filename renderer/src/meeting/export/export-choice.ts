import type { ExportAudienceKind, Participant } from '../../../../shared/meeting/meeting-schema';
import { findParticipant } from '../../../../shared/privacy/audience';
import type { ExportOptions } from '../../../../shared/privacy/export-options';

/**
 * What the export dialog holds while the user chooses: flat, so switching
 * the audience or unticking a box keeps the participant and the alias that
 * were picked.
 */
export interface ExportChoice {
  audience: ExportAudienceKind;
  /** The participant for "Voor één deelnemer"; '' when there is none to choose. */
  participantId: string;
  replaceChild: boolean;
  childAlias: string;
  replaceParents: boolean;
}

/**
 * The dialog starts from the last choice of this session. A participant of
 * another meeting is not in this one: then the copy is the full one again,
 * never a copy for somebody else by accident.
 */
export function choiceFrom(options: ExportOptions, participants: readonly Participant[]): ExportChoice {
  const person = options.audience.person;
  const chosen = person ? findParticipant(person, participants) : null;
  const audience = options.audience.kind === 'deelnemer' && !chosen ? 'volledig' : options.audience.kind;
  return {
    audience,
    participantId: chosen?.id ?? participants[0]?.id ?? '',
    replaceChild: options.pseudonym.child,
    childAlias: options.pseudonym.childAlias,
    replaceParents: options.pseudonym.parents,
  };
}

/** The options the host gets; null while "Voor één deelnemer" has nobody chosen. */
export function optionsFrom(choice: ExportChoice, participants: readonly Participant[]): ExportOptions | null {
  const pseudonym = { child: choice.replaceChild, childAlias: choice.replaceChild ? choice.childAlias.trim() : '', parents: choice.replaceParents };
  if (choice.audience !== 'deelnemer') return { audience: { kind: choice.audience, person: null }, pseudonym };
  const participant = participants.find((candidate) => candidate.id === choice.participantId);
  if (!participant) return null;
  return { audience: { kind: 'deelnemer', person: { participantId: participant.id, name: participant.name } }, pseudonym };
}
