import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBuildOptions } from '../../cli/build.mjs';
import { DOCX_FAST_PATHS, withDocxFastPaths } from '../../cli/docx-fast-paths.mjs';
import { docxBytes, type DocxRequest } from '../../cli/export-docx';
import type { CliIo } from '../../cli/cli-io';
import { FULL_EXPORT, type ExportOptions } from '../../shared/privacy/export-options';
import { bigMeeting } from '../bench/big-meeting';
import { noorWithMinutes, withBlocks } from '../fixtures/noor-minutes';
import type { Meeting } from '../../shared/meeting/meeting-schema';

/**
 * The CLI bundles docx with faster versions of five of its functions
 * (cli/docx-fast-paths.mjs). They must still fit the installed docx, and
 * every Word file must be the same, byte for byte, as the one the
 * unchanged library writes (vitest loads docx as it is installed).
 */

const docxSource = join(dirname(createRequire(import.meta.url).resolve('docx')), 'index.mjs');
const houseStyle = join(import.meta.dirname, '../../templates/huisstijl/neutraal.docx');

type DocxBytes = typeof docxBytes;

const silent: CliIo = { out: () => undefined, err: () => undefined };

/**
 * The package's parts, without what docx makes new at every export: the
 * creation time in core.xml (its own clock) and the random ids of
 * hyperlink relationships (numbered here in the order they appear).
 */
function parts(bytes: Uint8Array): Record<string, string> {
  const ids = new Map<string, string>();
  const stable = (xml: string) =>
    xml
      .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1')
      .replace(/\brId[A-Za-z0-9_-]{16,}/g, (id) => ids.get(id) ?? ids.set(id, `rId#${ids.size + 1}`).get(id)!);
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, stable(strFromU8(data))]));
}

describe('docx fast paths in the CLI build', () => {
  let dir = '';
  let fastDocxBytes: DocxBytes;
  let bundled = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-docx-fast-'));
    // The Word half of `mdo export`, built as the CLI is built (same options, same plugin), in one file.
    const outfile = join(dir, 'export-docx.mjs');
    await build({
      ...cliBuildOptions(),
      entryPoints: [join(import.meta.dirname, '../../cli/export-docx.ts')],
      splitting: false,
      metafile: false,
      outfile,
    });
    bundled = await readFile(outfile, 'utf8');
    ({ docxBytes: fastDocxBytes } = (await import(pathToFileURL(outfile).href)) as { docxBytes: DocxBytes });
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('still fit the installed docx, every one of them', async () => {
    const { applied, skipped } = withDocxFastPaths(await readFile(docxSource, 'utf8'));
    expect(skipped, 'fast paths whose docx text changed: bring them up to date in cli/docx-fast-paths.mjs').toEqual([]);
    expect(applied).toEqual(DOCX_FAST_PATHS.map((fastPath) => fastPath.name));
  });

  it('are in the bundle the CLI runs', () => {
    expect(bundled).toContain('function writeXml(');
    expect(bundled).toContain('function copyOwnEnumerable(');
    expect(bundled).not.toContain('format(resolve(item');
  });

  const exportedAt = new Date('2026-12-10T16:30:00+01:00');
  const forParents: ExportOptions = { audience: { kind: 'ouders', person: null }, pseudonym: { child: true, childAlias: '', parents: true } };
  /** Every character XML escapes, in text, in an attribute (the link's target) and in the document's properties. */
  const withEscapes = (): Meeting => {
    const meeting = noorWithMinutes();
    const [first, ...rest] = meeting.agendaItems;
    const notes = withBlocks(`Zie [de folder "Samen" & meer](https://example.org/folder?taal=nl&versie='2'&a<b>c), of: <vraag> & 'antwoord' "zo".`, []);
    return { ...meeting, title: `MDO "Noor" & 'co' <2>`, agendaItems: [{ ...first!, notes }, ...rest] };
  };
  const cases: [string, () => DocxRequest][] = [
    ['text and a link with & < > " \'', () => ({ agenda: false, meeting: withEscapes(), exportedAt, options: FULL_EXPORT })],
    ['the minutes of the Noor meeting', () => ({ agenda: false, meeting: noorWithMinutes(), exportedAt, options: FULL_EXPORT })],
    ['its agenda', () => ({ agenda: true, meeting: noorWithMinutes(), exportedAt, options: FULL_EXPORT })],
    ["the parents' copy with names replaced", () => ({ agenda: false, meeting: noorWithMinutes(), exportedAt, options: forParents })],
    ['the minutes in the shipped house style', () => ({ agenda: false, meeting: noorWithMinutes(), exportedAt, options: FULL_EXPORT, houseStylePath: houseStyle })],
    ['the 40-item meeting of the benchmark', () => ({ agenda: false, meeting: bigMeeting(), exportedAt, options: FULL_EXPORT })],
  ];

  it.each(cases)('write %s byte for byte as docx itself does', async (_, request) => {
    const expected = parts(await docxBytes(request(), silent));
    const actual = parts(await fastDocxBytes(request(), silent));
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const [path, xml] of Object.entries(expected)) {
      // Compared as strings of equal length first, so a difference does not print two 400 kB documents.
      expect(actual[path]!.length, path).toBe(xml.length);
      expect(actual[path] === xml, path).toBe(true);
    }
  });
});
