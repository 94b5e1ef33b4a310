import type { Confidentiality, ExportAudience, Meeting, Participant, PersonRef } from '../meeting/meeting-schema';
import { foldName } from '../meeting/person-name';
import { judgeRole, type ReaderRole } from '../meeting/roles';

/**
 * Who may read what. A confidential passage or agenda item carries a
 * restriction (only professionals, or not for named people); an exported
 * copy is for an audience. These rules decide, in one place, what a copy
 * leaves out. When in doubt they leave a passage out: a name in "niet voor"
 * that matches no participant could be anybody, so only the full minutes
 * show it; a reader whose role is not certain (shared/meeting/roles.ts) is
 * never treated as a professional.
 */

/** The people of a meeting as readers: who they are and what role the app is sure of. */
export interface Readers {
  participants: readonly Participant[];
  child: Pick<Meeting['child'], 'name'>;
}

export function readersOf(meeting: Pick<Meeting, 'participants' | 'child'>): Readers {
  return { participants: meeting.participants, child: meeting.child };
}

export const FULL_AUDIENCE: ExportAudience = { kind: 'volledig', person: null };

/**
 * Who a reference may point at: the participant with its id, else everyone
 * with its name (ignoring case and accents). A name two participants share
 * points at both: the rules below then assume the least they can.
 */
export function candidatesFor(person: PersonRef, participants: readonly Participant[]): Participant[] {
  if (person.participantId !== null) {
    const byId = participants.find((p) => p.id === person.participantId);
    if (byId) return [byId];
  }
  const wanted = foldName(person.name);
  return wanted === '' ? [] : participants.filter((p) => foldName(p.name) === wanted);
}

/** The participant a reference points at, when it points at exactly one. */
export function findParticipant(person: PersonRef, participants: readonly Participant[]): Participant | null {
  const candidates = candidatesFor(person, participants);
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/** Whether two references may be the same person (a shared name counts). */
export function samePerson(a: PersonRef, b: PersonRef, participants: readonly Participant[]): boolean {
  const first = candidatesFor(a, participants);
  const second = candidatesFor(b, participants);
  if (first.length > 0 && second.length > 0) return first.some((candidate) => second.includes(candidate));
  return foldName(a.name) !== '' && foldName(a.name) === foldName(b.name);
}

/** The roles of everyone a reference may point at; none when they are on no participant list (they could be anybody). */
export function rolesOf(person: PersonRef, readers: Readers): ReaderRole[] {
  return [...new Set(candidatesFor(person, readers.participants).map((participant) => judgeRole(participant, readers.child).role))];
}

/** The role of a referenced person; null when they are on no participant list, 'onbekend' when the people they may be differ. */
export function roleOf(person: PersonRef, readers: Readers): ReaderRole | null {
  const roles = rolesOf(person, readers);
  if (roles.length === 0) return null;
  return roles.length === 1 ? (roles[0] ?? 'onbekend') : 'onbekend';
}

/** Whether a person is certainly none of these roles: on the participant list, and every role they may have is known and another. */
function certainlyNone(person: PersonRef, readers: Readers, excluded: ReaderRole): boolean {
  const roles = rolesOf(person, readers);
  return roles.length > 0 && roles.every((role) => role !== excluded && role !== 'onbekend');
}

/** Whether a person is on the participant list and certainly not a professional. */
export function certainlyNotProfessional(person: PersonRef, readers: Readers): boolean {
  return certainlyNone(person, readers, 'professional');
}

/** What the parents' copy may show: not for professionals only, and not for anyone who may be a parent. */
function parentsMayRead(restriction: Confidentiality, readers: Readers): boolean {
  return restriction.scope === 'niet-voor' && restriction.notFor.every((person) => certainlyNone(person, readers, 'ouder'));
}

/**
 * Whether a copy for `audience` may show what `restriction` protects. A copy
 * for one participant who is not certainly a professional (the child, a
 * parent, someone from the network, anyone whose role is not known) shows
 * what the parents' copy shows, minus what is not for them.
 */
export function mayRead(restriction: Confidentiality, audience: ExportAudience, readers: Readers): boolean {
  switch (audience.kind) {
    case 'volledig':
      return true;
    case 'professionals':
      return restriction.scope === 'professionals' || restriction.notFor.every((person) => certainlyNotProfessional(person, readers));
    case 'ouders':
      return parentsMayRead(restriction, readers);
    case 'deelnemer': {
      const recipient = audience.person;
      if (recipient === null) return false;
      const notForThem = restriction.notFor.some((person) => samePerson(person, recipient, readers.participants));
      // Not for someone on no participant list: that could be this reader too.
      const notForUnknown = restriction.notFor.some((person) => candidatesFor(person, readers.participants).length === 0);
      if (roleOf(recipient, readers) === 'professional') return restriction.scope === 'professionals' || (!notForThem && !notForUnknown);
      return parentsMayRead(restriction, readers) && !notForThem;
    }
  }
}

/** Whether a copy for `audience` may show something under all these restrictions (item, then passages). */
export function mayReadAll(restrictions: readonly Confidentiality[], audience: ExportAudience, readers: Readers): boolean {
  return restrictions.every((restriction) => mayRead(restriction, audience, readers));
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
