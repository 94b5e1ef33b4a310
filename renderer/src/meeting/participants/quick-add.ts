import type { KnownPerson } from '../../../../shared/ipc/contract';
import type { Attendance, Participant } from '../../../../shared/meeting/meeting-schema';
import { foldName } from '../../../../shared/meeting/person-name';

/**
 * The quick-add line of Deelnemers: one person per line, the way a chair
 * writes them in an e-mail: `Yusuf Haddad, jeugdconsulent, Zorg & Veiligheid`.
 * The first part is the name, the last the organisation (with three parts or
 * more), what lies between the function ("voorzitter, intern begeleider"
 * stays one function). A part that is an e-mail address or an attendance
 * word (aanwezig, afgemeld, afwezig) is taken out wherever it stands.
 */

export interface QuickPerson {
  name: string;
  function: string;
  organisation: string;
  email: string;
  attendance: Attendance;
}

const attendanceWords: Readonly<Record<string, Attendance>> = {
  aanwezig: 'aanwezig',
  afgemeld: 'afgemeld',
  afwezig: 'afwezig',
  'met kennisgeving afwezig': 'afgemeld',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The person a line describes, or null when it has no name. */
export function parseParticipantLine(line: string): QuickPerson | null {
  let email = '';
  let attendance: Attendance = 'aanwezig';
  const parts: string[] = [];
  for (const raw of line.split(',')) {
    const part = raw.trim().replace(/\s+/g, ' ');
    const folded = foldName(part);
    if (EMAIL.test(part) && email === '') email = part;
    else if (parts.length > 0 && attendanceWords[folded] !== undefined) attendance = attendanceWords[folded];
    else parts.push(part);
  }
  const [name = '', ...rest] = parts;
  if (name === '') return null;
  const organisation = rest.length >= 2 ? (rest.at(-1) ?? '') : '';
  const fn = (rest.length >= 2 ? rest.slice(0, -1) : rest).filter(Boolean).join(', ');
  return { name, function: fn, organisation, email, attendance };
}

/** The participant the line adds, with the role left to the app (null): it follows from name and function. */
export function participantFromLine(id: string, person: QuickPerson): Participant {
  return { id, ...person, role: null };
}

/** How many letters of a name before the address book suggests anyone. */
export const SUGGEST_AFTER = 3;

/**
 * Known people whose name fits what is typed before the first comma: a word
 * of their name (or the whole name) starts with it, accents and case aside.
 * People already on the list are left out. Best first: a match at the start
 * of the name, then the most meetings.
 */
export function suggestPeople(people: readonly KnownPerson[], typed: string, onList: readonly Pick<Participant, 'name'>[], limit = 6): KnownPerson[] {
  const query = foldName(typed.split(',')[0] ?? '');
  if (query.length < SUGGEST_AFTER || typed.includes(',')) return [];
  const taken = new Set(onList.map((participant) => foldName(participant.name)));
  const scored = people.flatMap((person) => {
    const name = foldName(person.name);
    if (taken.has(name)) return [];
    if (name.startsWith(query)) return [{ person, score: 2 }];
    if (name.split(/[\s.-]+/).some((word) => word.startsWith(query))) return [{ person, score: 1 }];
    return [];
  });
  scored.sort((a, b) => b.score - a.score || b.person.meetingCount - a.person.meetingCount || a.person.name.localeCompare(b.person.name, 'nl'));
  return scored.slice(0, limit).map(({ person }) => person);
}

/** A known person as a line of the quick-add field would describe them. */
export function personFromKnown(person: KnownPerson): QuickPerson {
  return { name: person.name, function: person.function, organisation: person.organisation, email: person.email, attendance: 'aanwezig' };
}

/**
 * Participants of an earlier meeting to take over: everyone not on the list
 * yet (by name), with new ids, present by default, the chosen role kept.
 */
export function participantsToTakeOver(earlier: readonly Participant[], onList: readonly Participant[], newId: () => string): Participant[] {
  const taken = new Set(onList.map((participant) => foldName(participant.name)).filter(Boolean));
  return earlier
    .filter((participant) => participant.name.trim() !== '' && !taken.has(foldName(participant.name)))
    .map((participant) => ({ ...participant, id: newId(), attendance: 'aanwezig' }));
}
