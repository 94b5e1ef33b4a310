import { describe, expect, it } from 'vitest';
import { checkAgenda } from '../../shared/agenda/agenda-check';
import type { Participant } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';

function person(id: string, name: string, fn: string, organisation: string, role: Participant['role'] = null): Participant {
  return { id, name, function: fn, organisation, email: '', attendance: 'aanwezig', role };
}

const roleHints = (participants: Participant[]) =>
  checkAgenda({ ...sampleMeeting(), child: { name: 'Noor de Vries', birthDate: '2019-03-14' }, participants }).filter((hint) => hint.rule === 'role-uncertain');

describe('the agenda check and uncertain roles', () => {
  it('names whoever the app cannot place, as no professional until the chair chooses', () => {
    const hints = roleHints([person('p1', 'Dr. P. Hendriks', 'huisarts', ''), person('p2', 'Sanne Visser', '', 'GGD'), person('p3', 'Els de Vries', 'moeder', '')]);
    expect(hints).toHaveLength(1);
    expect(hints[0]?.message).toBe(
      'De rol van Dr. P. Hendriks en Sanne Visser is niet zeker. Tot u die kiest, tellen zij niet als professional, ook niet in de kopieën per ontvanger. Kies bij Deelnemers de rol, of vul functie en organisatie in.',
    );
  });

  it('is quiet when roles follow from function and organisation, the name of the child, or the chair', () => {
    expect(
      roleHints([
        person('p1', 'Dr. P. Hendriks', 'huisarts', "Huisartsenpraktijk 't Hof"),
        person('p2', 'Noor de Vries', '', ''),
        person('p3', 'Oma Riet', 'oma', ''),
        person('p4', 'Yusuf Haddad', 'jeugdconsulent', '', 'professional'),
      ]),
    ).toEqual([]);
  });

  it('says one person in the singular', () => {
    expect(roleHints([person('p1', 'Yusuf Haddad', 'jeugdconsulent', '')])[0]?.message).toContain('Tot u die kiest, telt deze deelnemer niet als professional');
  });
});
