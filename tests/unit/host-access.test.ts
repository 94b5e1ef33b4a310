import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers, type HostDialogs } from '../../host/handlers';
import { createPathGrants, type PathGrants } from '../../host/path-access';
import { RECOVERY_FOLDER_NAME } from '../../host/recovery';
import { readMeetingFile } from '../../host/storage';
import type { Handlers, RecoveryEntry, SavedMeeting } from '../../shared/ipc/contract';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { FULL_EXPORT } from '../../shared/privacy/export-options';
import { ok, type Result } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * The host does only what the user chose: every channel that takes a path
 * (meeting:open, meeting:save, library:delete, recovery:save) or writes
 * where a dialog answers (meeting:saveAs, export:*), through dispatch as
 * the page reaches it. Paths come from the dialogs, the library listing,
 * the recent files, the recovery copies and "open with" (the grants),
 * within one session of the handlers.
 */

const NOT_CHOSEN_OPEN = /^Dit bestand is niet geopend\. De app werkt alleen met bestanden die u zelf hebt gekozen/;

describe('the host touches only the files the user chose', () => {
  let root = '';
  let home = '';
  let libraryDir = '';
  let configDir = '';
  let grants: PathGrants;
  let openAnswers: (string | null)[] = [];
  let saveAnswers: (string | null)[] = [];
  let handlers: Handlers;
  let ids = 0;

  const dialogs: HostDialogs = {
    chooseOpenPath: async () => openAnswers.shift() ?? null,
    chooseSavePath: async () => saveAnswers.shift() ?? null,
  };

  /** A session of the host: what was granted is forgotten with it, as when the app restarts. */
  function newSession(): void {
    grants = createPathGrants();
    handlers = {
      ...createNodeHandlers({ libraryDir, configDir, version: 'test', dialogs, grants, newId: () => `nieuw-id-${++ids}` }),
      'window:setDirty': async () => ok(null),
      'window:close': async () => ok(null),
      'shell:openExternal': async () => ok(null),
    };
  }

  const call = <T>(channel: string, payload?: unknown) => dispatch(handlers, channel, payload) as Promise<Result<T>>;

  async function valueOf<T>(channel: string, payload?: unknown): Promise<T> {
    const result = await call<T>(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  }

  async function writeMeeting(path: string, meeting: Meeting = sampleMeeting()): Promise<string> {
    await writeFile(path, serializeMeeting(meeting));
    return path;
  }

  /** Every file under the temp root, to see that a refusal wrote nothing anywhere. */
  async function everything(): Promise<string[]> {
    return (await readdir(root, { recursive: true })).sort();
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'mdo-access-'));
    home = join(root, 'home');
    libraryDir = join(home, 'Documenten', 'MDO');
    configDir = join(root, 'config');
    await mkdir(libraryDir, { recursive: true });
    openAnswers = [];
    saveAnswers = [];
    ids = 0;
    newSession();
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe('meeting:open', () => {
    it('refuses a file the user did not choose, in the same words whether it exists or not, and reads nothing', async () => {
      const existing = await writeMeeting(join(home, 'elders.mdo'));
      const answers = await Promise.all(
        [existing, join(home, 'bestaat-niet.mdo'), '/etc/passwd', join(home, 'Documenten')].map((path) => call('meeting:open', { path })),
      );
      const messages = new Set(answers.map((answer) => (answer.ok ? 'geopend' : `${answer.error.code}: ${answer.error.message}`)));
      expect(messages.size).toBe(1);
      expect(answers[0]).toMatchObject({ ok: false, error: { code: 'not-chosen', message: expect.stringMatching(NOT_CHOSEN_OPEN) } });
      expect(await valueOf<unknown[]>('recent:list')).toEqual([]);
    });

    it('opens what the library listing handed out', async () => {
      const path = await writeMeeting(join(libraryDir, 'Noor.mdo'));
      expect((await call('meeting:open', { path })).ok).toBe(false);
      await valueOf('library:list');
      expect(await call('meeting:open', { path })).toMatchObject({ ok: true, value: { path } });
    });

    it('opens what the open dialog answered, then and later', async () => {
      const path = await writeMeeting(join(home, 'Noor.mdo'));
      openAnswers.push(path);
      expect(await call('meeting:openDialog')).toMatchObject({ ok: true, value: { path } });
      expect(await call('meeting:open', { path })).toMatchObject({ ok: true, value: { path } });
    });

    it('opens what the OS opened with the app', async () => {
      const path = await writeMeeting(join(home, 'Noor.mdo'));
      grants.grant(path);
      expect(await call('meeting:open', { path })).toMatchObject({ ok: true, value: { path } });
    });

    it('opens a recent file in a later session once the recent list was shown', async () => {
      const path = await writeMeeting(join(home, 'Noor.mdo'));
      openAnswers.push(path);
      await valueOf('meeting:openDialog');
      newSession();
      expect((await call('meeting:open', { path })).ok).toBe(false);
      expect((await valueOf<{ path: string }[]>('recent:list')).map((file) => file.path)).toEqual([path]);
      expect(await call('meeting:open', { path })).toMatchObject({ ok: true, value: { path } });
    });
  });

  describe('meeting:read and meeting:lock', () => {
    it('read nothing and write no lock beside a file the user did not choose', async () => {
      const elsewhere = await writeMeeting(join(home, 'elders.mdo'));
      const listing = await everything();
      for (const answer of [
        await call('meeting:read', { path: elsewhere }),
        await call('meeting:read', { path: join(home, 'bestaat-niet.mdo') }),
        await call('meeting:lock', { path: elsewhere, takeOver: true }),
      ]) {
        expect(answer).toMatchObject({ ok: false, error: { code: 'not-chosen', message: expect.stringMatching(NOT_CHOSEN_OPEN) } });
      }
      expect(await everything()).toEqual(listing);

      grants.grant(elsewhere);
      expect(await call('meeting:read', { path: elsewhere })).toMatchObject({ ok: true, value: { path: elsewhere } });
    });
  });

  describe('meeting:save', () => {
    it('refuses any path the user did not choose, whatever its name, and writes nothing anywhere', async () => {
      const elsewhere = await writeMeeting(join(home, 'ander-overleg.mdo'), { ...sampleMeeting(), title: 'Van iemand anders' });
      const before = await readFile(elsewhere);
      const listing = await everything();
      for (const path of [join(home, '.profile-dropped'), join(home, '.local', 'share', 'applications', 'x.desktop'), join(home, 'x.desktop'), elsewhere, join(libraryDir, 'nieuw.mdo')]) {
        const saved = await call('meeting:save', { path, meeting: sampleMeeting() });
        expect(saved, path).toMatchObject({
          ok: false,
          error: { code: 'not-chosen', message: expect.stringMatching(/^Het overleg is niet opgeslagen: de app bewaart alleen in een bestand dat u zelf hebt gekozen/) },
        });
      }
      expect(await readFile(elsewhere)).toEqual(before);
      expect(await everything()).toEqual(listing);
    });

    it('saves a chosen file only when its name ends in .mdo', async () => {
      const path = join(home, 'x.desktop');
      openAnswers.push(path);
      await writeMeeting(path);
      const before = await readFile(path);
      // The open dialog's filter is a suggestion: the user may still pick another name, and open it.
      expect((await call('meeting:openDialog')).ok).toBe(true);
      expect(await call('meeting:save', { path, meeting: sampleMeeting() })).toMatchObject({
        ok: false,
        error: { code: 'not-a-meeting-name', message: expect.stringMatching(/eindigt op \.mdo/) },
      });
      expect(await readFile(path)).toEqual(before);
    });

    it('saves a new meeting into the library, and saves there again', async () => {
      const first = await valueOf<SavedMeeting>('meeting:save', { path: null, meeting: sampleMeeting() });
      expect(first.path).toBe(join(libraryDir, '2026-12-10 MDO Noor de Vries.mdo'));
      expect((await call('meeting:save', { path: first.path, meeting: { ...sampleMeeting(), title: 'Tweede keer' } })).ok).toBe(true);
    });
  });

  describe('meeting:saveAs', () => {
    it('saves where the dialog answered, as .mdo, as a meeting with an id of its own; both files save afterwards', async () => {
      const december = await writeMeeting(join(libraryDir, 'December.mdo'));
      await valueOf('library:list');
      saveAnswers.push(join(home, 'Januari'));
      const saved = await valueOf<SavedMeeting>('meeting:saveAs', { meeting: sampleMeeting() });

      expect(saved).toMatchObject({ path: join(home, 'Januari.mdo'), meetingId: 'nieuw-id-1' });
      const onDisk = await readMeetingFile(saved.path);
      expect(onDisk.ok && onDisk.value.id).toBe('nieuw-id-1');
      const original = await readMeetingFile(december);
      expect(original.ok && original.value.id).toBe(sampleMeeting().id);

      expect((await call('meeting:save', { path: saved.path, meeting: { ...sampleMeeting(), id: saved.meetingId } })).ok).toBe(true);
      expect((await call('meeting:save', { path: december, meeting: sampleMeeting() })).ok).toBe(true);
    });

    it('writes nothing when the dialog is cancelled', async () => {
      const listing = await everything();
      expect(await call('meeting:saveAs', { meeting: sampleMeeting() })).toEqual({ ok: true, value: null });
      expect(await everything()).toEqual(listing);
    });
  });

  describe('library:delete', () => {
    it('deletes only a .mdo file listed in the library, and says the same whether or not a file exists', async () => {
      const inLibrary = await writeMeeting(join(libraryDir, 'Noor.mdo'));
      const outside = await writeMeeting(join(home, 'Noor.mdo'));
      const notAMeeting = join(libraryDir, 'Noor.mdo.bak');
      await writeFile(notAMeeting, 'reservekopie');
      // Chosen, but not in the library.
      grants.grant(outside);
      grants.grant(notAMeeting);

      const refusals = await Promise.all(
        [inLibrary, outside, notAMeeting, join(libraryDir, 'bestaat-niet.mdo'), join(libraryDir, '..', 'MDO', 'Noor.mdo'), '/etc/passwd'].map((path) =>
          call('library:delete', { path }),
        ),
      );
      expect(new Set(refusals.map((answer) => (answer.ok ? 'verwijderd' : answer.error.message))).size).toBe(1);
      expect(refusals[0]).toMatchObject({ ok: false, error: { code: 'not-deleted', message: expect.stringMatching(/alleen overleggen \(\.mdo\) uit de lijst met overleggen/) } });
      for (const path of [inLibrary, outside, notAMeeting]) expect(existsSync(path), path).toBe(true);

      await valueOf('library:list');
      expect(await call('library:delete', { path: inLibrary })).toEqual({ ok: true, value: { exportCount: 0 } });
      expect(existsSync(inLibrary)).toBe(false);
    });

    it('removes the backups (hidden and an older visible one), the temp files a killed save left, the recent entry and this file’s recovery copies; another file’s copy stays', async () => {
      const december = join(libraryDir, '2026-12-10 MDO Noor.mdo');
      await writeMeeting(december);
      await valueOf('library:list');
      expect((await call('meeting:save', { path: december, meeting: sampleMeeting() })).ok).toBe(true);
      // Opslaan als January, typing there (copies from the old renderer's id and from the new one), typing in December too.
      saveAnswers.push(join(libraryDir, '2027-01-14 MDO Noor.mdo'));
      const january = await valueOf<SavedMeeting>('meeting:saveAs', { meeting: sampleMeeting() });
      const typed = (title: string, id = sampleMeeting().id) => ({ ...sampleMeeting(), id, title });
      await valueOf('recovery:save', { meeting: typed('Januari, oude id'), path: january.path });
      await valueOf('recovery:save', { meeting: typed('Januari, nieuwe id', january.meetingId), path: january.path });
      await valueOf('recovery:save', { meeting: typed('December, getypt'), path: december });
      await valueOf('recovery:save', { meeting: typed('Nooit opgeslagen', 'los'), path: null });
      const leftovers = [`.${'2026-12-10 MDO Noor.mdo'}.0123456789ab.tmp`, `.${'.2026-12-10 MDO Noor.mdo.bak'}.ba9876543210.tmp`];
      for (const name of leftovers) await writeFile(join(libraryDir, name), '{"half');
      // The visible backup an older version of the app made goes too.
      await writeFile(`${december}.bak`, serializeMeeting(sampleMeeting()));
      const otherTemp = `.${'2027-01-14 MDO Noor.mdo'}.0123456789ab.tmp`;
      await writeFile(join(libraryDir, otherTemp), '{"half');

      expect((await call('library:delete', { path: december })).ok).toBe(true);

      expect((await readdir(libraryDir)).sort()).toEqual(['2027-01-14 MDO Noor.mdo', otherTemp].sort());
      const recovered = await valueOf<RecoveryEntry[]>('recovery:list');
      expect(recovered.map((entry) => entry.title).sort()).toEqual(['Januari, nieuwe id', 'Januari, oude id', 'Nooit opgeslagen']);
      expect((await valueOf<{ path: string }[]>('recent:list')).map((file) => file.path)).toEqual([january.path]);
    });
  });

  describe('recovery:save and recovery:discard', () => {
    it('refuses a copy that names a file the user did not choose, and writes no copy', async () => {
      const answer = await call('recovery:save', { meeting: sampleMeeting(), path: join(home, 'x.desktop') });
      expect(answer).toMatchObject({ ok: false, error: { code: 'not-chosen', message: expect.stringMatching(/herstelkopie is niet bewaard/) } });
      expect(existsSync(join(configDir, RECOVERY_FOLDER_NAME))).toBe(false);
      expect((await call('recovery:save', { meeting: sampleMeeting(), path: null })).ok).toBe(true);
    });

    it('a copy’s file may be saved to in a later session, once the copies were listed (restoring the work)', async () => {
      const path = await writeMeeting(join(home, 'Noor.mdo'));
      grants.grant(path);
      await valueOf('recovery:save', { meeting: { ...sampleMeeting(), title: 'Getypt' }, path });
      newSession();
      expect((await call('meeting:save', { path, meeting: sampleMeeting() })).ok).toBe(false);
      await valueOf('recovery:list');
      expect((await call('meeting:save', { path, meeting: sampleMeeting() })).ok).toBe(true);
    });

    it('with a path, removes only the copy of the meeting in that file', async () => {
      const [a, b] = [join(home, 'a.mdo'), join(home, 'b.mdo')];
      grants.grant(a);
      grants.grant(b);
      await valueOf('recovery:save', { meeting: { ...sampleMeeting(), title: 'A' }, path: a });
      await valueOf('recovery:save', { meeting: { ...sampleMeeting(), title: 'B' }, path: b });
      await valueOf('recovery:discard', { meetingId: sampleMeeting().id, path: a });
      expect((await valueOf<RecoveryEntry[]>('recovery:list')).map((entry) => entry.title)).toEqual(['B']);
    });
  });

  describe('export:agenda and export:minutes', () => {
    it.each(['export:agenda', 'export:minutes'])('%s writes only where the save dialog answered, as .docx, and takes no path from the page', async (channel) => {
      const listing = await everything();
      expect(await call(channel, { meeting: sampleMeeting(), options: FULL_EXPORT, path: join(home, 'x.desktop') })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
      expect(await call(channel, { meeting: sampleMeeting() })).toEqual({ ok: true, value: null });
      expect(await everything()).toEqual(listing);

      saveAnswers.push(join(home, 'x.desktop'));
      const exported = await valueOf<{ path: string }>(channel, { meeting: sampleMeeting(), options: FULL_EXPORT });
      expect(exported.path).toBe(join(home, 'x.desktop.docx'));
      expect((await readFile(exported.path)).subarray(0, 2).toString()).toBe('PK');
      expect(existsSync(join(home, 'x.desktop'))).toBe(false);
      // An exported copy is no meeting file: it is not granted for saving.
      expect((await call('meeting:save', { path: exported.path, meeting: sampleMeeting() })).ok).toBe(false);
    });
  });

  it('keeps every refusal free of the file system’s own words', async () => {
    const answers = await Promise.all([
      call('meeting:open', { path: '/root/.ssh/id_rsa' }),
      call('meeting:save', { path: '/root/.bashrc.mdo', meeting: sampleMeeting() }),
      call('library:delete', { path: '/root/x.mdo' }),
      call('recovery:save', { meeting: sampleMeeting(), path: '/root/x.mdo' }),
    ]);
    for (const answer of answers) {
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(`${answer.error.message} ${(answer.error.details ?? []).join(' ')}`).not.toMatch(/ENOENT|EACCES|bestaat niet|geen toestemming|\/root/);
    }
  });
});
