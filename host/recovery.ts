import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileStampSchema, type FileStamp, type RecoveryEntry } from '../shared/ipc/contract';
import { validateMeeting } from '../shared/file/meeting-file';
import type { Meeting } from '../shared/meeting/meeting-schema';
import { isRecord } from '../shared/json';
import { CURRENT_SCHEMA_VERSION, migrateMeeting } from '../shared/meeting/migrations';
import type { AppError } from '../shared/result';
import { atomicWriteFile, ensurePrivateFolder, PRIVATE_FILE_MODE, removeStaleTempFiles } from './atomic-write';
import { changedSince } from './file-stamp';
import { createKeyedQueue } from './keyed-queue';

/**
 * Recovery copies: while a meeting has unsaved changes, the renderer sends
 * its current content here now and then, so that a crash or a killed app
 * loses at most the last second or two of typing. One file per meeting
 * and `.mdo` file in `<configDir>/Herstel/`, replaced atomically, so only
 * the newest copy exists. A copy belongs to its file as much as to its
 * meeting: two files with the same meeting id (a copy made outside the
 * app, or by an older version's Opslaan als) each have their own copy, and
 * removing one never removes the other's. A copy holds the child's data
 * outside the library folder, readable by the user alone, and lives only
 * as long as the changes are unsaved: the renderer removes it after a save
 * and when the user throws the changes away, the host when the file is
 * deleted.
 *
 * A copy whose `.mdo` changed on disk since the version its work started
 * from (compared by content, with the stamp the copy records) is still
 * listed (the user decides, nothing is thrown away silently), flagged
 * `olderThanFile` so the start screen can warn about it.
 */

export const RECOVERY_FOLDER_NAME = 'Herstel';
export const RECOVERY_FILE_FORMAT = 'mdo-assistent/herstel';
const RECOVERY_FILE_EXTENSION = '.json';

export interface RecoveryFile {
  format: typeof RECOVERY_FILE_FORMAT;
  /** As in a `.mdo` file: a copy left by an older version of the app is upgraded before use. */
  schemaVersion: number;
  savedAt: string;
  /** The `.mdo` file the meeting belongs to; null for a meeting never saved. */
  path: string | null;
  /** The stamp of the file version the work started from; absent in copies from before stamps. */
  basedOn?: FileStamp | null;
  meeting: Meeting;
}

export interface RecoveryStore {
  /** Replaces the copy of this meeting in this file (null: never saved) with its current content. */
  write(meeting: Meeting, path: string | null, basedOn?: FileStamp | null): Promise<void>;
  /** Every readable copy, newest first; broken or foreign files are skipped and left alone. */
  list(): Promise<RecoveryEntry[]>;
  /**
   * Removes the copy of this meeting in this file; nothing happens when
   * there is none. Without a path (an older renderer): every copy of the
   * meeting, whatever its file.
   */
  discard(meetingId: string, path?: string | null): Promise<void>;
  /** Removes every copy that belongs to this file, whatever its meeting id: the file was deleted. */
  discardFile(path: string): Promise<void>;
}

export interface RecoveryStoreOptions {
  now?: () => Date;
}

/**
 * Meeting ids are UUIDs, but a file could carry any string up to 100
 * characters: anything else than letters, digits, `-` and `_` is hashed so
 * an id can never name a path outside the folder (and never holds a dot).
 */
function safeIdOf(meetingId: string): string {
  return /^[A-Za-z0-9_-]{1,100}$/.test(meetingId) ? meetingId : `id-${createHash('sha256').update(meetingId).digest('hex').slice(0, 32)}`;
}

/** Windows and macOS treat `Noor.mdo` and `noor.mdo` as one file: so does the key of its copy. */
function samePathKey(path: string): string {
  const absolute = resolve(path);
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? absolute.toLowerCase() : absolute;
}

/** The file's part of a copy's name: `nieuw` for a meeting never saved, else a hash of its path (no name of the child). */
function fileTag(path: string | null): string {
  return path === null ? 'nieuw' : createHash('sha256').update(samePathKey(path)).digest('hex').slice(0, 16);
}

/** `<meeting id>.<file tag>.json`: the copy of this meeting's unsaved work in this file. */
export function recoveryFileName(meetingId: string, path: string | null): string {
  return `${safeIdOf(meetingId)}.${fileTag(path)}${RECOVERY_FILE_EXTENSION}`;
}

/** Versions before copies were kept per file named them after the meeting alone; they are still offered. */
export function legacyRecoveryFileName(meetingId: string): string {
  return `${safeIdOf(meetingId)}${RECOVERY_FILE_EXTENSION}`;
}

function samePath(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : samePathKey(a) === samePathKey(b);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Why a recovery copy could not be written, in Dutch. The write is atomic,
 * so the previous copy is untouched; what is at risk is the typing since,
 * which only Opslaan (elsewhere, when the disk is full) keeps safe now.
 */
export function recoveryWriteErrorFor(error: unknown): AppError {
  const code = errorCode(error);
  const previous = 'De vorige herstelkopie is niet gewijzigd.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'recovery-failed',
        message: `De automatische herstelkopie kon niet worden bewaard: de schijf is vol. Maak ruimte vrij, of sla het overleg op een andere plek op (Opslaan als); tot dan is wat u typt niet beschermd als de app onverwacht stopt. ${previous}`,
      };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        code: 'recovery-failed',
        message: `De automatische herstelkopie kon niet worden bewaard: de app mag niet schrijven in haar eigen map voor herstelkopieën. Sla het overleg op om uw werk veilig te stellen, en vraag de beheerder om schrijfrechten. ${previous}`,
      };
    default:
      return {
        code: 'recovery-failed',
        message: `De automatische herstelkopie kon niet worden bewaard. Sla het overleg op om uw werk veilig te stellen. ${previous}`,
        details: [code ?? String(error)],
      };
  }
}

function parseRecoveryFile(text: string): RecoveryFile | null {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(document) || document.format !== RECOVERY_FILE_FORMAT) return null;
  const { schemaVersion, savedAt, path } = document;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) return null;
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return null;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  if (path !== null && typeof path !== 'string') return null;
  if (!isRecord(document.meeting)) return null;
  const meeting = validateMeeting(migrateMeeting(document.meeting, schemaVersion));
  if (!meeting.ok) return null;
  const basedOn = fileStampSchema.safeParse(document.basedOn);
  return { format: RECOVERY_FILE_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, savedAt, path, basedOn: basedOn.success ? basedOn.data : null, meeting: meeting.value };
}

/**
 * Whether the `.mdo` file holds another version than the one the copy's
 * work started from: by content, with the stamp the copy records. A copy
 * from before stamps falls back to the file's time (changed after the copy
 * was written). A file that is gone has not changed: the copy is all there is.
 */
async function fileChangedSinceCopy(copy: RecoveryFile): Promise<boolean> {
  if (copy.path === null) return false;
  if (copy.basedOn) return (await changedSince(copy.path, copy.basedOn)) === true;
  const fileChangedAt = await modifiedAt(copy.path);
  return fileChangedAt !== null && fileChangedAt > Date.parse(copy.savedAt);
}

/** When the `.mdo` file last changed, or null when it is not there (any more). */
async function modifiedAt(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

export function createRecoveryStore(configDir: string, options: RecoveryStoreOptions = {}): RecoveryStore {
  const folder = join(configDir, RECOVERY_FOLDER_NAME);
  const now = options.now ?? (() => new Date());
  // Everything in arrival order: a removal after a save is never undone by a
  // copy still being written. One window writes a copy every second or two
  // at most, so one line is no bottleneck.
  const queue = createKeyedQueue();
  // A list asked for after a write or removal (the start screen right after "Niet opslaan") sees its result.
  const running = new Set<Promise<unknown>>();

  function inOrder(task: () => Promise<void>): Promise<void> {
    const run = queue('herstel', task);
    const settled = run.catch(() => undefined);
    running.add(settled);
    void settled.then(() => running.delete(settled));
    return run;
  }

  async function readCopy(name: string): Promise<RecoveryFile | null> {
    try {
      return parseRecoveryFile(await readFile(join(folder, name), 'utf8'));
    } catch {
      return null;
    }
  }

  /** A file under another meeting's or another file's name is not ours to offer (nor to remove as that meeting's). */
  function isNamedFor(copy: RecoveryFile, name: string): boolean {
    return name === recoveryFileName(copy.meeting.id, copy.path) || name === legacyRecoveryFileName(copy.meeting.id);
  }

  async function readEntry(name: string): Promise<RecoveryEntry | null> {
    const copy = await readCopy(name);
    if (!copy || !isNamedFor(copy, name)) return null;
    const olderThanFile = await fileChangedSinceCopy(copy);
    return {
      meetingId: copy.meeting.id,
      title: copy.meeting.title,
      date: copy.meeting.date,
      path: copy.path,
      savedAt: copy.savedAt,
      olderThanFile,
      basedOn: copy.basedOn ?? null,
      meeting: copy.meeting,
    };
  }

  async function copyNames(): Promise<string[]> {
    try {
      // Temp files of an interrupted write start with a dot and end in .tmp.
      return (await readdir(folder)).filter((name) => !name.startsWith('.') && name.endsWith(RECOVERY_FILE_EXTENSION));
    } catch {
      return [];
    }
  }

  async function remove(name: string): Promise<void> {
    await rm(join(folder, name), { force: true });
  }

  /** Removes the copies whose own content says they belong here; an unreadable file is left alone. */
  async function removeWhere(names: readonly string[], belongs: (copy: RecoveryFile) => boolean): Promise<void> {
    for (const name of names) {
      const copy = await readCopy(name);
      if (copy && isNamedFor(copy, name) && belongs(copy)) await remove(name);
    }
  }

  return {
    write(meeting, path, basedOn = null) {
      return inOrder(async () => {
        const file: RecoveryFile = {
          format: RECOVERY_FILE_FORMAT,
          schemaVersion: CURRENT_SCHEMA_VERSION,
          savedAt: now().toISOString(),
          path,
          basedOn,
          meeting,
        };
        await ensurePrivateFolder(folder);
        const target = join(folder, recoveryFileName(meeting.id, path));
        // Private even where an older version left a copy readable by others.
        await atomicWriteFile(target, `${JSON.stringify(file, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
        // A copy cut off by a crash leaves a temp file with the child's data: it goes at the next copy that works.
        await removeStaleTempFiles(target, new Date());
      });
    },
    async list() {
      await Promise.all(running);
      const entries = (await Promise.all((await copyNames()).map(readEntry))).filter((entry) => entry !== null);
      return entries.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
    },
    discard(meetingId, path) {
      return inOrder(async () => {
        const legacy = legacyRecoveryFileName(meetingId);
        if (path === undefined) {
          const prefix = `${safeIdOf(meetingId)}.`;
          const names = await copyNames();
          await Promise.all(names.filter((name) => name.startsWith(prefix) && name !== legacy).map(remove));
          await removeWhere([legacy], (copy) => copy.meeting.id === meetingId);
          return;
        }
        await remove(recoveryFileName(meetingId, path));
        await removeWhere([legacy], (copy) => copy.meeting.id === meetingId && samePath(copy.path, path));
      });
    },
    discardFile(path) {
      return inOrder(async () => {
        const tag = `.${fileTag(path)}${RECOVERY_FILE_EXTENSION}`;
        const names = await copyNames();
        // The tag in the name says whose file it is; an old copy named after its meeting alone is read to know.
        await Promise.all(names.filter((name) => name.endsWith(tag)).map(remove));
        await removeWhere(
          names.filter((name) => !name.slice(0, -RECOVERY_FILE_EXTENSION.length).includes('.')),
          (copy) => samePath(copy.path, path),
        );
      });
    },
  };
}
