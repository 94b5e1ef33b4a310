import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listLibrary } from '../../host/library';
import { backupPathFor, readMeetingFile, visibleBackupPathFor, writeMeetingFile } from '../../host/storage';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * The copy of the previous version a save keeps is hidden beside the file
 * (`.<name>.mdo.bak`): the library folder shows the meetings and nothing
 * else, and the app never lists a backup as a meeting. A visible `.bak` an
 * older version made is left as it is and never listed either.
 */

const fixedNow = () => new Date('2026-12-10T13:05:00.000Z');
const NAME = '2026-12-10 MDO Noor de Vries.mdo';

describe('the backup of a meeting file', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-backup-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is a dot-file beside the meeting, named after it', () => {
    expect(backupPathFor(join(dir, NAME))).toBe(join(dir, `.${NAME}.bak`));
    expect(visibleBackupPathFor(join(dir, NAME))).toBe(join(dir, `${NAME}.bak`));
  });

  it('after a second save holds the version before it, hidden, and the folder shows only the meeting', async () => {
    const path = join(dir, NAME);
    await writeMeetingFile(path, { ...sampleMeeting(), title: 'Versie 1' }, { now: fixedNow });
    await writeMeetingFile(path, { ...sampleMeeting(), title: 'Versie 2' }, { now: fixedNow });

    const backup = await readMeetingFile(backupPathFor(path));
    expect(backup.ok && backup.value.title).toBe('Versie 1');
    const names = await readdir(dir);
    expect(names.sort()).toEqual([`.${NAME}.bak`, NAME]);
    // What a file manager shows with hidden files hidden (macOS, Linux): the meeting alone.
    expect(names.filter((name) => !name.startsWith('.'))).toEqual([NAME]);
    expect((await listLibrary(dir)).map((summary) => summary.fileName)).toEqual([NAME]);
  });

  it('leaves a visible .bak from an older version alone, never lists it, and keeps new versions hidden', async () => {
    const path = join(dir, NAME);
    await writeMeetingFile(path, { ...sampleMeeting(), title: 'Huidig' }, { now: fixedNow });
    const oldBackup = serializeMeeting({ ...sampleMeeting(), title: 'Oude reservekopie' });
    await writeFile(visibleBackupPathFor(path), oldBackup);

    expect((await listLibrary(dir)).map((summary) => summary.fileName)).toEqual([NAME]);
    await writeMeetingFile(path, { ...sampleMeeting(), title: 'Nieuw' }, { now: fixedNow });

    expect(await readFile(visibleBackupPathFor(path), 'utf8')).toBe(oldBackup);
    const hidden = await readMeetingFile(backupPathFor(path));
    expect(hidden.ok && hidden.value.title).toBe('Huidig');
    expect((await readdir(dir)).sort()).toEqual([`.${NAME}.bak`, NAME, `${NAME}.bak`]);
    const listed = await listLibrary(dir);
    expect(listed.map((summary) => [summary.fileName, summary.title])).toEqual([[NAME, 'Nieuw']]);
  });

  it('is never listed, whatever the meetings in the folder are called', async () => {
    for (const name of ['a.mdo', 'Overleg.MDO', 'x.mdo.mdo']) {
      const path = join(dir, name);
      await writeMeetingFile(path, { ...sampleMeeting(), title: name }, { now: fixedNow });
      await writeMeetingFile(path, { ...sampleMeeting(), title: name }, { now: fixedNow });
    }
    expect((await readdir(dir)).filter((name) => name.endsWith('.bak'))).toHaveLength(3);
    expect((await listLibrary(dir)).map((summary) => summary.fileName).sort()).toEqual(['Overleg.MDO', 'a.mdo', 'x.mdo.mdo']);
  });
});
