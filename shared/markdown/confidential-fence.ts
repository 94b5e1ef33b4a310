import { resolvePerson, splitNames } from '../notes/typed-conventions';
import type { Confidentiality, Participant, PersonRef } from '../meeting/meeting-schema';
import { certainlyNotProfessional, samePerson, type Readers } from '../privacy/audience';

/**
 * The fences of a confidential passage in MDO-Markdown:
 *
 *   ::: vertrouwelijk professionals
 *   ::: vertrouwelijk niet voor Els de Vries, Joost Bakker
 *   …
 *   :::
 *
 * An agenda item that is confidential as a whole is written as one fence
 * around its whole body with `(het hele agendapunt)` after the audience: an
 * addition to docs/MDO-MARKDOWN.md, so that the item (its title included) comes
 * back as a confidential item and not as an item with a passage in it.
 */

export const FENCE_LINE = /^:::(.*)$/;
const OPENING = /^vertrouwelijk\s+(.*?)\s*$/i;
const WHOLE_ITEM = /\s*\(het hele agendapunt\)$/i;
const NOT_FOR = /^niet\s+voor(?:\s+(.*))?$/i;

export type FenceRead =
  | { kind: 'close' }
  | { kind: 'open'; restriction: Confidentiality; wholeItem: boolean; unknownNames: string[] }
  | { kind: 'invalid'; problem: string };

const EXPECTED = 'verwacht "::: vertrouwelijk professionals" of "::: vertrouwelijk niet voor NAAM"';

/** What a line after `:::` says; names in "niet voor" are linked to participants when they match one. */
export function readFence(rest: string, participants: readonly Participant[]): FenceRead {
  const text = rest.trim();
  if (text === '') return { kind: 'close' };
  const opening = OPENING.exec(text);
  if (!opening) return { kind: 'invalid', problem: `":::${rest}" is onbekend; ${EXPECTED}.` };
  let audience = opening[1] ?? '';
  const wholeItem = WHOLE_ITEM.test(audience);
  audience = audience.replace(WHOLE_ITEM, '').trim();
  if (/^(alleen\s+)?professionals$/i.test(audience)) {
    return { kind: 'open', restriction: { scope: 'professionals', notFor: [] }, wholeItem, unknownNames: [] };
  }
  const notFor = NOT_FOR.exec(audience);
  if (!notFor) {
    return { kind: 'invalid', problem: `voor wie "${audience}" vertrouwelijk is, is onbekend; ${EXPECTED}.` };
  }
  const names = splitNames(notFor[1] ?? '');
  if (names.length === 0) {
    return { kind: 'invalid', problem: `na "niet voor" ontbreekt voor wie de passage niet is; ${EXPECTED}, bijvoorbeeld "::: vertrouwelijk niet voor Els de Vries".` };
  }
  const people = names.map((name) => resolvePerson(name, participants));
  return {
    kind: 'open',
    restriction: { scope: 'niet-voor', notFor: people },
    wholeItem,
    unknownNames: people.filter((person) => person.participantId === null).map((person) => person.name),
  };
}

function personName(person: PersonRef, participants: readonly Participant[]): string {
  const linked = person.participantId === null ? undefined : participants.find((p) => p.id === person.participantId);
  return (linked?.name ?? person.name).replace(/\s+/g, ' ').trim();
}

/**
 * The opening line. "Niet voor" nobody would be readable by everybody, and
 * cannot be written: it is written as professionals only, never less.
 */
export function writeFenceOpening(restriction: Confidentiality, participants: readonly Participant[], wholeItem = false): string {
  const names = restriction.notFor.map((person) => personName(person, participants)).filter((name) => name !== '');
  const audience = restriction.scope === 'niet-voor' && names.length > 0 ? `niet voor ${names.join(', ')}` : 'professionals';
  return `::: vertrouwelijk ${audience}${wholeItem ? ' (het hele agendapunt)' : ''}`;
}

export const FENCE_CLOSE = ':::';

/**
 * One restriction that hides exactly what two nested ones hide together,
 * since the text form has no nested passages; null when no single fence can
 * say it (not for a professional, inside a passage for professionals only).
 */
export function combineRestrictions(outer: Confidentiality, inner: Confidentiality, readers: Readers): Confidentiality | null {
  const { participants } = readers;
  if (outer.scope === 'professionals' && inner.scope === 'professionals') return outer;
  if (outer.scope === 'niet-voor' && inner.scope === 'niet-voor') {
    const notFor = [...outer.notFor];
    for (const person of inner.notFor) {
      if (!notFor.some((known) => samePerson(known, person, participants))) notFor.push(person);
    }
    return { scope: 'niet-voor', notFor };
  }
  const notFor = outer.scope === 'niet-voor' ? outer.notFor : inner.notFor;
  // Only people certainly not professionals: then "alleen professionals" hides the text from them too.
  if (notFor.every((person) => certainlyNotProfessional(person, readers))) {
    return { scope: 'professionals', notFor: [] };
  }
  return null;
}
