import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../host/pdf-export';
import { readMeetingFile } from '../../host/storage';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { SECRET_PASSAGE, noorWithSecretPassage } from '../fixtures/noor-minutes';
import { MDO_BIN, ensureCliBuilt, mdoLoading, sourcesIn, type MdoRun } from './support/run-mdo';

/**
 * `mdo export --pdf` as a user runs it: the built CLI in a process of its
 * own, printing with the Chromium of this machine, the PDF read back with
 * poppler's pdfinfo and pdftotext, readers that share nothing with ours.
 */

const run = promisify(execFile);

async function mdoWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<MdoRun> {
  await ensureCliBuilt();
  try {
    const { stdout, stderr } = await run(process.execPath, [MDO_BIN, ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as MdoRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The PDF's page count (pdfinfo) and its text (pdftotext, in reading order). */
async function readPdf(path: string): Promise<{ pages: number; text: string }> {
  const info = await run('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 20_000_000 });
  // Words wrap at the end of a line: one space between words makes phrases findable.
  return { pages, text: stdout.replace(/\s+/g, ' ') };
}

let dir = '';
let counter = 0;
async function meetingFile(): Promise<string> {
  const path = join(dir, `noor-${++counter}.mdo`);
  await writeFile(path, serializeMeeting(noorWithSecretPassage()));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdo-cli-pdf-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hasChromium = (await findChromium()).ok;

describe.skipIf(!hasChromium)('mdo export --pdf (with the Chromium of this machine)', () => {
  it('prints the full Noor minutes with the action table, readable by pdftotext', async () => {
    const input = await meetingFile();
    const output = join(dir, 'verslag.pdf');
    const result = await mdoWith(process.env, 'export', input, '--pdf', '-o', output);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Verslag als PDF geschreven naar ${output}\nVastgelegd in het exportlogboek van ${input}.\n`);
    const { pages, text } = await readPdf(output);
    expect(pages).toBeGreaterThan(0);
    expect(text).toContain('Verslag multidisciplinair overleg');
    expect(text).toContain('Actielijst / taakverdeling');
    expect(text).toMatch(/Nr Wat Wie Uiterlijk Status/);
    expect(text).toMatch(/A2 Consultatie Veilig Thuis Sanne Visser vr 18 dec 2026 Open/);
    expect(text).toContain('Verslag MDO · N.d.V. · 10 december 2026');
    expect(text).toContain(SECRET_PASSAGE.text);
    const logged = await readMeetingFile(input);
    expect(logged.ok && logged.value.exportLog.map((entry) => [entry.document, entry.fileName])).toEqual([['verslag', 'verslag.pdf']]);
  }, 120_000);

  it('prints the parents’ copy without the passage only professionals may read', async () => {
    const input = await meetingFile();
    const output = join(dir, 'verslag-ouders.pdf');
    const result = await mdoWith(process.env, 'export', input, '--pdf', '--voor', 'ouders', '--pseudoniem', '-o', output);
    expect(result.code).toBe(0);
    const { pages, text } = await readPdf(output);
    expect(pages).toBeGreaterThan(0);
    for (const secret of [SECRET_PASSAGE.text, SECRET_PASSAGE.decision, SECRET_PASSAGE.action, 'detentie', 'omgangsregeling']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('Noor');
    expect(text).toContain('Versie voor ouders. Passages die alleen voor professionals bedoeld zijn, zijn weggelaten.');
    expect(text).toMatch(/A2 Consultatie Veilig Thuis Sanne Visser/);
    expect(text).toContain('Vragen over dit verslag, of klopt er iets niet?');
  }, 120_000);

  it('prints the agenda', async () => {
    const input = await meetingFile();
    const output = join(dir, 'agenda.pdf');
    expect((await mdoWith(process.env, 'export', input, '--agenda', '--pdf', '-o', output)).code).toBe(0);
    const { pages, text } = await readPdf(output);
    expect(pages).toBe(1);
    expect(text).toContain('Uitnodiging multidisciplinair overleg');
    expect(text).toContain('Agenda MDO · N.d.V. · 10 december 2026');
  }, 120_000);
});

describe('what mdo export loads for PDF', () => {
  async function sourcesLoadedBy(...args: string[]): Promise<string[]> {
    const run = await mdoLoading(...args);
    expect(run.code, run.stderr).toBe(0);
    return sourcesIn(run.loaded.filter((path) => path.startsWith('out/cli/')));
  }

  it.skipIf(!hasChromium)('prints without docx, Lexical or the Markdown parser', async () => {
    const sources = await sourcesLoadedBy('export', await meetingFile(), '--pdf', '-o', join(dir, 'laden.pdf'));
    expect(sources).toContain('host/pdf-export.ts');
    expect(sources.filter((source) => /node_modules\/(docx|lexical|@lexical)\//.test(source) || source.startsWith('shared/markdown/'))).toEqual([]);
  }, 120_000);

  it('a Word export does not load the PDF code', async () => {
    const sources = await sourcesLoadedBy('export', await meetingFile(), '-o', join(dir, 'laden.docx'));
    expect(sources.filter((source) => /(pdf|html)/.test(source))).toEqual([]);
  }, 120_000);
});

describe('mdo export --pdf without a Chromium', () => {
  /** A PATH with no browser on it, and no Playwright browsers either. */
  async function bareEnv(extra: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
    const empty = join(dir, `leeg-${++counter}`);
    await mkdir(empty);
    return { HOME: dir, PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty, ...extra };
  }

  it('says in Dutch that MDO_CHROMIUM points at nothing, writes nothing and logs nothing', async () => {
    const input = await meetingFile();
    const before = await readFile(input, 'utf8');
    const output = join(dir, 'niets.pdf');
    const missing = join(dir, 'bestaat-niet', 'chromium');
    const result = await mdoWith(await bareEnv({ MDO_CHROMIUM: missing }), 'export', input, '--pdf', '-o', output);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `Voor PDF is Chromium of Google Chrome nodig. De omgevingsvariabele MDO_CHROMIUM wijst naar "${missing}", maar daar staat geen programma dat gestart kan worden. Pas MDO_CHROMIUM aan (of laat hem weg), of exporteer naar Word en sla het document daar op als PDF.\nEr is niets geschreven.\n`,
    );
    expect(existsSync(output)).toBe(false);
    expect(await readFile(input, 'utf8')).toBe(before);
  }, 60_000);

  it('says what is missing and what to do when no Chromium or Chrome is on PATH', async () => {
    const input = await meetingFile();
    const output = join(dir, 'ook-niets.pdf');
    const result = await mdoWith(await bareEnv({}), 'export', input, '--agenda', '--pdf', '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Voor PDF is Chromium of Google Chrome nodig, en die is op deze computer niet gevonden.');
    expect(result.stderr).toContain('exporteer naar Word en sla het document daar op als PDF.');
    expect(existsSync(output)).toBe(false);
  }, 60_000);
});
