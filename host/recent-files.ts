import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import * as z from 'zod';
import type { RecentFile } from '../shared/ipc/contract';
import { atomicWriteFile, ensurePrivateFolder, PRIVATE_FILE_MODE } from './atomic-write';

/**
 * The recently opened or saved meetings, kept in the app's own config folder.
 * Only paths are stored: titles and children's names stay inside the files
 * in the folder the user chose, never in a copy elsewhere. A path often
 * holds a child's name all the same, so the list is readable by the user
 * alone, and a deleted meeting leaves it.
 */

export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

const recentFilesSchema = z.object({ paths: z.array(z.string().min(1)) });

export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  add(path: string): Promise<void>;
  /** Takes the file off the list (it was deleted); nothing happens when it is not on it. */
  remove(path: string): Promise<void>;
}

/** Windows and macOS compare names without regard to case; one entry per file there. */
function sameFile(a: string, b: string): boolean {
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createRecentFiles(configDir: string): RecentFiles {
  const storePath = join(configDir, RECENT_FILES_NAME);
  // Changes run one after another so two quick saves cannot drop each other's entry.
  let pending: Promise<void> = Promise.resolve();

  async function readPaths(): Promise<string[]> {
    try {
      const parsed = recentFilesSchema.safeParse(JSON.parse(await readFile(storePath, 'utf8')));
      // A damaged list is not worth an error message: start again, the next add rewrites it.
      if (!parsed.success) return [];
      const unique = parsed.data.paths.filter((path, index, all) => all.findIndex((other) => sameFile(other, path)) === index);
      return unique.slice(0, MAX_RECENT_FILES);
    } catch {
      return [];
    }
  }

  async function store(paths: string[]): Promise<void> {
    await ensurePrivateFolder(configDir);
    await atomicWriteFile(storePath, `${JSON.stringify({ paths }, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  }

  async function addNow(path: string): Promise<void> {
    const absolute = resolve(path);
    await store([absolute, ...(await readPaths()).filter((known) => !sameFile(known, absolute))].slice(0, MAX_RECENT_FILES));
  }

  async function removeNow(path: string): Promise<void> {
    const absolute = resolve(path);
    const paths = await readPaths();
    const kept = paths.filter((known) => !sameFile(known, absolute));
    if (kept.length !== paths.length) await store(kept);
  }

  function inOrder(task: () => Promise<void>): Promise<void> {
    const run = pending.then(task);
    pending = run.catch(() => undefined);
    return run;
  }

  return {
    async list() {
      await pending;
      const paths = await readPaths();
      return Promise.all(paths.map(async (path) => ({ path, fileName: basename(path), exists: await isFile(path) })));
    },
    add: (path) => inOrder(() => addNow(path)),
    remove: (path) => inOrder(() => removeNow(path)),
  };
}
