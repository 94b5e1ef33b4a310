import { CHILD_INTEREST_QUESTION, parseAgendaBody, type NumberedLine } from './agenda-body';
import { FENCE_CLOSE, writeFenceOpening } from './confidential-fence';
import { parseFrontMatter } from './front-matter';
import { readMeetingFrontMatter, writeMeetingFrontMatter } from './meeting-front-matter';
import { validateMeetingWithWarnings } from '../file/meeting-file';
import type { AgendaItem, Meeting } from '../meeting/meeting-schema';
import { fail, ok, type Result } from '../result';
import { writeSharingBasis } from './sharing-basis-line';
import { readersOf } from '../privacy/audience';
import { UnwritablePassageError, notesFromSegments, notesToMarkdown } from './markdown-notes';

/**
 * MDO-Markdown (see docs/MDO-MARKDOWN.md): a whole meeting as plain text, read
 * into a meeting and written back. Reading is all or nothing: every problem
 * is collected with its line number, and a file with one problem gives no
 * meeting at all. Writing and reading again gives the same meeting (ids and
 * timestamps aside); what the text form cannot hold is listed in
 * README.md (MDO-Markdown).
 */

export interface MarkdownImportOptions {
  /** The time the meeting is created (createdAt, updatedAt). */
  now: Date;
  /** A new id for the meeting, each participant, item and block. */
  newId: () => string;
}

export interface MarkdownImport {
  meeting: Meeting;
  /** What was read in another way than it may have been meant (an unclosed passage, a malformed `Grondslag:` line), one line each, naming the line. */
  warnings: string[];
}

const NOT_IMPORTED = 'Dit bestand volgt de vorm van MDO-Markdown niet; er is niets geïmporteerd. Verbeter de genoemde regels en probeer het opnieuw.';

function lineOf(message: string): number {
  return Number(/^Regel (\d+)/.exec(message)?.[1] ?? Number.MAX_SAFE_INTEGER);
}

function byLine(messages: string[]): string[] {
  return messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => lineOf(a.message) - lineOf(b.message) || a.index - b.index)
    .map((entry) => entry.message);
}

function isFrontMatterFence(line: string | undefined): boolean {
  return line?.trimEnd() === '---';
}

/** Reads MDO-Markdown text. Never throws. */
export function parseMdoMarkdown(text: string, options: MarkdownImportOptions): Result<MarkdownImport> {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!isFrontMatterFence(lines[0])) {
    return fail('invalid-markdown', NOT_IMPORTED, [
      'Regel 1: verwacht "---" als eerste regel, met daaronder de gegevens van het overleg (ten minste "titel: …") en daarna weer een regel "---".',
    ]);
  }
  const close = lines.findIndex((line, index) => index > 0 && isFrontMatterFence(line));
  if (close < 0) {
    return fail('invalid-markdown', NOT_IMPORTED, [
      'Regel 1: de voorkant die hier met "---" begint, is niet afgesloten; verwacht een regel "---" onder de laatste gegevens (zoals "deelnemers:") en vóór het eerste agendapunt.',
    ]);
  }
  const frontMatter = parseFrontMatter(lines.slice(1, close), 2);
  const fields = readMeetingFrontMatter(frontMatter.entries, 1, options.newId);
  const bodyLines: NumberedLine[] = lines.slice(close + 1).map((line, index) => ({ text: line, line: close + 2 + index }));
  const body = parseAgendaBody(bodyLines, fields.fields.participants, options.newId);
  const errors = [...frontMatter.errors, ...fields.errors, ...body.errors];
  if (errors.length > 0) return fail('invalid-markdown', NOT_IMPORTED, byLine(errors));

  const agendaItems: AgendaItem[] = [];
  for (const item of body.items) {
    let notes: AgendaItem['notes'];
    try {
      notes = notesFromSegments(item.segments);
    } catch {
      return fail('invalid-markdown', NOT_IMPORTED, [`De aantekeningen bij "${item.title}" kunnen niet worden gelezen.`]);
    }
    agendaItems.push({
      id: options.newId(),
      title: item.title,
      minutes: item.minutes,
      leadId: null,
      kind: 'bespreking',
      childInterest: item.childInterest,
      notes,
      sharingBasis: item.sharingBasis,
      confidential: item.confidential,
    });
  }
  const timestamp = options.now.toISOString();
  const validated = validateMeetingWithWarnings({
    id: options.newId(),
    ...fields.fields,
    notInvitedReasons: { parents: '', child: '' },
    agendaItems,
    exportLog: [],
    createdAt: timestamp,
    updatedAt: timestamp,
  });
  if (!validated.ok) return fail('invalid-markdown', NOT_IMPORTED, validated.error.details);
  return ok({ meeting: validated.value.meeting, warnings: [...byLine([...fields.warnings, ...body.warnings]), ...validated.value.warnings] });
}

/** Reads MDO-Markdown text into a meeting; warnings are dropped. Never throws. */
export function importMdoMarkdown(text: string, options: MarkdownImportOptions): Result<Meeting> {
  const parsed = parseMdoMarkdown(text, options);
  return parsed.ok ? ok(parsed.value.meeting) : parsed;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function childInterestLines(childInterest: string): string[] {
  const text = childInterest.trim();
  if (text === '') return [];
  const [first = '', ...rest] = (text === CHILD_INTEREST_QUESTION ? '' : text).split(/\r?\n/);
  return [`> ${CHILD_INTEREST_QUESTION}${first === '' ? '' : ` ${first}`}`, ...rest.map((line) => (line === '' ? '>' : `> ${line}`))];
}

/**
 * Writes a meeting as MDO-Markdown, ending with a newline. Fails only when
 * an item's notes cannot be read (e.g. made by a newer version of the app)
 * or hold a passage no fence can say the audience of.
 *
 * An item under its child-interest quote: its `Grondslag:` line, then the
 * notes, each part after a blank line. A whole confidential item is the
 * same body inside one fence marked "(het hele agendapunt)", so that reading
 * it back gives a confidential item again and not a passage in an item
 * whose title everybody may read.
 */
export function exportMdoMarkdown(meeting: Meeting): Result<string> {
  const lines = ['---', ...writeMeetingFrontMatter(meeting), '---'];
  for (const item of meeting.agendaItems) {
    const title = oneLine(item.title);
    lines.push('', `## ${title}${item.minutes === null ? '' : ` (${item.minutes} min)`}`.trimEnd());
    let notes: string;
    try {
      notes = notesToMarkdown(item.notes, readersOf(meeting));
    } catch (error) {
      if (error instanceof UnwritablePassageError) {
        return fail(
          'notes-unwritable',
          `Bij "${title}" staat een vertrouwelijke passage binnen een andere passage of binnen een lijst, en MDO-Markdown kan niet zeggen voor wie die is. Het overleg is niet als MDO-Markdown geschreven; haal de passage in de app uit de andere en probeer het opnieuw.`,
        );
      }
      return fail(
        'notes-unreadable',
        `De aantekeningen bij "${title}" kunnen niet worden gelezen, dus het overleg is niet als MDO-Markdown geschreven. Ze zijn misschien gemaakt met een nieuwere versie van de app.`,
      );
    }
    const parts = [
      childInterestLines(item.childInterest).join('\n'),
      item.sharingBasis === null ? '' : `Grondslag: ${writeSharingBasis(item.sharingBasis)}`,
      notes,
    ].filter((part) => part !== '');
    if (item.confidential !== null) {
      lines.push(writeFenceOpening(item.confidential, meeting.participants, true), ...(parts.length > 0 ? [parts.join('\n\n')] : []), FENCE_CLOSE);
    } else if (parts.length > 0) {
      lines.push(parts.join('\n\n'));
    }
  }
  return ok(`${lines.join('\n')}\n`);
}
