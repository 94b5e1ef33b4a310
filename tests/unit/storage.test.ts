import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MEETING_FILE_FORMAT, parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { atomicWriteFile } from '../../host/atomic-write';
import {
  backupPathFor,
  MAX_MEETING_FILE_BYTES,
  readMeetingFile,
  saveErrorFor,
  writeMeetingFile,
} from '../../host/storage';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { unprivileged, type Unprivileged } from './support/unprivileged';

const fixedNow = () => new Date('2026-12-10T13:05:00.000Z');

/** Every field filled, with the characters that break naive code: quotes, ampersands, emoji, Turkish i. */
function fullMeeting(): Meeting {
  const meeting = sampleMeeting();
  return {
    ...meeting,
    title: "MDO Ömer & Noor – 't Hof 🌱",
    status: 'definitief',
    notInvitedReasons: { parents: 'Vader is onbereikbaar; <b>geen</b> "HTML".', child: meeting.notInvitedReasons.child },
    agendaItems: [
      ...meeting.agendaItems,
      {
        id: 'a3',
        title: 'Besluiten & taakverdeling',
        minutes: 15,
        leadId: null,
        kind: 'besluitvorming',
        childInterest: 'Wat heeft Noor nodig om veilig te zijn?',
        sharingBasis: { kind: 'meldcode', consentBy: null, consentDate: null, reason: 'Consultatie Veilig Thuis.' },
        confidential: { scope: 'professionals', notFor: [] },
        notes: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'mdo-decision',
                version: 1,
                reason: 'Zorgen over ontbijt en "blauwe plekken".',
                dissent: [{ who: 'Ömer Yılmaz', why: 'liever eerst huisbezoek' }],
                children: [{ type: 'text', version: 1, text: 'Melding bij Veilig Thuis 🚨', format: 0, style: '', mode: 'normal', detail: 0 }],
              },
              {
                type: 'mdo-action',
                version: 1,
                owners: ['p3', 'p4'],
                due: '2026-12-24',
                status: 'open',
                children: [{ type: 'text', version: 1, text: "Huisbezoek in 't Hof\nmet tolk", format: 2, style: '', mode: 'normal', detail: 0 }],
              },
            ],
          },
        },
      },
    ],
  };
}

async function bytesOf(path: string): Promise<Buffer> {
  return readFile(path);
}

describe('meeting storage', () => {
  let dir = '';
  /** Permission checks, run by a process without root's rights (CI runs as root). */
  let withoutRoot: Unprivileged;
  beforeAll(async () => {
    withoutRoot = await unprivileged();
    if (withoutRoot.skipReason) console.info(`storage: the permission tests are skipped: ${withoutRoot.skipReason}`);
  });
  afterAll(async () => {
    await withoutRoot.dispose();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-storage-'));
  });
  afterEach(async () => {
    await chmod(dir, 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips every field through write and read', async () => {
    const path = join(dir, 'overleg.mdo');
    const meeting = fullMeeting();
    const saved = await writeMeetingFile(path, meeting, { now: fixedNow });
    expect(saved).toEqual({
      ok: true,
      value: { savedAt: '2026-12-10T13:05:00.000Z', stamp: { size: expect.any(Number), mtimeMs: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    });

    const read = await readMeetingFile(path);
    expect(read).toEqual({ ok: true, value: { ...meeting, updatedAt: '2026-12-10T13:05:00.000Z' } });
  });

  it('sets updatedAt to the save time and leaves createdAt alone', async () => {
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    const written = JSON.parse(await readFile(path, 'utf8')) as { meeting: Meeting };
    expect(written.meeting.updatedAt).toBe('2026-12-10T13:05:00.000Z');
    expect(written.meeting.createdAt).toBe(fullMeeting().createdAt);
  });

  it('keeps the previous version as a hidden .bak beside the file', async () => {
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, { ...fullMeeting(), title: 'Versie 1' }, { now: fixedNow });
    const firstBytes = await bytesOf(path);
    await writeMeetingFile(path, { ...fullMeeting(), title: 'Versie 2' }, { now: fixedNow });

    expect(await bytesOf(backupPathFor(path))).toEqual(firstBytes);
    const current = await readMeetingFile(path);
    expect(current.ok && current.value.title).toBe('Versie 2');
  });

  it('writes no .bak for a new file and leaves no temp files behind', async () => {
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    expect((await readdir(dir)).sort()).toEqual(['.overleg.mdo.bak', 'overleg.mdo']);
  });

  it('removes the temp files a killed save left behind once a save works again, but not a recent one or somebody else\'s', async () => {
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    const stale = ['.overleg.mdo.0123456789ab.tmp', '..overleg.mdo.bak.ba9876543210.tmp'];
    const kept = ['.overleg.mdo.fedcba987654.tmp', '.overleg.mdo.notes.tmp', '.ander.mdo.0123456789ab.tmp'];
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const name of [...stale, ...kept]) {
      await writeFile(join(dir, name), '{"half');
      if (name !== '.overleg.mdo.fedcba987654.tmp') await utimes(join(dir, name), hourAgo, hourAgo);
    }
    expect((await writeMeetingFile(path, fullMeeting(), { now: fixedNow })).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([...kept, 'overleg.mdo', '.overleg.mdo.bak'].sort());
  });

  it('keeps an older-format file byte for byte as .bak when saving it in the current format', async () => {
    const fixture = join(import.meta.dirname, '../fixtures/meeting-files/v1-noor.mdo');
    const path = join(dir, 'oud.mdo');
    await writeFile(path, await readFile(fixture));
    const opened = await readMeetingFile(path);
    if (!opened.ok) throw new Error(opened.error.message);

    expect((await writeMeetingFile(path, opened.value, { now: fixedNow })).ok).toBe(true);
    expect(await bytesOf(backupPathFor(path))).toEqual(await readFile(fixture));
  });

  it('refuses a corrupt file with a Dutch message and leaves its bytes unchanged', async () => {
    const path = join(dir, 'kapot.mdo');
    const corrupt = Buffer.from('{"format":"mdo-assistent/meeting","schemaVersion":3,"meeting":{"title":"Noo');
    await writeFile(path, corrupt);

    const read = await readMeetingFile(path);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(/beschadigd/);
    expect(await bytesOf(path)).toEqual(corrupt);
  });

  it('refuses to save over a corrupt file and leaves its bytes unchanged', async () => {
    const path = join(dir, 'kapot.mdo');
    const corrupt = Buffer.from('dit is geen json');
    await writeFile(path, corrupt);

    const saved = await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    expect(saved.ok).toBe(false);
    if (!saved.ok) {
      expect(saved.error.code).toBe('target-invalid');
      expect(saved.error.message).toMatch(/niet opgeslagen.*niet overschreven/);
    }
    expect(await bytesOf(path)).toEqual(corrupt);
    expect(await readdir(dir)).toEqual(['kapot.mdo']);
  });

  it('refuses to save over a file that fails validation', async () => {
    const path = join(dir, 'ongeldig.mdo');
    const invalid = Buffer.from(JSON.stringify({ format: MEETING_FILE_FORMAT, schemaVersion: 3, meeting: { ...fullMeeting(), title: 42 } }));
    await writeFile(path, invalid);

    const saved = await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    expect(saved.ok).toBe(false);
    expect(await bytesOf(path)).toEqual(invalid);
  });

  it('refuses to open or overwrite a file from a newer version of the app', async () => {
    const path = join(dir, 'nieuw.mdo');
    const future = Buffer.from(JSON.stringify({ format: MEETING_FILE_FORMAT, schemaVersion: 99, meeting: { title: 'x' } }));
    await writeFile(path, future);

    const read = await readMeetingFile(path);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(/nieuwere versie van MDO-assistent/);

    const saved = await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.message).toMatch(/nieuwere versie.*niet overschreven/);
    expect(await bytesOf(path)).toEqual(future);
  });

  it('says in Dutch that a missing file does not exist', async () => {
    const read = await readMeetingFile(join(dir, 'weg.mdo'));
    expect(read).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/"weg\.mdo" bestaat niet/) } });
  });

  it('says in Dutch that a folder is not a meeting file', async () => {
    const folder = join(dir, 'map.mdo');
    await mkdir(folder);
    expect(await readMeetingFile(folder)).toMatchObject({ ok: false, error: { code: 'is-folder', message: expect.stringMatching(/is een map/) } });
    expect(await writeMeetingFile(folder, fullMeeting())).toMatchObject({ ok: false, error: { code: 'is-folder' } });
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const path = join(dir, 'groot.mdo');
    await writeFile(path, '');
    await truncate(path, MAX_MEETING_FILE_BYTES + 1);
    const read = await readMeetingFile(path);
    expect(read).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/te groot.*hoogstens 20 MB/) } });
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pijp.mdo');
    execFileSync('mkfifo', [fifo]);
    const read = await readMeetingFile(fifo);
    expect(read).toMatchObject({ ok: false, error: { code: 'not-a-file', message: expect.stringMatching(/geen gewoon bestand/) } });
  });

  it('explains a symbolic link that points to itself, and one that points nowhere', async () => {
    const loop = join(dir, 'kring.mdo');
    await symlink(loop, loop);
    expect(await readMeetingFile(loop)).toMatchObject({ ok: false, error: { code: 'link-loop', message: expect.stringMatching(/in een kring/) } });
    const dangling = join(dir, 'wees.mdo');
    await symlink(join(dir, 'bestaat-niet.mdo'), dangling);
    expect(await readMeetingFile(dangling)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('says in Dutch that a file without read permission cannot be read', async (context) => {
    if (withoutRoot.skipReason) context.skip(withoutRoot.skipReason);
    const path = join(dir, 'geheim.mdo');
    await writeFile(path, serializeMeeting(fullMeeting()));
    await withoutRoot.own(dir);
    await withoutRoot.own(path);
    await chmod(path, 0o000);
    expect(await withoutRoot.run({ op: 'read', path })).toMatchObject({
      ok: false,
      error: { code: 'no-permission', message: expect.stringMatching(/geen toestemming/) },
    });
  });

  it('refuses a file that is not valid UTF-8 instead of replacing its letters', async () => {
    const path = join(dir, 'latin1.mdo');
    const bytes = Buffer.from(serializeMeeting({ ...fullMeeting(), title: 'Overleg Zoë' }), 'latin1');
    await writeFile(path, bytes);
    expect(await readMeetingFile(path)).toMatchObject({ ok: false, error: { code: 'not-utf8', message: expect.stringMatching(/geen geldige UTF-8/) } });
    expect(await bytesOf(path)).toEqual(bytes);
  });

  it('refuses notes with a node type this version does not know, naming the agenda item, and leaves the file alone', async () => {
    const path = join(dir, 'nieuwer.mdo');
    const meeting = fullMeeting();
    const text = serializeMeeting(meeting).replace('"type": "mdo-decision"', '"type": "mdo-stemming"');
    await writeFile(path, text);
    expect(await readMeetingFile(path)).toMatchObject({
      ok: false,
      error: { code: 'invalid-file', details: [expect.stringMatching(/^Agendapunt 3 \("[^"]+"\) › Aantekeningen bevat een onderdeel dat deze versie niet kent \("mdo-stemming"\)\.$/)] },
    });
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('ends 100,000 levels of nested JSON in a Dutch message, whether the whole file or one field', async () => {
    const depth = 100_000;
    const deepArray = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deepObject = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const inTitle = serializeMeeting(fullMeeting()).replace(/"title": "[^"]*"/, `"title": ${deepObject}`);
    const inNotes = serializeMeeting(fullMeeting()).replace('"children": [', `"children": [${deepArray},`);
    for (const [name, text] of [['heel.mdo', deepArray], ['titel.mdo', inTitle], ['notities.mdo', inNotes]] as const) {
      const path = join(dir, name);
      await writeFile(path, text);
      const read = await readMeetingFile(path);
      expect(read.ok, name).toBe(false);
      if (!read.ok) expect(read.error.message, name).toMatch(/Dit (bestand|is geen bestand)/);
      expect(await readFile(path, 'utf8')).toBe(text);
    }
  });

  it('reads a file that starts with a byte order mark', async () => {
    const path = join(dir, 'bom.mdo');
    await writeFile(path, `\uFEFF${serializeMeeting(fullMeeting())}`);
    expect((await readMeetingFile(path)).ok).toBe(true);
  });

  it('does not write an invalid meeting', async () => {
    const path = join(dir, 'overleg.mdo');
    const saved = await writeMeetingFile(path, { ...fullMeeting(), title: '   ' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-meeting', details: ['Titel is leeg. Geef het overleg een titel.'] } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not touch the existing file when the new meeting is invalid', async () => {
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    const before = await bytesOf(path);
    await writeMeetingFile(path, { ...fullMeeting(), date: '2026-02-30' });
    expect(await bytesOf(path)).toEqual(before);
    expect(await readdir(dir)).toEqual(['overleg.mdo']);
  });

  it('says the folder is gone when saving into a folder that no longer exists', async () => {
    const saved = await writeMeetingFile(join(dir, 'usb-stick', 'overleg.mdo'), fullMeeting());
    expect(saved).toMatchObject({ ok: false, error: { code: 'folder-gone', message: expect.stringMatching(/bestaat niet \(meer\).*niets overschreven/) } });
  });

  it('saves through a symbolic link to the real file, keeping the link', async () => {
    const real = join(dir, 'echt.mdo');
    const link = join(dir, 'link.mdo');
    await writeMeetingFile(real, { ...fullMeeting(), title: 'Eerste' }, { now: fixedNow });
    await symlink(real, link);
    await writeMeetingFile(link, { ...fullMeeting(), title: 'Tweede' }, { now: fixedNow });

    const viaReal = await readMeetingFile(real);
    expect(viaReal.ok && viaReal.value.title).toBe('Tweede');
    expect((await readdir(dir)).sort()).toEqual(['.echt.mdo.bak', 'echt.mdo', 'link.mdo']);
  });

  it('refuses to save in a read-only folder and leaves the previous file intact', async (context) => {
    if (withoutRoot.skipReason) context.skip(withoutRoot.skipReason);
    const path = join(dir, 'overleg.mdo');
    await writeMeetingFile(path, fullMeeting(), { now: fixedNow });
    const before = await bytesOf(path);
    await withoutRoot.own(dir);
    await withoutRoot.own(path);
    await chmod(dir, 0o555);

    const saved = await withoutRoot.run({ op: 'save', path, meeting: { ...fullMeeting(), title: 'Nieuw' }, now: fixedNow().toISOString() });
    expect(saved).toMatchObject({ ok: false, error: { code: 'no-permission', message: expect.stringMatching(/Het vorige bestand is niet gewijzigd/) } });
    expect(await bytesOf(path)).toEqual(before);
    expect(await readdir(dir)).toEqual(['overleg.mdo']);
  });

  it.each([
    ['ENOSPC', 'disk-full', /de schijf is vol/],
    ['EDQUOT', 'disk-full', /de schijf is vol/],
    ['EACCES', 'no-permission', /geen toestemming/],
    ['EPERM', 'no-permission', /geen toestemming/],
    ['EROFS', 'read-only', /alleen-lezen/],
    ['ENOENT', 'folder-gone', /bestaat niet \(meer\)/],
    ['EIO', 'save-failed', /fout bij het schrijven/],
  ])('explains a %s write error in Dutch and says the previous file is intact', (errno, code, message) => {
    const error = Object.assign(new Error(`${errno}: simulated`), { code: errno });
    const described = saveErrorFor(error, join(dir, 'overleg.mdo'));
    expect(described.code).toBe(code);
    expect(described.message).toMatch(message);
    expect(described.message).toMatch(/niet opgeslagen/);
    expect(described.message).toMatch(/niet gewijzigd|niets overschreven/);
  });
});

describe('atomic write', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces the file and leaves no temp file behind', async () => {
    const path = join(dir, 'a.txt');
    await atomicWriteFile(path, 'een');
    await atomicWriteFile(path, 'twee');
    expect(await readFile(path, 'utf8')).toBe('twee');
    expect(await readdir(dir)).toEqual(['a.txt']);
  });

  it('removes its temp file and rethrows when the rename fails', async () => {
    const target = join(dir, 'doel');
    await mkdir(join(target, 'inhoud'), { recursive: true });
    await expect(atomicWriteFile(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['doel']);
  });

  it('keeps valid JSON parseable by the meeting parser', async () => {
    const path = join(dir, 'overleg.mdo');
    await atomicWriteFile(path, serializeMeeting(fullMeeting()));
    expect(parseMeetingFile(await readFile(path, 'utf8')).ok).toBe(true);
  });
});
