import { describe, expect, it } from 'vitest';
import { compareBytes, writeBdic, type BdicWord } from '../../electron/dictionary/bdic-writer';
import { hunspellToBdicContent } from '../../electron/dictionary/hunspell-source';
import { readBdic, verifyBdic } from '../support/bdic-reader';

/**
 * The Dutch dictionary the spellchecker loads is converted at build time to
 * Chromium's .bdic (electron/dictionary/). These tests read the written bytes
 * back with an independent reader (tests/support/bdic-reader.ts, after
 * Chromium's bdict_reader.cc); tests/e2e/dutch-spellcheck.spec.ts has
 * Chromium itself load the real dictionary.
 */

const AFF = [
  '# Titel: testwoordenboek',
  '# Licentie: vrij',
  '',
  'SET UTF-8',
  'TRY  esianrtolcdugmphbyfvkwz',
  'FLAG long',
  'WORDCHARS \'0123456789.-\\/',
  '',
  'REP 2',
  'REP kju cue\t# barbekju',
  'REP ^ad ad_',
  '',
  'SFX Aa Y 2',
  'SFX Aa 0 en .',
  'SFX Aa 0 s/Bb .',
  'PFX Bb Y 1',
  'PFX Bb   0   on   .',
  'ICONV 1',
  "ICONV ’ '",
].join('\n');

const DIC = ['5', 'kind/Aa', 'moeder/AaBb', 'km\\/h', 'jacuzzi/Bb\tOpmerking: merknaam', 'kind/Bb', 'oma # niet'].join('\n');

const utf8 = new TextEncoder();

describe('converting a Hunspell dictionary to Chromium\'s .bdic', () => {
  it('keeps the comment, numbers every set of flags as an AF line and writes the rules with those numbers', () => {
    const read = readBdic(writeBdic(hunspellToBdicContent(AFF, DIC)));
    expect(read.verified).toBe(true);
    expect(read.comment).toBe('\n# Titel: testwoordenboek\n# Licentie: vrij\n\n');
    // Flags in the order first seen: the rule's continuation "Bb", then the words' "Aa", "AaBb", "Bb" (again 1).
    expect(read.affixGroups).toEqual(['AF Bb', 'AF Aa', 'AF AaBb']);
    expect(read.affixRules).toEqual(['SFX Aa Y 2', 'SFX Aa 0 en .', 'SFX Aa 0 s/1 .', 'PFX Bb Y 1', 'PFX Bb 0 on .']);
    expect(read.replacements).toEqual([
      ['kju', 'cue'],
      ['^ad', 'ad '],
    ]);
    expect(read.otherCommands).toEqual(['TRY  esianrtolcdugmphbyfvkwz', 'FLAG long', "WORDCHARS '0123456789.-\\/", "ICONV 1", "ICONV ’ '"]);
  });

  it('keeps each word once, with all its sets of flags (highest first), an escaped slash as a slash and no morphology or comment', () => {
    const read = readBdic(writeBdic(hunspellToBdicContent(AFF, DIC)));
    expect(Object.fromEntries(read.words)).toEqual({ jacuzzi: [1], kind: [2, 1], 'km/h': [0], moeder: [3], oma: [0] });
  });

  it('reads back every word of a large list through every node layout Chromium has', () => {
    let seed = 7;
    const random = (below: number): number => {
      // xorshift32: the same words every run.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % below;
    };
    const letters = 'abcdefghijklmnopqrstuvwxyzëé';
    const texts = new Set<string>();
    while (texts.size < 14_000) {
      let word = '';
      for (let length = 3 + random(9); word.length < length; ) word += letters[random(letters.length)];
      texts.add(word);
    }
    // Prefixes of other words ("ab" and "abc") and a long shared stem.
    for (const word of ['ab', 'abc', 'abcd', 'gezinsvoogd', 'gezinsvoogdij', 'gezinsvoogden']) texts.add(word);
    const words: BdicWord[] = [...texts]
      .map((text, index) => ({ word: utf8.encode(text), affixIds: index % 5 === 0 ? [9_000, 12] : [index % 300] }))
      .sort((a, b) => compareBytes(a.word, b.word));
    const read = readBdic(writeBdic({ comment: '', affixGroups: [], affixRules: [], replacements: [], otherCommands: [], words }));
    expect(read.verified).toBe(true);
    expect(read.nodeKinds.list8).toBeGreaterThan(0);
    expect(read.nodeKinds.list16).toBeGreaterThan(0);
    expect(read.nodeKinds.lookup16).toBeGreaterThan(0);
    expect(read.nodeKinds.lookup32).toBeGreaterThan(0);
    const decoder = new TextDecoder();
    expect(read.words.size).toBe(words.length);
    for (const { word, affixIds } of words) expect(read.words.get(decoder.decode(word)), decoder.decode(word)).toEqual(affixIds);
  });

  it('fails Chromium\'s check when a byte changes or the file is cut short', () => {
    const bytes = writeBdic(hunspellToBdicContent(AFF, DIC));
    expect(verifyBdic(bytes)).toBe(true);
    const changed = bytes.slice();
    changed[bytes.length - 3] = (changed[bytes.length - 3] ?? 0) ^ 1;
    expect(verifyBdic(changed)).toBe(false);
    expect(verifyBdic(bytes.subarray(0, bytes.length - 1))).toBe(false);
  });

  it('refuses what Chromium could not read: one word, or words out of order', () => {
    const words = (...texts: string[]): BdicWord[] => texts.map((text) => ({ word: utf8.encode(text), affixIds: [0] }));
    const content = { comment: '', affixGroups: [], affixRules: [], replacements: [], otherCommands: [] };
    expect(() => writeBdic({ ...content, words: words('kind') })).toThrow('minstens twee woorden');
    expect(() => writeBdic({ ...content, words: words('oma', 'kind') })).toThrow('gesorteerd');
    expect(() => hunspellToBdicContent('SET ISO8859-1', DIC)).toThrow('UTF-8');
  });
});
