import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { ExportAudience, Meeting, PersonRef } from '../meeting/meeting-schema';
import { findParticipant, readersOf, roleOf } from '../privacy/audience';
import type { ExportView } from './export-view';

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

/** What a copy is: the minutes or the invitation with the agenda. */
export type CopyKind = 'Verslag' | 'Agenda';

/** The parts of a copy these wordings read: who it is for and the meeting as it shows it. */
export type CopyFacts = Pick<ExportView, 'childMark' | 'label' | 'audience' | 'meeting'>;

/** `2027-03-25` → `25 maart 2027`: short enough for the page header. */
function headerDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const date = parseISO(isoDate);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : '';
}

/**
 * The page header's parts before "Vertrouwelijk": the kind of document, the
 * child as the copy names them and the meeting date ("Verslag MDO",
 * "N.d.V.", "10 december 2026"), the ones that are known, after "CONCEPT"
 * for concept minutes. The Word and the PDF export say the same.
 */
export function pageHeaderParts(kind: CopyKind, view: CopyFacts): string[] {
  // Concept minutes say so on every page, first: a page found on its own is not taken for the definitive record.
  const concept = kind === 'Verslag' && view.meeting.status !== 'definitief' ? 'CONCEPT' : '';
  return [concept, `${kind} MDO`, view.childMark, headerDate(view.meeting.date)].map((part) => part.trim()).filter(Boolean);
}

/** "Volledig verslag", "Volledige agenda", "Versie voor ouders". */
export function copyLabel(kind: CopyKind, view: Pick<CopyFacts, 'audience' | 'label'>): string {
  return kind === 'Agenda' && view.audience.kind === 'volledig' ? 'Volledige agenda' : view.label;
}

/**
 * The footer's line for this reader. A professional keeps the copy under
 * the privacy rules of their organisation; a parent (or the child, or
 * anyone whose role is not certain) has no such rules to follow, but needs
 * to know whom to ask: for the minutes the coordinator, who follows up the
 * agreements, for the agenda the chair, who invites.
 */
export function readerLine(kind: CopyKind, view: Pick<CopyFacts, 'audience' | 'meeting'>): string {
  if (readsAsProfessional(view.audience, view.meeting)) {
    return 'MDO-assistent beheert deze kopie niet. Bewaar en deel haar volgens de privacyregels van uw organisatie.';
  }
  const question = kind === 'Verslag' ? 'Vragen over dit verslag, of klopt er iets niet?' : 'Vragen over dit overleg?';
  const contact = contactPerson(view.meeting, kind === 'Verslag' ? ['coordinator', 'chair'] : ['chair', 'coordinator']);
  return `${question} Neem contact op met ${contact ? contactText(contact) : 'de voorzitter van het overleg'}.`;
}
