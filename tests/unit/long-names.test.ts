import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, removeStaleTempFiles, tempPathFor, tempPrefixFor } from '../../host/atomic-write';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers } from '../../host/handlers';
import { createPathGrants, type PathGrants } from '../../host/path-access';
import { backupPathFor, readMeetingFile, saveErrorFor, writeMeetingFile } from '../../host/storage';
import type { Handlers } from '../../shared/ipc/contract';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { ok, type Result } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * File systems take 255 bytes per name. A meeting file with a long name
 * has a hidden `.bak` 5 bytes longer and temp files longer still: those must
 * never be what makes a save fail, and a name that cannot work is refused
 * before anything is written, in words that say what to do.
 */

const fixedNow = () => new Date('2026-12-10T13:05:00.000Z');
const bytes = (text: string) => Buffer.byteLength(text);

/** A `.mdo` name of exactly `size` bytes, with accented letters (two bytes each) as a user may type them. */
function nameOfBytes(size: number): string {
  const stem = size - bytes('.mdo');
  const name = `${'Overleg Zoë en Anaïs '.repeat(20)}`;
  let result = '';
  for (const character of name) {
    if (bytes(result + character) > stem) break;
    result += character;
  }
  return `${result.padEnd(result.length + stem - bytes(result), 'x')}.mdo`;
}

const TOO_LONG = /^De bestandsnaam is te lang, of de map waarin het bestand staat ligt te diep: het overleg is niet opgeslagen\..*Kies Opslaan als en geef een kortere naam/;

describe('long file names', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-long-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives every temp file a hidden .tmp name of at most 255 bytes, unique per write and per target', () => {
    for (const size of [10, 236, 237, 238, 240, 250, 255]) {
      const name = nameOfBytes(size);
      expect(bytes(name)).toBe(size);
      const temps = new Set([tempPathFor(join(dir, name)), tempPathFor(join(dir, name))]);
      expect(temps.size, `${size}`).toBe(2);
      for (const temp of temps) {
        const tempName = temp.slice(dir.length + 1);
        expect(bytes(tempName), `${size}: ${tempName}`).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(tempName.startsWith('.') && tempName.endsWith('.tmp')).toBe(true);
      }
    }
    // Short names keep the plain form; two long names with the same start get their own prefix.
    expect(tempPrefixFor('overleg.mdo')).toBe('.overleg.mdo.');
    const shared = 'é'.repeat(125);
    expect(tempPrefixFor(`${shared}a.mdo`)).not.toBe(tempPrefixFor(`${shared}b.mdo`));
  });

  it('saves a meeting with a 236-byte name, saves again and saves again', async () => {
    const path = join(dir, nameOfBytes(236));
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      const saved = await writeMeetingFile(path, { ...sampleMeeting(), title }, { now: fixedNow });
      expect(saved, title).toMatchObject({ ok: true });
    }
    const current = await readMeetingFile(path);
    const backup = await readMeetingFile(backupPathFor(path));
    expect(current.ok && current.value.title).toBe('Derde');
    expect(backup.ok && backup.value.title).toBe('Tweede');
    expect((await readdir(dir)).sort()).toEqual([nameOfBytes(236), `.${nameOfBytes(236)}.bak`].sort());
  });

  it('removes what a killed save of a long-named file left behind', async () => {
    const path = join(dir, nameOfBytes(240));
    await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
    const leftovers = [tempPathFor(path), tempPathFor(backupPathFor(path))];
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const leftover of leftovers) {
      await writeFile(leftover, '{"half');
      await utimes(leftover, hourAgo, hourAgo);
    }
    expect((await writeMeetingFile(path, sampleMeeting(), { now: fixedNow })).ok).toBe(true);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await removeStaleTempFiles(path, new Date())).toBe(0);
  });

  it('refuses a name whose .bak would not fit before anything is written, and says what to do', async () => {
    for (const size of [252, 255]) {
      const path = join(dir, nameOfBytes(size));
      const saved = await writeMeetingFile(path, sampleMeeting(), { now: fixedNow });
      expect(saved, `${size}`).toMatchObject({ ok: false, error: { code: 'name-too-long', message: expect.stringMatching(TOO_LONG) } });
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a name longer than any file system takes, in the same words', async () => {
    const saved = await writeMeetingFile(join(dir, nameOfBytes(300)), sampleMeeting(), { now: fixedNow });
    expect(saved).toMatchObject({ ok: false, error: { code: 'name-too-long', message: expect.stringMatching(TOO_LONG) } });
    expect(saveErrorFor(Object.assign(new Error('ENAMETOOLONG'), { code: 'ENAMETOOLONG' }), join(dir, 'x.mdo')).message).toMatch(TOO_LONG);
  });

  describe('through the handlers', () => {
    let grants: PathGrants;
    let saveAnswer: string | null = null;
    let handlers: Handlers;
    const call = <T>(channel: string, payload?: unknown) => dispatch(handlers, channel, payload) as Promise<Result<T>>;

    beforeEach(async () => {
      grants = createPathGrants();
      saveAnswer = null;
      handlers = {
        ...createNodeHandlers({
          libraryDir: join(dir, 'MDO'),
          configDir: join(dir, 'config'),
          version: 'test',
          grants,
          now: fixedNow,
          dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => saveAnswer },
        }),
        'window:setDirty': async () => ok(null),
        'window:close': async () => ok(null),
        'shell:openExternal': async () => ok(null),
      };
    });

    it('Opslaan als with a 236-byte name, then Opslaan twice', async () => {
      saveAnswer = join(dir, nameOfBytes(236));
      const saved = await call<{ path: string; meetingId: string }>('meeting:saveAs', { meeting: sampleMeeting() });
      if (!saved.ok) throw new Error(saved.error.message);
      expect(saved.value.path).toBe(saveAnswer);
      for (const title of ['Tweede', 'Derde']) {
        const again = await call('meeting:save', { path: saved.value.path, meeting: { ...sampleMeeting(), id: saved.value.meetingId, title } });
        expect(again, title).toMatchObject({ ok: true });
      }
    });

    it('Opslaan als with a name too long says so, and writes nothing', async () => {
      saveAnswer = join(dir, nameOfBytes(270).replace(/\.mdo$/, ''));
      expect(await call('meeting:saveAs', { meeting: sampleMeeting() })).toMatchObject({
        ok: false,
        error: { code: 'name-too-long', message: expect.stringMatching(TOO_LONG) },
      });
      // The library folder the dialog opened in, and nothing else.
      expect(await readdir(dir)).toEqual(['MDO']);
      expect(await readdir(join(dir, 'MDO'))).toEqual([]);
    });

    it('a very long path says it is too long when opened or saved, never that the file cannot be read', async () => {
      // 20 folders of 221 bytes: under the contract's 4,096 characters, over the 4,096 bytes a Linux path may have.
      const deep = join(dir, ...Array.from({ length: 20 }, (_, index) => `${'ø'.repeat(110)}${index % 10}`));
      const path = join(deep, 'Noor.mdo');
      expect(path.length).toBeLessThanOrEqual(4_096);
      expect(bytes(path)).toBeGreaterThan(4_096);
      grants.grant(path);

      const opened = await call('meeting:open', { path });
      expect(opened).toMatchObject({ ok: false, error: { code: 'name-too-long', message: expect.stringMatching(/^De bestandsnaam of het pad van "Noor\.mdo" is te lang om te openen\./) } });
      const saved = await call('meeting:save', { path, meeting: sampleMeeting() });
      expect(saved).toMatchObject({ ok: false, error: { code: 'name-too-long', message: expect.stringMatching(TOO_LONG) } });
      for (const answer of [opened, saved]) expect(answer.ok || answer.error.message).not.toMatch(/kan niet worden gelezen/);
    });

    it('a Word export with a name too long says so, and what to do', async () => {
      saveAnswer = join(dir, `${'Verslag voor de school '.repeat(12)}.docx`);
      const exported = await call('export:minutes', { meeting: sampleMeeting() });
      expect(exported).toMatchObject({
        ok: false,
        error: { code: 'export-failed', message: expect.stringMatching(/: de bestandsnaam is te lang, of de map ligt te diep\..*Kies een kortere naam/) },
      });
    });

    it('a long name in the library lists and opens', async () => {
      const libraryDir = join(dir, 'MDO');
      await mkdir(libraryDir);
      const path = join(libraryDir, nameOfBytes(236));
      await writeFile(path, serializeMeeting(sampleMeeting()));
      const listed = await call<{ path: string }[]>('library:list');
      expect(listed.ok && listed.value.map((summary) => summary.path)).toEqual([path]);
      expect(await call('meeting:open', { path })).toMatchObject({ ok: true });
    });
  });
});
