import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { readDocx } from '../support/docx-reader';
import { MDO_BIN, mdo, mdoHere, mdoLoading, processRun, sourcesIn } from './support/run-mdo';

describe('mdo validate', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints "geldig" for a valid meeting and exits 0', async () => {
    const file = join(dir, 'noor.mdo');
    await writeFile(file, serializeMeeting(sampleMeeting()));
    expect(await mdoHere('validate', file)).toMatchObject({ code: 0, stdout: 'geldig\n' });
  });

  it('accepts a file of an older schema version', async () => {
    const file = join(dir, 'oud.mdo');
    await copyFile(join(import.meta.dirname, '../fixtures/meeting-files/v1-noor.mdo'), file);
    expect((await mdoHere('validate', file)).stdout).toBe('geldig\n');
  });

  // As a process: the errors go to stderr, nothing to stdout, and the exit code is 1.
  it('lists the Dutch errors with the fields and exits 1', async () => {
    const meeting = { ...sampleMeeting(), title: '', status: 'klaar' };
    const file = join(dir, 'fout.mdo');
    await writeFile(file, serializeMeeting(meeting as never));
    const result = await mdo('validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Titel is leeg');
    expect(result.stderr).toContain('Status moet een van deze waarden zijn: concept, definitief');
  });

  it('says a missing file cannot be found and exits 1', async () => {
    const result = await mdoHere('validate', join(dir, 'bestaat-niet.mdo'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/niet gevonden|bestaat niet/i);
  });

  it('exits 2 with a Dutch hint on wrong use', async () => {
    const bare = await mdo();
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect(bare.stderr).toContain('Gebruik:');
    const unknown = await mdoHere('opruimen');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekende opdracht "opruimen"');
    expect((await mdoHere('toString')).code).toBe(2);
    expect((await mdoHere('validate')).code).toBe(2);
  });

  it('explains itself in Dutch with --help, as the installed command (npx mdo)', async () => {
    // npm's own script when the tests run under npm (also on Windows, where `npm` is a .cmd file).
    const npm = process.env.npm_execpath;
    const args = ['exec', '--no', '--', 'mdo', '--help'];
    const result = npm ? await processRun(process.execPath, [npm, ...args]) : await processRun('npm', args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Gebruik:');
    expect(result.stdout).toContain('mdo validate BESTAND.mdo');
  });

  it("keeps the compiled chunks in Node's compile cache, so the next start reuses them", async () => {
    // Node says what its cache does when asked; Node 20 has no compile cache (the engines ask for 22.13 or newer).
    if (typeof (await import('node:module')).default.enableCompileCache !== 'function') return;
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' };
    delete env.NODE_COMPILE_CACHE;
    delete env.NODE_DISABLE_COMPILE_CACHE;
    await mdo('--version');
    const second = await processRun(process.execPath, [MDO_BIN, '--version'], env);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/cache for file:\/\/\S*\/out\/cli\/mdo\.js was accepted/);
  });

  it('prints the version of package.json with --version', async () => {
    const { version } = JSON.parse(await readFile(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(await mdo('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('mdo export --agenda', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-cli-export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the agenda as a Word document with the computed times', async () => {
    const file = join(dir, 'noor.mdo');
    await writeFile(file, serializeMeeting(sampleMeeting()));
    const output = join(dir, 'agenda.docx');
    const result = await mdoHere('export', file, '--agenda', '-o', output);
    expect(result).toMatchObject({ code: 0, stdout: `Agenda geschreven naar ${output}\nVastgelegd in het exportlogboek van ${file}.\n` });
    const docx = readDocx(new Uint8Array(await readFile(output)));
    const agenda = docx.tables.find((table) => table[0]?.[0] === 'Tijd');
    expect(agenda?.slice(1).map((row) => row[0])).toEqual(['14:00–14:05', '14:05–14:15']);
  });

  it('writes nothing for an invalid meeting file and exits 1', async () => {
    const file = join(dir, 'kapot.mdo');
    await writeFile(file, '{"format":"mdo-assistent/meeting"');
    const output = join(dir, 'kapot.docx');
    const result = await mdoHere('export', file, '--agenda', '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('beschadigd');
    expect(await readdir(dir)).not.toContain('kapot.docx');
  });

  it('exits 2 without an output file', async () => {
    const result = await mdoHere('export', join(dir, 'noor.mdo'), '--agenda');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Gebruik: mdo export');
  });
});

/**
 * Packages that take tens of milliseconds to load, and the Markdown parser
 * (which brings Lexical). A command that does not use them must not load
 * them: `mdo --help` should start about as fast as Node itself.
 */
const HEAVY = /node_modules\/(zod|docx|lexical|@lexical\/[^/]+|date-fns|@date-fns\/tz|fflate)\//;
const MARKDOWN = /^shared\/markdown\//;

describe('what each command of the built mdo loads', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-cli-loads-'));
    await writeFile(join(dir, 'noor.mdo'), serializeMeeting(sampleMeeting()));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The sources bundled into the chunks a real run loaded (read from esbuild's metafile). */
  async function sourcesLoadedBy(...args: string[]): Promise<string[]> {
    const run = await mdoLoading(...args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.loaded).toContain('out/cli/mdo.js');
    return sourcesIn(run.loaded.filter((path) => path.startsWith('out/cli/')));
  }

  it('answers --help and --version from the entry alone: no package, no shared code', async () => {
    for (const flag of ['--help', '--version']) {
      const sources = await sourcesLoadedBy(flag);
      expect(sources.filter((source) => HEAVY.test(source))).toEqual([]);
      expect(sources.filter((source) => !source.startsWith('cli/'))).toEqual([]);
    }
  });

  it('validates with zod, without docx, Lexical or the Markdown parser', async () => {
    const sources = await sourcesLoadedBy('validate', join(dir, 'noor.mdo'));
    expect(sources).toContainEqual(expect.stringMatching(/node_modules\/zod\//));
    expect(sources.filter((source) => /node_modules\/(docx|lexical|@lexical)\//.test(source) || MARKDOWN.test(source))).toEqual([]);
  });

  it('exports a .mdo to Word without the Markdown parser or Lexical', async () => {
    const sources = await sourcesLoadedBy('export', join(dir, 'noor.mdo'), '-o', join(dir, 'verslag.docx'));
    expect(sources).toContainEqual(expect.stringMatching(/node_modules\/docx\//));
    expect(sources.filter((source) => /node_modules\/(lexical|@lexical)\//.test(source) || MARKDOWN.test(source))).toEqual([]);
  });

  it('loads the Markdown writer for --format md, and then no docx', async () => {
    const sources = await sourcesLoadedBy('export', join(dir, 'noor.mdo'), '--format', 'md', '-o', join(dir, 'overleg.md'));
    expect(sources).toContainEqual(expect.stringMatching(MARKDOWN));
    expect(sources.filter((source) => /node_modules\/(docx|fflate)\//.test(source))).toEqual([]);
  });
});
