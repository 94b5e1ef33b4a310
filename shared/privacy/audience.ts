import type {
  Confidentiality,
  ExportAudience,
  Participant,
  ParticipantRole,
  PersonRef,
} from '../meeting/meeting-schema';
import { foldName } from '../meeting/person-name';

/**
 * Who may read what. A confidential passage or agenda item carries a
 * restriction (only professionals, or not for named people); an exported
 * copy is for an audience. These rules decide, in one place, what a copy
 * leaves out. When in doubt they leave a passage out: a name in "niet voor"
 * that matches no participant could be anybody, so only the full minutes
 * show it.
 */

export const FULL_AUDIENCE: ExportAudience = { kind: 'volledig', person: null };

/** The participant a reference points at: by id, else by name (ignoring case and accents). */
export function findParticipant(person: PersonRef, participants: readonly Participant[]): Participant | null {
  if (person.participantId !== null) {
    const byId = participants.find((p) => p.id === person.participantId);
    if (byId) return byId;
  }
  const wanted = foldName(person.name);
  if (wanted === '') return null;
  return participants.find((p) => foldName(p.name) === wanted) ?? null;
}

export function samePerson(a: PersonRef, b: PersonRef, participants: readonly Participant[]): boolean {
  const first = findParticipant(a, participants);
  const second = findParticipant(b, participants);
  if (first && second) return first.id === second.id;
  return foldName(a.name) !== '' && foldName(a.name) === foldName(b.name);
}

function roleOf(person: PersonRef, participants: readonly Participant[]): ParticipantRole | null {
  return findParticipant(person, participants)?.role ?? null;
}

/** Whether a copy for `audience` may show what `restriction` protects. */
export function mayRead(
  restriction: Confidentiality,
  audience: ExportAudience,
  participants: readonly Participant[],
): boolean {
  const excludedRoles = restriction.notFor.map((person) => roleOf(person, participants));
  switch (audience.kind) {
    case 'volledig':
      return true;
    case 'professionals':
      return restriction.scope === 'professionals' || excludedRoles.every((role) => role !== null && role !== 'professional');
    case 'ouders':
      return restriction.scope === 'niet-voor' && excludedRoles.every((role) => role !== null && role !== 'ouder');
    case 'deelnemer': {
      const recipient = audience.person;
      if (recipient === null) return false;
      if (restriction.scope === 'professionals') return roleOf(recipient, participants) === 'professional';
      return !restriction.notFor.some((person) => samePerson(person, recipient, participants));
    }
  }
}

/** Whether a copy for `audience` may show something under all these restrictions (item, then passages). */
export function mayReadAll(
  restrictions: readonly Confidentiality[],
  audience: ExportAudience,
  participants: readonly Participant[],
): boolean {
  return restrictions.every((restriction) => mayRead(restriction, audience, participants));
}

function personName(person: PersonRef, participants: readonly Participant[]): string {
  return (findParticipant(person, participants)?.name ?? person.name).trim() || 'een deelnemer';
}

/** "Volledig verslag", "Versie voor ouders", "Versie voor Sanne Visser". */
export function audienceLabel(audience: ExportAudience, participants: readonly Participant[]): string {
  switch (audience.kind) {
    case 'volledig':
      return 'Volledig verslag';
    case 'professionals':
      return 'Versie voor professionals';
    case 'ouders':
      return 'Versie voor ouders';
    case 'deelnemer':
      return `Versie voor ${audience.person ? personName(audience.person, participants) : 'een deelnemer'}`;
  }
}

/** What a file name adds for this audience: nothing for the full minutes, else "voor ouders". */
export function audienceFileSuffix(audience: ExportAudience, participants: readonly Participant[]): string {
  return audience.kind === 'volledig' ? '' : audienceLabel(audience, participants).replace(/^Versie /, '');
}

/** The label of a confidential band: "Vertrouwelijk – alleen professionals", "Vertrouwelijk – niet voor Els". */
export function restrictionLabel(restriction: Confidentiality, participants: readonly Participant[]): string {
  if (restriction.scope === 'professionals') return 'Vertrouwelijk – alleen professionals';
  const names = restriction.notFor.map((person) => personName(person, participants));
  return `Vertrouwelijk – niet voor ${names.length > 0 ? names.join(', ') : 'gekozen deelnemers'}`;
}
