import { lstat, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { MeetingSummary } from '../shared/ipc/contract';
import { MEETING_FILE_EXTENSION } from '../shared/file/meeting-file';
import type { Meeting } from '../shared/meeting/meeting-schema';
import { PRIVATE_FOLDER_MODE } from './atomic-write';
import { readMeetingFile } from './storage';

/**
 * The library: one folder of `.mdo` files, by default "MDO" in the user's
 * Documents. The app keeps no index of its own; the folder is the truth.
 */

export { defaultLibraryDir } from './library-location';

/** A library the app makes is the user's alone (0700): it holds children's data. One that exists is left as it is. */
export async function ensureLibraryDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/** Enough to keep the disk busy without opening hundreds of files at once. */
const READ_CONCURRENCY = 8;

async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * A meeting file in the listing: ends in `.mdo` and is not hidden. Hidden
 * names cover our own temp files, the backups (`.<name>.mdo.bak`) and the
 * `._name.mdo` shadows macOS leaves on USB sticks; the visible backup older
 * versions made (`<name>.mdo.bak`) does not end in `.mdo`.
 */
function isListedName(name: string): boolean {
  return name.toLowerCase().endsWith(MEETING_FILE_EXTENSION) && !name.startsWith('.');
}

async function summarise(dir: string, fileName: string): Promise<MeetingSummary | null> {
  const path = join(dir, fileName);
  let modifiedAt: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    modifiedAt = info.mtime.toISOString();
  } catch {
    // Gone between listing and reading (moved, or a broken link): not a meeting to show.
    return null;
  }
  const read = await readMeetingFile(path);
  if (!read.ok) {
    return { path, fileName, title: null, date: null, child: '', modifiedAt, problem: read.error.message, exportCount: 0 };
  }
  const meeting = read.value;
  return {
    path,
    fileName,
    title: meeting.title,
    date: meeting.date,
    child: meeting.child.name,
    modifiedAt,
    problem: null,
    exportCount: meeting.exportLog.length,
  };
}

/**
 * Newest meeting first. Meetings without a date (and unreadable files) come
 * after the dated ones; within the same date the most recently changed file
 * comes first, then the name, so the order is stable.
 */
function compareSummaries(a: MeetingSummary, b: MeetingSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  if (a.modifiedAt !== b.modifiedAt) return a.modifiedAt < b.modifiedAt ? 1 : -1;
  return a.fileName.localeCompare(b.fileName, 'nl');
}

/** Every meeting file directly in the folder; creates the folder when it is missing. */
export async function listLibrary(dir: string): Promise<MeetingSummary[]> {
  await ensureLibraryDir(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isListedName(entry.name))
    .map((entry) => entry.name);
  const summaries = await mapBounded(names, READ_CONCURRENCY, (name) => summarise(dir, name));
  return summaries.filter((summary): summary is MeetingSummary => summary !== null).sort(compareSummaries);
}

/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
// eslint-disable-next-line no-control-regex
const illegalCharacters = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, with or without an extension. */
const reservedWindowsName = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

const MAX_NAME_CHARACTERS = 120;
/** File systems count bytes (255 at most); leave room for ` (99).mdo.bak` and temp suffixes. */
const MAX_NAME_BYTES = 200;

function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/g, '');
}

function shorten(text: string): string {
  const kept: string[] = [];
  let bytes = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character);
    if (kept.length >= MAX_NAME_CHARACTERS || bytes + size > MAX_NAME_BYTES) break;
    kept.push(character);
    bytes += size;
  }
  return kept.join('');
}

/** `2026-12-10 MDO Noor de Vries`: safe on every platform, never empty. */
export function meetingFileBaseName(meeting: Pick<Meeting, 'date' | 'title'>): string {
  const raw = [meeting.date ?? '', meeting.title].join(' ').normalize('NFC');
  const cleaned = trimDotsAndSpaces(shorten(trimDotsAndSpaces(raw.replace(illegalCharacters, ' ').replace(/\s+/g, ' '))));
  if (cleaned === '') return 'Overleg';
  return reservedWindowsName.test(cleaned) ? `Overleg ${cleaned}` : cleaned;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** A file name in `dir` for a meeting that has none yet; numbered when the name is taken. */
export async function proposeMeetingPath(dir: string, meeting: Pick<Meeting, 'date' | 'title'>): Promise<string> {
  const base = meetingFileBaseName(meeting);
  for (let number = 1; ; number++) {
    const name = number === 1 ? base : `${base} (${number})`;
    const candidate = join(dir, `${name}${MEETING_FILE_EXTENSION}`);
    if (!(await exists(candidate))) return candidate;
  }
}
