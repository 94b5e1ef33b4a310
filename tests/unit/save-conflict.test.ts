import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { describeDifferences } from '../../shared/meeting/meeting-differences';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { backupPathFor, readMeetingFileWithStamp, writeMeetingFile } from '../../host/storage';
import { createRecoveryStore } from '../../host/recovery';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * Optimistic concurrency on real files: a save replaces the file only while
 * it still holds the version the user's work started from.
 */

const fixedNow = () => new Date('2026-12-10T13:05:00.000Z');

function withLocation(location: string): Meeting {
  return { ...sampleMeeting(), location };
}

describe('the stamp check before a save', () => {
  let dir = '';
  let path = '';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-stamp-'));
    path = join(dir, 'noor.mdo');
    await writeFile(path, serializeMeeting(sampleMeeting()));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function stampNow() {
    const read = await readMeetingFileWithStamp(path);
    if (!read.ok) throw new Error(read.error.message);
    return read.value.stamp;
  }

  it('reads a stamp of size, modification time and sha256 of the bytes', async () => {
    const bytes = await readFile(path);
    const stamp = await stampNow();
    expect(stamp.size).toBe(bytes.length);
    expect(stamp.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stamp.mtimeMs).toBeGreaterThan(0);
  });

  it('saves over the version it read, and answers with the stamp of what it wrote', async () => {
    const expected = await stampNow();
    const saved = await writeMeetingFile(path, withLocation('Kamer 1'), { now: fixedNow, expected });
    expect(saved.ok).toBe(true);
    const after = await stampNow();
    expect(saved.ok && { size: saved.value.stamp.size, sha256: saved.value.stamp.sha256 }).toEqual({ size: after.size, sha256: after.sha256 });
    // The stamp of the save is the next save's check: that one works too.
    const again = await writeMeetingFile(path, withLocation('Kamer 2'), { now: fixedNow, expected: saved.ok ? saved.value.stamp : null });
    expect(again.ok).toBe(true);
  });

  it('writes nothing when someone else saved in between, and says so in Dutch', async () => {
    const expected = await stampNow();
    const theirs = serializeMeeting(withLocation('Gemeentehuis'));
    await writeFile(path, theirs);

    const saved = await writeMeetingFile(path, { ...sampleMeeting(), goal: 'Mijn doel' }, { now: fixedNow, expected });
    expect(saved).toEqual({
      ok: false,
      error: { code: 'file-changed', message: expect.stringMatching(/^Het overleg is niet opgeslagen: "noor.mdo" is veranderd sinds u het opende.*Er is niets overschreven/) },
    });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    await expect(readFile(backupPathFor(path))).rejects.toThrow();
  });

  it('notices a change of the same size', async () => {
    const expected = await stampNow();
    const original = await readFile(path, 'utf8');
    // Same length, other letters: only the hash tells.
    await writeFile(path, original.replace('MDO Noor de Vries', 'MDO Nora de Vries'));
    expect((await readFile(path)).length).toBe(Buffer.byteLength(original));
    const saved = await writeMeetingFile(path, sampleMeeting(), { now: fixedNow, expected });
    expect(saved).toMatchObject({ ok: false, error: { code: 'file-changed' } });
  });

  it('does not count a file only touched (same bytes, new time) as changed', async () => {
    const expected = await stampNow();
    await utimes(path, new Date('2027-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect((await writeMeetingFile(path, withLocation('Kamer 1'), { now: fixedNow, expected })).ok).toBe(true);
  });

  it('writes the file again when it was removed meanwhile: there is nothing to overwrite', async () => {
    const expected = await stampNow();
    await rm(path);
    expect((await writeMeetingFile(path, withLocation('Kamer 1'), { now: fixedNow, expected })).ok).toBe(true);
    expect(await readFile(path, 'utf8')).toContain('Kamer 1');
  });

  it('"Toch opslaan" over the version the user was shown: the other version is kept as .bak', async () => {
    await writeFile(path, serializeMeeting(withLocation('Gemeentehuis')));
    const shown = await stampNow();
    const saved = await writeMeetingFile(path, { ...sampleMeeting(), goal: 'Mijn doel' }, { now: fixedNow, expected: shown });
    expect(saved.ok).toBe(true);
    expect(await readFile(path, 'utf8')).toContain('Mijn doel');
    expect(await readFile(backupPathFor(path), 'utf8')).toContain('Gemeentehuis');
  });
});

describe('recovery copies and the stamp they are based on', () => {
  let dir = '';
  let path = '';
  const copyTime = new Date('2026-12-10T13:00:00.000Z');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-stamp-recovery-'));
    path = join(dir, 'noor.mdo');
    await writeFile(path, serializeMeeting(sampleMeeting()));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('flags the copy older than the file when the file\'s content changed since, not when it was only touched', async () => {
    const read = await readMeetingFileWithStamp(path);
    if (!read.ok) throw new Error(read.error.message);
    const store = createRecoveryStore(join(dir, 'config'), { now: () => copyTime });
    await store.write({ ...sampleMeeting(), goal: 'Getypt voor de crash' }, path, read.value.stamp);

    // Touched long after the copy: the same version, so not older.
    await utimes(path, new Date('2027-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect((await store.list())[0]).toMatchObject({ olderThanFile: false, basedOn: read.value.stamp });

    // Saved by someone else (the file's time even set back before the copy): older.
    await writeFile(path, serializeMeeting(withLocation('Gemeentehuis')));
    await utimes(path, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect((await store.list())[0]?.olderThanFile).toBe(true);

    // Gone: the copy is all there is.
    await rm(path);
    expect((await store.list())[0]?.olderThanFile).toBe(false);
  });
});

describe('where two versions differ, in plain words', () => {
  it('names fields, participants and agenda items with what differs in them', () => {
    const mine = sampleMeeting();
    const theirs = sampleMeeting();
    theirs.location = 'Gemeentehuis';
    theirs.participants = theirs.participants.slice(1);
    theirs.agendaItems[1] = { ...theirs.agendaItems[1]!, minutes: 25, childInterest: 'Anders' };
    mine.agendaItems.push({ ...mine.agendaItems[0]!, id: 'nieuw', title: 'Vervoer naar school' });

    const removed = sampleMeeting().participants[0]!.name;
    expect(describeDifferences(mine, theirs)).toEqual([
      'Locatie',
      `Deelnemer "${removed}": alleen in uw versie`,
      `Agendapunt "${mine.agendaItems[1]!.title}": minuten, wat betekent dit voor het kind?`,
      'Agendapunt "Vervoer naar school": alleen in uw versie',
    ]);
  });

  it('says nothing for two versions that differ only in the moment of saving, or in the order of keys', () => {
    const mine = sampleMeeting();
    const theirs = JSON.parse(JSON.stringify({ ...sampleMeeting(), updatedAt: '2027-01-01T00:00:00.000Z' })) as Meeting;
    theirs.agendaItems = theirs.agendaItems.map((item) => Object.fromEntries(Object.entries(item).reverse()) as typeof item);
    expect(describeDifferences(mine, theirs)).toEqual([]);
  });

  it('names a new order of the agenda', () => {
    const mine = sampleMeeting();
    const theirs = { ...sampleMeeting(), agendaItems: [...sampleMeeting().agendaItems].reverse() };
    expect(describeDifferences(mine, theirs)).toEqual(['Volgorde van de agenda']);
  });
});
