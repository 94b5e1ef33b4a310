import { describe, expect, it } from 'vitest';
import { checkAgenda, type AgendaRule } from '../../shared/agenda/agenda-check';
import type { AgendaItem, Meeting, SharingBasis } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';

function item(id: string, title: string, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return { id, title, minutes: 10, leadId: null, kind: 'bespreking', childInterest: 'Wat betekent dit voor het kind?', notes: null, sharingBasis: null, confidential: null, ...overrides };
}

/** Consent given on 30 November 2026, by whom the test says. */
function consent(overrides: Partial<SharingBasis> = {}): SharingBasis {
  return { kind: 'toestemming', consentBy: 'ouders-en-jongere', consentDate: '2026-11-30', reason: '', ...overrides };
}

/** A meeting that passes every rule; each test breaks one. */
function goodMeeting(): Meeting {
  return {
    ...sampleMeeting(),
    sharingBasis: consent({ consentBy: 'ouders' }),
    startTime: '14:00',
    endTime: '15:00',
    agendaItems: [
      item('a1', 'Opening', { minutes: 5 }),
      item('a2', 'Stem van Noor', { minutes: 15 }),
      item('a3', 'Zorgen', { minutes: 20 }),
      item('a4', 'Besluiten en taakverdeling', { minutes: 20, kind: 'besluitvorming' }),
    ],
  };
}

const rules = (meeting: Meeting): AgendaRule[] => checkAgenda(meeting).map((hint) => hint.rule);

describe('the agenda check', () => {
  it('has nothing to say about a complete, child-centred agenda', () => {
    expect(checkAgenda(goodMeeting())).toEqual([]);
  });

  it('misses an item about the child\'s voice', () => {
    const meeting = goodMeeting();
    meeting.agendaItems = meeting.agendaItems.filter((i) => i.id !== 'a2');
    const hints = checkAgenda(meeting);
    expect(hints.map((h) => h.rule)).toEqual(['child-voice']);
    expect(hints[0]?.message).toMatch(/stem van het kind/);
  });

  it.each(['Stem van het kind', 'Drie Huizen van Noor', 'Het kind aan het woord', 'Wat zegt de jongere?'])('recognises "%s" as the child\'s voice', (title) => {
    const meeting = goodMeeting();
    meeting.agendaItems[1] = item('a2', title);
    expect(rules(meeting)).not.toContain('child-voice');
  });

  it('misses an item where decisions and task division are made', () => {
    const meeting = goodMeeting();
    meeting.agendaItems[3] = item('a4', 'Rondvraag');
    expect(rules(meeting)).toEqual(['decisions']);
  });

  it('accepts a decision-making item by its kind, whatever its title', () => {
    const meeting = goodMeeting();
    meeting.agendaItems[3] = item('a4', 'Hoe verder?', { kind: 'besluitvorming' });
    expect(rules(meeting)).toEqual([]);
  });

  it('asks for a coordinator', () => {
    const meeting = { ...goodMeeting(), coordinator: { participantId: null, name: ' ' } };
    const hints = checkAgenda(meeting);
    expect(hints.map((h) => h.rule)).toEqual(['coordinator']);
    expect(hints[0]?.message).toContain('regievoerder');
  });

  it('asks why the parents are not invited, unless a reason is given', () => {
    const meeting = goodMeeting();
    meeting.participants = meeting.participants.filter((p) => p.role !== 'ouder');
    expect(rules(meeting)).toEqual(['parents-not-invited']);
    meeting.notInvitedReasons = { ...meeting.notInvitedReasons, parents: 'Moeder komt bij het tweede deel.' };
    expect(rules(meeting)).toEqual([]);
  });

  it('asks why the child is not invited, unless a reason is given or the child takes part', () => {
    const meeting = { ...goodMeeting(), notInvitedReasons: { parents: '', child: '' } };
    expect(rules(meeting)).toEqual(['child-not-invited']);
    meeting.participants = [...meeting.participants, { id: 'k', name: 'Noor', function: 'kind', organisation: '', email: '', attendance: 'aanwezig', role: 'kind' }];
    expect(rules(meeting)).toEqual([]);
  });

  it('says by how many minutes the agenda runs past the end time', () => {
    const meeting = goodMeeting();
    meeting.agendaItems[2] = item('a3', 'Zorgen', { minutes: 35 });
    const hints = checkAgenda(meeting);
    expect(hints.map((h) => h.rule)).toEqual(['overrun']);
    expect(hints[0]?.message).toBe('De agenda duurt 15 minuten langer dan gepland (tot 15:15 in plaats van 15:00). Kort punten in of verschuif de eindtijd.');
  });

  it('uses the singular for one minute over', () => {
    const meeting = goodMeeting();
    meeting.agendaItems[0] = item('a1', 'Opening', { minutes: 6 });
    expect(checkAgenda(meeting)[0]?.message).toMatch(/^De agenda duurt 1 minuut langer/);
  });

  it('points at each item without a child-interest question', () => {
    const meeting = goodMeeting();
    meeting.agendaItems[2] = item('a3', 'Zorgen', { childInterest: '   ' });
    meeting.agendaItems[0] = item('a1', '', { childInterest: '', minutes: 5 });
    const hints = checkAgenda(meeting).filter((h) => h.rule === 'child-interest-missing');
    expect(hints.map((h) => h.itemId)).toEqual(['a1', 'a3']);
    expect(hints[1]?.message).toBe('Bij "Zorgen" staat geen vraag over het belang van het kind. Vul "Wat betekent dit voor het kind?" in.');
  });

  it('gives every hint for an empty new meeting without crashing', () => {
    const meeting = { ...goodMeeting(), agendaItems: [], participants: [], coordinator: { participantId: null, name: '' }, notInvitedReasons: { parents: '', child: '' } };
    expect(rules(meeting)).toEqual(['child-voice', 'decisions', 'coordinator', 'parents-not-invited', 'child-not-invited']);
  });
});

describe('the agenda check on the basis for sharing', () => {
  const NO_BASIS = 'Er is geen grondslag vastgelegd voor het delen van informatie over het kind. Leg toestemming of de wettelijke grondslag vast bij Gegevens.';

  it('asks for a basis when the agenda holds items and none is recorded', () => {
    const meeting = { ...goodMeeting(), sharingBasis: null };
    const hints = checkAgenda(meeting);
    expect(hints.map((h) => h.rule)).toEqual(['sharing-basis-missing']);
    expect(hints[0]?.message).toBe(NO_BASIS);
  });

  it('asks for a basis when only the child is named, and not for an empty new meeting', () => {
    const named = { ...goodMeeting(), sharingBasis: null, agendaItems: [] };
    expect(rules(named)).toContain('sharing-basis-missing');
    const empty = { ...named, child: { name: ' ', birthDate: null } };
    expect(rules(empty)).not.toContain('sharing-basis-missing');
  });

  it('counts an item\'s own basis for that item: only when every item has one is the meeting\'s basis not needed', () => {
    const meeting = { ...goodMeeting(), sharingBasis: null };
    meeting.agendaItems = meeting.agendaItems.map((i) => ({ ...i, sharingBasis: consent({ consentBy: 'ouders' }) }));
    expect(rules(meeting)).toEqual([]);
    meeting.agendaItems[2] = { ...meeting.agendaItems[2]!, sharingBasis: null };
    expect(rules(meeting)).toEqual(['sharing-basis-missing']);
  });

  it('asks of whom and since when consent was given', () => {
    const meeting = { ...goodMeeting(), sharingBasis: consent({ consentBy: null, consentDate: null }) };
    expect(checkAgenda(meeting).map((h) => h.message)).toEqual([
      'Bij de toestemming van het overleg staat nog niet van wie de toestemming is en wanneer die is gegeven. Vul dat aan bij Gegevens.',
    ]);
    meeting.sharingBasis = consent({ consentBy: 'ouders', consentDate: null });
    expect(checkAgenda(meeting).map((h) => h.message)).toEqual([
      'Bij de toestemming van het overleg staat nog niet wanneer die is gegeven. Vul dat aan bij Gegevens.',
    ]);
  });

  it('points at the item whose consent is incomplete', () => {
    const meeting = goodMeeting();
    meeting.agendaItems[2] = { ...meeting.agendaItems[2]!, sharingBasis: consent({ consentBy: null }) };
    const hints = checkAgenda(meeting);
    expect(hints.map((h) => [h.rule, h.itemId])).toEqual([['consent-incomplete', 'a3']]);
    expect(hints[0]?.message).toBe('Bij de toestemming voor "Zorgen" staat nog niet van wie de toestemming is. Vul dat aan bij het agendapunt "Zorgen".');
  });

  it.each(['meldcode', 'wettelijke-taak'] as const)('asks for the reason with a legal basis (%s)', (kind) => {
    const meeting = { ...goodMeeting(), sharingBasis: { kind, consentBy: null, consentDate: null, reason: '  ' } };
    const hints = checkAgenda(meeting);
    expect(hints.map((h) => h.rule)).toEqual(['basis-reason-missing']);
    expect(hints[0]?.message).toMatch(kind === 'meldcode' ? /is de meldcode, maar de reden staat er niet bij/ : /is een wettelijke taak, maar/);
    meeting.sharingBasis.reason = 'Zorgen over de veiligheid van Noor; stap 3 van de meldcode, overleg met Veilig Thuis.';
    expect(rules(meeting)).toEqual([]);
  });

  /** Noor with a birth date that makes her `age` on the meeting day, 10 December 2026. */
  function noorAged(age: number, consentBy: SharingBasis['consentBy']): Meeting {
    const meeting = goodMeeting();
    return { ...meeting, child: { ...meeting.child, birthDate: `${2026 - age}-06-01` }, sharingBasis: consent({ consentBy }) };
  }

  it.each([
    [7, 'ouders', true],
    [7, 'ouders-en-jongere', true],
    [7, 'jongere', false],
    [12, 'ouders', false],
    [15, 'jongere', false],
    [15, 'ouders-en-jongere', true],
    [16, 'ouders', false],
    [16, 'jongere', true],
    [17, 'ouders-en-jongere', true],
  ] as const)('at %i, consent by %s is enough: %s', (age, consentBy, enough) => {
    expect(rules(noorAged(age, consentBy)).includes('consent-age')).toBe(!enough);
  });

  it('says why consent by the parents alone is not enough for a young person of 14', () => {
    const [hint] = checkAgenda(noorAged(14, 'ouders'));
    expect(hint?.message).toBe(
      'Toestemming van alleen de ouders is niet genoeg: Noor de V. is 14 jaar op de dag van het overleg. Van 12 tot 16 jaar geven de ouders en de jongere allebei toestemming. Pas de toestemming aan bij Gegevens.',
    );
  });

  it('counts the age on the meeting day, not today', () => {
    // Sixteen on 1 December 2026: her own consent is enough on 10 December, not on 20 November.
    const meeting = { ...goodMeeting(), child: { name: 'Mila', birthDate: '2010-12-01' }, sharingBasis: consent({ consentBy: 'jongere' }) };
    const in2030 = new Date(2030, 0, 1);
    expect(checkAgenda(meeting, in2030).map((h) => h.rule)).toEqual([]);
    expect(checkAgenda({ ...meeting, date: '2026-11-20' }, in2030).map((h) => h.rule)).toEqual(['consent-age']);
  });

  it('says nothing about age without a birth date', () => {
    const meeting = { ...goodMeeting(), child: { name: 'Noor de V.', birthDate: null }, sharingBasis: consent({ consentBy: 'jongere' }) };
    expect(rules(meeting)).toEqual([]);
  });
});
