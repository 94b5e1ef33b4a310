import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A temp file beside the target: the same folder means the same file system,
 * so the final rename is atomic. The leading dot hides it, and the `.tmp`
 * ending keeps it out of every `*.mdo` listing.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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
 * Replaces `path` with `data` so that a crash, power cut or kill at any moment
 * leaves either the complete old file or the complete new one, never a mix:
 * write a temp file, flush it to disk, rename it over the target, then flush
 * the folder so the rename itself survives a power cut.
 */
export async function atomicWriteFile(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    // `wx`: never reuse a file someone else created under the same name.
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
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
 * (only ours: `.<name>.<12 hex>.tmp`, and only when older than `olderThanMs`,
 * so a write in progress in another process is left alone). Best effort:
 * a file that cannot be removed now is tried again after the next save.
 * Returns how many were removed.
 */
export async function removeStaleTempFiles(path: string, now: Date, olderThanMs = STALE_TEMP_AGE_MS): Promise<number> {
  const prefix = `.${basename(path)}.`;
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
