import { describe, expect, it } from 'vitest';
import type { KnownPerson } from '../../shared/ipc/contract';
import { judgeRole } from '../../shared/meeting/roles';
import { itemFromLine, parseAgendaLine } from '../../renderer/src/meeting/agenda/quick-add-item';
import { fitAgendaToTime } from '../../renderer/src/meeting/agenda/agenda-edits';
import { parseParticipantLine, participantFromLine, participantsToTakeOver, suggestPeople } from '../../renderer/src/meeting/participants/quick-add';
import { sampleMeeting } from '../fixtures/sample-meeting';

describe('the participants quick-add line', () => {
  it.each([
    ['Yusuf Haddad, jeugdconsulent, Zorg & Veiligheid', { name: 'Yusuf Haddad', function: 'jeugdconsulent', organisation: 'Zorg & Veiligheid', attendance: 'aanwezig' }],
    ['Els de Vries, moeder', { name: 'Els de Vries', function: 'moeder', organisation: '' }],
    ['Fatima El Amrani, voorzitter, intern begeleider, OBS De Regenboog', { function: 'voorzitter, intern begeleider', organisation: 'OBS De Regenboog' }],
    ['Karin Jansen, aandachtsfunctionaris, Veilig Thuis, afgemeld', { organisation: 'Veilig Thuis', attendance: 'afgemeld' }],
    ['  Noor  de Vries ', { name: 'Noor de Vries', function: '', organisation: '' }],
    ['Sanne Visser, s.visser@ggd.example, jeugdverpleegkundige, GGD', { email: 's.visser@ggd.example', function: 'jeugdverpleegkundige', organisation: 'GGD' }],
  ])('reads %s', (line, expected) => {
    expect(parseParticipantLine(line)).toMatchObject(expected);
  });

  it('reads nothing without a name', () => {
    expect(parseParticipantLine('   ')).toBeNull();
    expect(parseParticipantLine(', moeder')).toBeNull();
  });

  it('leaves the role to the app: moeder is a parent, the child by name is the child, a job without organisation is uncertain', () => {
    const child = { name: 'Noor de Vries' };
    const role = (line: string) => judgeRole(participantFromLine('x', parseParticipantLine(line)!), child).role;
    expect(role('Els de Vries, moeder')).toBe('ouder');
    expect(role('Noor de Vries')).toBe('kind');
    expect(role('Sem, leerling groep 6')).toBe('kind');
    expect(role('Oma Riet, oma')).toBe('netwerk');
    expect(role('Yusuf Haddad, jeugdconsulent, Zorg & Veiligheid')).toBe('professional');
    expect(role('Yusuf Haddad, jeugdconsulent')).toBe('onbekend');
  });

  it('suggests known people after three letters, by any word of the name, leaving out who is on the list', () => {
    const person = (name: string, meetingCount = 1): KnownPerson => ({ key: name.toLowerCase(), name, function: 'f', organisation: 'o', email: '', meetingCount, lastSeen: null });
    const people = [person('Karin Jansen', 3), person('Jan Karels'), person('Ömer Yılmaz'), person('Sanne Visser')];
    expect(suggestPeople(people, 'Ka', [])).toEqual([]);
    expect(suggestPeople(people, 'Kar', []).map((p) => p.name)).toEqual(['Karin Jansen', 'Jan Karels']);
    expect(suggestPeople(people, 'ome', []).map((p) => p.name)).toEqual(['Ömer Yılmaz']);
    expect(suggestPeople(people, 'yilm', []).map((p) => p.name)).toEqual(['Ömer Yılmaz']);
    expect(suggestPeople(people, 'Kar', [{ name: 'karin jansen' }]).map((p) => p.name)).toEqual(['Jan Karels']);
    expect(suggestPeople(people, 'Karin Jansen, ', [])).toEqual([]);
  });

  it('takes over the people of an earlier meeting who are not on the list yet, as present, with new ids', () => {
    const earlier = sampleMeeting().participants.map((p) => ({ ...p, attendance: 'afwezig' as const }));
    let next = 0;
    const added = participantsToTakeOver(earlier, [{ ...earlier[0]!, id: 'mine' }], () => `n${(next += 1)}`);
    expect(added.map((p) => p.name)).toEqual(earlier.slice(1).map((p) => p.name));
    expect(added.every((p) => p.attendance === 'aanwezig' && p.id.startsWith('n'))).toBe(true);
    expect(added.find((p) => p.name === 'Els de Vries')?.role).toBe('ouder');
  });
});

describe('the agenda quick-add line', () => {
  const participants = sampleMeeting().participants;

  it.each([
    ['Stem van Noor, 10, Joost', { title: 'Stem van Noor', minutes: 10, leadId: 'p2' }],
    ['Zorgen 15 min', { title: 'Zorgen', minutes: 15, leadId: null }],
    ['Besluiten en taakverdeling, 25 minuten, besluit', { title: 'Besluiten en taakverdeling', minutes: 25, kind: 'besluitvorming' }],
    ['Veiligheid, Ömer Yılmaz, 10', { title: 'Veiligheid', minutes: 10, leadId: 'p4' }],
    ['Wat gaat goed, ook thuis', { title: 'Wat gaat goed, ook thuis', minutes: null }],
  ])('reads %s', (line, expected) => {
    expect(parseAgendaLine(line, participants)).toMatchObject(expected);
  });

  it('makes an item of ten minutes by default; decisions by their title', () => {
    expect(itemFromLine('a', parseAgendaLine('Opening', participants)!)).toMatchObject({ minutes: 10, kind: 'bespreking', childInterest: '', childInterestHint: 'Wat betekent dit voor het kind?' });
    expect(itemFromLine('a', parseAgendaLine('Besluiten en taakverdeling', participants)!).kind).toBe('besluitvorming');
  });

  it('fits every timebox to the planned time in one step', () => {
    const meeting = sampleMeeting();
    const fitted = fitAgendaToTime(meeting, 60);
    expect(fitted.agendaItems.reduce((sum, item) => sum + (item.minutes ?? 0), 0)).toBe(60);
    expect(fitted.agendaItems.map((item) => item.title)).toEqual(meeting.agendaItems.map((item) => item.title));
  });
});
