import { describe, expect, it } from 'vitest';
import { checkAgenda, type AgendaRule } from '../../shared/agenda/agenda-check';
import type { AgendaItem, Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';

function item(id: string, title: string, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return { id, title, minutes: 10, leadId: null, kind: 'bespreking', childInterest: 'Wat betekent dit voor het kind?', notes: null, sharingBasis: null, confidential: null, ...overrides };
}

/** A meeting that passes every rule; each test breaks one. */
function goodMeeting(): Meeting {
  return {
    ...sampleMeeting(),
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
