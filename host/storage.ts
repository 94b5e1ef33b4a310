import { constants, type Stats } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseMeetingFileWithWarnings, serializeMeeting, validateMeeting, type ValidatedMeeting } from '../shared/file/meeting-file';
import type { FileStamp } from '../shared/ipc/contract';
import type { Meeting } from '../shared/meeting/meeting-schema';
import { fail, ok, type AppError, type Result } from '../shared/result';
import { atomicWriteFile, MAX_NAME_BYTES, PRIVATE_FILE_MODE, removeStaleTempFiles } from './atomic-write';
import { hasContentOf, stampOf } from './file-stamp';

/**
 * Reading and saving `.mdo` files. Both never throw: every problem comes back
 * as a Dutch message that says whether the file on disk was touched (it never
 * is when something goes wrong).
 */

/** A meeting file is a few hundred KB at most; anything this big is not ours. */
export const MAX_MEETING_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Opening never blocks: a FIFO chosen in the open dialog (or swapped in
 * after the check) would otherwise wait forever for a writer. Regular files
 * read the same with or without it; Windows has no such flag.
 */
const OPEN_FOR_READING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface SavedFile {
  savedAt: string;
  /** The version now on disk: what the next save compares against. */
  stamp: FileStamp;
}

export interface WriteMeetingOptions {
  /** The clock, injectable so tests get a fixed `updatedAt`. */
  now?: () => Date;
  /**
   * The version the user's work started from. When the file now holds
   * something else, nothing is written and the save fails with
   * `file-changed`. Left out (or null): no check, as for a first save or
   * the user's deliberate "Toch opslaan" over a version they were shown.
   */
  expected?: FileStamp | null;
}

/**
 * Where the previous version of `path` is kept after each save: beside it,
 * hidden (`.2026-12-10 MDO Noor.mdo.bak`), so the folder shows the meetings
 * and nothing else. Beside the file, not in a folder of its own: whoever
 * may save the file may write there, also in a folder shared with others.
 */
export function backupPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.bak`);
}

/**
 * Where versions up to 0.1 kept it, visible (`2026-12-10 MDO Noor.mdo.bak`).
 * Such a copy is left as it is: never listed as a meeting, never written
 * again (the next save makes the hidden one), removed with its meeting.
 */
export function visibleBackupPathFor(path: string): string {
  return `${path}.bak`;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}

function readErrorFor(error: unknown, path: string): AppError {
  const name = basename(path);
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'not-found',
        message: `Het bestand "${name}" bestaat niet (meer). Misschien is het verplaatst, hernoemd of verwijderd; kies het opnieuw via Openen.`,
      };
    case 'EISDIR':
      return folderError(path);
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'no-permission',
        message: `U hebt geen toestemming om "${name}" te lezen. Vraag de eigenaar of de beheerder om leesrechten. Het bestand is niet gewijzigd.`,
      };
    case 'ELOOP':
      return {
        code: 'link-loop',
        message: `"${name}" is een snelkoppeling die in een kring naar zichzelf verwijst, dus er is geen bestand om te openen. Kies het echte bestand via Openen. Er is niets gewijzigd.`,
      };
    case 'ENAMETOOLONG':
      return {
        code: 'name-too-long',
        message: `De bestandsnaam of het pad van "${name}" is te lang om te openen. Geef het bestand een kortere naam of verplaats het naar een map die minder diep ligt, en open het opnieuw. Het bestand is niet gewijzigd.`,
      };
    case 'EBUSY':
      return {
        code: 'file-busy',
        message: `Het bestand "${name}" is in gebruik door een ander programma. Sluit dat programma en probeer het opnieuw. Het bestand is niet gewijzigd.`,
      };
    default:
      return {
        code: 'unreadable',
        message: `Het bestand "${name}" kan niet worden gelezen. Probeer het opnieuw; lukt het niet, kopieer het bestand dan naar een andere map. Het bestand is niet gewijzigd.`,
        details: [code ?? String(error)],
      };
  }
}

function folderError(path: string): AppError {
  return {
    code: 'is-folder',
    message: `"${basename(path)}" is een map, geen overlegbestand. Kies een bestand dat eindigt op .mdo.`,
  };
}

/** Why `info` is not something to read as a meeting file, or null when it is a regular file of a sane size. */
function refusal(path: string, info: Stats): Result<never> | null {
  if (info.isDirectory()) return { ok: false, error: folderError(path) };
  if (!info.isFile()) {
    return fail(
      'not-a-file',
      `"${basename(path)}" is geen gewoon bestand maar bijvoorbeeld een apparaat of een verbinding tussen programma's. Kies een overlegbestand dat eindigt op .mdo. Er is niets gewijzigd.`,
    );
  }
  if (info.size > MAX_MEETING_FILE_BYTES) return tooLarge(path, info.size);
  return null;
}

/**
 * The raw bytes, refusing folders, devices, FIFOs and oversized files before
 * reading, so a wrong choice in the open dialog can neither hang nor flood
 * the app. The check is made again on the opened handle, because the path
 * may have been replaced in between; reading stops one byte past the limit,
 * because a file may also grow while it is read.
 */
async function readBoundedFile(path: string): Promise<Result<Buffer>> {
  const read = await readBoundedFileAndTime(path);
  return read.ok ? ok(read.value.bytes) : read;
}

/** readBoundedFile, with the modification time of the file that was read (for its stamp). */
async function readBoundedFileAndTime(path: string): Promise<Result<{ bytes: Buffer; mtimeMs: number }>> {
  try {
    const before = refusal(path, await stat(path));
    if (before) return before;
    const handle = await open(path, OPEN_FOR_READING);
    try {
      const info = await handle.stat();
      const opened = refusal(path, info);
      if (opened) return opened;
      const bytes = await readUpToLimit(path, handle, info.size);
      return bytes.ok ? ok({ bytes: bytes.value, mtimeMs: info.mtimeMs }) : bytes;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, error: readErrorFor(error, path) };
  }
}

/** Reads the whole file, but never more than one byte past the limit. */
async function readUpToLimit(path: string, handle: FileHandle, expectedSize: number): Promise<Result<Buffer>> {
  let buffer = Buffer.alloc(Math.min(expectedSize, MAX_MEETING_FILE_BYTES) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > MAX_MEETING_FILE_BYTES) return tooLarge(path, length);
      const grown = Buffer.alloc(Math.min(buffer.length * 2, MAX_MEETING_FILE_BYTES + 1));
      buffer.copy(grown);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) return ok(buffer.subarray(0, length));
    length += bytesRead;
  }
}

function tooLarge(path: string, size: number): Result<never> {
  return fail(
    'too-large',
    `"${basename(path)}" is te groot om te openen (${megabytes(size)} MB; hoogstens ${megabytes(MAX_MEETING_FILE_BYTES)} MB). Een overlegbestand is veel kleiner, dus dit is waarschijnlijk geen MDO-bestand. Het bestand is niet gewijzigd.`,
  );
}

/** Strict UTF-8: a file in another encoding would otherwise open with its letters silently replaced, and be saved so. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseBytes(bytes: Buffer): Result<Meeting> {
  const parsed = parseBytesWithWarnings(bytes);
  return parsed.ok ? ok(parsed.value.meeting) : parsed;
}

/** parseBytes, with what reading changed (a link made plain text, formatting dropped: validateMeetingWithWarnings). */
function parseBytesWithWarnings(bytes: Buffer): Result<ValidatedMeeting> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(
      'not-utf8',
      'Dit bestand is beschadigd of geen MDO-bestand: het bevat tekens die geen geldige UTF-8-tekst zijn. Het bestand is niet gewijzigd; open zo nodig de reservekopie (.bak).',
    );
  }
  // Editors such as Notepad may add a byte order mark, which JSON does not allow (the decoder drops one, not more).
  return parseMeetingFileWithWarnings(text.replace(/^\uFEFF/, ''));
}

/**
 * readMeetingFile, with the stamp of the version read (a later save checks
 * the file is still that version) and what reading changed in it, in Dutch
 * (the file itself is not changed until the user saves).
 */
export async function readMeetingFileWithStamp(path: string): Promise<Result<{ meeting: Meeting; stamp: FileStamp; warnings: string[] }>> {
  const read = await readBoundedFileAndTime(path);
  if (!read.ok) return read;
  const parsed = parseBytesWithWarnings(read.value.bytes);
  return parsed.ok ? ok({ ...parsed.value, stamp: stampOf(read.value.bytes, read.value.mtimeMs) }) : parsed;
}

/** Said when a save finds the file changed since the user's version was read or saved. */
export function fileChangedError(path: string): AppError {
  return {
    code: 'file-changed',
    message: `Het overleg is niet opgeslagen: "${basename(path)}" is veranderd sinds u het opende, door iemand anders of door een ander programma. Er is niets overschreven en uw wijzigingen staan nog in de app.`,
  };
}

/** Reads and checks a `.mdo` file, upgrading an older format. Never throws, never writes. */
export async function readMeetingFile(path: string): Promise<Result<Meeting>> {
  const bytes = await readBoundedFile(path);
  return bytes.ok ? parseBytes(bytes.value) : bytes;
}

function nameTooLong(intact: string): AppError {
  return {
    code: 'name-too-long',
    message: `De bestandsnaam is te lang, of de map waarin het bestand staat ligt te diep: het overleg is niet opgeslagen. ${intact} Kies Opslaan als en geef een kortere naam (zonder de extensie hoogstens 240 tekens, minder met letters als é of ø), of kies een map die minder diep ligt.`,
  };
}

/** Clear Dutch for what went wrong while writing; the previous file is intact in every case. */
export function saveErrorFor(error: unknown, path: string): AppError {
  const folder = dirname(path);
  const code = errorCode(error);
  const intact = 'Het vorige bestand is niet gewijzigd en uw wijzigingen staan nog in de app.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return {
        code: 'disk-full',
        message: `Het overleg is niet opgeslagen: de schijf is vol. ${intact} Maak ruimte vrij en sla opnieuw op, of kies Opslaan als en sla op een andere plek op.`,
      };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'no-permission',
        message: `Het overleg is niet opgeslagen: u hebt geen toestemming om te schrijven in de map "${folder}", of een ander programma houdt het bestand vast. ${intact} Kies Opslaan als en sla op in een map van uzelf, of vraag de beheerder om schrijfrechten.`,
      };
    case 'EBUSY':
      return {
        code: 'file-busy',
        message: `Het overleg is niet opgeslagen: het bestand is in gebruik door een ander programma. ${intact} Sluit dat programma en sla opnieuw op.`,
      };
    case 'EROFS':
      return {
        code: 'read-only',
        message: `Het overleg is niet opgeslagen: de schijf of map "${folder}" is alleen-lezen, bijvoorbeeld een beveiligde USB-stick. ${intact} Kies Opslaan als en sla op een andere plek op.`,
      };
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'folder-gone',
        message: `Het overleg is niet opgeslagen: de map "${folder}" bestaat niet (meer), misschien is een USB-stick of netwerkschijf losgekoppeld. Er is niets overschreven en uw wijzigingen staan nog in de app. Sluit de schijf weer aan, of kies Opslaan als en sla op een andere plek op.`,
      };
    case 'ENAMETOOLONG':
      return nameTooLong(intact);
    default:
      return {
        code: 'save-failed',
        message: `Het overleg is niet opgeslagen door een fout bij het schrijven. ${intact} Probeer het opnieuw, of kies Opslaan als en sla op een andere plek op.`,
        details: [code ?? String(error)],
      };
  }
}

/**
 * The current content of the target, or null when there is none yet. A
 * target that is there but is not a valid meeting file (broken, foreign, or
 * from a newer version of the app) is refused: saving never destroys a file
 * this version cannot read. Bytes that match `known` (the stamp of a version
 * read and validated before) are not parsed again.
 */
async function readReplaceableTarget(path: string, known: FileStamp | null = null): Promise<Result<Buffer | null>> {
  const name = basename(path);
  const bytes = await readBoundedFile(path);
  if (!bytes.ok) {
    if (bytes.error.code === 'not-found') return ok(null);
    if (bytes.error.code === 'name-too-long') return { ok: false, error: nameTooLong('Er is niets overschreven en uw wijzigingen staan nog in de app.') };
    if (bytes.error.code === 'is-folder') {
      return fail('is-folder', `Het overleg is niet opgeslagen: "${name}" is een map. Kies Opslaan als en geef een bestandsnaam.`);
    }
    return fail(
      'target-unreadable',
      `Het overleg is niet opgeslagen: het bestaande bestand "${name}" kan niet worden gelezen, dus het wordt niet vervangen. Het bestand is niet gewijzigd; kies Opslaan als en sla op onder een andere naam.`,
      [bytes.error.message],
    );
  }
  // The very bytes the caller read and validated before (its stamp matches): valid, no need to read them again.
  if (known && hasContentOf(known, bytes.value)) return ok(bytes.value);
  const parsed = parseBytes(bytes.value);
  if (parsed.ok) return ok(bytes.value);
  if (parsed.error.code === 'too-new') {
    return fail(
      'target-too-new',
      `Het overleg is niet opgeslagen: "${name}" is gemaakt met een nieuwere versie van MDO-assistent en wordt niet overschreven, zodat er niets verloren gaat. Werk de app bij, of kies Opslaan als en sla op onder een andere naam.`,
    );
  }
  return fail(
    'target-invalid',
    `Het overleg is niet opgeslagen: het bestaande bestand "${name}" is geen geldig MDO-bestand en wordt daarom niet overschreven. Het bestand is niet gewijzigd; kies Opslaan als en sla op onder een andere naam.`,
    [parsed.error.message, ...(parsed.error.details ?? [])],
  );
}

/**
 * The `.bak` keeps its own mode, but is never readable by more people than
 * the file it holds a version of: a file made private makes its `.bak`
 * private at the next save. A new `.bak` is private.
 */
async function backupMode(target: string): Promise<number> {
  const modeOf = (path: string) => stat(path).then((info) => (info.isFile() ? info.mode & 0o777 : null), () => null);
  const [fileMode, bakMode] = await Promise.all([modeOf(target), modeOf(backupPathFor(target))]);
  return (bakMode ?? PRIVATE_FILE_MODE) & (fileMode ?? PRIVATE_FILE_MODE);
}

/**
 * A name whose `.bak` (or temp file) could not be made would save once and
 * then fail every time: refused before anything is written.
 */
function nameFits(target: string): boolean {
  return Buffer.byteLength(basename(backupPathFor(target))) <= MAX_NAME_BYTES;
}

/** Writes through a symlink to the real file instead of replacing the link. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * Saves the meeting. Order matters: validate (nothing is written for an
 * invalid meeting), check the existing file, keep it as `.bak`, then replace
 * the target atomically. Every step that writes goes through a temp file, so
 * neither the target nor the `.bak` is ever half-written. Never throws.
 */
export async function writeMeetingFile(
  path: string,
  meeting: Meeting,
  options: WriteMeetingOptions = {},
): Promise<Result<SavedFile>> {
  const savedAt = (options.now ?? (() => new Date()))().toISOString();
  const clock = new Date();
  const validated = validateMeeting({ ...meeting, updatedAt: savedAt });
  if (!validated.ok) return validated;

  const target = await realTarget(path);
  if (!nameFits(target)) return { ok: false, error: nameTooLong('Er is niets opgeslagen of overschreven en uw wijzigingen staan nog in de app.') };
  const previous = await readReplaceableTarget(target, options.expected ?? null);
  if (!previous.ok) return previous;
  // Optimistic concurrency: another window or program saved since the user's version was read.
  // A file that is gone is written again: there is nothing to overwrite.
  if (options.expected && previous.value && !hasContentOf(options.expected, previous.value)) {
    return { ok: false, error: fileChangedError(target) };
  }
  const bytes = Buffer.from(serializeMeeting(validated.value), 'utf8');
  let mtimeMs: number;
  try {
    if (previous.value) await atomicWriteFile(backupPathFor(target), previous.value, { mode: await backupMode(target) });
    await atomicWriteFile(target, bytes);
    mtimeMs = (await stat(target)).mtimeMs;
  } catch (error) {
    return { ok: false, error: saveErrorFor(error, target) };
  }
  // What an earlier kill or crash left behind goes once a save has worked again.
  await removeStaleTempFiles(target, clock);
  await removeStaleTempFiles(backupPathFor(target), clock);
  // The stamp is of the bytes written, whatever another writer did since the rename.
  return ok({ savedAt, stamp: stampOf(bytes, mtimeMs) });
}
