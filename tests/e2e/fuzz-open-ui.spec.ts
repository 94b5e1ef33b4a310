import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readMeetingFile } from '../../host/storage';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { makeSeed, mutate, seededRandom, type Seed } from '../stress/support/fuzz-mutations';
import { launchApp } from '../support/host';

/*
 * The fuzz test (tests/stress/fuzz-open.test.ts) opens thousands of damaged
 * and hostile files in Node. Here a sample of the ones that open as valid
 * meetings is opened in the app itself, in Chromium: each must show its
 * meeting and the notes of every agenda item without an error in the page,
 * and nothing from the file may reach the page as a script link or a style.
 * The sample is seeded (MDO_FUZZ_UI_SEED replays another one) and favours
 * the mutations that reach the notes.
 */

const SEED = Number(process.env.MDO_FUZZ_UI_SEED ?? 20_261_130);
/** Files per mutation kind, and in all; opening one in a fresh window takes a few seconds. */
const PER_KIND = 2;
const SAMPLE_SIZE = 12;
const NOTES_KINDS = ['link target', 'style and format', '__proto__ key', 'huge text node'];

interface Sampled {
  name: string;
  kinds: string;
  bytes: Buffer;
}

/** Mutated files that open as valid meetings in Node, the notes' mutations first. */
async function sample(dir: string): Promise<Sampled[]> {
  const fixtures = join(import.meta.dirname, '../fixtures/meeting-files');
  const seeds: Seed[] = [
    makeSeed('v3-noor.mdo', await readFile(join(fixtures, 'v3-noor.mdo'))),
    makeSeed('noor-minutes', Buffer.from(serializeMeeting(noorWithMinutes()))),
    makeSeed('sample-meeting', Buffer.from(serializeMeeting(sampleMeeting()))),
  ];
  const random = seededRandom(SEED);
  const perKind = new Map<string, number>();
  const chosen: Sampled[] = [];
  for (let index = 0; index < 4_000 && chosen.length < SAMPLE_SIZE; index++) {
    const seed = seeds[index % seeds.length]!;
    const { bytes, kinds } = mutate(seed, random);
    const kind = kinds.join(' + ');
    const isNotes = NOTES_KINDS.includes(kinds[0]!);
    // Until half the sample is full, only the notes' mutations are taken.
    if (!isNotes && chosen.length < SAMPLE_SIZE / 2) continue;
    if ((perKind.get(kind) ?? 0) >= PER_KIND) continue;
    const path = join(dir, `kandidaat-${index}.mdo`);
    await writeFile(path, bytes);
    const read = await readMeetingFile(path);
    await rm(path);
    if (!read.ok) continue;
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    chosen.push({ name: `geval-${index}.mdo`, kinds: `${seed.name}: ${kind}`, bytes });
  }
  return chosen;
}

async function visitEveryItem(page: Page): Promise<number> {
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
  let visited = 1;
  for (;;) {
    await expect(page.getByRole('textbox', { name: /^Aantekeningen bij / })).toBeVisible();
    const next = page.getByRole('button', { name: /^Volgend punt/ });
    if ((await next.count()) === 0 || (await next.isDisabled())) return visited;
    await next.click();
    visited += 1;
  }
}

test('a sample of fuzzed files that open in Node opens in the app without a page error, and nothing hostile reaches the page', async () => {
  test.setTimeout(300_000);
  const dir = await mkdtemp(join(tmpdir(), 'mdo-fuzz-ui-'));
  try {
    const files = await sample(dir);
    expect(files.length, 'valid fuzzed files found').toBeGreaterThanOrEqual(SAMPLE_SIZE / 2);
    console.info(`fuzz-open-ui: seed ${SEED}, ${files.length} files: ${files.map((file) => file.kinds).join('; ')}`);
    for (const file of files) {
      const path = join(dir, file.name);
      await writeFile(path, file.bytes);
      const app = await launchApp({ viewport: { width: 1366, height: 768 } });
      const errors: string[] = [];
      app.page.on('pageerror', (error) => errors.push(error.message));
      app.page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      try {
        app.host.queueOpenPath(path);
        await app.page.getByRole('button', { name: 'Openen' }).click();
        await expect(app.page.getByRole('navigation', { name: 'Onderdelen van het overleg' }), `${file.kinds}: opens`).toBeVisible();
        const visited = await visitEveryItem(app.page);
        // The styles the mutations put in files (fuzz-mutations.ts), not the editor's own.
        const hostile = await app.page.evaluate(() => ({
          scriptLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i], a[href^="file:" i], a[href*="attach=" i]').length,
          styled: [...document.querySelectorAll('.notes-editor__content [style]')]
            .map((element) => element.getAttribute('style') ?? '')
            .filter((style) => /color:\s*red|evil\.example|z-index:\s*99999|400px|behavior|binding|expression/i.test(style)),
        }));
        expect(hostile, `${file.kinds}: nothing hostile in the page`).toEqual({ scriptLinks: 0, styled: [] });
        expect(errors, `${file.kinds}: no page error (${visited} items visited)`).toEqual([]);
      } finally {
        await app.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
