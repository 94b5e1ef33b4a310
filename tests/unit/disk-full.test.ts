import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers } from '../../host/handlers';
import { createPathGrants } from '../../host/path-access';
import { createRecoveryStore, RECOVERY_FOLDER_NAME, recoveryFileName } from '../../host/recovery';
import { backupPathFor, readMeetingFile, writeMeetingFile } from '../../host/storage';
import type { Handlers } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { ok, type Result } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { fillDiskAfter, type FullDiskAt } from './support/full-disk';
import { versionedMeeting } from './support/versioned-meeting';

/**
 * When the disk is full, every write the app makes (a save, an autosave, a
 * Word export) tells the user so in Dutch with what to do, and leaves what
 * was on disk before exactly as it was, with no temp file behind.
 */

const fixedNow = () => new Date('2026-12-10T13:05:00.000Z');

function titled(title: string): Meeting {
  return { ...sampleMeeting(), title };
}

async function tempFiles(folder: string): Promise<string[]> {
  return (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.tmp'));
}

describe('a full disk', () => {
  let dir = '';
  let libraryDir = '';
  let configDir = '';
  let saveAnswer: string | null = null;
  let handlers: Handlers;

  const call = <T>(channel: string, payload?: unknown) => dispatch(handlers, channel, payload) as Promise<Result<T>>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-disk-full-'));
    libraryDir = join(dir, 'MDO');
    configDir = join(dir, 'config');
    await mkdir(libraryDir);
    saveAnswer = null;
    // The meeting file was opened with the app, so saves and recovery copies may name it.
    const grants = createPathGrants();
    grants.grant(join(libraryDir, 'overleg.mdo'));
    handlers = {
      ...createNodeHandlers({
        grants,
        libraryDir,
        configDir,
        version: '0.0.0-test',
        now: fixedNow,
        dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => saveAnswer },
      }),
      'window:setDirty': async () => ok(null),
      'window:close': async () => ok(null),
      'shell:openExternal': async () => ok(null),
    };
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it.each<[string, number, FullDiskAt]>([
    ['while keeping the previous version as .bak', 0, 'write'],
    ['while writing the new version', 1, 'write'],
    ['when flushing the new version to disk', 1, 'sync'],
  ])('saving says the disk is full %s, and the file, its .bak and the folder are as before', async (_when, passing, at) => {
    const path = join(libraryDir, 'overleg.mdo');
    await writeMeetingFile(path, titled('Versie 1'), { now: fixedNow });
    await writeMeetingFile(path, titled('Versie 2'), { now: fixedNow });
    const fileBefore = await readFile(path);
    const backupBefore = await readFile(backupPathFor(path));

    const disk = await fillDiskAfter(passing, at);
    const saved = await call('meeting:save', { path, meeting: titled('Versie 3') });
    expect(disk.failures()).toBe(1);
    vi.restoreAllMocks();

    expect(saved).toMatchObject({ ok: false, error: { code: 'disk-full' } });
    const message = !saved.ok ? saved.error.message : '';
    expect(message).toMatch(/de schijf is vol/);
    expect(message).toMatch(/Maak ruimte vrij/);
    expect(message).toMatch(/Opslaan als en sla op een andere plek op/);
    expect(message).toMatch(/Het vorige bestand is niet gewijzigd/);

    expect(await readFile(path)).toEqual(fileBefore);
    // The .bak is a complete earlier version: untouched, or already the version that was on disk.
    const backupAfter = await readFile(backupPathFor(path));
    expect([backupBefore, fileBefore]).toContainEqual(backupAfter);
    expect((await readMeetingFile(backupPathFor(path))).ok).toBe(true);
    expect(await tempFiles(libraryDir)).toEqual([]);
    expect(await readMeetingFile(path)).toMatchObject({ ok: true, value: { title: 'Versie 2' } });
  });

  it('a first save into the library says the disk is full and leaves nothing behind', async () => {
    await fillDiskAfter(0);
    const saved = await call('meeting:save', { path: null, meeting: titled('Nieuw overleg') });
    vi.restoreAllMocks();
    expect(saved).toMatchObject({ ok: false, error: { code: 'disk-full', message: expect.stringMatching(/de schijf is vol/) } });
    expect(await readdir(libraryDir)).toEqual([]);
  });

  it('the autosave says the disk is full, and the previous recovery copy is as before', async () => {
    const path = join(libraryDir, 'overleg.mdo');
    expect(await call('recovery:save', { meeting: titled('Getypt 1'), path })).toEqual({ ok: true, value: null });
    const recoveryFolder = join(configDir, RECOVERY_FOLDER_NAME);
    const copy = join(recoveryFolder, recoveryFileName(sampleMeeting().id, path));
    const copyBefore = await readFile(copy);

    await fillDiskAfter(0);
    const result = await call('recovery:save', { meeting: titled('Getypt 2'), path });
    vi.restoreAllMocks();

    expect(result).toMatchObject({ ok: false, error: { code: 'recovery-failed' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).toMatch(/herstelkopie kon niet worden bewaard: de schijf is vol/);
    expect(message).toMatch(/Maak ruimte vrij, of sla het overleg op een andere plek op \(Opslaan als\)/);
    expect(message).toMatch(/De vorige herstelkopie is niet gewijzigd/);
    expect(await readFile(copy)).toEqual(copyBefore);
    expect(await tempFiles(recoveryFolder)).toEqual([]);
    const entries = await createRecoveryStore(configDir).list();
    expect(entries.map((entry) => entry.title)).toEqual(['Getypt 1']);
  });

  it('a Word export says the disk is full, and an earlier Word file of that name is as before', async () => {
    saveAnswer = join(libraryDir, 'verslag.docx');
    expect((await call('export:minutes', { meeting: titled('Eerste export') })).ok).toBe(true);
    const wordBefore = await readFile(saveAnswer);

    await fillDiskAfter(0);
    const result = await call('export:minutes', { meeting: titled('Tweede export') });
    vi.restoreAllMocks();

    expect(result).toMatchObject({ ok: false, error: { code: 'export-failed' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).toMatch(/Het Word-bestand is niet gemaakt .*: de schijf is vol\./);
    expect(message).toMatch(/Uw overleg is niet veranderd en een eerder Word-bestand met deze naam ook niet/);
    expect(message).toMatch(/Maak ruimte vrij of kies een andere map/);
    expect(message).not.toMatch(/Sluit het bestand in Word/);
    expect(await readFile(saveAnswer)).toEqual(wordBefore);
    expect(await tempFiles(libraryDir)).toEqual([]);
  });
});

/**
 * The same with a real full disk: a tiny tmpfs. Mounting needs root and a
 * system that allows it (a container often does not), so this part runs
 * where it can and is skipped elsewhere; the simulated disk above always runs.
 */
describe('a real full disk (small tmpfs)', () => {
  let dir = '';
  let mountPoint = '';
  let mounted = false;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-tmpfs-'));
    mountPoint = join(dir, 'klein');
    await mkdir(mountPoint);
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return;
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'ignore' });
      mounted = true;
    } catch {
      console.info('disk-full: no tmpfs could be mounted here; the real full-disk test is skipped');
    }
  });

  afterAll(async () => {
    if (mounted) execFileSync('umount', [mountPoint], { stdio: 'ignore' });
    await rm(dir, { recursive: true, force: true });
  });

  it('saving onto a disk that is really full says so and leaves the previous file intact; after making room it saves', async (context) => {
    if (!mounted) context.skip();
    const path = join(mountPoint, 'overleg.mdo');
    expect((await writeMeetingFile(path, titled('Klein'), { now: fixedNow })).ok).toBe(true);
    const before = await readFile(path);

    // Fill what is left, in small pieces so the disk ends up completely full.
    const filler = join(mountPoint, 'vulling.bin');
    await writeFile(filler, '');
    for (;;) {
      try {
        await writeFile(filler, Buffer.alloc(4096, 1), { flag: 'a' });
      } catch {
        break;
      }
    }

    const saved = await writeMeetingFile(path, versionedMeeting(7), { now: fixedNow });
    expect(saved).toMatchObject({ ok: false, error: { code: 'disk-full', message: expect.stringMatching(/de schijf is vol/) } });
    expect(await readFile(path)).toEqual(before);
    expect(await tempFiles(mountPoint)).toEqual([]);

    await rm(filler);
    expect((await writeMeetingFile(path, versionedMeeting(7), { now: fixedNow })).ok).toBe(true);
    expect(await readMeetingFile(path)).toMatchObject({ ok: true, value: { title: 'Versie 7' } });
  });
});
