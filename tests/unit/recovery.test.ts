import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore, legacyRecoveryFileName, RECOVERY_FOLDER_NAME, recoveryFileName, recoveryWriteErrorFor } from '../../host/recovery';
import { CURRENT_SCHEMA_VERSION, serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';

describe('recovery copies of unsaved work', () => {
  let configDir = '';
  let folder = '';
  let clock = new Date('2026-12-10T13:00:00.000Z');
  const store = () => createRecoveryStore(configDir, { now: () => clock });

  beforeEach(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'mdo-recovery-'));
    folder = join(configDir, RECOVERY_FOLDER_NAME);
    clock = new Date('2026-12-10T13:00:00.000Z');
  });
  afterEach(async () => {
    await rm(configDir, { recursive: true, force: true });
  });

  it('lists nothing when no copy was ever written', async () => {
    expect(await store().list()).toEqual([]);
  });

  it('writes one copy per meeting and file in the Herstel folder and lists it with title, date, path and time', async () => {
    const meeting = { ...sampleMeeting(), title: 'MDO Noor, nog niet opgeslagen' };
    await store().write(meeting, '/home/fatima/Documenten/MDO/noor.mdo');

    const name = recoveryFileName(meeting.id, '/home/fatima/Documenten/MDO/noor.mdo');
    // The meeting id and a hash of the path: the child's name is not in the copy's name.
    expect(name).toMatch(new RegExp(`^${meeting.id}\\.[0-9a-f]{16}\\.json$`));
    expect(await readdir(folder)).toEqual([name]);
    const onDisk = JSON.parse(await readFile(join(folder, name), 'utf8'));
    expect(onDisk).toMatchObject({ format: 'mdo-assistent/herstel', savedAt: clock.toISOString(), path: '/home/fatima/Documenten/MDO/noor.mdo' });
    expect(await store().list()).toEqual([
      {
        meetingId: meeting.id,
        title: 'MDO Noor, nog niet opgeslagen',
        date: '2026-12-10',
        path: '/home/fatima/Documenten/MDO/noor.mdo',
        savedAt: clock.toISOString(),
        olderThanFile: false,
        basedOn: null,
        meeting,
      },
    ]);
  });

  it('removes the temp file a crashed copy left behind once the next copy of that meeting works', async () => {
    const meeting = sampleMeeting();
    const target = recoveryFileName(meeting.id, null);
    await mkdir(folder, { recursive: true });
    const leftover = join(folder, `.${target}.0123456789ab.tmp`);
    await writeFile(leftover, '{"half');
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(leftover, hourAgo, hourAgo);
    await store().write(meeting, null);
    expect(await readdir(folder)).toEqual([target]);
  });

  it('keeps only the newest copy of a meeting, and lists meetings newest first', async () => {
    const recovery = store();
    const noor = sampleMeeting();
    await recovery.write({ ...noor, title: 'Eerste versie' }, null);
    clock = new Date('2026-12-10T13:00:02.000Z');
    await recovery.write({ ...noor, title: 'Tweede versie' }, null);
    clock = new Date('2026-12-10T13:05:00.000Z');
    await recovery.write({ ...noor, id: 'ander-overleg', title: 'Ander overleg' }, null);

    const entries = await recovery.list();
    expect(entries.map((entry) => [entry.title, entry.savedAt])).toEqual([
      ['Ander overleg', '2026-12-10T13:05:00.000Z'],
      ['Tweede versie', '2026-12-10T13:00:02.000Z'],
    ]);
    expect((await readdir(folder)).sort()).toEqual([`${noor.id}.nieuw.json`, 'ander-overleg.nieuw.json'].sort());
  });

  it('discards the copy of one meeting and leaves the others', async () => {
    const recovery = store();
    await recovery.write(sampleMeeting(), null);
    await recovery.write({ ...sampleMeeting(), id: 'ander-overleg' }, null);
    await recovery.discard(sampleMeeting().id);
    await recovery.discard('bestaat-niet');
    expect((await recovery.list()).map((entry) => entry.meetingId)).toEqual(['ander-overleg']);
  });

  it('never writes a copy back after it was discarded, even when the write was still running', async () => {
    const recovery = store();
    await Promise.all([recovery.write(sampleMeeting(), null), recovery.discard(sampleMeeting().id)]);
    expect(await recovery.list()).toEqual([]);
  });

  it('lists after the writes and removals asked for before it', async () => {
    const recovery = store();
    await recovery.write(sampleMeeting(), null);
    void recovery.discard(sampleMeeting().id);
    void recovery.write({ ...sampleMeeting(), id: 'ander-overleg' }, null);
    expect((await recovery.list()).map((entry) => entry.meetingId)).toEqual(['ander-overleg']);
  });

  it('skips broken and foreign files without touching them', async () => {
    await store().write(sampleMeeting(), null);
    const broken = join(folder, 'kapot.json');
    const foreign = join(folder, 'vreemd.json');
    const invalidMeeting = join(folder, 'ongeldig.json');
    const misnamed = join(folder, 'verkeerde-naam.json');
    await writeFile(broken, '{ niet af');
    await writeFile(foreign, JSON.stringify({ format: 'iets-anders', meeting: sampleMeeting() }));
    const tooNew = join(folder, 'nieuwer.json');
    const copy = { format: 'mdo-assistent/herstel', schemaVersion: CURRENT_SCHEMA_VERSION, savedAt: clock.toISOString(), path: null };
    await writeFile(invalidMeeting, JSON.stringify({ ...copy, meeting: { ...sampleMeeting(), id: 'ongeldig', title: 42 } }));
    await writeFile(misnamed, JSON.stringify({ ...copy, meeting: sampleMeeting() }));
    await writeFile(tooNew, JSON.stringify({ ...copy, schemaVersion: CURRENT_SCHEMA_VERSION + 1, meeting: { ...sampleMeeting(), id: 'nieuwer' } }));
    await writeFile(join(folder, '.half-geschreven.json.abc.tmp'), '{');

    expect((await store().list()).map((entry) => entry.meetingId)).toEqual([sampleMeeting().id]);
    expect(await readFile(broken, 'utf8')).toBe('{ niet af');
    expect((await readdir(folder)).length).toBe(7);
  });

  it('skips a copy whose notes hold a node type this version does not know, without touching it', async () => {
    await mkdir(folder, { recursive: true });
    const meeting = { ...sampleMeeting(), id: 'onbekend-blok' };
    const notes = { root: { type: 'root', children: [{ type: 'mdo-stemming', version: 1 }] } };
    const text = JSON.stringify({
      format: 'mdo-assistent/herstel',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      savedAt: clock.toISOString(),
      path: null,
      meeting: { ...meeting, agendaItems: meeting.agendaItems.map((item) => ({ ...item, notes })) },
    });
    const path = join(folder, recoveryFileName(meeting.id, null));
    await writeFile(path, text);
    expect(await store().list()).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it.each([
    ['ENOSPC', /de schijf is vol\. Maak ruimte vrij, of sla het overleg op een andere plek op \(Opslaan als\)/],
    ['EACCES', /mag niet schrijven in haar eigen map voor herstelkopieën/],
    ['EIO', /kon niet worden bewaard\. Sla het overleg op/],
  ])('explains a %s while writing a copy in Dutch, and says the previous copy is unchanged', (errno, message) => {
    const described = recoveryWriteErrorFor(Object.assign(new Error(`${errno}: simulated`), { code: errno }));
    expect(described.code).toBe('recovery-failed');
    expect(described.message).toMatch(message);
    expect(described.message).toMatch(/De vorige herstelkopie is niet gewijzigd\./);
  });

  it('gives an id that is no safe file name a hashed name inside the folder', async () => {
    const meeting = { ...sampleMeeting(), id: '../../buiten' };
    await store().write(meeting, null);
    expect(recoveryFileName(meeting.id, null)).toMatch(/^id-[0-9a-f]{32}\.nieuw\.json$/);
    expect(await readdir(folder)).toEqual([recoveryFileName(meeting.id, null)]);
    expect((await store().list())[0]?.meetingId).toBe('../../buiten');
    await store().discard(meeting.id);
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps a copy per file: two files with one meeting id each have their own, and removing one leaves the other', async () => {
    const recovery = store();
    const december = '/home/fatima/Documenten/MDO/2026-12-10 MDO Noor.mdo';
    const january = '/home/fatima/Documenten/MDO/2027-01-14 MDO Noor.mdo';
    const meeting = sampleMeeting();
    await recovery.write({ ...meeting, title: 'December, getypt' }, december);
    clock = new Date('2026-12-10T13:00:05.000Z');
    await recovery.write({ ...meeting, title: 'Januari, getypt' }, january);
    expect((await recovery.list()).map((entry) => [entry.title, entry.path])).toEqual([
      ['Januari, getypt', january],
      ['December, getypt', december],
    ]);

    await recovery.discard(meeting.id, december);
    expect((await recovery.list()).map((entry) => [entry.title, entry.path])).toEqual([['Januari, getypt', january]]);
  });

  it('removes every copy that belongs to a deleted file, whatever its meeting id, and no other', async () => {
    const recovery = store();
    const deleted = join(configDir, 'MDO', 'weg.mdo');
    const kept = join(configDir, 'MDO', 'blijft.mdo');
    await recovery.write(sampleMeeting(), deleted);
    await recovery.write({ ...sampleMeeting(), id: 'ander-id' }, deleted);
    await recovery.write(sampleMeeting(), kept);
    await recovery.write(sampleMeeting(), null);

    await recovery.discardFile(deleted);
    expect((await recovery.list()).map((entry) => [entry.meetingId, entry.path]).sort()).toEqual(
      [
        [sampleMeeting().id, kept],
        [sampleMeeting().id, null],
      ].sort(),
    );
  });

  it('still offers a copy an older version named after the meeting alone, and removes it with its own file only', async () => {
    await mkdir(folder, { recursive: true });
    const meeting = sampleMeeting();
    const path = '/home/fatima/Documenten/MDO/noor.mdo';
    const legacy = join(folder, legacyRecoveryFileName(meeting.id));
    const copy = { format: 'mdo-assistent/herstel', schemaVersion: CURRENT_SCHEMA_VERSION, savedAt: clock.toISOString(), path, meeting };
    await writeFile(legacy, JSON.stringify(copy));
    expect((await store().list()).map((entry) => entry.path)).toEqual([path]);

    await store().discard(meeting.id, '/home/fatima/Documenten/MDO/ander.mdo');
    await store().discardFile('/home/fatima/Documenten/MDO/ander.mdo');
    expect((await store().list()).map((entry) => entry.path)).toEqual([path]);

    await store().discard(meeting.id, path);
    expect(await readdir(folder)).toEqual([]);
    await writeFile(legacy, JSON.stringify(copy));
    await store().discardFile(path);
    expect(await readdir(folder)).toEqual([]);
  });

  it('removes every copy of the meeting when no file is named (a renderer that does not send the path)', async () => {
    const recovery = store();
    await recovery.write(sampleMeeting(), '/a/een.mdo');
    await recovery.write(sampleMeeting(), null);
    await recovery.write({ ...sampleMeeting(), id: 'ander-overleg' }, '/a/een.mdo');
    await recovery.discard(sampleMeeting().id);
    expect((await recovery.list()).map((entry) => entry.meetingId)).toEqual(['ander-overleg']);
  });

  it.skipIf(process.platform === 'win32')('keeps copies readable by the user alone, also where an older version left them open', async () => {
    await mkdir(folder, { recursive: true, mode: 0o755 });
    await chmod(folder, 0o755);
    const path = join(folder, recoveryFileName(sampleMeeting().id, null));
    await writeFile(path, '{}', { mode: 0o644 });
    await chmod(path, 0o644);

    await store().write(sampleMeeting(), null);
    await store().write({ ...sampleMeeting(), id: 'nieuw-overleg' }, '/a/een.mdo');
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    for (const name of await readdir(folder)) expect((await stat(join(folder, name))).mode & 0o777, name).toBe(0o600);

    const fresh = await mkdtemp(join(tmpdir(), 'mdo-recovery-nieuw-'));
    try {
      await createRecoveryStore(join(fresh, 'config')).write(sampleMeeting(), null);
      expect((await stat(join(fresh, 'config'))).mode & 0o777).toBe(0o700);
      expect((await stat(join(fresh, 'config', RECOVERY_FOLDER_NAME))).mode & 0o777).toBe(0o700);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('still lists a copy whose .mdo was saved after it, flagged as older than the file', async () => {
    const libraryDir = join(configDir, 'bibliotheek');
    await mkdir(libraryDir);
    const path = join(libraryDir, 'noor.mdo');
    await writeFile(path, serializeMeeting(sampleMeeting()));
    const recovery = store();
    await recovery.write({ ...sampleMeeting(), title: 'Getypt voor de crash' }, path);

    await utimes(path, new Date('2026-12-10T12:00:00.000Z'), new Date('2026-12-10T12:00:00.000Z'));
    expect((await recovery.list())[0]?.olderThanFile).toBe(false);

    await utimes(path, new Date('2026-12-10T14:00:00.000Z'), new Date('2026-12-10T14:00:00.000Z'));
    expect((await recovery.list())[0]).toMatchObject({ title: 'Getypt voor de crash', olderThanFile: true });

    // A file that is gone is not newer: the copy is all there is.
    await rm(path);
    expect((await recovery.list())[0]?.olderThanFile).toBe(false);
  });
});
