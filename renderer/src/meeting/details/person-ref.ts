import type { Participant, PersonRef } from '../../../../shared/meeting/meeting-schema';

/**
 * A chair, note-taker or coordinator typed as text. When the text is exactly
 * a participant's name (leading and trailing spaces aside), the person is that
 * participant; otherwise it is a name without a link. The text is kept as
 * typed, so typing on after a match ("Joost Bakker jr.") stays possible.
 */
export function personRefFromText(text: string, participants: readonly Participant[]): PersonRef {
  const wanted = text.trim();
  const match = wanted === '' ? undefined : participants.find((participant) => participant.name.trim() === wanted);
  return { participantId: match?.id ?? null, name: text };
}

/** The participant a reference points to, if it still exists. */
export function linkedParticipant(ref: PersonRef, participants: readonly Participant[]): Participant | undefined {
  return ref.participantId === null ? undefined : participants.find((participant) => participant.id === ref.participantId);
}
