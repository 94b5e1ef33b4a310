import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseMdoMarkdown } from '../shared/editor/lexical/mdo-markdown';
import type { Meeting } from '../shared/meeting/meeting-schema';
import { fail, ok, type Result } from '../shared/result';
import { MAX_MEETING_FILE_BYTES, readMeetingFile } from '../electron/node/storage';
import type { CliIo } from './cli-io';

/**
 * The meeting a command works on: a `.mdo` file, or an MDO-Markdown file
 * (`.md`, `.markdown`) that is imported first, with the same line-numbered
 * errors as `mdo import`.
 */

export interface MeetingInput {
  meeting: Meeting;
  /** What the Markdown import read but did not keep; empty for a `.mdo` file. */
  warnings: string[];
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
    return ok((await readFile(path)).toString('utf8'));
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
    const meeting = await readMeetingFile(path);
    return meeting.ok ? ok({ meeting: meeting.value, warnings: [] }) : meeting;
  }
  const text = await readText(path);
  if (!text.ok) return text;
  return parseMdoMarkdown(text.value, { now: now(), newId: randomUUID });
}

/** The error on stderr: the file, the sentence, then one line per detail (for Markdown: "Regel 12: …"). */
export function printInputError(io: CliIo, path: string, error: { message: string; details?: string[] }): void {
  io.err(`${path}: ${error.message}`);
  for (const detail of error.details ?? []) io.err(`  - ${detail}`);
}

export function printWarnings(io: CliIo, path: string, warnings: readonly string[]): void {
  for (const warning of warnings) io.err(`${path}: let op: ${warning}`);
}
