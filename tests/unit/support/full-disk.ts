import { open, type FileHandle } from 'node:fs/promises';
import { vi } from 'vitest';

/**
 * A full disk, simulated at the file-system layer: real files in a real
 * folder, but from a chosen write on, `FileHandle.writeFile` writes only
 * part of its data and then fails with ENOSPC, as the operating system does
 * when the disk fills up mid-write (or `sync` fails, as network drives do).
 * No code of the app is replaced; vi.restoreAllMocks() ends it.
 */

export type FullDiskAt = 'write' | 'sync';

function noSpace(syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}`), { code: 'ENOSPC', errno: -28, syscall });
}

async function fileHandlePrototype(): Promise<FileHandle> {
  const handle = await open(import.meta.filename, 'r');
  await handle.close();
  return Object.getPrototypeOf(handle) as FileHandle;
}

/** From write number `passing` + 1 on (counted from now), every write fails as on a full disk. */
export async function fillDiskAfter(passing: number, at: FullDiskAt = 'write'): Promise<{ failures: () => number }> {
  const prototype = await fileHandlePrototype();
  const originalWriteFile = prototype.writeFile;
  const originalSync = prototype.sync;
  let writes = 0;
  let failures = 0;
  let failNextSync = false;

  vi.spyOn(prototype, 'writeFile').mockImplementation(async function (this: FileHandle, data, options) {
    writes += 1;
    if (writes <= passing) return originalWriteFile.call(this, data, options);
    if (at === 'sync') {
      failNextSync = true;
      return originalWriteFile.call(this, data, options);
    }
    // Part of the data reaches the disk before it is full.
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array);
    await this.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    failures += 1;
    throw noSpace('write');
  });
  vi.spyOn(prototype, 'sync').mockImplementation(async function (this: FileHandle) {
    if (!failNextSync) return originalSync.call(this);
    failNextSync = false;
    failures += 1;
    throw noSpace('fsync');
  });
  return { failures: () => failures };
}
