import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import {
  createMeetingLocks,
  formatLockEntry,
  lockPathFor,
  lockTimeText,
  parseLockEntry,
  parseLockTime,
  type MeetingLocks,
} from '../../host/lock-file';
import { createNodeHandlers } from '../../host/handlers';
import { sampleMeeting } from '../fixtures/sample-meeting';

const opened = new Date(2026, 11, 10, 8, 46);
const now = () => opened;

/** The pid of a process that has ended: started and waited for, so no process has it now (reuse within the test is not a concern). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  if (child.pid === undefined) throw new Error('could not start a process to get an unused pid');
  return child.pid;
}

function window(configDir: string, name: string, host = hostname()): MeetingLocks {
  return createMeetingLocks(configDir, { identity: { name, user: name.split(' ')[0]!.toLowerCase(), host }, now });
}

describe('the lock file format (LibreOffice .~lock.<name>#)', () => {
  it('names the lock after the file, hidden, in the same folder', () => {
    expect(lockPathFor('/home/anna/Documenten/MDO/2026-12-10 MDO Noor.mdo')).toBe('/home/anna/Documenten/MDO/.~lock.2026-12-10 MDO Noor.mdo#');
  });

  it('writes five comma-separated fields ended by a semicolon, escaping \\ , and ; with a backslash', () => {
    const entry = { name: 'Vries, Anna; de', user: 'anna', host: 'PC-12', editTime: '10.12.2026 08:46', profile: 'file:///C:/a\\b?app=MDO-assistent&pid=7' };
    const text = formatLockEntry(entry);
    expect(text).toBe('Vries\\, Anna\\; de,anna,PC-12,10.12.2026 08:46,file:///C:/a\\\\b?app=MDO-assistent&pid=7;');
    expect(parseLockEntry(text)).toEqual(entry);
  });

  it('reads a lock LibreOffice wrote (no name set, its own profile) and ignores what follows the entry', () => {
    expect(parseLockEntry(',jan,werkplek-3,17.06.2026 10:35,file:///home/jan/.config/libreoffice/4;\n')).toEqual({
      name: '',
      user: 'jan',
      host: 'werkplek-3',
      editTime: '17.06.2026 10:35',
      profile: 'file:///home/jan/.config/libreoffice/4',
    });
  });

  it('refuses what is not an entry: too few fields, no closing semicolon, a stray escape', () => {
    expect(parseLockEntry('a,b,c,d;')).toBeNull();
    expect(parseLockEntry('a,b,c,d,e')).toBeNull();
    expect(parseLockEntry('a,b,c,d,e,f;')).toBeNull();
    expect(parseLockEntry('a\\x,b,c,d,e;')).toBeNull();
    expect(parseLockEntry('')).toBeNull();
  });

  it('writes and reads the time as LibreOffice does: DD.MM.YYYY HH:MM, local time', () => {
    expect(lockTimeText(opened)).toBe('10.12.2026 08:46');
    expect(parseLockTime('10.12.2026 08:46')?.getTime()).toBe(opened.getTime());
    expect(parseLockTime('31.02.2026 08:46')).toBeNull();
    expect(parseLockTime('gisteren')).toBeNull();
  });
});

describe('locks on real files', () => {
  let dir = '';
  let meetingPath = '';
  let lockPath = '';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-lock-'));
    await mkdir(join(dir, 'MDO'));
    meetingPath = join(dir, 'MDO', 'noor.mdo');
    lockPath = lockPathFor(meetingPath);
    await writeFile(meetingPath, serializeMeeting(sampleMeeting()));
  });
  afterEach(async () => {
    await chmod(join(dir, 'MDO'), 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the lock on open with name, login, computer, time and the app with its process id, and removes it on close', async () => {
    const anna = window(join(dir, 'config-anna'), 'Anna de Vries');
    expect(await anna.acquire(meetingPath, { takeOver: false })).toEqual({ state: 'mine', note: null });
    const entry = parseLockEntry(await readFile(lockPath, 'utf8'));
    expect(entry).toMatchObject({ name: 'Anna de Vries', user: 'anna', host: hostname(), editTime: '10.12.2026 08:46' });
    expect(entry?.profile).toMatch(/^file:\/\/\/.*config-anna\?app=MDO-assistent&pid=\d+$/);
    expect(entry?.profile).toContain(`pid=${process.pid}`);

    // Opening it again in the same window keeps the same lock.
    expect(await anna.acquire(meetingPath, { takeOver: false })).toEqual({ state: 'mine', note: null });
    await anna.release(meetingPath);
    expect(await readdir(join(dir, 'MDO'))).toEqual(['noor.mdo']);
  });

  it('tells a second window who has the meeting open and since when, and leaves the lock alone', async () => {
    const anna = window(join(dir, 'config-anna'), 'Anna de Vries');
    const bram = window(join(dir, 'config-bram'), 'Bram Jansen');
    await anna.acquire(meetingPath, { takeOver: false });
    const before = await readFile(lockPath, 'utf8');

    expect(await bram.acquire(meetingPath, { takeOver: false })).toEqual({
      state: 'theirs',
      owner: { name: 'Anna de Vries', host: hostname(), sameHost: true, since: opened.toISOString() },
    });
    expect(await readFile(lockPath, 'utf8')).toBe(before);
    // Bram closing the meeting does not remove Anna's lock.
    await bram.release(meetingPath);
    expect(await readFile(lockPath, 'utf8')).toBe(before);
  });

  it('takes the lock over on request ("Toch bewerken"); the first window then leaves the new lock in place', async () => {
    const anna = window(join(dir, 'config-anna'), 'Anna de Vries');
    const bram = window(join(dir, 'config-bram'), 'Bram Jansen');
    await anna.acquire(meetingPath, { takeOver: false });
    expect(await bram.acquire(meetingPath, { takeOver: true })).toEqual({ state: 'mine', note: null });
    expect(parseLockEntry(await readFile(lockPath, 'utf8'))?.name).toBe('Bram Jansen');

    await anna.release(meetingPath);
    expect(parseLockEntry(await readFile(lockPath, 'utf8'))?.name).toBe('Bram Jansen');
    // And Anna, opening again, is told Bram has it.
    expect(await anna.acquire(meetingPath, { takeOver: false })).toMatchObject({ state: 'theirs', owner: { name: 'Bram Jansen' } });
  });

  it('clears a lock this app left on this computer when its process is gone (a crash)', async () => {
    const crashed = `Carla,carla,${hostname()},09.12.2026 17:00,file:///home/carla/.config/MDO-assistent?app=MDO-assistent&pid=${deadPid()};`;
    await writeFile(lockPath, crashed);
    const anna = window(join(dir, 'config-anna'), 'Anna de Vries');

    const lock = await anna.acquire(meetingPath, { takeOver: false });
    expect(lock).toEqual({ state: 'mine', note: expect.stringMatching(/eerdere sessie op deze computer die onverwacht is gestopt/) });
    expect(parseLockEntry(await readFile(lockPath, 'utf8'))?.name).toBe('Anna de Vries');
  });

  it('trusts a lock whose process still runs on this computer', async () => {
    const running = `Carla,carla,${hostname()},09.12.2026 17:00,file:///home/carla/.config/MDO-assistent?app=MDO-assistent&pid=${process.pid};`;
    await writeFile(lockPath, running);
    const lock = await window(join(dir, 'config-anna'), 'Anna de Vries').acquire(meetingPath, { takeOver: false });
    expect(lock).toMatchObject({ state: 'theirs', owner: { name: 'Carla', sameHost: true } });
  });

  it('trusts a lock from another computer, whatever its process id, and says since when', async () => {
    const elsewhere = `Carla,carla,werkplek-7,09.12.2026 17:00,file:///home/carla/.config/MDO-assistent?app=MDO-assistent&pid=${deadPid()};`;
    await writeFile(lockPath, elsewhere);
    const lock = await window(join(dir, 'config-anna'), 'Anna de Vries').acquire(meetingPath, { takeOver: false });
    expect(lock).toEqual({
      state: 'theirs',
      owner: { name: 'Carla', host: 'werkplek-7', sameHost: false, since: new Date(2026, 11, 9, 17, 0).toISOString() },
    });
    expect(await readFile(lockPath, 'utf8')).toBe(elsewhere);
  });

  it('trusts a lock of another program on this computer (no process id to check), named by login when it has no name', async () => {
    await writeFile(lockPath, `,jan,${hostname()},09.12.2026 17:00,file:///home/jan/.config/libreoffice/4;`);
    const lock = await window(join(dir, 'config-anna'), 'Anna de Vries').acquire(meetingPath, { takeOver: false });
    expect(lock).toMatchObject({ state: 'theirs', owner: { name: 'jan', sameHost: true } });
  });

  it('counts a lock file it cannot read as someone\'s, since when the file was written', async () => {
    await writeFile(lockPath, 'dit is geen vergrendeling');
    const lock = await window(join(dir, 'config-anna'), 'Anna de Vries').acquire(meetingPath, { takeOver: false });
    expect(lock).toMatchObject({ state: 'theirs', owner: { name: '', host: '', sameHost: false, since: expect.any(String) } });
  });

  it('removes every lock of the window at once when it closes or the app quits, and only its own', async () => {
    const second = join(dir, 'MDO', 'sam.mdo');
    await writeFile(second, serializeMeeting(sampleMeeting()));
    const anna = window(join(dir, 'config-anna'), 'Anna de Vries');
    await anna.acquire(meetingPath, { takeOver: false });
    await anna.acquire(second, { takeOver: false });
    await writeFile(lockPath, 'iemand anders,x,y,10.12.2026 09:00,z;');

    anna.releaseAllSync();
    expect((await readdir(join(dir, 'MDO'))).sort()).toEqual(['.~lock.noor.mdo#', 'noor.mdo', 'sam.mdo']);
  });
});

/**
 * A folder the app may not write in: a read-only tmpfs where the tests run
 * as root (root ignores file modes), a folder without write permission
 * otherwise. Opening must never be blocked by the lock.
 */
describe('a read-only folder', () => {
  let dir = '';
  let folder = '';
  let mounted = false;
  let skipReason: string | null = null;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-lock-ro-'));
    folder = join(dir, 'alleen-lezen');
    await mkdir(folder);
    if (process.getuid?.() === 0) {
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', folder], { stdio: 'ignore' });
        mounted = true;
        await writeFile(join(folder, 'noor.mdo'), serializeMeeting(sampleMeeting()));
        execFileSync('mount', ['-o', 'remount,ro', folder], { stdio: 'ignore' });
      } catch {
        skipReason = 'as root without permission to mount a tmpfs, no folder here is read-only';
      }
    } else if (process.platform === 'win32') {
      skipReason = 'Windows has no read-only folder mode to test with';
    } else {
      await writeFile(join(folder, 'noor.mdo'), serializeMeeting(sampleMeeting()));
      await chmod(folder, 0o555);
    }
  });

  afterAll(async () => {
    if (mounted) execFileSync('umount', [folder], { stdio: 'ignore' });
    else await chmod(folder, 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('opens without a lock and says so, instead of failing', async (context) => {
    if (skipReason) context.skip(skipReason);
    const locks = window(join(dir, 'config'), 'Anna de Vries');
    const lock = await locks.acquire(join(folder, 'noor.mdo'), { takeOver: false });
    expect(lock).toEqual({ state: 'none', note: expect.stringMatching(/^Anderen kunnen niet zien dat u dit overleg open hebt/) });
    expect(await readdir(folder)).toEqual(['noor.mdo']);
    await locks.release(join(folder, 'noor.mdo'));
    locks.releaseAllSync();
  });

  it('opens the meeting through the handlers all the same, with the note', async (context) => {
    if (skipReason) context.skip(skipReason);
    const path = join(folder, 'noor.mdo');
    const handlers = createNodeHandlers({
      libraryDir: join(dir, 'MDO'),
      configDir: join(dir, 'config'),
      version: 'test',
      dialogs: { chooseOpenPath: async () => path, chooseSavePath: async () => null },
    });
    const result = await handlers['meeting:openDialog'](undefined);
    expect(result).toMatchObject({ ok: true, value: { path, meeting: { id: sampleMeeting().id }, lock: { state: 'none', note: expect.any(String) } } });
  });
});
