import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FileStamp } from '../shared/ipc/contract';

/**
 * The stamp of a version of a `.mdo` file: its size, modification time and
 * the sha256 of its bytes. Whether a file "changed" is decided by content
 * alone: a file only touched (same bytes, new time) has not changed, and a
 * file rewritten within the same clock tick with other bytes has. Meeting
 * files are small (a few hundred KB), so hashing them costs nothing a user
 * notices.
 */

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function stampOf(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return { size: bytes.byteLength, mtimeMs, sha256: sha256Of(bytes) };
}

/** The bytes are the version `stamp` describes. */
export function hasContentOf(stamp: FileStamp, bytes: Uint8Array): boolean {
  return stamp.size === bytes.byteLength && stamp.sha256 === sha256Of(bytes);
}

/**
 * Whether the file at `path` holds something else than the version `stamp`
 * describes; null when there is no file to compare (gone, or unreadable).
 */
export async function changedSince(path: string, stamp: FileStamp): Promise<boolean | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return null;
  }
  return !hasContentOf(stamp, bytes);
}
