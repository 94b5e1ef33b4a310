import { format, isValid, parse } from 'date-fns';
import { resolvePerson } from '../notes/typed-conventions';
import {
  attendanceValues,
  meetingStatusValues,
  participantRoleValues,
  type Attendance,
  type Meeting,
  type MeetingStatus,
  type Participant,
  type ParticipantRole,
  type PersonRef,
} from '../meeting/meeting-schema';
import { writeScalar, type FrontMatterEntry, type FrontMatterMap } from './front-matter';
import { readSharingBasis, writeSharingBasis } from './sharing-basis-line';

/**
 * The meeting's own fields in the front matter of MDO-Markdown, by their
 * Dutch names (docs/MDO-MARKDOWN.md). Reading checks every value and names its
 * line; writing leaves out what is empty, so a short agenda stays short.
 */

export type FrontMatterFields = Pick<
  Meeting,
  | 'title'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'location'
  | 'child'
  | 'reason'
  | 'goal'
  | 'chair'
  | 'noteTaker'
  | 'coordinator'
  | 'participants'
  | 'nextMeeting'
  | 'status'
  | 'sharingBasis'
>;

const TEXT_KEYS = [
  'titel',
  'datum',
  'begintijd',
  'eindtijd',
  'locatie',
  'kind',
  'geboortedatum',
  'aanleiding',
  'doel',
  'voorzitter',
  'notulist',
  'regievoerder',
  'volgend overleg',
  'status',
  'grondslag',
] as const;
const KNOWN_KEYS: readonly string[] = [...TEXT_KEYS, 'deelnemers'];
const PARTICIPANT_KEYS: readonly string[] = ['naam', 'functie', 'organisatie', 'aanwezigheid', 'e-mail', 'email', 'rol'];

type TextKey = (typeof TEXT_KEYS)[number];

export interface FrontMatterRead {
  fields: FrontMatterFields;
  errors: string[];
  warnings: string[];
}

function isRealDate(value: string): boolean {
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

function readDate(label: string, text: string, line: number, errors: string[]): string | null {
  if (text === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    errors.push(`Regel ${line}: ${label} moet JJJJ-MM-DD zijn, bijvoorbeeld 2026-12-10.`);
    return null;
  }
  if (!isRealDate(text)) {
    errors.push(`Regel ${line}: ${label} ${text} bestaat niet; kies een datum die in de kalender staat.`);
    return null;
  }
  return text;
}

/** `9:00` is read as `09:00`; anything else that is not UU:MM is an error. */
function readTime(label: string, text: string, line: number, errors: string[]): string | null {
  if (text === '') return null;
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) {
    errors.push(`Regel ${line}: ${label} moet UU:MM zijn, bijvoorbeeld 14:00.`);
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

function readChoice<T extends string>(label: string, text: string, line: number, values: readonly T[], errors: string[]): T | null {
  const wanted = text.toLocaleLowerCase('nl');
  const found = values.find((value) => value === wanted);
  if (found) return found;
  const choices = `${values.slice(0, -1).join(', ')} of ${values.at(-1) ?? ''}`;
  errors.push(`Regel ${line}: ${label} "${text}" is onbekend; verwacht ${choices}.`);
  return null;
}

function readParticipant(map: FrontMatterMap, newId: () => string, errors: string[]): Participant | null {
  for (const [key, field] of map.fields) {
    if (!PARTICIPANT_KEYS.includes(key)) {
      errors.push(`Regel ${field.line}: onbekend veld "${key}" bij een deelnemer; verwacht naam, functie, organisatie, aanwezigheid, e-mail of rol.`);
    }
  }
  if (map.fields.has('e-mail') && map.fields.has('email')) {
    errors.push(`Regel ${map.line}: e-mail staat twee keer bij dezelfde deelnemer.`);
  }
  const text = (key: string): string => map.fields.get(key)?.value.trim() ?? '';
  const name = text('naam');
  if (name === '') {
    errors.push(`Regel ${map.line}: deelnemer zonder naam; verwacht "- naam: …", bijvoorbeeld "- naam: Els de Vries".`);
    return null;
  }
  const attendanceField = map.fields.get('aanwezigheid');
  const attendance: Attendance | null =
    attendanceField && attendanceField.value.trim() !== ''
      ? readChoice('aanwezigheid', attendanceField.value.trim(), attendanceField.line, attendanceValues, errors)
      : 'aanwezig';
  const roleField = map.fields.get('rol');
  // Without `rol` the app judges the role from the name and the function (shared/meeting/roles.ts).
  const chosen = roleField !== undefined && roleField.value.trim() !== '';
  const role: ParticipantRole | null = chosen ? readChoice('rol', roleField.value.trim(), roleField.line, participantRoleValues, errors) : null;
  if (attendance === null || (chosen && role === null)) return null;
  return {
    id: newId(),
    name,
    function: text('functie'),
    organisation: text('organisatie'),
    email: text('e-mail') || text('email'),
    attendance,
    role,
  };
}

/** Turns the entries of the front matter into the meeting's fields, with every problem named by line. */
export function readMeetingFrontMatter(entries: readonly FrontMatterEntry[], openingLine: number, newId: () => string): FrontMatterRead {
  const errors: string[] = [];
  const warnings: string[] = [];
  const texts = new Map<TextKey, { text: string; line: number }>();
  let participantMaps: FrontMatterMap[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = entry.key === 'volgend_overleg' ? 'volgend overleg' : entry.key;
    if (seen.has(key)) {
      errors.push(`Regel ${entry.line}: "${key}" staat twee keer in de voorkant.`);
      continue;
    }
    seen.add(key);
    if (!KNOWN_KEYS.includes(key)) {
      errors.push(`Regel ${entry.line}: onbekend veld "${key}"; verwacht een van: ${KNOWN_KEYS.join(', ')}.`);
      continue;
    }
    if (key === 'deelnemers') {
      if (entry.value.kind === 'list') participantMaps = entry.value.items;
      else if (entry.value.text.trim() !== '') {
        errors.push(`Regel ${entry.line}: deelnemers moet een lijst zijn, met per deelnemer een regel "- naam: …".`);
      }
      continue;
    }
    if (entry.value.kind === 'list') {
      errors.push(`Regel ${entry.line}: ${key} moet tekst zijn, geen lijst.`);
      continue;
    }
    texts.set(key as TextKey, { text: entry.value.text.trim(), line: entry.line });
  }

  const value = (key: TextKey): string => texts.get(key)?.text ?? '';
  const line = (key: TextKey): number => texts.get(key)?.line ?? openingLine;

  if (!texts.has('titel')) {
    errors.push(`Regel ${openingLine}: titel ontbreekt in de voorkant; verwacht bijvoorbeeld "titel: MDO Noor de Vries".`);
  } else if (value('titel') === '') {
    errors.push(`Regel ${line('titel')}: titel is leeg; geef het overleg een titel.`);
  }

  const participants = participantMaps.flatMap((map) => readParticipant(map, newId, errors) ?? []);
  const person = (key: TextKey): PersonRef => (value(key) === '' ? { participantId: null, name: '' } : resolvePerson(value(key), participants));

  let nextMeeting: FrontMatterFields['nextMeeting'] = { date: null, time: null };
  const next = value('volgend overleg');
  if (next !== '') {
    const match = /^(\S+)(?:\s+(\S+))?$/.exec(next);
    const problems: string[] = [];
    const date = match ? readDate('volgend overleg', match[1] ?? '', line('volgend overleg'), problems) : null;
    const time = match?.[2] ? readTime('volgend overleg', match[2], line('volgend overleg'), problems) : null;
    if (!match || problems.length > 0) {
      errors.push(`Regel ${line('volgend overleg')}: volgend overleg moet JJJJ-MM-DD of JJJJ-MM-DD UU:MM zijn, bijvoorbeeld 2027-01-28 14:00.`);
    }
    nextMeeting = { date, time };
  }

  // Unlike a `Grondslag:` line in an item (kept as a note when it cannot be read), the front matter has no place for text that is not a field.
  let sharingBasis: FrontMatterFields['sharingBasis'] = null;
  if (value('grondslag') !== '') {
    const read = readSharingBasis(value('grondslag'));
    if (read.ok) sharingBasis = read.basis;
    else errors.push(`Regel ${line('grondslag')}: grondslag: ${read.problem}`);
  }

  const status: MeetingStatus | null =
    value('status') === '' ? 'concept' : readChoice('status', value('status'), line('status'), meetingStatusValues, errors);

  return {
    errors,
    warnings,
    fields: {
      title: value('titel'),
      date: readDate('datum', value('datum'), line('datum'), errors),
      startTime: readTime('begintijd', value('begintijd'), line('begintijd'), errors),
      endTime: readTime('eindtijd', value('eindtijd'), line('eindtijd'), errors),
      location: value('locatie'),
      child: { name: value('kind'), birthDate: readDate('geboortedatum', value('geboortedatum'), line('geboortedatum'), errors) },
      reason: value('aanleiding'),
      goal: value('doel'),
      chair: person('voorzitter'),
      noteTaker: person('notulist'),
      coordinator: person('regievoerder'),
      participants,
      nextMeeting,
      status: status ?? 'concept',
      sharingBasis,
    },
  };
}

/** The name of a person in a role as written: the participant's current name when linked. */
function personName(person: PersonRef, participants: readonly Participant[]): string {
  const linked = person.participantId === null ? undefined : participants.find((p) => p.id === person.participantId);
  return (linked?.name ?? person.name).trim();
}

/** The front matter lines of a meeting, without the `---` around them. */
export function writeMeetingFrontMatter(meeting: Meeting): string[] {
  const lines: string[] = [];
  const add = (key: string, text: string | null, options: { quote?: boolean } = {}): void => {
    if (text !== null && text.trim() !== '') lines.push(`${key}: ${writeScalar(text, options)}`);
  };
  add('titel', meeting.title);
  add('datum', meeting.date);
  // Quoted because YAML 1.1 reads 14:00 as a number of minutes.
  add('begintijd', meeting.startTime, { quote: true });
  add('eindtijd', meeting.endTime, { quote: true });
  add('locatie', meeting.location);
  add('kind', meeting.child.name);
  add('geboortedatum', meeting.child.birthDate);
  add('aanleiding', meeting.reason);
  add('doel', meeting.goal);
  add('voorzitter', personName(meeting.chair, meeting.participants));
  add('notulist', personName(meeting.noteTaker, meeting.participants));
  add('regievoerder', personName(meeting.coordinator, meeting.participants));
  const { date, time } = meeting.nextMeeting;
  if (date !== null) add('volgend overleg', time === null ? date : `${date} ${time}`);
  add('status', meeting.status);
  if (meeting.sharingBasis !== null) add('grondslag', writeSharingBasis(meeting.sharingBasis));
  if (meeting.participants.length > 0) {
    lines.push('deelnemers:');
    for (const participant of meeting.participants) {
      lines.push(`  - naam: ${writeScalar(participant.name)}`);
      const field = (key: string, text: string): void => {
        if (text.trim() !== '') lines.push(`    ${key}: ${writeScalar(text)}`);
      };
      field('functie', participant.function);
      field('organisatie', participant.organisation);
      field('e-mail', participant.email);
      field('aanwezigheid', participant.attendance);
      if (participant.role !== null) field('rol', participant.role);
    }
  }
  return lines;
}
