import { parseDutchDate } from '../dates/parse-dutch-date';
import type { Participant } from '../meeting/meeting-schema';
import type { BlockPerson, Dissent, SafetyScore } from './node-data';
import { foldName } from '../meeting/person-name';

/**
 * The line conventions of MDO-Markdown (`Besluit:`, `Actie:`, `Reden:`,
 * `Oneens:`), used both when importing text and when a note-taker types
 * them at the start of a paragraph in the editor.
 *
 *   Besluit: Het wijkteam start gezinsbegeleiding.
 *   Actie: Consultatie Veilig Thuis — Sanne Visser — uiterlijk 2026-12-18
 *   Actie: Oma vragen - Els de Vries en Joost Bakker - uiterlijk vrijdag   (typed)
 *
 * A file and the keyboard differ in one thing: what separates the parts.
 * A file uses the dashes of the grammar (FILE_PART_SEPARATOR). A note-taker
 * types what the keyboard has, a hyphen with spaces around
 * (TYPED_PART_SEPARATOR). Files do not take the hyphen: a file written by
 * this app keeps ` - ` inside an action's text as it is, and every file read
 * so far would read differently.
 */

export type TypedBlock =
  | { kind: 'decision'; text: string }
  | { kind: 'safety-scale'; scores: SafetyScore[]; reason: string }
  | { kind: 'action'; what: string; who: BlockPerson[]; due: string | null; dueProblem: string | null };

const DECISION_PREFIX = /^\s*besluit\s*:\s*/i;
const ACTION_PREFIX = /^\s*actie\s*:\s*/i;
const SCALE_PREFIX = /^\s*schaalvraag\s*:\s*/i;
/** In a file: an em dash, an en dash, or two hyphens, with spaces around. */
export const FILE_PART_SEPARATOR = /\s+(?:—|–|--)\s+/;
/**
 * Typed in the editor: those, and one hyphen with spaces around. A hyphen
 * without spaces is part of a word or a date (Jan-Willem, Noord-Holland,
 * 2028-02-28) and never splits.
 */
export const TYPED_PART_SEPARATOR = /\s+(?:—|–|--|-)\s+/;
/** How the note-taker is told the typed conventions, where they type. */
export const TYPED_CONVENTIONS_HINT = 'Actie: wat - wie - uiterlijk datum · Besluit: … met eronder Reden: … of Oneens: naam - waarom';
const DUE_PREFIX = /^uiterlijk\s+/i;
/** A last part that is a date without "uiterlijk": only one that starts with a digit (no name does). */
const BARE_DATE = /^\d/;

/** `typed`: the line was typed in the editor (TYPED_PART_SEPARATOR), not read from a file. */
export interface LineOptions {
  typed?: boolean;
}

/**
 * The first part of a line and the rest. In a file the rest's parts are
 * joined by an em dash (as they always were read); typed, the rest is kept
 * as typed.
 */
function splitFirstPart(text: string, typed: boolean): [string, string] {
  if (typed) {
    const match = TYPED_PART_SEPARATOR.exec(text);
    if (!match) return [text, ''];
    return [text.slice(0, match.index), text.slice(match.index + match[0].length).trim()];
  }
  const [first = '', ...rest] = text.split(FILE_PART_SEPARATOR);
  return [first, rest.join(' — ').trim()];
}

/** The scores of a `Schaalvraag:` line, and the reason after the dash. */
export interface SafetyScaleLine {
  scores: SafetyScore[];
  /** The reason for the whole scale: nobody in particular said it, so no score gets it. */
  reason: string;
}

/**
 * `Schaalvraag: Els de Vries 7, Sanne Visser 6 — reden`: a score 0–10 per
 * person; the reason after the dash is the scale's, once (every person's
 * own "Waarom dit cijfer?" stays empty, so a child never appears to have
 * said what the group said).
 */
export function parseSafetyScaleLine(line: string, participants: readonly Participant[], { typed = false }: LineOptions = {}): SafetyScaleLine | null {
  if (!SCALE_PREFIX.test(line)) return null;
  const [list = '', reason] = splitFirstPart(line.replace(SCALE_PREFIX, ''), typed);
  const scores: SafetyScore[] = [];
  for (const entry of list.split(/\s*[,;]\s*/)) {
    const match = /^(.*\S)\s+(\d{1,2})$/.exec(entry.trim());
    if (!match) continue;
    const score = Number(match[2]);
    if (score > 10) continue;
    scores.push({ who: resolvePerson(match[1] ?? '', participants), score, reason: '' });
  }
  return { scores, reason };
}

/** Splits "A, B en C" into names. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+en\s+|\s*&\s*/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * A typed name as a person: a participant when the name is theirs (case and
 * accents as typed do not matter, and a first name that only one participant
 * has is enough), else the name as typed.
 */
export function resolvePerson(name: string, participants: readonly Participant[]): BlockPerson {
  const wanted = foldName(name);
  const exact = participants.filter((participant) => foldName(participant.name) === wanted);
  if (exact.length === 1 && exact[0]) return { participantId: exact[0].id, name: exact[0].name };
  const byFirstName = participants.filter((participant) => foldName(participant.name).split(' ')[0] === wanted);
  if (byFirstName.length === 1 && byFirstName[0]) return { participantId: byFirstName[0].id, name: byFirstName[0].name };
  return { participantId: null, name: name.trim() };
}

/**
 * While a name is being typed: linked only when it is exactly a
 * participant's name (case and accents aside), and the text stays as typed.
 */
export function typedPerson(name: string, participants: readonly Participant[]): BlockPerson {
  const wanted = foldName(name);
  const match = participants.find((participant) => foldName(participant.name) === wanted && wanted !== '');
  return { participantId: match?.id ?? null, name };
}

/**
 * Reads one line typed in the editor (parts split by TYPED_PART_SEPARATOR).
 * The first part of an action is what; the parts after it are who, and the
 * last part may be the due date: after "uiterlijk", or a date on its own
 * that starts with a digit ("2 april", "18-12"). Due dates may be ISO (as
 * in files) or Dutch quick entry ("vrijdag", "over 2 weken", "18-12"),
 * resolved from `now`; a date after "uiterlijk" that cannot be read is
 * reported in `dueProblem` and the rest is kept. A decision's text is never
 * split: a dash in it is part of what was decided.
 */
export function parseTypedBlock(line: string, participants: readonly Participant[], now: Date): TypedBlock | null {
  if (DECISION_PREFIX.test(line)) return { kind: 'decision', text: line.replace(DECISION_PREFIX, '').trim() };
  const scale = parseSafetyScaleLine(line, participants, { typed: true });
  if (scale) return { kind: 'safety-scale', ...scale };
  if (!ACTION_PREFIX.test(line)) return null;
  const parts = line.replace(ACTION_PREFIX, '').split(TYPED_PART_SEPARATOR);
  const what = (parts.shift() ?? '').trim();
  let due: string | null = null;
  let dueProblem: string | null = null;
  const last = parts.at(-1)?.trim();
  if (last !== undefined && DUE_PREFIX.test(last)) {
    parts.pop();
    const parsed = parseDutchDate(last.replace(DUE_PREFIX, ''), now);
    if (parsed.ok) due = parsed.date;
    else dueProblem = parsed.message;
  } else if (last !== undefined && BARE_DATE.test(last)) {
    const parsed = parseDutchDate(last, now);
    if (parsed.ok) {
      parts.pop();
      due = parsed.date;
    }
  }
  const who = parts.flatMap(splitNames).map((name) => resolvePerson(name, participants));
  return { kind: 'action', what, who, due, dueProblem };
}

/** `Reden: …` under a decision. */
export function parseReasonLine(line: string): string | null {
  const match = /^\s*reden\s*:\s*(.*)$/i.exec(line);
  return match ? (match[1] ?? '').trim() : null;
}

/**
 * `Oneens: NAAM — waarom` under a decision; typed in the editor, with
 * TYPED_PART_SEPARATOR, `Oneens: NAAM - waarom` too.
 */
export function parseDissentLine(line: string, participants: readonly Participant[], { typed = false }: LineOptions = {}): Dissent | null {
  const match = /^\s*oneens\s*:\s*(.*)$/i.exec(line);
  if (!match) return null;
  const [who, why] = splitFirstPart(match[1] ?? '', typed);
  return { who: resolvePerson(who, participants), why };
}
