import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, RECENT_FILES_NAME } from '../../host/recent-files';

describe('recent files', () => {
  let dir = '';
  let configDir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-recent-'));
    configDir = join(dir, 'config');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const file = (name: string) => join(dir, name);

  it('is empty before anything was opened', async () => {
    expect(await createRecentFiles(configDir).list()).toEqual([]);
  });

  it('lists the most recent file first', async () => {
    const recent = createRecentFiles(configDir);
    await recent.add(file('a.mdo'));
    await recent.add(file('b.mdo'));
    await recent.add(file('c.mdo'));
    expect((await recent.list()).map((r) => r.fileName)).toEqual(['c.mdo', 'b.mdo', 'a.mdo']);
  });

  it('moves a file that is opened again to the top instead of listing it twice', async () => {
    const recent = createRecentFiles(configDir);
    await recent.add(file('a.mdo'));
    await recent.add(file('b.mdo'));
    await recent.add(file('a.mdo'));
    expect((await recent.list()).map((r) => r.fileName)).toEqual(['a.mdo', 'b.mdo']);
  });

  it('keeps at most 10 files', async () => {
    const recent = createRecentFiles(configDir);
    for (let i = 1; i <= 12; i++) await recent.add(file(`${i}.mdo`));
    const names = (await recent.list()).map((r) => r.fileName);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('12.mdo');
    expect(names.at(-1)).toBe('3.mdo');
  });

  it('keeps every entry when adds come in at once', async () => {
    const recent = createRecentFiles(configDir);
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => recent.add(file(`${name}.mdo`))));
    expect((await recent.list()).map((r) => r.fileName)).toEqual(['d.mdo', 'c.mdo', 'b.mdo', 'a.mdo']);
  });

  it('says at list time whether each file still exists', async () => {
    const recent = createRecentFiles(configDir);
    await writeFile(file('er.mdo'), 'x');
    await recent.add(file('er.mdo'));
    await recent.add(file('weg.mdo'));
    expect(await recent.list()).toEqual([
      { path: file('weg.mdo'), fileName: 'weg.mdo', exists: false },
      { path: file('er.mdo'), fileName: 'er.mdo', exists: true },
    ]);
    await rm(file('er.mdo'));
    expect((await recent.list()).map((r) => r.exists)).toEqual([false, false]);
  });

  it('forgets a deleted file, keeping the others in order', async () => {
    const recent = createRecentFiles(configDir);
    for (const name of ['a', 'b', 'c']) await recent.add(file(`${name}.mdo`));
    await recent.remove(file('b.mdo'));
    await recent.remove(file('nooit-geopend.mdo'));
    expect((await recent.list()).map((r) => r.fileName)).toEqual(['c.mdo', 'a.mdo']);
    expect(JSON.parse(await readFile(join(configDir, RECENT_FILES_NAME), 'utf8'))).toEqual({ paths: [file('c.mdo'), file('a.mdo')] });
  });

  it('remembers across restarts', async () => {
    await createRecentFiles(configDir).add(file('a.mdo'));
    expect((await createRecentFiles(configDir).list()).map((r) => r.path)).toEqual([file('a.mdo')]);
  });

  it('stores only paths, never titles or names from the meeting', async () => {
    await createRecentFiles(configDir).add(file('2026-12-10 MDO Noor.mdo'));
    expect(JSON.parse(await readFile(join(configDir, RECENT_FILES_NAME), 'utf8'))).toEqual({ paths: [file('2026-12-10 MDO Noor.mdo')] });
  });

  it('treats a corrupt list as empty and rewrites it on the next add', async () => {
    await mkdir(configDir, { recursive: true });
    await writeFile(join(configDir, RECENT_FILES_NAME), '{"paths": [');
    const recent = createRecentFiles(configDir);
    expect(await recent.list()).toEqual([]);

    await recent.add(file('a.mdo'));
    expect((await recent.list()).map((r) => r.fileName)).toEqual(['a.mdo']);
    expect(await readdir(configDir)).toEqual([RECENT_FILES_NAME]);
  });

  it('treats a list of the wrong shape as empty', async () => {
    await mkdir(configDir, { recursive: true });
    await writeFile(join(configDir, RECENT_FILES_NAME), JSON.stringify({ paths: [42, null] }));
    expect(await createRecentFiles(configDir).list()).toEqual([]);
  });
});
