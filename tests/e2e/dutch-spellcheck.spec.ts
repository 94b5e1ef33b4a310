import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { buildDutchDictionary } from '../../electron/dictionary/build-dictionary';
import { DICTIONARY_FILE } from '../../electron/main/spellcheck';
import { chromiumLaunchOptions } from '../support/chromium';

/**
 * The Dutch dictionary the app ships (electron/dictionary/, the .bdic the
 * build makes) read by Chromium's own spellchecker, with no network: the
 * file goes where Electron's Chromium looks first (the Dictionaries folder),
 * exactly as spellcheck.ts puts it there. Chromium checks the file when it
 * opens it and deletes one it finds damaged; it then underlines a misspelled
 * Dutch word and leaves real Dutch alone (inflections and compounds
 * included). The Electron-only parts (session settings, the context menu)
 * are in tests/unit/spellcheck.test.ts and electron-smoke.spec.ts.
 */

const root = join(import.meta.dirname, '../..');

/** Red pixels in a band under each word: Chromium's spelling squiggle. */
async function squiggles(page: Page, words: string[]): Promise<Record<string, number>> {
  const rectangles = await page.evaluate((wanted) => {
    const editor = document.getElementById('tekst')!;
    const text = editor.firstChild!;
    const content = text.textContent ?? '';
    return wanted.map((word) => {
      const range = document.createRange();
      const start = content.indexOf(word);
      range.setStart(text, start);
      range.setEnd(text, start + word.length);
      const box = range.getBoundingClientRect();
      return { word, x: box.left, y: box.bottom - 6, width: box.width, height: 10 };
    });
  }, words);
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ data, boxes }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const counts: Record<string, number> = {};
      for (const box of boxes) {
        const pixels = context.getImageData(Math.round(box.x), Math.round(box.y), Math.max(1, Math.round(box.width)), box.height).data;
        let red = 0;
        for (let at = 0; at < pixels.length; at += 4) if ((pixels[at] ?? 0) > 170 && (pixels[at + 1] ?? 0) < 110 && (pixels[at + 2] ?? 0) < 110) red++;
        counts[box.word] = red;
      }
      return counts;
    },
    { data: png, boxes: rectangles },
  );
}

test('Chromium reads the shipped Dutch dictionary and underlines a misspelling, with the network blocked', async () => {
  test.setTimeout(180_000);
  const { path } = buildDutchDictionary(root);
  const profile = mkdtempSync(join(tmpdir(), 'mdo-spelling-'));
  try {
    mkdirSync(join(profile, 'Dictionaries'));
    copyFileSync(path, join(profile, 'Dictionaries', DICTIONARY_FILE));
    mkdirSync(join(profile, 'Default'));
    // What Session.setSpellCheckerLanguages(['nl']) sets in Electron.
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ browser: { enable_spellchecking: true }, spellcheck: { dictionaries: ['nl'], use_spelling_service: false } }),
    );
    const launch = chromiumLaunchOptions(true, ['--lang=nl']);
    const context = await chromium.launchPersistentContext(profile, { ...launch, viewport: { width: 900, height: 300 } });
    const remote: string[] = [];
    await context.route('**/*', (route) => {
      remote.push(route.request().url());
      return route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent('<div id="tekst" contenteditable="true" spellcheck="true" lang="nl" style="font: 28px serif; padding: 20px">x</div>');
    await page.locator('#tekst').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Jeugdhulpverleners bespreken de vergaderring met moeder en maken een huisbezoekafspraak. ');
    // The marks come a moment after typing; the checker is done when the misspelling has its squiggle.
    await expect.poll(async () => (await squiggles(page, ['vergaderring']))['vergaderring'], { timeout: 30_000 }).toBeGreaterThan(8);
    const counts = await squiggles(page, ['Jeugdhulpverleners', 'bespreken', 'vergaderring', 'moeder', 'huisbezoekafspraak']);
    expect(counts).toMatchObject({ Jeugdhulpverleners: 0, bespreken: 0, moeder: 0, huisbezoekafspraak: 0 });
    // Chromium deletes a dictionary it cannot verify; this one stays. Nothing was fetched.
    expect(existsSync(join(profile, 'Dictionaries', DICTIONARY_FILE))).toBe(true);
    expect(remote).toEqual([]);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
