import { describe, expect, it } from 'vitest';
import { parseDissentLine, parseReasonLine, parseTypedBlock, resolvePerson } from '../../shared/notes/typed-conventions';
import { sampleMeeting } from '../fixtures/sample-meeting';

const participants = sampleMeeting().participants;
const monday = new Date(2026, 11, 7, 10, 0);

describe('typing Besluit: and Actie:', () => {
  it('reads a decision', () => {
    expect(parseTypedBlock('Besluit: Het wijkteam start gezinsbegeleiding.', participants, monday)).toEqual({
      kind: 'decision',
      text: 'Het wijkteam start gezinsbegeleiding.',
    });
  });

  it('reads an action with owner and ISO due date, linking the owner to the participant', () => {
    expect(parseTypedBlock('Actie: Consultatie Veilig Thuis — Sanne Visser — uiterlijk 2026-12-18', participants, monday)).toEqual({
      kind: 'action',
      what: 'Consultatie Veilig Thuis',
      who: [{ participantId: 'p3', name: 'Sanne Visser' }],
      due: '2026-12-18',
      dueProblem: null,
    });
  });

  it('reads several owners, typed names, -- as separator and a Dutch due date', () => {
    const block = parseTypedBlock('Actie: Oma vragen -- els de vries en Oma Riet -- uiterlijk over 2 weken', participants, monday);
    expect(block).toEqual({
      kind: 'action',
      what: 'Oma vragen',
      who: [{ participantId: 'p5', name: 'Els de Vries' }, { participantId: null, name: 'Oma Riet' }],
      due: '2026-12-21',
      dueProblem: null,
    });
    expect(parseTypedBlock('Actie: Huisarts bellen — Fatima, Omer — uiterlijk 18-12', participants, monday)).toMatchObject({
      who: [{ participantId: 'p1' }, { participantId: 'p4', name: 'Ömer Yılmaz' }],
      due: '2026-12-18',
    });
  });

  it('keeps an action without owner or date, and reports a date it cannot read', () => {
    expect(parseTypedBlock('Actie: Huisarts informeren', participants, monday)).toEqual({
      kind: 'action', what: 'Huisarts informeren', who: [], due: null, dueProblem: null,
    });
    const unclear = parseTypedBlock('Actie: Iets — Joost — uiterlijk ooit', participants, monday);
    expect(unclear).toMatchObject({ due: null, who: [{ participantId: 'p2' }] });
    expect(unclear?.kind === 'action' && unclear.dueProblem).toContain('Onbekende datum: "ooit"');
  });

  it('leaves ordinary text alone', () => {
    expect(parseTypedBlock('Moeder vertelt over de ochtenden.', participants, monday)).toBeNull();
  });

  it('reads Reden: and Oneens: under a decision', () => {
    expect(parseReasonLine('Reden: Moeder vraagt zelf om hulp.')).toBe('Moeder vraagt zelf om hulp.');
    expect(parseDissentLine('Oneens: Els de Vries — vindt twee keer per week te veel.', participants)).toEqual({
      who: { participantId: 'p5', name: 'Els de Vries' },
      why: 'vindt twee keer per week te veel.',
    });
  });

  it('does not guess between two participants with the same first name', () => {
    const twoSannes = [...participants, { ...participants[2]!, id: 'p8', name: 'Sanne de Boer' }];
    expect(resolvePerson('Sanne', twoSannes)).toEqual({ participantId: null, name: 'Sanne' });
  });
});

describe('a name being typed in a block', () => {
  it('links only a full participant name, and keeps the text as typed', async () => {
    const { typedPerson } = await import('../../shared/notes/typed-conventions');
    expect(typedPerson('Els', participants)).toEqual({ participantId: null, name: 'Els' });
    expect(typedPerson('els de vries', participants)).toEqual({ participantId: 'p5', name: 'els de vries' });
    expect(typedPerson('Omer Yilmaz', participants)).toEqual({ participantId: 'p4', name: 'Omer Yilmaz' });
  });
});

describe('typing Schaalvraag:', () => {
  it('reads a score per person, and the reason after the dash once, for the whole scale', () => {
    expect(parseTypedBlock('Schaalvraag: Els de Vries 7, Sanne 6; school 5 — oma helpt', participants, monday)).toEqual({
      kind: 'safety-scale',
      scores: [
        { who: { participantId: 'p5', name: 'Els de Vries' }, score: 7, reason: '' },
        { who: { participantId: 'p3', name: 'Sanne Visser' }, score: 6, reason: '' },
        { who: { participantId: null, name: 'school' }, score: 5, reason: '' },
      ],
      reason: 'oma helpt',
    });
  });

  it('skips what is not a score of 0 to 10', () => {
    expect(parseTypedBlock('Schaalvraag: Els 12, Sanne, Joost 4', participants, monday)).toEqual({
      kind: 'safety-scale',
      scores: [{ who: { participantId: 'p2', name: 'Joost Bakker' }, score: 4, reason: '' }],
      reason: '',
    });
  });
});
