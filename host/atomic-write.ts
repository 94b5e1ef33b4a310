import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A meeting holds a child's data: what the app creates is readable by the
 * user alone (POSIX modes; Windows keeps its own access lists). A file that
 * is replaced keeps the mode it had, so a file the user shared with a
 * group (0640) stays shared.
 */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** File systems take at most 255 bytes per name (ext4, APFS, NTFS in UTF-16 units, which is no fewer). */
export const MAX_NAME_BYTES = 255;

const TEMP_RANDOM_HEX = 12;
/** `.` + random + `.tmp` after the prefix. */
const TEMP_SUFFIX_BYTES = 1 + TEMP_RANDOM_HEX + 4;
const NAME_HASH_HEX = 8;

const modesApply = process.platform !== 'win32';

/** The longest start of `text` that fits in `maxBytes` of UTF-8, cut between characters. */
function utf8Prefix(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const character of text) {
    const size = Buffer.byteLength(character);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += character.length;
  }
  return text.slice(0, end);
}

/**
 * What every temp file of `name` starts with: `.<name>.`, or, where that
 * would make the temp name longer than a file system allows, the start of
 * the name and a hash of all of it (`.<start>~<hash>.`), so a target with a
 * long name still gets a temp name of its own.
 */
export function tempPrefixFor(name: string): string {
  const plain = `.${name}.`;
  if (Buffer.byteLength(plain) + TEMP_SUFFIX_BYTES <= MAX_NAME_BYTES) return plain;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, NAME_HASH_HEX);
  const room = MAX_NAME_BYTES - TEMP_SUFFIX_BYTES - Buffer.byteLength(`.~${hash}.`);
  return `.${utf8Prefix(name, room)}~${hash}.`;
}

/**
 * A temp file beside the target: the same folder means the same file system,
 * so the final rename is atomic. The leading dot hides it, the `.tmp`
 * ending keeps it out of every `*.mdo` listing, and it is never longer than
 * a file name may be.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${tempPrefixFor(basename(path))}${randomBytes(TEMP_RANDOM_HEX / 2).toString('hex')}.tmp`);
}

/** Folder fsync is refused on some platforms (Windows); the rename itself is still atomic there. */
const unsupportedFolderSync = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP']);

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!unsupportedFolderSync.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * A folder of the app's own (recovery copies, settings): created for the
 * user alone, and made so when an older version left it open to others.
 */
export async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (modesApply) await chmod(folder, PRIVATE_FOLDER_MODE);
}

export interface AtomicWriteOptions {
  /**
   * The permission bits of the written file. Default: those of the file it
   * replaces, or PRIVATE_FILE_MODE for a new file.
   */
  mode?: number;
}

interface Existing {
  mode: number;
  uid: number;
  gid: number;
}

async function existingFile(path: string): Promise<Existing | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { mode: info.mode & 0o777, uid: info.uid, gid: info.gid } : null;
  } catch {
    return null;
  }
}

/**
 * The temp file takes the mode (and, where the user may, the owner and
 * group) the target should have before it replaces the target, so no
 * moment exists where the new content is more readable than intended.
 */
async function setModeAndOwner(handle: FileHandle, mode: number, existing: Existing | null): Promise<void> {
  if (!modesApply) return;
  if (existing && (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.())) {
    // Only root may give a file away; a user may still keep its group. Neither is worth failing a save over.
    await handle.chown(existing.uid, existing.gid).catch(() => handle.chown(-1, existing.gid).catch(() => undefined));
  }
  await handle.chmod(mode);
}

/**
 * Replaces `path` with `data` so that a crash, power cut or kill at any moment
 * leaves either the complete old file or the complete new one, never a mix:
 * write a temp file (readable by the user alone), flush it to disk, rename
 * it over the target, then flush the folder so the rename itself survives a
 * power cut.
 */
export async function atomicWriteFile(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathFor(path);
  const existing = await existingFile(path);
  const mode = options.mode ?? existing?.mode ?? PRIVATE_FILE_MODE;
  try {
    // `wx`: never reuse a file someone else created under the same name.
    const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(data);
      await setModeAndOwner(handle, mode, existing);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** A temp file this old is no write in progress (even a slow USB stick writes a meeting in seconds). */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

/**
 * Removes the temp files a killed or crashed write left beside `path`
 * (only ours: `<prefix><12 hex>.tmp`, see tempPrefixFor, and only when
 * older than `olderThanMs`, so a write in progress in another process is
 * left alone). Best effort: a file that cannot be removed now is tried
 * again after the next save. Returns how many were removed.
 */
export async function removeStaleTempFiles(path: string, now: Date, olderThanMs = STALE_TEMP_AGE_MS): Promise<number> {
  const prefix = tempPrefixFor(basename(path));
  const folder = dirname(path);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const temp = join(folder, name);
    try {
      const info = await stat(temp);
      if (!info.isFile() || now.getTime() - info.mtimeMs < olderThanMs) continue;
      await rm(temp, { force: true });
      removed += 1;
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
