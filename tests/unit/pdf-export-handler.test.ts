import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeHandlers } from '../../host/handlers';
import { chromiumPdfPrinter, findChromium, isPdf, NO_CHROMIUM_MESSAGE, PdfPrintError, printWithChromium } from '../../host/pdf-export';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithSecretPassage } from '../fixtures/noor-minutes';
import { notesFromMarkdown } from '../support/lexical-fixtures';

/**
 * The app's Exporteren als PDF, through the handler the bridge calls
 * (export:pdf), on real files: with the Chromium of this machine, and with
 * none (an empty PATH), where nothing may be asked or written.
 */

const forParents = { audience: { kind: 'ouders' as const, person: null }, pseudonym: { child: true, childAlias: 'kind A', parents: true } };
const hasChromium = (await findChromium()).ok;

describe('export:pdf', () => {
  let dir = '';
  let asked: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-export-pdf-'));
    asked = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function handlersWith(env?: NodeJS.ProcessEnv) {
    return createNodeHandlers({
      libraryDir: join(dir, 'MDO'),
      configDir: join(dir, 'config'),
      version: 'test',
      dialogs: {
        chooseOpenPath: async () => null,
        chooseSavePath: async (proposed, kind) => {
          asked.push(`${kind ?? ''} ${proposed}`);
          return proposed;
        },
      },
      ...(env ? { pdfPrinter: chromiumPdfPrinter(env) } : {}),
    });
  }

  it('says in Dutch that no PDF can be made, before asking where to save, and writes nothing', async () => {
    const empty = join(dir, 'leeg');
    await mkdir(empty);
    const handlers = handlersWith({ PATH: empty, PLAYWRIGHT_BROWSERS_PATH: empty });
    const result = await handlers['export:pdf']({ document: 'verslag', meeting: noorWithSecretPassage(), options: forParents });
    expect(result).toEqual({ ok: false, error: { code: 'pdf-unavailable', message: NO_CHROMIUM_MESSAGE } });
    expect(asked).toEqual([]);
    expect((await readdir(join(dir, 'MDO')).catch(() => [])).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });

  it.skipIf(!hasChromium)('asks for a .pdf under the copy’s name, writes a private PDF and gives the log line', async () => {
    const meeting = noorWithSecretPassage();
    const result = await handlersWith()['export:pdf']({ document: 'verslag', meeting, options: forParents });
    if (!result.ok || result.value === null) throw new Error(JSON.stringify(result));
    const target = join(dir, 'MDO', '2026-12-10 Verslag MDO kind A voor ouders.pdf');
    expect(asked).toEqual([`pdf ${target}`]);
    expect(result.value.path).toBe(target);
    expect(result.value.notice).toBeUndefined();
    expect(result.value.logEntry).toMatchObject({ document: 'verslag', fileName: '2026-12-10 Verslag MDO kind A voor ouders.pdf', audience: { kind: 'ouders' } });
    expect(isPdf(new Uint8Array(await readFile(target)))).toBe(true);
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
  }, 120_000);

  it.skipIf(!hasChromium)('says what the final scan of the printed page still finds', async () => {
    const meeting: Meeting = noorWithSecretPassage();
    meeting.agendaItems[0]!.notes!.root.children.push(notesFromMarkdown('Mevrouw Vriez belt morgen terug.').root.children[0]);
    const result = await handlersWith()['export:pdf']({ document: 'agenda', meeting, options: forParents });
    if (!result.ok || result.value === null) throw new Error(JSON.stringify(result));
    // The agenda has no notes: nothing to find there. The minutes have.
    expect(result.value.notice).toBeUndefined();
    const minutes = await handlersWith()['export:pdf']({ document: 'verslag', meeting, options: forParents });
    if (!minutes.ok || minutes.value === null) throw new Error(JSON.stringify(minutes));
    expect(minutes.value.notice).toBe('Let op: in de kopie staat nog iets dat op een vervangen naam lijkt: „Vriez”.');
  }, 120_000);
});

describe.skipIf(process.platform === 'win32')('finding a Chromium', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-find-chromium-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function program(path: string, script: string, mode = 0o755): Promise<string> {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, `#!/bin/sh\n${script}\n`);
    await chmod(path, mode);
    return path;
  }

  it('takes MDO_CHROMIUM when it is set, else chromium, chromium-browser or google-chrome on PATH, in that order', async () => {
    const early = join(dir, 'early');
    const late = join(dir, 'late');
    const chrome = await program(join(early, 'google-chrome'), 'exit 0');
    const chromium = await program(join(late, 'chromium'), 'exit 0');
    const none = join(dir, 'none');
    expect(await findChromium({ PATH: `${early}:${late}`, PLAYWRIGHT_BROWSERS_PATH: none })).toEqual({ ok: true, path: chromium });
    expect(await findChromium({ PATH: early, PLAYWRIGHT_BROWSERS_PATH: none })).toEqual({ ok: true, path: chrome });
    expect(await findChromium({ PATH: `${early}:${late}`, MDO_CHROMIUM: chrome })).toEqual({ ok: true, path: chrome });
  });

  it('does not take a file that cannot be run, nor a relative PATH entry', async () => {
    await program(join(dir, 'bin', 'chromium'), 'exit 0', 0o644);
    const none = join(dir, 'none');
    expect(await findChromium({ PATH: `${join(dir, 'bin')}:bin`, PLAYWRIGHT_BROWSERS_PATH: none })).toEqual({ ok: false, message: NO_CHROMIUM_MESSAGE });
    const chosen = await findChromium({ PATH: '', MDO_CHROMIUM: join(dir, 'bin', 'chromium') });
    expect(chosen.ok).toBe(false);
    if (!chosen.ok) expect(chosen.message).toContain(`De omgevingsvariabele MDO_CHROMIUM wijst naar "${join(dir, 'bin', 'chromium')}"`);
  });

  it('says in Dutch when the program ran but made no PDF, and leaves no temp folder behind', async () => {
    const argsFile = join(dir, 'args.txt');
    const fake = await program(join(dir, 'bin', 'chromium'), `printf '%s\\n' "$@" > '${argsFile}'; echo "kapot" >&2; exit 3`);
    await expect(printWithChromium(fake, '<p>x</p>')).rejects.toThrow(new PdfPrintError('chromium heeft geen PDF gemaakt (afsluitcode 3): kapot.'));
    const args = (await readFile(argsFile, 'utf8')).split('\n');
    expect(args).toContain('--headless');
    expect(args).toContain('--host-resolver-rules=MAP * ~NOTFOUND');
    const pdfArg = args.find((arg) => arg.startsWith('--print-to-pdf='))?.slice('--print-to-pdf='.length) ?? '';
    expect(pdfArg).toMatch(/mdo-pdf-[^/]+\/document\.pdf$/);
    await expect(stat(join(pdfArg, '..'))).rejects.toThrow();
  });
});
