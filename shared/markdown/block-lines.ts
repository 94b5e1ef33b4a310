import { format, isValid, parse } from 'date-fns';
import { parseDissentLine, parseReasonLine, parseSafetyScaleLine, resolvePerson, splitNames } from '../notes/typed-conventions';
import {
  DEFAULT_SAFETY_QUESTION,
  type ActionData,
  type ActionStatus,
  type BlockPerson,
  type DecisionData,
  type SafetyScaleData,
} from '../notes/node-data';
import type { Participant } from '../meeting/meeting-schema';

/**
 * The block lines of MDO-Markdown, read and written:
 *
 *   Besluit: tekst
 *   Reden: waarom                                  (optional, directly below)
 *   Oneens: NAAM — waarom                          (optional, any number)
 *   Actie: wat — wie, wie en wie — uiterlijk JJJJ-MM-DD — gedaan
 *   Schaalvraag: NAAM 5, NAAM 6 — reden             (the reason of the whole scale)
 *   Waarom: NAAM — waarom                          (optional, one person's own reason)
 *
 * In a file the due date is always ISO (the Dutch quick entry of the editor,
 * "vrijdag", would depend on the day of the import). The last part of an
 * action may be its status, `gedaan` or `vervallen` (open is not written):
 * an addition to docs/MDO-MARKDOWN.md so an exported file keeps what was done.
 */

export type BlockLineKind = 'decision' | 'action' | 'safety-scale';

const PREFIXES: Record<BlockLineKind, RegExp> = {
  decision: /^besluit\s*:/i,
  action: /^actie\s*:/i,
  'safety-scale': /^schaalvraag\s*:/i,
};
/** An em dash, an en dash, or two hyphens, with spaces around (as in typed-conventions.ts). */
const PART_SEPARATOR = /\s+(?:—|–|--)\s+/;
const DUE_PART = /^uiterlijk\s+(.*)$/i;
const STATUS_PART = /^(open|gedaan|vervallen)$/i;

/** Which block a line starts, when it starts at the left margin with one of the prefixes. */
export function blockLineKind(line: string): BlockLineKind | null {
  for (const kind of ['decision', 'action', 'safety-scale'] as const) {
    if (PREFIXES[kind].test(line)) return kind;
  }
  return null;
}

export function isReasonLine(line: string): boolean {
  return /^reden\s*:/i.test(line);
}

export function isDissentLine(line: string): boolean {
  return /^oneens\s*:/i.test(line);
}

/** `Waarom: NAAM — waarom` directly below a `Schaalvraag:` line: why that person gave that score. */
export function isScoreReasonLine(line: string): boolean {
  return /^waarom\s*:/i.test(line);
}

export type BlockRead<T> = { ok: true; data: T } | { ok: false; message: string };

function afterPrefix(line: string, kind: BlockLineKind): string {
  return line.replace(PREFIXES[kind], '');
}

function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

/** A `Besluit:` line with the `Reden:` and `Oneens:` lines directly below it (numbers are file lines). */
export function readDecisionLines(
  lines: readonly { text: string; line: number }[],
  participants: readonly Participant[],
  id: string,
): BlockRead<DecisionData> {
  const [first, ...rest] = lines;
  const data: DecisionData = { id, text: afterPrefix(first?.text ?? '', 'decision').trim(), reason: '', dissent: [] };
  for (const { text, line } of rest) {
    const reason = parseReasonLine(text);
    if (reason !== null) {
      data.reason = data.reason === '' ? reason : `${data.reason} ${reason}`;
      continue;
    }
    const dissent = parseDissentLine(text, participants);
    if (dissent === null) continue;
    if (dissent.who.name === '') {
      return { ok: false, message: `Regel ${line}: na "Oneens:" ontbreekt wie het oneens is; verwacht "Oneens: NAAM — waarom".` };
    }
    data.dissent.push(dissent);
  }
  return { ok: true, data };
}

/** `Actie: wat — wie — uiterlijk JJJJ-MM-DD — status`; the date must be ISO. */
export function readActionLine(text: string, line: number, participants: readonly Participant[], id: string): BlockRead<ActionData> {
  const [what = '', ...parts] = afterPrefix(text, 'action').split(PART_SEPARATOR);
  let status: ActionStatus = 'open';
  const last = parts.at(-1)?.trim();
  if (last !== undefined && STATUS_PART.test(last)) {
    status = last.toLocaleLowerCase('nl') as ActionStatus;
    parts.pop();
  }
  let due: string | null = null;
  const dueMatch = DUE_PART.exec(parts.at(-1)?.trim() ?? '');
  if (dueMatch) {
    const date = (dueMatch[1] ?? '').trim();
    if (!isRealIsoDate(date)) {
      return {
        ok: false,
        message: `Regel ${line}: de datum na "uiterlijk" moet JJJJ-MM-DD zijn, bijvoorbeeld 2026-12-18 ("${date}" is niet te lezen).`,
      };
    }
    due = date;
    parts.pop();
  }
  const who: BlockPerson[] = parts.flatMap(splitNames).map((name) => resolvePerson(name, participants));
  return { ok: true, data: { id, what: what.trim(), who, due, status } };
}

/**
 * `Schaalvraag: NAAM 5, NAAM 6 — reden`: every entry must be a name and a
 * score 0–10; the reason is the whole scale's. The `Waarom: NAAM — waarom`
 * lines directly below give a person's own reason, for a name on the
 * scale's line.
 */
export function readSafetyScaleLines(
  lines: readonly { text: string; line: number }[],
  participants: readonly Participant[],
  id: string,
): BlockRead<SafetyScaleData> {
  const [first, ...reasonLines] = lines;
  const text = first?.text ?? '';
  const line = first?.line ?? 0;
  const [list = ''] = afterPrefix(text, 'safety-scale').split(PART_SEPARATOR);
  for (const entry of list.split(/\s*[,;]\s*/).map((part) => part.trim())) {
    if (entry === '') continue;
    const match = /^(.*\S)\s+(\d{1,2})$/.exec(entry);
    if (!match || Number(match[2]) > 10) {
      return {
        ok: false,
        message: `Regel ${line}: in de schaalvraag is "${entry}" niet te lezen; verwacht per persoon een naam en een cijfer van 0 tot 10, bijvoorbeeld "Schaalvraag: Els de Vries 7, Sanne Visser 6 — reden".`,
      };
    }
  }
  const scale = parseSafetyScaleLine(text, participants) ?? { scores: [], reason: '' };
  const scores = scale.scores.map((score) => ({ ...score }));
  for (const reasonLine of reasonLines) {
    const [name = '', ...why] = reasonLine.text.replace(/^waarom\s*:\s*/i, '').split(PART_SEPARATOR);
    const who = resolvePerson(name, participants);
    const score = scores.find((candidate) =>
      who.participantId !== null ? candidate.who.participantId === who.participantId : candidate.who.name.toLowerCase() === who.name.toLowerCase(),
    );
    if (!score) {
      return {
        ok: false,
        message: `Regel ${reasonLine.line}: "${name.trim()}" heeft geen cijfer in de schaalvraag erboven; een regel "Waarom: naam — waarom" hoort bij een naam met een cijfer.`,
      };
    }
    score.reason = why.join(' — ').trim();
  }
  return { ok: true, data: { id, question: DEFAULT_SAFETY_QUESTION, scores, reason: scale.reason } };
}

/**
 * Text inside a block line stays on that line, and a dash with spaces
 * around would split it into parts: newlines become spaces and such a dash
 * loses its spaces.
 */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function onePart(text: string): string {
  return oneLine(text).replace(/\s+(—|–|--)\s+/g, '$1');
}

function personName(person: BlockPerson, participants: readonly Participant[]): string {
  const linked = person.participantId === null ? undefined : participants.find((p) => p.id === person.participantId);
  return onePart(linked?.name ?? person.name);
}

function withText(prefix: string, text: string): string {
  return text === '' ? prefix : `${prefix} ${text}`;
}

export function writeDecisionLines(data: DecisionData, participants: readonly Participant[]): string[] {
  const lines = [withText('Besluit:', oneLine(data.text))];
  if (oneLine(data.reason) !== '') lines.push(withText('Reden:', oneLine(data.reason)));
  for (const dissent of data.dissent) {
    const why = oneLine(dissent.why);
    lines.push(withText('Oneens:', personName(dissent.who, participants)) + (why === '' ? '' : ` — ${why}`));
  }
  return lines;
}

export function writeActionLine(data: ActionData, participants: readonly Participant[]): string {
  const parts: string[] = [];
  const who = data.who.map((person) => personName(person, participants)).filter((name) => name !== '');
  if (who.length > 0) parts.push(who.join(', '));
  if (data.due !== null) parts.push(`uiterlijk ${data.due}`);
  if (data.status !== 'open') parts.push(data.status);
  return withText('Actie:', onePart(data.what)) + parts.map((part) => ` — ${part}`).join('');
}

/**
 * The scale's line with its own reason, and a `Waarom:` line below it for
 * each person who gave a reason of their own. A score that was not given
 * has no number to write and is left out, with its reason.
 */
export function writeSafetyScaleLines(data: SafetyScaleData, participants: readonly Participant[]): string[] {
  const given = data.scores.filter((score) => score.score !== null);
  const names = given.map((score) => personName(score.who, participants).replace(/[,;]/g, ' '));
  const reason = oneLine(data.reason ?? '');
  const lines = [withText('Schaalvraag:', given.map((score, index) => `${names[index] ?? ''} ${score.score ?? ''}`).join(', ')) + (reason === '' ? '' : ` — ${reason}`)];
  given.forEach((score, index) => {
    const own = oneLine(score.reason);
    if (own !== '') lines.push(`Waarom: ${names[index] ?? ''} — ${own}`);
  });
  return lines;
}
