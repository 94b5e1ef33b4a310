import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';

/**
 * Dutch spellcheck without the network. On Windows and Linux Chromium's
 * spellchecker loads a Hunspell dictionary (.bdic) from the folder
 * `<userData>/Dictionaries`; a language whose file is not there is downloaded
 * from a Google server. The app ships its own Dutch dictionary
 * (electron/dictionary/, made at build time) and
 *
 * 1. copies it into that folder before Electron starts (installDictionary),
 *    under the name Chromium looks for, so nothing is ever downloaded;
 * 2. points the download address at the app's own copy (configureSpellcheck),
 *    so even a deleted or damaged file is looked for on this computer, never
 *    on the internet; the session's request filter (security.ts) lets that one
 *    file through and nothing else;
 * 3. sets the language to Dutch only.
 *
 * On macOS Electron uses the system's spellchecker (the language list and the
 * download address do nothing there): it follows the languages chosen in the
 * system settings. Takes the few Session methods it calls, so tests hand it
 * a fake; no value import of 'electron' here.
 */

/** The language Chromium checks: "nl" (its dictionary is nl-NL). */
export const SPELLCHECK_LANGUAGES = ['nl'] as const;
/** Chromium's name for the Dutch dictionary (spellcheck_common.cc: nl-NL, version 3-0). */
export const DICTIONARY_FILE = 'nl-NL-3-0.bdic';
/** Electron asks the download address for the name in lower case (`${url}${filename}`). */
export const DICTIONARY_DOWNLOAD_NAME = DICTIONARY_FILE.toLowerCase();

/** The part of Electron's Session that configureSpellcheck sets. */
export interface SpellcheckSession {
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerLanguages(languages: string[]): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
}

/** The folder with the shipped dictionary as the base URL Electron appends the file name to (trailing slash). */
export function dictionaryBaseUrl(dictionaryDir: string): string {
  const href = pathToFileURL(dictionaryDir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** The one URL the spellchecker may request: the shipped dictionary, under the name Electron asks for. */
export function dictionaryRequestUrl(dictionaryDir: string): string {
  return `${dictionaryBaseUrl(dictionaryDir)}${DICTIONARY_DOWNLOAD_NAME}`;
}

export type DictionaryInstall = 'copied' | 'present' | 'missing' | 'failed';

/**
 * Puts the shipped dictionary where Chromium looks first, unless the same
 * file is already there. Must run before the app is ready: the spellchecker
 * looks for its file as soon as the session exists. 'failed' when the
 * folder cannot be written; 'missing' when the app was built without it (then Chromium finds no file and asks the app's own
 * address, which has none either: no spellcheck, and no request leaves the
 * computer).
 */
export function installDictionary(dictionaryDir: string, chromiumDictionariesDir: string): DictionaryInstall {
  const source = join(dictionaryDir, DICTIONARY_FILE);
  if (!existsSync(source)) return 'missing';
  const target = join(chromiumDictionariesDir, DICTIONARY_FILE);
  try {
    if (existsSync(target) && readFileSync(target).equals(readFileSync(source))) return 'present';
    mkdirSync(chromiumDictionariesDir, { recursive: true, mode: 0o700 });
    // Copied beside it and renamed, so Chromium never finds half a file.
    copyFileSync(source, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    return 'copied';
  } catch {
    // A settings folder the app may not write in: the app opens all the same, without spellcheck.
    return 'failed';
  }
}

export interface SpellcheckOptions {
  platform: NodeJS.Platform;
  /** The folder with the shipped dictionary (resources/dictionaries when packaged). */
  dictionaryDir: string;
}

/** Dutch, from the app's own files only (see the top of this file). */
export function configureSpellcheck(session: SpellcheckSession, { platform, dictionaryDir }: SpellcheckOptions): void {
  session.setSpellCheckerEnabled(true);
  if (platform === 'darwin') return;
  session.setSpellCheckerDictionaryDownloadURL(dictionaryBaseUrl(dictionaryDir));
  session.setSpellCheckerLanguages([...SPELLCHECK_LANGUAGES]);
}

/** What Electron's context-menu event says about the spot the user right-clicked. */
export interface SpellingContext {
  misspelledWord: string;
  dictionarySuggestions: string[];
  isEditable: boolean;
  selectionText: string;
}

export interface SpellingActions {
  replaceMisspelling(word: string): void;
  /** Session.addWordToSpellCheckerDictionary: the word counts as spelled right from now on, in every meeting. */
  addWord(word: string): void;
}

/** At most this many suggestions, as Chromium's own menu shows. */
const MAX_SUGGESTIONS = 5;

/**
 * The context menu of a text field: for a misspelled word its suggestions
 * and "Toevoegen aan woordenlijst" (for names: Chloë, Bouzid), then cut,
 * copy and paste. Outside text fields only copy, when something is
 * selected; otherwise no menu (an empty list).
 */
export function spellingMenu(context: SpellingContext, actions: SpellingActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = context.misspelledWord.trim();
  if (context.isEditable && word !== '') {
    const suggestions = context.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'Geen suggesties', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ type: 'separator' }, { label: 'Toevoegen aan woordenlijst', click: () => actions.addWord(word) }, { type: 'separator' });
  }
  if (context.isEditable) {
    items.push(
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { type: 'separator' },
      { role: 'selectAll', label: 'Alles selecteren' },
    );
  } else if (context.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Kopiëren' });
  }
  return items;
}
