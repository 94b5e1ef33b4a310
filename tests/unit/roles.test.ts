import { describe, expect, it } from 'vitest';
import type { Confidentiality, ExportAudience, Meeting, Participant } from '../../shared/meeting/meeting-schema';
import { judgeRole, roleFromFunction } from '../../shared/meeting/roles';
import { mayRead, readersOf } from '../../shared/privacy/audience';

function participant(id: string, name: string, fn: string, organisation = '', role: Participant['role'] = null): Participant {
  return { id, name, function: fn, organisation, email: '', attendance: 'aanwezig', role };
}

const child = { name: 'Amir Benali', birthDate: null };

describe('who a reader is', () => {
  it('reads the family role from the words of a function, case and accents aside', () => {
    expect(roleFromFunction('Moeder')).toBe('ouder');
    expect(roleFromFunction('pleegvader van Amir')).toBe('ouder');
    expect(roleFromFunction('leerling groep 7')).toBe('kind');
    expect(roleFromFunction('Jongere')).toBe('kind');
    expect(roleFromFunction('oma (moederskant)')).toBe('netwerk');
    expect(roleFromFunction('buurvrouw')).toBe('netwerk');
    expect(roleFromFunction('gezinsvoogd')).toBeNull();
    expect(roleFromFunction('intern begeleider')).toBeNull();
  });

  it('makes the participant with the child’s name the child, whatever their function or chosen role says', () => {
    expect(judgeRole(participant('p1', 'amir benali', 'leerling'), child)).toEqual({ role: 'kind', reason: 'naam-kind' });
    expect(judgeRole(participant('p1', 'Amir Benali', '', '', 'professional'), child)).toEqual({ role: 'kind', reason: 'naam-kind' });
  });

  it('takes a chosen role, then family words, then a job with an organisation; anything less is not known', () => {
    expect(judgeRole(participant('p1', 'Leïla Benali', 'moeder'), child).role).toBe('ouder');
    expect(judgeRole(participant('p2', 'Bas de Wit', 'mentor', 'Het Baken'), child)).toEqual({ role: 'professional', reason: 'functie-en-organisatie' });
    expect(judgeRole(participant('p3', 'Bas de Wit', 'mentor'), child)).toEqual({ role: 'onbekend', reason: 'onbekend' });
    expect(judgeRole(participant('p4', 'Yusuf', '', ''), child).role).toBe('onbekend');
    expect(judgeRole(participant('p5', 'Yusuf', '', '', 'professional'), child)).toEqual({ role: 'professional', reason: 'gekozen' });
  });
});

describe('what a copy for one reader may show', () => {
  const meeting: Pick<Meeting, 'participants' | 'child'> = {
    child,
    participants: [
      participant('kind', 'Amir Benali', 'leerling', 'De Regenboog'),
      participant('moeder', 'Leïla Benali', 'moeder'),
      participant('mentor', 'Bas de Wit', 'mentor', 'Het Baken'),
      participant('zonder', 'Yusuf Haddad', 'jeugdconsulent'),
      participant('oma', 'Riet', 'oma'),
    ],
  };
  const readers = readersOf(meeting);
  const forPerson = (id: string, name: string): ExportAudience => ({ kind: 'deelnemer', person: { participantId: id, name } });
  const professionalsOnly: Confidentiality = { scope: 'professionals', notFor: [] };
  const notForGrandma: Confidentiality = { scope: 'niet-voor', notFor: [{ participantId: 'oma', name: 'Riet' }] };
  const notForUnknown: Confidentiality = { scope: 'niet-voor', notFor: [{ participantId: 'zonder', name: 'Yusuf Haddad' }] };

  it('never shows a professionals-only passage to the child, even when the child is listed with an organisation', () => {
    expect(mayRead(professionalsOnly, forPerson('kind', 'Amir Benali'), readers)).toBe(false);
    expect(mayRead(professionalsOnly, forPerson('mentor', 'Bas de Wit'), readers)).toBe(true);
  });

  it('does not treat someone whose role is not certain as a professional', () => {
    expect(mayRead(professionalsOnly, forPerson('zonder', 'Yusuf Haddad'), readers)).toBe(false);
    // A passage kept from them is not readable in the professionals' or the parents' copy either: they could be either.
    expect(mayRead(notForUnknown, { kind: 'professionals', person: null }, readers)).toBe(false);
    expect(mayRead(notForUnknown, { kind: 'ouders', person: null }, readers)).toBe(false);
  });

  it('gives the child and a parent what the parents’ copy shows, minus what is not for them', () => {
    for (const audience of [forPerson('kind', 'Amir Benali'), forPerson('moeder', 'Leïla Benali'), { kind: 'ouders', person: null } as const]) {
      expect(mayRead(notForGrandma, audience, readers)).toBe(true);
    }
    expect(mayRead(notForGrandma, forPerson('oma', 'Riet'), readers)).toBe(false);
  });
});
