import { describe, expect, it } from 'vitest';
import { choiceOf, participantChoiceLabel, restrictionOfChoice } from '../../renderer/src/notes/confidential-audience';
import { sampleMeeting } from '../fixtures/sample-meeting';

const participants = sampleMeeting().participants;

describe('the audience choice of "Vertrouwelijk…"', () => {
  it('starts at "Alleen professionals" and gives that restriction without names', () => {
    const choice = choiceOf(null, participants);
    expect(choice).toEqual({ scope: 'professionals', notFor: [] });
    expect(restrictionOfChoice({ scope: 'professionals', notFor: ['p5'] }, participants)).toEqual({
      ok: true,
      restriction: { scope: 'professionals', notFor: [] },
    });
  });

  it('names the ticked participants for "Niet voor", in the order of the participant list', () => {
    expect(restrictionOfChoice({ scope: 'niet-voor', notFor: ['p5', 'p3'] }, participants)).toEqual({
      ok: true,
      restriction: {
        scope: 'niet-voor',
        notFor: [
          { participantId: 'p3', name: 'Sanne Visser' },
          { participantId: 'p5', name: 'Els de Vries' },
        ],
      },
    });
  });

  it('refuses "Niet voor" without anybody ticked, with a Dutch reason', () => {
    const result = restrictionOfChoice({ scope: 'niet-voor', notFor: [] }, participants);
    expect(result).toEqual({ ok: false, problem: 'Kies bij “Niet voor” ten minste één deelnemer.' });
  });

  it('ticks the people of an existing restriction again, by id or else by name', () => {
    const choice = choiceOf(
      { scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }, { participantId: null, name: 'Sanne Visser' }] },
      participants,
    );
    expect(choice).toEqual({ scope: 'niet-voor', notFor: ['p5', 'p3'] });
  });

  it('shows a participant with name and function', () => {
    expect(participantChoiceLabel(participants.find((p) => p.id === 'p5')!)).toBe('Els de Vries (moeder)');
  });
});
