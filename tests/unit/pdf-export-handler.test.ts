import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeHandlers } from '../../host/handlers';
import { chromiumPdfPrinter, findChromium, isPdf, NO_CHROMIUM_MESSAGE } from '../../host/pdf-export';
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
