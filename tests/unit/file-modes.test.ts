import { chmod, mkdtemp, open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atomicWriteFile } from '../../host/atomic-write';
import { createNodeHandlers } from '../../host/handlers';
import { createPathGrants } from '../../host/path-access';
import { createRecentFiles, RECENT_FILES_NAME } from '../../host/recent-files';
import { createRecoveryStore, RECOVERY_FOLDER_NAME } from '../../host/recovery';
import { backupPathFor, writeMeetingFile } from '../../host/storage';
import { FULL_EXPORT } from '../../shared/privacy/export-options';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * A meeting file holds a child's data: what the app creates on disk is
 * readable by the user alone (files 0600, folders 0700), and a file it
 * replaces keeps the mode it had. The umask is opened wide during these
 * tests, so every mode checked is one the app set itself. Root passes
 * these as anyone: modes are set, not enforced.
 */

const fixedNow = () => new Date('2026-12-10T13:05:00.000Z');

async function modeOf(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

describe.skipIf(process.platform === 'win32')('file modes on disk', () => {
  let dir = '';
  let umask = 0;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-modes-'));
    umask = process.umask(0);
  });
  afterEach(async () => {
    process.umask(umask);
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a new meeting file 0600, and its .bak 0600 at the next save', async () => {
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
    expect(await modeOf(path)).toBe(0o600);
    await writeMeetingFile(path, { ...sampleMeeting(), title: 'Tweede' }, { now: fixedNow });
    expect(await modeOf(path)).toBe(0o600);
    expect(await modeOf(backupPathFor(path))).toBe(0o600);
  });

  it('keeps the mode of a file it replaces: 0640 stays 0640, 0600 stays 0600, 0644 stays 0644', async () => {
    for (const mode of [0o640, 0o600, 0o644]) {
      const path = join(dir, `overleg-${mode.toString(8)}.mdo`);
      await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
      await chmod(path, mode);
      await writeMeetingFile(path, { ...sampleMeeting(), title: 'Tweede' }, { now: fixedNow });
      expect(await modeOf(path), mode.toString(8)).toBe(mode);
      await writeMeetingFile(path, { ...sampleMeeting(), title: 'Derde' }, { now: fixedNow });
      expect(await modeOf(path), mode.toString(8)).toBe(mode);
    }
  });

  it('never makes the .bak more readable than its file: a file made private makes an old open .bak private', async () => {
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
    await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
    await chmod(backupPathFor(path), 0o644);
    await chmod(path, 0o600);
    await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
    expect(await modeOf(backupPathFor(path))).toBe(0o600);

    // Shared with a group on purpose: the .bak may be too, as far as it was.
    await chmod(path, 0o640);
    await chmod(backupPathFor(path), 0o640);
    await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
    expect(await modeOf(backupPathFor(path))).toBe(0o640);
  });

  it('creates every temp file 0600 before a byte is written, also when the target it replaces is 0644', async () => {
    const path = join(dir, 'overleg.mdo');
    await atomicWriteFile(path, 'een');
    await chmod(path, 0o644);
    const handle = await open(import.meta.filename, 'r');
    const prototype = Object.getPrototypeOf(handle) as FileHandle;
    await handle.close();
    const original = prototype.writeFile;
    const modesWhileWriting: number[] = [];
    vi.spyOn(prototype, 'writeFile').mockImplementation(async function (this: FileHandle, data, options) {
      modesWhileWriting.push((await this.stat()).mode & 0o777);
      return original.call(this, data, options);
    });
    await atomicWriteFile(path, 'twee');
    await writeMeetingFile(join(dir, 'nieuw.mdo'), sampleMeeting(), { now: fixedNow });
    expect(modesWhileWriting).toEqual([0o600, 0o600]);
    expect(await modeOf(path)).toBe(0o644);
  });

  it('keeps recovery copies 0600 in a 0700 folder, and the recent-files list 0600 in a 0700 config folder', async () => {
    const configDir = join(dir, 'config');
    await createRecoveryStore(configDir).write(sampleMeeting(), join(dir, 'overleg.mdo'));
    await createRecentFiles(configDir).add(join(dir, 'overleg.mdo'));
    expect(await modeOf(configDir)).toBe(0o700);
    expect(await modeOf(join(configDir, RECOVERY_FOLDER_NAME))).toBe(0o700);
    const copies = await readdir(join(configDir, RECOVERY_FOLDER_NAME));
    expect(copies).toHaveLength(1);
    for (const name of copies) expect(await modeOf(join(configDir, RECOVERY_FOLDER_NAME, name))).toBe(0o600);
    expect(await modeOf(join(configDir, RECENT_FILES_NAME))).toBe(0o600);
  });

  it('through the handlers: the library folder it makes is 0700, a first save 0600, a Word export 0600', async () => {
    const libraryDir = join(dir, 'Documenten', 'MDO');
    const exportPath = join(dir, 'verslag.docx');
    const handlers = createNodeHandlers({
      libraryDir,
      configDir: join(dir, 'config'),
      version: 'test',
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => exportPath },
      grants: createPathGrants(),
      now: fixedNow,
    });
    const saved = await handlers['meeting:save']({ path: null, meeting: sampleMeeting() });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(await modeOf(libraryDir)).toBe(0o700);
    expect(await modeOf(saved.value.path)).toBe(0o600);
    expect((await handlers['export:minutes']({ meeting: sampleMeeting(), options: FULL_EXPORT })).ok).toBe(true);
    expect(await modeOf(exportPath)).toBe(0o600);
  });
});
