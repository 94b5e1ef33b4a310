import { describe, expect, it } from 'vitest';
import { readActionLine, readDecisionLines } from '../../shared/markdown/block-lines';
import { parseDissentLine, parseSafetyScaleLine, parseTypedBlock } from '../../shared/notes/typed-conventions';
import { sampleMeeting } from '../fixtures/sample-meeting';

/*
 * What a note-taker types after "Actie:" with the keys a keyboard has: a
 * hyphen with spaces around separates the parts, as the en and em dash do;
 * a hyphen inside a word or a date never does. A file keeps its own
 * separators (dashes only), so MDO-Markdown reads as it always did.
 */

const participants = [
  ...sampleMeeting().participants,
  { ...sampleMeeting().participants[2]!, id: 'p8', name: 'Jan-Willem de Groot', function: 'gezinsvoogd' },
];
const monday = new Date(2026, 11, 7, 10, 0);

type Expected = { what: string; who: string[]; due: string | null; dueProblem?: boolean };

const actionLines: [string, Expected][] = [
  ['Actie: Dossier opvragen - Bas - uiterlijk 2028-02-28', { what: 'Dossier opvragen', who: ['Bas'], due: '2028-02-28' }],
  ['Actie: Dossier opvragen – Bas – uiterlijk 2028-02-28', { what: 'Dossier opvragen', who: ['Bas'], due: '2028-02-28' }],
  ['Actie: Dossier opvragen — Bas — uiterlijk 2028-02-28', { what: 'Dossier opvragen', who: ['Bas'], due: '2028-02-28' }],
  ['Actie: Dossier opvragen -- Bas -- uiterlijk 2028-02-28', { what: 'Dossier opvragen', who: ['Bas'], due: '2028-02-28' }],
  ['Actie: Dossier opvragen - Bas — uiterlijk 2028-02-28', { what: 'Dossier opvragen', who: ['Bas'], due: '2028-02-28' }],
  ['Actie: Dossier opvragen - Bas - uiterlijk 2 april', { what: 'Dossier opvragen', who: ['Bas'], due: '2027-04-02' }],
  ['Actie: Dossier opvragen - Bas - uiterlijk vrijdag', { what: 'Dossier opvragen', who: ['Bas'], due: '2026-12-11' }],
  ['Actie: Dossier opvragen - Bas - uiterlijk over 2 weken', { what: 'Dossier opvragen', who: ['Bas'], due: '2026-12-21' }],
  ['Actie: Dossier opvragen - Bas - uiterlijk 18-12', { what: 'Dossier opvragen', who: ['Bas'], due: '2026-12-18' }],
  ['Actie: Dossier opvragen - Bas - 2 april', { what: 'Dossier opvragen', who: ['Bas'], due: '2027-04-02' }],
  ['Actie: Dossier opvragen - Bas - 2028-02-28', { what: 'Dossier opvragen', who: ['Bas'], due: '2028-02-28' }],
  ['actie:Dossier opvragen - Bas', { what: 'Dossier opvragen', who: ['Bas'], due: null }],
  ['Actie: Dossier opvragen', { what: 'Dossier opvragen', who: [], due: null }],
  // A hyphen without spaces is part of a name, a place or a date.
  ['Actie: Gesprek in Noord-Holland - Jan-Willem - uiterlijk 2028-02-28', { what: 'Gesprek in Noord-Holland', who: ['Jan-Willem de Groot'], due: '2028-02-28' }],
  ['Actie: Oma-dag plannen - Jan-Willem de Groot en Els', { what: 'Oma-dag plannen', who: ['Jan-Willem de Groot', 'Els de Vries'], due: null }],
  ['Actie: Huisbezoek - Sanne, Ömer - uiterlijk 18-12', { what: 'Huisbezoek', who: ['Sanne Visser', 'Ömer Yılmaz'], due: '2026-12-18' }],
  ['Actie: Huisbezoek-verslag sturen-Bas', { what: 'Huisbezoek-verslag sturen-Bas', who: [], due: null }],
  // A date that cannot be read is reported; the rest is kept.
  ['Actie: Bellen - Bas - uiterlijk ooit', { what: 'Bellen', who: ['Bas'], due: null, dueProblem: true }],
  ['Actie: Bellen - Bas - uiterlijk 31-02-2028', { what: 'Bellen', who: ['Bas'], due: null, dueProblem: true }],
  // A last part that starts with a digit but is no date stays a name.
  ['Actie: Bellen - Bas - 2e lijn', { what: 'Bellen', who: ['Bas', '2e lijn'], due: null }],
];

describe('typed action lines', () => {
  it.each(actionLines)('%s', (line, expected) => {
    const block = parseTypedBlock(line, participants, monday);
    if (block?.kind !== 'action') throw new Error(`geen actie: ${line}`);
    expect({ what: block.what, who: block.who.map((person) => person.name), due: block.due }).toEqual({
      what: expected.what,
      who: expected.who,
      due: expected.due,
    });
    expect(block.dueProblem !== null).toBe(expected.dueProblem ?? false);
  });

  it('links owners typed with a hyphenated name to that participant', () => {
    const block = parseTypedBlock('Actie: Gesprek - Jan-Willem - uiterlijk 18-12', participants, monday);
    expect(block?.kind === 'action' && block.who).toEqual([{ participantId: 'p8', name: 'Jan-Willem de Groot' }]);
  });

  it('never splits a decision on a dash', () => {
    expect(parseTypedBlock('Besluit: Noor gaat naar de BSO - twee middagen — vanaf januari', participants, monday)).toEqual({
      kind: 'decision',
      text: 'Noor gaat naar de BSO - twee middagen — vanaf januari',
    });
  });
});

describe('typed lines under a decision and safety scales', () => {
  it.each([
    ['Oneens: Els - vindt twee keer per week te veel', 'Els de Vries', 'vindt twee keer per week te veel'],
    ['Oneens: Els – vindt het te veel - en te snel', 'Els de Vries', 'vindt het te veel - en te snel'],
    ['Oneens: Jan-Willem — geen grond voor', 'Jan-Willem de Groot', 'geen grond voor'],
    ['Oneens: Els', 'Els de Vries', ''],
    ['Oneens:', '', ''],
  ])('%s', (line, who, why) => {
    expect(parseDissentLine(line, participants, { typed: true })).toMatchObject({ who: { name: who }, why });
  });

  it('reads the reason of a typed scale after a hyphen', () => {
    expect(parseSafetyScaleLine('Schaalvraag: Els 7, Jan-Willem 5 - oma helpt', participants, { typed: true })).toEqual({
      scores: [
        { who: { participantId: 'p5', name: 'Els de Vries' }, score: 7, reason: '' },
        { who: { participantId: 'p8', name: 'Jan-Willem de Groot' }, score: 5, reason: '' },
      ],
      reason: 'oma helpt',
    });
  });
});

describe('files keep their separators', () => {
  it('does not split a file action on a hyphen', () => {
    const read = readActionLine('Actie: Gesprek school - thuis — Bas — uiterlijk 2028-02-28', 3, participants, 'a-1');
    expect(read).toEqual({
      ok: true,
      data: { id: 'a-1', what: 'Gesprek school - thuis', who: [{ participantId: null, name: 'Bas' }], due: '2028-02-28', status: 'open' },
    });
  });

  it('reads a file dissent as before: a hyphen is part of the name, further dashes become em dashes', () => {
    expect(parseDissentLine('Oneens: Els - moeder — te veel – en te snel', participants)).toEqual({
      who: { participantId: null, name: 'Els - moeder' },
      why: 'te veel — en te snel',
    });
    const read = readDecisionLines(
      [
        { text: 'Besluit: Start - nu', line: 1 },
        { text: 'Oneens: Els de Vries — te veel', line: 2 },
      ],
      participants,
      'b-1',
    );
    expect(read).toEqual({
      ok: true,
      data: { id: 'b-1', text: 'Start - nu', reason: '', dissent: [{ who: { participantId: 'p5', name: 'Els de Vries' }, why: 'te veel' }] },
    });
  });
});
