import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { ExportAudience, Meeting, Participant } from '../shared/meeting/meeting-schema';
import { findParticipant } from '../shared/privacy/audience';
import { fail, ok, type AppError, type Result } from '../shared/result';
import type { FileStamp } from '../shared/ipc/contract';
import { MAX_MEETING_FILE_BYTES, readMeetingFileWithStamp } from '../host/storage';
import type { CliIo } from './cli-io';

/**
 * The meeting a command works on: a `.mdo` file, or an MDO-Markdown file
 * (`.md`, `.markdown`) that is imported first, with the same line-numbered
 * errors as `mdo import`.
 */

export interface MeetingInput {
  meeting: Meeting;
  /** What reading changed or left out (Markdown import; links made plain text in a `.mdo`). */
  warnings: string[];
  /** For a `.mdo` file: the version read, so a later write to it can check it is still that version. */
  stamp: FileStamp | null;
}

export function isMarkdownPath(path: string): boolean {
  return ['.md', '.markdown'].includes(extname(path).toLocaleLowerCase('en'));
}

async function readText(path: string): Promise<Result<string>> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('is-folder', `"${name}" is een map, geen bestand.`);
    if (info.size > MAX_MEETING_FILE_BYTES) {
      return fail('too-large', `"${name}" is te groot (hoogstens ${MAX_MEETING_FILE_BYTES / (1024 * 1024)} MB); dit is waarschijnlijk geen MDO-Markdown.`);
    }
    const { markdownText } = await import('../shared/markdown/utf8-text');
    return markdownText(await readFile(path), name);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return fail('not-found', `Het bestand "${name}" bestaat niet. Controleer de naam en de map.`);
    }
    return fail('unreadable', `Het bestand "${name}" kan niet worden gelezen${code ? ` (${code})` : ''}.`);
  }
}

export async function readMeetingInput(path: string, now: () => Date): Promise<Result<MeetingInput>> {
  if (!isMarkdownPath(path)) {
    // One read: the meeting, what reading changed in it, and the stamp of the version read.
    const read = await readMeetingFileWithStamp(path);
    return read.ok ? ok({ meeting: read.value.meeting, warnings: read.value.warnings, stamp: read.value.stamp }) : read;
  }
  const text = await readText(path);
  if (!text.ok) return text;
  // Imported here, not at the top: reading a .mdo needs no Markdown parser (nor Lexical).
  const { parseMdoMarkdown } = await import('../shared/markdown/mdo-markdown');
  const parsed = parseMdoMarkdown(text.value, { now: now(), newId: randomUUID });
  return parsed.ok ? ok({ ...parsed.value, stamp: null }) : parsed;
}

/**
 * The host's messages speak to someone in the app ("kies het opnieuw via
 * Openen", "uw wijzigingen staan nog in de app"); on the command line the
 * same problems are said for a command. Codes not listed keep the host's
 * message, which is about the file only.
 */
function forCommandLine(error: AppError, path: string): AppError {
  const name = basename(path);
  const folder = dirname(path);
  const notWritten = `"${name}" is niet geschreven:`;
  const messages: Record<string, string> = {
    'not-found': `Het bestand "${name}" bestaat niet. Controleer de naam en de map.`,
    'is-folder': `"${name}" is een map, geen bestand. Geef de naam van een bestand.`,
    'link-loop': `"${name}" is een snelkoppeling die in een kring naar zichzelf verwijst. Geef het echte bestand.`,
    'folder-gone': `${notWritten} de map "${folder}" bestaat niet. Kies een bestaande map.`,
    'read-only': `${notWritten} de map "${folder}" is alleen-lezen. Kies een andere map.`,
    'disk-full': `${notWritten} de schijf is vol. Maak ruimte vrij of kies een andere schijf.`,
    'file-busy': `"${name}" is in gebruik door een ander programma. Sluit dat programma en probeer het opnieuw.`,
    'save-failed': `${notWritten} er ging iets mis bij het schrijven. Probeer het opnieuw of kies een andere map.`,
  };
  const writing = ['folder-gone', 'read-only', 'disk-full', 'save-failed'].includes(error.code) || /niet opgeslagen/.test(error.message);
  if (error.code === 'no-permission') {
    return {
      ...error,
      message: writing
        ? `${notWritten} u mag niet schrijven in de map "${folder}". Kies een map van uzelf, of vraag de beheerder om schrijfrechten.`
        : `U mag "${name}" niet lezen. Vraag de eigenaar of de beheerder om leesrechten.`,
    };
  }
  if (error.code === 'name-too-long') {
    return { ...error, message: `De naam of het pad van "${name}" is te lang${writing ? '; er is niets geschreven' : ''}. Geef een kortere naam of kies een map die minder diep ligt.` };
  }
  const message = messages[error.code];
  return message === undefined ? error : { ...error, message };
}

/**
 * The error on stderr, once: the file, the sentence, then one line per
 * detail (for Markdown: "Regel 12: …"). A sentence that names the file
 * itself gets no file name in front.
 */
export function printInputError(io: CliIo, path: string, error: AppError): void {
  const said = forCommandLine(error, path);
  io.err(said.message.includes(`"${basename(path)}"`) ? said.message : `${path}: ${said.message}`);
  for (const detail of said.details ?? []) io.err(`  - ${detail}`);
}

export function printWarnings(io: CliIo, path: string, warnings: readonly string[]): void {
  for (const warning of warnings) io.err(`${path}: let op: ${warning}`);
}

/** The meeting in `path`, its warnings printed; null (with the reason printed) when it cannot be read. */
export async function readMeetingReported(path: string, io: CliIo, now: () => Date): Promise<MeetingInput | null> {
  const read = await readMeetingInput(path, now);
  if (!read.ok) {
    printInputError(io, path, read.error);
    return null;
  }
  printWarnings(io, path, read.value.warnings);
  return read.value;
}

export type AudienceChoice = { ok: true; value: ExportAudience } | { ok: false; message: string };

const AUDIENCE_WORDS: Record<string, Exclude<ExportAudience['kind'], 'deelnemer'>> = {
  volledig: 'volledig',
  ouders: 'ouders',
  ouder: 'ouders',
  professionals: 'professionals',
  professional: 'professionals',
};

/**
 * The recipient given with `--voor`: a word (ouders, professionals,
 * volledig) or the name of a participant, ignoring case and accents. A name
 * that matches nobody is an error that lists who is there: a copy for the
 * wrong person is worse than no copy.
 */
export function resolveAudience(voor: string | undefined, participants: readonly Participant[]): AudienceChoice {
  if (voor === undefined) return { ok: true, value: { kind: 'volledig', person: null } };
  const word = AUDIENCE_WORDS[voor.trim().toLocaleLowerCase('nl')];
  if (word) return { ok: true, value: { kind: word, person: null } };
  const participant = findParticipant({ participantId: null, name: voor }, participants);
  if (participant) return { ok: true, value: { kind: 'deelnemer', person: { participantId: participant.id, name: participant.name } } };
  const names = participants.map((p) => p.name.trim()).filter(Boolean);
  return {
    ok: false,
    message: [
      `"${voor}" is geen deelnemer van dit overleg. Geef bij --voor "ouders", "professionals", "volledig" of de naam van een deelnemer.`,
      names.length > 0 ? `De deelnemers zijn:\n${names.map((name) => `  - ${name}`).join('\n')}` : 'Er staan geen deelnemers in dit overleg.',
    ].join('\n'),
  };
}
