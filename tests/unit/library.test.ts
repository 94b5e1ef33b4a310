import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { defaultLibraryDir, listLibrary, meetingFileBaseName, proposeMeetingPath } from '../../host/library';
import { sampleMeeting } from '../fixtures/sample-meeting';

function meeting(title: string, date: string | null, child = 'Noor de V.'): Meeting {
  return { ...sampleMeeting(), title, date, child: { name: child, birthDate: null } };
}

describe('the meeting library', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-library-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function put(name: string, content: string, modified = new Date('2026-11-01T10:00:00Z')): Promise<void> {
    const path = join(dir, name);
    await writeFile(path, content);
    await utimes(path, modified, modified);
  }

  it('lives in an MDO folder in Documents', () => {
    expect(defaultLibraryDir(join('/home', 'fatima', 'Documenten'))).toBe(join('/home', 'fatima', 'Documenten', 'MDO'));
  });

  it('creates the folder when it is missing and lists nothing', async () => {
    const library = join(dir, 'Documenten', 'MDO');
    expect(await listLibrary(library)).toEqual([]);
    expect(await readdir(join(dir, 'Documenten'))).toEqual(['MDO']);
  });

  it('lists each meeting with title, date, child and modification time', async () => {
    await put('noor.mdo', serializeMeeting(meeting('MDO Noor', '2026-12-10')), new Date('2026-11-20T09:30:00Z'));
    expect(await listLibrary(dir)).toEqual([
      {
        path: join(dir, 'noor.mdo'),
        fileName: 'noor.mdo',
        title: 'MDO Noor',
        date: '2026-12-10',
        child: 'Noor de V.',
        modifiedAt: '2026-11-20T09:30:00.000Z',
        problem: null,
        exportCount: 0,
      },
    ]);
  });

  it('lists a broken file without a title and with the Dutch reason', async () => {
    await put('kapot.mdo', '{"format":');
    const [summary] = await listLibrary(dir);
    expect(summary).toMatchObject({ fileName: 'kapot.mdo', title: null, date: null, child: '' });
    expect(summary?.problem).toMatch(/beschadigd/);
  });

  it('ignores backups, temp files, hidden files, folders and other files', async () => {
    const content = serializeMeeting(meeting('MDO Noor', '2026-12-10'));
    await put('noor.mdo', content);
    await put('noor.mdo.bak', content);
    await put('.noor.mdo.3f9a1c.tmp', content);
    await put('._noor.mdo', 'macOS-schaduwbestand');
    await put('notities.txt', 'los');
    await mkdir(join(dir, 'archief.mdo'));
    expect((await listLibrary(dir)).map((s) => s.fileName)).toEqual(['noor.mdo']);
  });

  it('lists files with an upper-case extension too', async () => {
    await put('NOOR.MDO', serializeMeeting(meeting('MDO Noor', '2026-12-10')));
    expect((await listLibrary(dir)).map((s) => s.fileName)).toEqual(['NOOR.MDO']);
  });

  it('sorts by meeting date, newest first, then by last change, undated and broken files last', async () => {
    await put('oud.mdo', serializeMeeting(meeting('Oud', '2025-06-01')), new Date('2026-11-25T00:00:00Z'));
    await put('nieuw.mdo', serializeMeeting(meeting('Nieuw', '2026-12-10')), new Date('2026-11-01T00:00:00Z'));
    await put('zelfde-dag-later.mdo', serializeMeeting(meeting('Later gewijzigd', '2026-12-10')), new Date('2026-11-02T00:00:00Z'));
    await put('zonder-datum.mdo', serializeMeeting(meeting('Zonder datum', null)), new Date('2026-11-30T00:00:00Z'));
    await put('kapot.mdo', 'x', new Date('2026-11-29T00:00:00Z'));

    expect((await listLibrary(dir)).map((s) => s.fileName)).toEqual([
      'zelfde-dag-later.mdo',
      'nieuw.mdo',
      'oud.mdo',
      'zonder-datum.mdo',
      'kapot.mdo',
    ]);
  });

  it('reads a large library completely', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        put(`overleg-${i}.mdo`, serializeMeeting(meeting(`Overleg ${i}`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`))),
      ),
    );
    const summaries = await listLibrary(dir);
    expect(summaries).toHaveLength(40);
    expect(summaries.every((s) => s.problem === null)).toBe(true);
  });

  describe('proposing a file name for a new meeting', () => {
    it('names the file after the date and title', async () => {
      expect(await proposeMeetingPath(dir, meeting('MDO Noor de Vries', '2026-12-10'))).toBe(join(dir, '2026-12-10 MDO Noor de Vries.mdo'));
    });

    it('uses only the title when there is no date', async () => {
      expect(basename(await proposeMeetingPath(dir, meeting('MDO Noor', null)))).toBe('MDO Noor.mdo');
    });

    it('replaces characters that are not allowed in file names', () => {
      expect(meetingFileBaseName({ date: '2026-12-10', title: 'Noor/Sem: "zorg" <oost>\\west|?*\u0007einde' })).toBe(
        '2026-12-10 Noor Sem zorg oost west einde',
      );
    });

    it('keeps Unicode letters, apostrophes and ampersands', () => {
      expect(meetingFileBaseName({ date: null, title: "Ömer Yılmaz & 't Hof 🌱" })).toBe("Ömer Yılmaz & 't Hof 🌱");
    });

    it('trims dots and spaces at the ends', () => {
      expect(meetingFileBaseName({ date: null, title: ' .. Overleg Noor ... ' })).toBe('Overleg Noor');
    });

    it('falls back to "Overleg" when nothing usable is left', () => {
      expect(meetingFileBaseName({ date: null, title: '???' })).toBe('Overleg');
      expect(meetingFileBaseName({ date: null, title: '...' })).toBe('Overleg');
    });

    it('avoids names Windows reserves for devices', () => {
      expect(meetingFileBaseName({ date: null, title: 'CON' })).toBe('Overleg CON');
      expect(meetingFileBaseName({ date: null, title: 'lpt1' })).toBe('Overleg lpt1');
    });

    it('limits the length without splitting a character', () => {
      expect([...meetingFileBaseName({ date: '2026-12-10', title: 'a'.repeat(400) })]).toHaveLength(120);
      const emoji = meetingFileBaseName({ date: null, title: '🌱'.repeat(200) });
      expect(Buffer.byteLength(emoji)).toBeLessThanOrEqual(200);
      expect(emoji).toBe('🌱'.repeat(50));
    });

    it('numbers the name when a file with it exists', async () => {
      const m = meeting('MDO Noor', '2026-12-10');
      await put('2026-12-10 MDO Noor.mdo', 'bestaat');
      expect(basename(await proposeMeetingPath(dir, m))).toBe('2026-12-10 MDO Noor (2).mdo');
      await put('2026-12-10 MDO Noor (2).mdo', 'bestaat ook');
      expect(basename(await proposeMeetingPath(dir, m))).toBe('2026-12-10 MDO Noor (3).mdo');
    });
  });
});
