import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { mdo, mdoLoading, sourcesIn } from './support/run-mdo';

describe('mdo zoek', () => {
  let root = '';
  let library = '';
  const cacheBefore = process.env.MDO_CACHE_DIR;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mdo-cli-zoek-'));
    library = join(root, 'MDO');
    await mkdir(library);
    await writeFile(join(library, '2026-12-10 MDO Noor.mdo'), serializeMeeting(noorWithMinutes()));
    // The child process inherits this: its index goes into the test's folder.
    process.env.MDO_CACHE_DIR = join(root, 'cache');
  });
  afterAll(async () => {
    process.env.MDO_CACHE_DIR = cacheBefore;
    await rm(root, { recursive: true, force: true });
  });

  it('prints each meeting found with its items and the lines that matched, accents folded', async () => {
    const run = await mdo('zoek', 'huisbezoek', 'YILMAZ', '--map', library);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `1 overleg met "huisbezoek YILMAZ" in ${library}:`,
      '',
      'MDO Noor de Vries · donderdag 10 december 2026 · 2026-12-10 MDO Noor.mdo',
      '  Punt 4. Besluiten en taakverdeling',
      '    Actie: Eerste huisbezoek — Ömer Yılmaz',
      '',
    ]);
    expect(await readdir(join(root, 'cache'))).toEqual([expect.stringMatching(/^zoekindex-[0-9a-f]{16}\.json$/)]);
  });

  it('says so in Dutch when nothing is found, and when no words are given', async () => {
    const none = await mdo('zoek', 'voetbal', '--map', library);
    expect(none.code).toBe(0);
    expect(none.stdout.trim()).toBe(`Niets gevonden voor "voetbal" in ${library}.`);
    const empty = await mdo('zoek', '--map', library);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Geef een of meer woorden om te zoeken.');
    expect(empty.stderr).toContain('Gebruik: mdo zoek WOORDEN [--map MAP]');
  });

  it('loads neither the validator nor docx, Lexical or the Markdown parser', async () => {
    const run = await mdoLoading('zoek', 'ontbijt', '--map', library);
    expect(run.code, run.stderr).toBe(0);
    const sources = await sourcesIn(run.loaded.filter((path) => path.startsWith('out/cli/')));
    expect(sources).toContainEqual(expect.stringMatching(/node_modules\/minisearch\//));
    expect(sources.filter((source) => /node_modules\/(zod|docx|fflate|lexical|@lexical)\//.test(source) || /^shared\/markdown\//.test(source))).toEqual([]);
  });
});
