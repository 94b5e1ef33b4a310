import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Starts the real Electron app where the runtime is installed (a developer's
 * machine after `npm install`). The build machines cannot download Electron,
 * so there the test skips; every other UI test runs the same renderer in
 * Chromium through tests/support/host.ts.
 */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the Electron app opens its secure window with the start screen', async () => {
  test.skip(binary === null, 'Electron-runtime is niet geïnstalleerd op deze machine (ELECTRON_SKIP_BINARY_DOWNLOAD)');
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [join(import.meta.dirname, '../../out/main/main.js')],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('button', { name: 'Nieuw overleg' })).toBeVisible();
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as unknown as { mdo: object }).mdo).sort())).toContain('saveMeeting');
  } finally {
    await app.close();
  }
});

test('a misspelled Dutch word gets suggestions from the shipped dictionary, which is never downloaded', async () => {
  test.skip(binary === null, 'Electron-runtime is niet geïnstalleerd op deze machine (ELECTRON_SKIP_BINARY_DOWNLOAD)');
  test.skip(process.platform === 'darwin', 'op macOS controleert de spellingcontrole van het systeem, met de talen van het systeem');
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [join(import.meta.dirname, '../../out/main/main.js')],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('button', { name: 'Nieuw overleg' })).toBeVisible();
    const setup = await app.evaluate(async ({ app: electronApp, session, webContents }) => {
      const { existsSync } = await import('node:fs');
      const { join: joinPath } = await import('node:path');
      const menus: { word: string; suggestions: string[] }[] = [];
      (globalThis as { spellingMenus?: typeof menus }).spellingMenus = menus;
      for (const contents of webContents.getAllWebContents()) {
        contents.on('context-menu', (_event, params) => menus.push({ word: params.misspelledWord, suggestions: params.dictionarySuggestions }));
      }
      return {
        languages: session.defaultSession.getSpellCheckerLanguages(),
        installed: existsSync(joinPath(electronApp.getPath('userData'), 'Dictionaries', 'nl-NL-3-0.bdic')),
      };
    });
    expect(setup).toEqual({ languages: ['nl'], installed: true });
    // A text field of our own in the page (the session blocks every request that is not the app's, so nothing can be fetched).
    await window.evaluate(() => {
      const field = document.createElement('div');
      Object.assign(field, { id: 'spelling', contentEditable: 'true', spellcheck: true, lang: 'nl', textContent: 'Een vergaderring ' });
      document.body.prepend(field);
    });
    await window.locator('#spelling').click();
    await window.keyboard.press('End');
    await window.keyboard.type('met moeder. ');
    await expect
      .poll(async () => {
        await window.locator('#spelling').click({ button: 'right', position: { x: 60, y: 8 } });
        await window.keyboard.press('Escape');
        return app.evaluate(() => (globalThis as { spellingMenus?: { word: string; suggestions: string[] }[] }).spellingMenus?.at(-1) ?? null);
      }, { timeout: 30_000 })
      .toMatchObject({ word: 'vergaderring', suggestions: expect.arrayContaining(['vergadering']) });
  } finally {
    await app.close();
  }
});
