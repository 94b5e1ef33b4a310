import type { Meeting, Participant, ParticipantRole } from './meeting-schema';
import { foldName } from './person-name';

/**
 * Who a participant is, as a reader of the minutes. A copy's content
 * depends on it, so the role must be certain, and least privilege applies:
 * when the app is not sure someone is a professional, it treats them as not
 * a professional. The one vocabulary for the import, the screens, the
 * agenda check and the rules of who may read what (../shared/MDO-DOMAIN.md,
 * "Who a reader is: roles").
 *
 * In order:
 * 1. the participant whose name is the child's is the child;
 * 2. a role the chair chose (or a file named with `rol:`) stands;
 * 3. family words in the function: moeder → ouder, leerling → kind, oma → netwerk;
 * 4. a job title together with an organisation → professional;
 * 5. anything less is not known ('onbekend'), and never a professional.
 */

export type ReaderRole = ParticipantRole | 'onbekend';

/** Why the app thinks a participant has their role; shown where it matters ("afgeleid uit de functie"). */
export type RoleReason = 'naam-kind' | 'gekozen' | 'functie' | 'functie-en-organisatie' | 'onbekend';

export interface RoleJudgement {
  role: ReaderRole;
  reason: RoleReason;
}

/** Words of a function that name a family role, not a job (folded: lower case, no accents). */
const ROLE_WORDS: Readonly<Record<Exclude<ParticipantRole, 'professional'>, readonly string[]>> = {
  ouder: [
    'moeder', 'vader', 'ouder', 'ouders', 'pleegmoeder', 'pleegvader', 'pleegouder', 'pleegouders', 'stiefmoeder', 'stiefvader',
    'stiefouder', 'verzorger', 'verzorgster', 'voogd', 'mama', 'papa', 'gezinshuisouder',
  ],
  kind: ['kind', 'jongere', 'jeugdige', 'leerling', 'zoon', 'dochter', 'pupil', 'scholier'],
  netwerk: [
    'oma', 'opa', 'grootmoeder', 'grootvader', 'tante', 'oom', 'buurvrouw', 'buurman', 'vriend', 'vriendin',
    'peetoom', 'peettante', 'netwerk', 'steunfiguur', 'zus', 'broer',
  ],
};

/** The family role the words of a function name, or null for a function that names none (a job title, or nothing). */
export function roleFromFunction(functionText: string): Exclude<ParticipantRole, 'professional'> | null {
  const words = foldName(functionText).split(/[^\p{L}-]+/u);
  for (const role of ['ouder', 'kind', 'netwerk'] as const) {
    if (words.some((word) => ROLE_WORDS[role].includes(word))) return role;
  }
  return null;
}

/** Whether a participant is the child the meeting is about: their name is the child's (case and accents aside). */
export function isTheChild(participant: Pick<Participant, 'name'>, child: Pick<Meeting['child'], 'name'>): boolean {
  const name = foldName(participant.name);
  return name !== '' && name === foldName(child.name);
}

export function judgeRole(participant: Participant, child: Pick<Meeting['child'], 'name'>): RoleJudgement {
  if (isTheChild(participant, child)) return { role: 'kind', reason: 'naam-kind' };
  if (participant.role !== null) return { role: participant.role, reason: 'gekozen' };
  const family = roleFromFunction(participant.function);
  if (family !== null) return { role: family, reason: 'functie' };
  if (participant.function.trim() !== '' && participant.organisation.trim() !== '') {
    return { role: 'professional', reason: 'functie-en-organisatie' };
  }
  return { role: 'onbekend', reason: 'onbekend' };
}

/** The role of each participant by id. */
export function readerRoles(meeting: Pick<Meeting, 'participants' | 'child'>): Map<string, RoleJudgement> {
  return new Map(meeting.participants.map((participant) => [participant.id, judgeRole(participant, meeting.child)]));
}

/** The participants of a role, as the app judges it (the child is 'kind' even when listed as a pupil). */
export function participantsWithRole(meeting: Pick<Meeting, 'participants' | 'child'>, role: ReaderRole): Participant[] {
  return meeting.participants.filter((participant) => judgeRole(participant, meeting.child).role === role);
}

/** How a role is said on screen and in messages. */
export const readerRoleLabels: Readonly<Record<ReaderRole, string>> = {
  professional: 'professional',
  ouder: 'ouder',
  kind: 'kind of jongere',
  netwerk: 'netwerk',
  onbekend: 'rol niet bekend',
};

/** The warning for a reader whose role is not certain: the copy does not treat them as a professional. */
export function uncertainRoleNotice(name: string): string {
  const who = name.trim() || 'deze deelnemer';
  return `De rol van ${who} is niet bekend; deze kopie behandelt ${who} niet als professional. Kies bij Deelnemers de rol, of vul functie en organisatie in.`;
}
