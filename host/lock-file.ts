import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, realpath, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LockOwner, MeetingLock } from '../shared/ipc/contract';

/**
 * The lock file beside an open meeting, as the office suites make one, so
 * that a second window of this app, and a colleague with LibreOffice or a
 * file manager, can see that the meeting is open and by whom.
 *
 * The format is LibreOffice's (svl/source/misc/lockfilecommon.cxx and
 * documentlockfile.cxx): a hidden file `.~lock.<file name>#` in the same
 * folder, holding one UTF-8 entry of five fields, each separated by `,`,
 * the last ended by `;` (no line break):
 *
 *   1. the user's name as set in the program (LibreOffice: first and last name; may be empty),
 *   2. the login name on the computer,
 *   3. the computer's host name,
 *   4. when the document was opened, local time, `DD.MM.YYYY HH:MM`,
 *   5. the program's user profile as a file URL (LibreOffice: its user installation).
 *
 * A `\`, `,` or `;` inside a field is written with a `\` before it.
 * Example: `Anna de Vries,anna,PC-12,10.12.2026 08:46,file:///home/anna/.config/MDO-assistent?app=MDO-assistent&pid=4711;`
 *
 * LibreOffice shows field 1 (or 2) and field 4 when it finds the file, and
 * itself only compares fields 2, 3 and 5 with its own to recognise its own
 * lock, so this app uses field 5 for what it needs beyond that: its config
 * folder as the profile, with `app=MDO-assistent` and the process id. A lock
 * on this computer whose process is gone was left by a crash (stale) and is
 * replaced; a lock from another computer cannot be checked and is trusted.
 */

export const LOCK_FILE_PREFIX = '.~lock.';
export const LOCK_APP_NAME = 'MDO-assistent';
/** LibreOffice reads at most this much of a lock file and refuses a longer one. */
const MAX_LOCK_FILE_BYTES = 32_000;

export interface LockEntry {
  name: string;
  user: string;
  host: string;
  /** `DD.MM.YYYY HH:MM`, local time of the computer that wrote it. */
  editTime: string;
  profile: string;
}

/** Who this app is when it writes a lock. */
export interface LockIdentity {
  name: string;
  user: string;
  host: string;
  /** The app's config folder, written as a file URL. */
  configDir: string;
  pid: number;
}

export function lockPathFor(meetingPath: string): string {
  return join(dirname(meetingPath), `${LOCK_FILE_PREFIX}${basename(meetingPath)}#`);
}

function escapeField(value: string): string {
  return value.replace(/[\\,;]/g, (character) => `\\${character}`);
}

export function formatLockEntry(entry: LockEntry): string {
  return `${[entry.name, entry.user, entry.host, entry.editTime, entry.profile].map(escapeField).join(',')};`;
}

/**
 * Reads the first entry as LibreOffice does: five fields, `\` escapes only
 * `\`, `,` and `;`; anything else is not a lock entry (null).
 */
export function parseLockEntry(text: string): LockEntry | null {
  const fields: string[] = [];
  let field = '';
  let escaped = false;
  for (const character of text) {
    if (escaped) {
      if (character !== ',' && character !== ';' && character !== '\\') return null;
      field += character;
      escaped = false;
    } else if (character === '\\') {
      escaped = true;
    } else if (character === ',' || character === ';') {
      fields.push(field);
      field = '';
      const last = fields.length === 5;
      if (last !== (character === ';')) return null;
      if (last) break;
    } else {
      field += character;
    }
  }
  if (fields.length !== 5) return null;
  const [name, user, host, editTime, profile] = fields as [string, string, string, string, string];
  return { name, user, host, editTime, profile };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** LibreOffice's `DD.MM.YYYY HH:MM` in local time. */
export function lockTimeText(date: Date): string {
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${pad(date.getFullYear(), 4)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The moment a lock's time stands for, read as local time here; null when it is not in LibreOffice's form. */
export function parseLockTime(text: string): Date | null {
  const match = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes);
  return date.getDate() === day && date.getMonth() === month - 1 && hours < 24 && minutes < 60 ? date : null;
}

export function profileFor(identity: LockIdentity): string {
  const url = pathToFileURL(identity.configDir);
  url.searchParams.set('app', LOCK_APP_NAME);
  url.searchParams.set('pid', String(identity.pid));
  return url.href;
}

/** The process id in a lock this app wrote; null for another program's lock. */
export function lockProcessId(entry: LockEntry): number | null {
  let url: URL;
  try {
    url = new URL(entry.profile);
  } catch {
    return null;
  }
  if (url.searchParams.get('app') !== LOCK_APP_NAME) return null;
  const pid = Number(url.searchParams.get('pid'));
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

/** `kill(pid, 0)` sends nothing: it only asks whether the process exists (EPERM: it does, as another user's). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Left behind by a crash: written by this app on this computer, by a
 * process that no longer runs. Another computer's processes cannot be
 * seen from here, and another program's lock says no process: both are trusted.
 */
export function isStaleLock(entry: LockEntry, ownHost: string, isAlive: (pid: number) => boolean = isProcessAlive): boolean {
  const pid = lockProcessId(entry);
  return entry.host === ownHost && pid !== null && !isAlive(pid);
}

export interface MeetingLocks {
  /**
   * Writes this window's lock beside the meeting, unless someone else has
   * it open (then `theirs`, untouched) or `takeOver` is set. A stale lock is
   * replaced. Never fails: when no lock can be written (a read-only folder),
   * the answer is `none` with a note, and the meeting opens all the same.
   */
  acquire(path: string, options: { takeOver: boolean }): Promise<MeetingLock>;
  /** Removes this window's lock on the meeting, never someone else's (after a take-over). */
  release(path: string): Promise<void>;
  releaseAll(): Promise<void>;
  /** For the moment the app quits, when there is no time to wait. */
  releaseAllSync(): void;
}

export interface MeetingLocksOptions {
  identity?: Partial<LockIdentity>;
  now?: () => Date;
  isAlive?: (pid: number) => boolean;
}

export function defaultLockIdentity(configDir: string): LockIdentity {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No account name (some containers): the lock still names the computer.
  }
  return { name: '', user, host: hostname(), configDir, pid: process.pid };
}

interface ExistingLock {
  text: string;
  entry: LockEntry | null;
  modifiedAt: Date | null;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** The lock file as it is, or null when there is none. An unreadable one counts as someone's lock. */
async function readExisting(lockPath: string): Promise<ExistingLock | null> {
  let text: string;
  try {
    const bytes = await readFile(lockPath);
    text = bytes.subarray(0, MAX_LOCK_FILE_BYTES).toString('utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
    return { text: '', entry: null, modifiedAt: null };
  }
  const modifiedAt = await stat(lockPath).then((info) => info.mtime, () => null);
  return { text, entry: parseLockEntry(text), modifiedAt };
}

function ownerOf(existing: ExistingLock, ownHost: string): LockOwner {
  const entry = existing.entry;
  const since = (entry && parseLockTime(entry.editTime)) ?? existing.modifiedAt;
  return {
    name: entry ? entry.name.trim() || entry.user.trim() : '',
    host: entry?.host ?? '',
    sameHost: entry?.host === ownHost,
    since: since ? since.toISOString() : null,
  };
}

async function realOrSame(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

const NO_LOCK_NOTE =
  'Anderen kunnen niet zien dat u dit overleg open hebt: in deze map kan de app geen vergrendeling maken (de map is alleen-lezen of u mag er niet schrijven). U kunt het overleg gewoon lezen en bewerken; lukt opslaan niet, kies dan Opslaan als.';

const STALE_NOTE =
  'Er stond nog een vergrendeling van een eerdere sessie op deze computer die onverwacht is gestopt. Die is opgeruimd; het overleg is nu voor u geopend.';

export function createMeetingLocks(configDir: string, options: MeetingLocksOptions = {}): MeetingLocks {
  const identity: LockIdentity = { ...defaultLockIdentity(configDir), ...options.identity };
  const now = options.now ?? (() => new Date());
  const isAlive = options.isAlive ?? isProcessAlive;
  /** Per meeting path as the renderer knows it: the lock file and the exact text this window wrote. */
  const held = new Map<string, { lockPath: string; text: string }>();

  function ownText(): string {
    return formatLockEntry({
      name: identity.name,
      user: identity.user,
      host: identity.host,
      editTime: lockTimeText(now()),
      profile: profileFor(identity),
    });
  }

  function heldText(lockPath: string): string | null {
    for (const lock of held.values()) if (lock.lockPath === lockPath) return lock.text;
    return null;
  }

  async function write(lockPath: string, text: string, exclusive: boolean): Promise<'written' | 'exists' | 'refused'> {
    try {
      await writeFile(lockPath, text, { flag: exclusive ? 'wx' : 'w' });
      return 'written';
    } catch (error) {
      return errorCode(error) === 'EEXIST' ? 'exists' : 'refused';
    }
  }

  async function acquire(path: string, takeOver: boolean, attempt = 0): Promise<MeetingLock> {
    const key = resolve(path);
    const lockPath = lockPathFor(await realOrSame(key));
    const existing = await readExisting(lockPath);
    const ours = heldText(lockPath);
    if (existing && ours !== null && existing.text === ours) {
      held.set(key, { lockPath, text: ours });
      return { state: 'mine', note: null };
    }
    const stale = existing?.entry ? isStaleLock(existing.entry, identity.host, isAlive) : false;
    if (existing && !takeOver && !stale) {
      held.delete(key);
      return { state: 'theirs', owner: ownerOf(existing, identity.host) };
    }
    const text = ownText();
    const written = await write(lockPath, text, existing === null);
    // Someone created it between the look and the write: look again, once.
    if (written === 'exists') return attempt === 0 ? acquire(path, takeOver, 1) : { state: 'none', note: NO_LOCK_NOTE };
    if (written === 'refused') {
      held.delete(key);
      return { state: 'none', note: NO_LOCK_NOTE };
    }
    held.set(key, { lockPath, text });
    return { state: 'mine', note: stale && !takeOver ? STALE_NOTE : null };
  }

  function forget(path: string): { lockPath: string; text: string } | null {
    const key = resolve(path);
    const lock = held.get(key) ?? null;
    held.delete(key);
    // Still open under another name (a link to the same file): that one keeps the lock.
    if (lock && heldText(lock.lockPath) !== null) return null;
    return lock;
  }

  async function release(path: string): Promise<void> {
    const lock = forget(path);
    if (!lock) return;
    const current = await readFile(lock.lockPath, 'utf8').catch(() => null);
    // Someone who took over ("Toch bewerken") keeps their lock.
    if (current === lock.text) await unlink(lock.lockPath).catch(() => undefined);
  }

  return {
    acquire: (path, { takeOver }) => acquire(path, takeOver),
    release,
    async releaseAll() {
      await Promise.all([...held.keys()].map(release));
    },
    releaseAllSync() {
      for (const path of [...held.keys()]) {
        const lock = forget(path);
        if (!lock) continue;
        try {
          if (readFileSync(lock.lockPath, 'utf8') === lock.text) unlinkSync(lock.lockPath);
        } catch {
          // Gone already, or the folder went away: nothing left to remove.
        }
      }
    },
  };
}
