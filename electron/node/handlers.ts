import { randomUUID } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import type { Channel, Handler, OpenedMeeting, SavedMeeting } from '../../shared/ipc/contract';
import { createMeeting } from '../../shared/meeting/create-meeting';
import { MEETING_FILE_EXTENSION } from '../../shared/meeting/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { fail, ok, type Result } from '../../shared/result';
import { ensureLibraryDir, listLibrary, proposeMeetingPath } from './library';
import { createRecentFiles } from './recent-files';
import { readMeetingFile, writeMeetingFile } from './storage';

/**
 * The handlers behind every IPC channel that needs no window: plain Node, so
 * the Electron host, the test host and the unit tests share them. Electron
 * supplies only the dialogs and the window-bound channels.
 */

export interface HostDialogs {
  /** Absolute path of a file the user chose to open, or null when they cancelled. */
  chooseOpenPath(defaultDir: string): Promise<string | null>;
  /** Absolute path to save to, or null when they cancelled. */
  chooseSavePath(defaultPath: string): Promise<string | null>;
}

export interface NodeHandlerDeps {
  libraryDir: string;
  configDir: string;
  version: string;
  dialogs: HostDialogs;
  now?: () => Date;
  newId?: () => string;
}

export type HostOnlyChannel = 'window:setDirty' | 'window:close' | 'shell:openExternal';
export type NodeHandlers = { [C in Exclude<Channel, HostOnlyChannel>]: Handler<C> };

/**
 * Runs tasks with the same key one after another, in the order they came.
 * Autosave and an explicit save of the same file then never interleave, so
 * the `.bak` always holds the version before the last save.
 */
export function createKeyedQueue(): <T>(key: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

/** Windows and macOS treat `Noor.mdo` and `noor.mdo` as one file. */
function queueKey(path: string): string {
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? path.toLowerCase() : path;
}

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(MEETING_FILE_EXTENSION) ? path : `${path}${MEETING_FILE_EXTENSION}`;
}

function relativePathError(): Result<never> {
  return fail('invalid-path', 'De app gaf geen volledige bestandslocatie door. Kies het bestand opnieuw via Openen of Opslaan als.');
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

export function createNodeHandlers(deps: NodeHandlerDeps): NodeHandlers {
  const { libraryDir, dialogs } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => randomUUID());
  const recent = createRecentFiles(deps.configDir);
  const inOrder = createKeyedQueue();

  function libraryUnavailable(error: unknown): Result<never> {
    return fail(
      'library-unavailable',
      `De map met overleggen ("${libraryDir}") kan niet worden geopend of aangemaakt. Controleer of de map bestaat en of u er mag schrijven.`,
      [errorCode(error)],
    );
  }

  async function remember(path: string): Promise<void> {
    try {
      await recent.add(path);
    } catch {
      // The list of recent files is a convenience; the open or save itself succeeded.
    }
  }

  async function open(path: string): Promise<Result<OpenedMeeting>> {
    if (!isAbsolute(path)) return relativePathError();
    const absolute = resolve(path);
    const read = await readMeetingFile(absolute);
    if (!read.ok) return read;
    await remember(absolute);
    return ok({ path: absolute, meeting: read.value });
  }

  async function saveTo(path: string, meeting: Meeting): Promise<Result<SavedMeeting>> {
    if (!isAbsolute(path)) return relativePathError();
    const absolute = resolve(path);
    const saved = await inOrder(queueKey(absolute), () => writeMeetingFile(absolute, meeting, { now }));
    if (!saved.ok) return saved;
    await remember(absolute);
    return ok({ path: absolute, savedAt: saved.value.savedAt });
  }

  /** A first save goes straight into the library, under a name made from date and title. */
  function saveNew(meeting: Meeting): Promise<Result<SavedMeeting>> {
    // Choosing the name and writing the file happen under one lock, so two
    // first saves at once get two names instead of one overwriting the other.
    return inOrder(`new-in:${queueKey(libraryDir)}`, async () => {
      try {
        await ensureLibraryDir(libraryDir);
      } catch (error) {
        return libraryUnavailable(error);
      }
      return saveTo(await proposeMeetingPath(libraryDir, meeting), meeting);
    });
  }

  /** The dialogs open in the library; when it cannot be made, the dialog still lets the user choose. */
  async function tryEnsureLibrary(): Promise<void> {
    await ensureLibraryDir(libraryDir).catch(() => undefined);
  }

  return {
    'app:info': async () => ok({ version: deps.version, libraryDir }),
    'library:list': async () => {
      try {
        return ok(await listLibrary(libraryDir));
      } catch (error) {
        return libraryUnavailable(error);
      }
    },
    'meeting:new': async () => ok(createMeeting({ now: now(), newId })),
    'meeting:open': ({ path }) => open(path),
    'meeting:openDialog': async () => {
      await tryEnsureLibrary();
      const chosen = await dialogs.chooseOpenPath(libraryDir);
      return chosen === null ? ok(null) : open(chosen);
    },
    'meeting:save': ({ path, meeting }) => (path === null ? saveNew(meeting) : saveTo(path, meeting)),
    'meeting:saveAs': async ({ meeting }) => {
      await tryEnsureLibrary();
      const chosen = await dialogs.chooseSavePath(await proposeMeetingPath(libraryDir, meeting));
      return chosen === null ? ok(null) : saveTo(withExtension(chosen), meeting);
    },
    'recent:list': async () => ok(await recent.list()),
  };
}
