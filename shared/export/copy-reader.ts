import type { ExportAudience, Meeting, PersonRef } from '../meeting/meeting-schema';
import { findParticipant, readersOf, roleOf } from '../privacy/audience';

/**
 * Who reads a copy, as far as its wording goes: professionals get how to
 * keep it, everyone else (parents, the child, the network, anyone whose
 * role is not certain) whom to ask. The same rule as what a copy shows: a
 * reader is only a professional when the app is sure of it.
 */
export function readsAsProfessional(audience: ExportAudience, meeting: Pick<Meeting, 'participants' | 'child'>): boolean {
  switch (audience.kind) {
    case 'volledig':
    case 'professionals':
      return true;
    case 'ouders':
      return false;
    case 'deelnemer':
      return audience.person !== null && roleOf(audience.person, readersOf(meeting)) === 'professional';
  }
}

export interface ContactPerson {
  name: string;
  /** "voorzitter", "regievoerder". */
  role: string;
  /** Empty when not known (or left out of the copy because a name was in it). */
  email: string;
}

const roles = { chair: 'voorzitter', coordinator: 'regievoerder' } as const;

/**
 * The person a reader can turn to, from the meeting as the copy shows it:
 * the first of `order` that is named, or, with `preferEmail`, the first
 * with an e-mail address (to cancel, an address to write to matters most).
 */
export function contactPerson(
  meeting: Pick<Meeting, 'participants' | 'chair' | 'coordinator'>,
  order: readonly (keyof typeof roles)[],
  { preferEmail = false }: { preferEmail?: boolean } = {},
): ContactPerson | null {
  const people = order.flatMap((key): ContactPerson[] => {
    const ref: PersonRef = meeting[key];
    const participant = findParticipant(ref, meeting.participants);
    const name = (participant?.name ?? ref.name).trim();
    const email = participant?.email.trim() ?? '';
    return name ? [{ name, role: roles[key], email: email.includes('@') ? email : '' }] : [];
  });
  return (preferEmail ? people.find((person) => person.email) : undefined) ?? people[0] ?? null;
}

/** "Fatima El Amrani (voorzitter, f.elamrani@example.org)". */
export function contactText(person: ContactPerson): string {
  return `${person.name} (${[person.role, person.email].filter(Boolean).join(', ')})`;
}
