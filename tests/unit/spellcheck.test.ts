import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hardenSession } from '../../electron/main/security';
import {
  configureSpellcheck,
  DICTIONARY_FILE,
  dictionaryBaseUrl,
  dictionaryRequestUrl,
  installDictionary,
  spellingMenu,
  type SpellingContext,
} from '../../electron/main/spellcheck';
import { FakeBrowserWindow, fakeElectron, FakeSession } from './support/fake-electron';

// main.ts runs against this stand-in: no Electron runtime here.
vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

/**
 * Dutch spellcheck with no network (electron/main/spellcheck.ts), through
 * the few Session methods it calls: a FakeSession records what the app set,
 * and runs the request filter with the test's own URLs. The dictionary file
 * itself is checked in bdic-dictionary.test.ts and, in Chromium, in
 * tests/e2e/dutch-spellcheck.spec.ts.
 */

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mdo-spelling-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cancelled(session: FakeSession, url: string): boolean | undefined {
  let cancel: boolean | undefined;
  session.beforeRequest?.({ url }, (response) => {
    cancel = response.cancel;
  });
  return cancel;
}

const dictionaryDir = '/opt/MDO-assistent/resources/dictionaries';
const appEntry = 'file:///opt/MDO-assistent/resources/app.asar/out/renderer/index.html';

describe('the session\'s spellchecker', () => {
  it.each(['linux', 'win32'] as const)('on %s checks Dutch, with the app\'s own dictionary as the only download address', (platform) => {
    const session = new FakeSession();
    configureSpellcheck(session, { platform, dictionaryDir });
    expect(session.spellCheckerEnabled).toBe(true);
    expect(session.spellCheckerLanguages).toEqual(['nl']);
    expect(session.dictionaryDownloadUrl).toBe('file:///opt/MDO-assistent/resources/dictionaries/');
  });

  it('on macOS leaves the language to the system\'s spellchecker and sets no download address', () => {
    const session = new FakeSession();
    configureSpellcheck(session, { platform: 'darwin', dictionaryDir });
    expect(session.spellCheckerEnabled).toBe(true);
    expect(session.spellCheckerLanguages).toBeNull();
    expect(session.dictionaryDownloadUrl).toBeNull();
  });

  it('asks for the file under the lower-case name Electron appends, in a folder with spaces too', () => {
    expect(dictionaryRequestUrl(dictionaryDir)).toBe('file:///opt/MDO-assistent/resources/dictionaries/nl-nl-3-0.bdic');
    expect(dictionaryBaseUrl('/Applications/MDO assistent.app/Contents/Resources/dictionaries')).toBe(
      'file:///Applications/MDO%20assistent.app/Contents/Resources/dictionaries/',
    );
  });

  it('lets the dictionary through the request filter, and nothing else that is not the app', () => {
    const session = new FakeSession();
    hardenSession(session, appEntry, [dictionaryRequestUrl(dictionaryDir)]);
    expect(cancelled(session, 'file:///opt/MDO-assistent/resources/dictionaries/nl-nl-3-0.bdic')).toBe(false);
    expect(cancelled(session, 'file:///opt/MDO-assistent/resources/app.asar/out/renderer/assets/index.js')).toBe(false);
    // Chromium's own address for the same file, and anything else beside it, stay blocked.
    expect(cancelled(session, 'https://redirector.gvt1.com/edgedl/chrome/dict/nl-nl-3-0.bdic')).toBe(true);
    expect(cancelled(session, 'http://localhost/nl-nl-3-0.bdic')).toBe(true);
    expect(cancelled(session, 'file:///opt/MDO-assistent/resources/dictionaries/en-us-10-1.bdic')).toBe(true);
    expect(cancelled(session, 'file:///opt/MDO-assistent/resources/dictionaries/nl-nl-3-0.bdic?x=1')).toBe(true);
    expect(cancelled(session, 'file:///opt/MDO-assistent/resources/templates/../dictionaries/nl-nl-3-0.bdic/..')).toBe(true);
    expect(cancelled(session, 'file://server/opt/MDO-assistent/resources/dictionaries/nl-nl-3-0.bdic')).toBe(true);
  });
});

describe('the dictionary in Chromium\'s folder', () => {
  function shipped(content = 'BDic-inhoud'): string {
    const dir = tempDir();
    writeFileSync(join(dir, DICTIONARY_FILE), content);
    return dir;
  }

  it('is copied there under the name Chromium looks for, and left alone once it is there', () => {
    const source = shipped();
    const target = join(tempDir(), 'Dictionaries');
    expect(installDictionary(source, target)).toBe('copied');
    expect(readFileSync(join(target, 'nl-NL-3-0.bdic'), 'utf8')).toBe('BDic-inhoud');
    expect(installDictionary(source, target)).toBe('present');
  });

  it('replaces a damaged or older copy', () => {
    const source = shipped('nieuw');
    const target = tempDir();
    writeFileSync(join(target, DICTIONARY_FILE), 'kapot');
    expect(installDictionary(source, target)).toBe('copied');
    expect(readFileSync(join(target, DICTIONARY_FILE), 'utf8')).toBe('nieuw');
  });

  it('says what went wrong instead of stopping the app: no dictionary built, or a folder it cannot make', () => {
    expect(installDictionary(tempDir(), join(tempDir(), 'Dictionaries'))).toBe('missing');
    const blocked = tempDir();
    writeFileSync(join(blocked, 'bestand'), '');
    expect(installDictionary(shipped(), join(blocked, 'bestand', 'Dictionaries'))).toBe('failed');
  });
});

describe('the context menu of a misspelled word', () => {
  const context = (patch: Partial<SpellingContext>): SpellingContext => ({
    misspelledWord: '',
    dictionarySuggestions: [],
    isEditable: true,
    selectionText: '',
    ...patch,
  });
  const labels = (items: MenuItemConstructorOptions[]): (string | undefined)[] => items.map((item) => item.label ?? item.type);

  it('offers the suggestions, then Toevoegen aan woordenlijst, then cut, copy and paste', () => {
    const replaced: string[] = [];
    const added: string[] = [];
    const items = spellingMenu(context({ misspelledWord: 'vergaderring', dictionarySuggestions: ['vergadering', 'vergaderingen'] }), {
      replaceMisspelling: (word) => replaced.push(word),
      addWord: (word) => added.push(word),
    });
    expect(labels(items)).toEqual(['vergadering', 'vergaderingen', 'separator', 'Toevoegen aan woordenlijst', 'separator', 'Knippen', 'Kopiëren', 'Plakken', 'separator', 'Alles selecteren']);
    items[0]?.click?.({} as never, undefined, {} as never);
    items[3]?.click?.({} as never, undefined, {} as never);
    expect(replaced).toEqual(['vergadering']);
    expect(added).toEqual(['vergaderring']);
  });

  it('says there are no suggestions for a name, and still lets it be added', () => {
    const added: string[] = [];
    const items = spellingMenu(context({ misspelledWord: 'Bouzid' }), { replaceMisspelling: () => undefined, addWord: (word) => added.push(word) });
    expect(items[0]).toEqual({ label: 'Geen suggesties', enabled: false });
    items.find((item) => item.label === 'Toevoegen aan woordenlijst')?.click?.({} as never, undefined, {} as never);
    expect(added).toEqual(['Bouzid']);
  });

  it('shows at most five suggestions', () => {
    const items = spellingMenu(context({ misspelledWord: 'kindt', dictionarySuggestions: ['kind', 'kindje', 'kinds', 'kunt', 'kent', 'kant'] }), {
      replaceMisspelling: () => undefined,
      addWord: () => undefined,
    });
    expect(labels(items).slice(0, 6)).toEqual(['kind', 'kindje', 'kinds', 'kunt', 'kent', 'separator']);
  });

  it('outside a text field offers only copy, and only when something is selected', () => {
    const actions = { replaceMisspelling: () => undefined, addWord: () => undefined };
    expect(labels(spellingMenu(context({ isEditable: false, selectionText: 'Noor' }), actions))).toEqual(['Kopiëren']);
    expect(spellingMenu(context({ isEditable: false }), actions)).toEqual([]);
  });
});

describe('main.ts', () => {
  it('sets Dutch spellcheck on the window\'s session, lets only the dictionary through, and pops up the menu that adds a name', async () => {
    await import('../../electron/main/main');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const session = fakeElectron.session.defaultSession;
    // Built, main.js runs from out/main and the dictionary is in out/dictionaries.
    const builtDictionaries = join(import.meta.dirname, '../../electron/dictionaries');
    expect(session.spellCheckerEnabled).toBe(true);
    expect(session.spellCheckerLanguages).toEqual(process.platform === 'darwin' ? null : ['nl']);
    expect(cancelled(session, pathToFileURL(join(builtDictionaries, 'nl-nl-3-0.bdic')).href)).toBe(false);
    expect(cancelled(session, 'https://redirector.gvt1.com/edgedl/chrome/dict/nl-nl-3-0.bdic')).toBe(true);

    const window = FakeBrowserWindow.made[0]!;
    window.webContents.emit('context-menu', {}, { misspelledWord: 'Bouzid', dictionarySuggestions: ['Bouwzin'], isEditable: true, selectionText: '' });
    const menu = lastMenu();
    expect(menu.popup).toHaveBeenCalledWith({ window });
    menu.find((item) => item.label === 'Bouwzin')?.click?.({} as never, undefined, {} as never);
    menu.find((item) => item.label === 'Toevoegen aan woordenlijst')?.click?.({} as never, undefined, {} as never);
    expect(window.webContents.replacedMisspellings).toEqual(['Bouwzin']);
    expect(session.wordsAdded).toEqual(['Bouzid']);
  });
});

type BuiltMenu = MenuItemConstructorOptions[] & { popup: ReturnType<typeof vi.fn> };
const menus: BuiltMenu[] = [];
const build = fakeElectron.Menu.buildFromTemplate;
fakeElectron.Menu.buildFromTemplate = (template) => {
  const menu = build(template);
  menus.push(menu as unknown as BuiltMenu);
  return menu;
};
function lastMenu(): BuiltMenu {
  return menus.at(-1)!;
}
