import { foldName } from '../meeting/person-name';

/**
 * How a name is written in Dutch notes: its parts, the diminutives people
 * make of a first name, the forms it takes inside an e-mail address or a
 * handle, and a regular-expression source that finds it whatever its case
 * and diacritics. The replacer (pseudonymise.ts) and the final scan
 * (name-scan.ts) both build on these, so what the one replaces is what the
 * other looks for.
 *
 * Everything is compared folded (foldName: lower case, no diacritics), so
 * "Leïla" is "Leila" and "Ömer" is "Omer", in either direction.
 */

/** Tussenvoegsels: never a name on their own ("de", "van"). Folded. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", '’t', 'op', 'la', 'le', 'el', 'al', 'da', 'di', 'du', 'von', 'vander', 'vd', 'v.d.',
]);

/** Titles written before a name ("Dr. P. Hendriks"): not part of the name. Folded, without dots. */
const TITLES: ReadonlySet<string> = new Set(['dr', 'drs', 'mr', 'ir', 'ing', 'prof', 'ds', 'dhr', 'mw', 'mevr', 'mvr', 'meneer', 'mevrouw', 'mijnheer']);

/**
 * Dutch words so frequent in running text that a name equal to one is taken
 * as the name only when it is written with a capital: "ik ben" is not the
 * father Ben, "een jong kind" not the family De Jong, "meer dan" not Van der
 * Meer. Rarer words that are also names ("bas", "roos", "mark") are not
 * here: in the notes of an MDO, lower-case "bas" is far more likely the name
 * typed in a hurry than a bass guitar, so it is replaced (least privilege).
 * A written-out surname with its tussenvoegsel ("de Jong") is always a name.
 * Folded; diminutives that are words ("zoetje", "botje") are here too.
 */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  'ben', 'wil', 'hoop', 'meer', 'lang', 'groot', 'klein', 'jong', 'oud', 'kort', 'best', 'goed', 'vrij', 'blij', 'lief', 'sterk',
  'mooi', 'rijk', 'arm', 'wit', 'zwart', 'groen', 'rood', 'bruin', 'grijs', 'blauw', 'geel', 'bos', 'berg', 'dijk', 'hoek',
  'post', 'laan', 'weg', 'broek', 'veen', 'beek', 'hof', 'steen', 'kamp', 'zee', 'water', 'zon', 'maan', 'hart', 'man', 'dag',
  'nacht', 'winter', 'zomer', 'mei', 'juni', 'april', 'koning', 'prins', 'boer', 'bakker', 'visser', 'smit', 'kok', 'koster',
  'bloem', 'appel', 'haan', 'vos', 'mol', 'zoetje', 'botje', 'mannetje', 'dagje', 'bosje', 'hartje', 'zonnetje',
]);

/** Words before a name that say who is meant. */
export const HONORIFICS = {
  /** A man: "meneer Bouzid", "dhr. Bouzid", "de heer Bouzid". */
  man: ['meneer', 'mijnheer', 'mnr.', 'mnr', 'dhr.', 'dhr', 'de heer'],
  /** A woman: "mevrouw Bouzid", "mevr. Bouzid", "mw. Bouzid". */
  vrouw: ['mevrouw', 'mevr.', 'mevr', 'mvr.', 'mvr', 'mw.', 'mw'],
  /** The family: "familie Bouzid", "fam. Bouzid", "gezin Bouzid". */
  familie: ['familie', 'fam.', 'fam', 'gezin'],
} as const;

export type HonorificKind = keyof typeof HONORIFICS;

export function honorificKind(word: string): HonorificKind | null {
  const folded = foldName(word);
  for (const kind of ['man', 'vrouw', 'familie'] as const) {
    if ((HONORIFICS[kind] as readonly string[]).includes(folded)) return kind;
  }
  return null;
}

/** A regular-expression source for any honorific, longest first ("mevr." before "mevr"). */
export function honorificSource(): string {
  const words = [...HONORIFICS.man, ...HONORIFICS.vrouw, ...HONORIFICS.familie].sort((a, b) => b.length - a.length);
  return words.map((word) => foldedPattern(word)).join('|');
}

export function isParticle(part: string): boolean {
  return PARTICLES.has(foldName(part));
}

/** "V." or "V": an initial, which in a full name stands for the written-out part. */
export function isInitial(part: string): boolean {
  return /^\p{L}\.?$/u.test(part);
}

function letterCount(part: string): number {
  return part.match(/\p{L}/gu)?.length ?? 0;
}

/** A part that identifies on its own: two letters or more, no tussenvoegsel, no initial. */
export function isSignificant(part: string): boolean {
  return !isParticle(part) && !isInitial(part) && letterCount(part) >= 2;
}

function isTitle(part: string): boolean {
  return TITLES.has(foldName(part).replace(/\.+$/, ''));
}

/** A name taken apart the way Dutch names are written: given names, then the surname with its tussenvoegsels. */
export interface ParsedName {
  /** Every part as written, titles left out ("Amir", "B."). */
  tokens: string[];
  /** Given names that identify on their own ("Amir"; no initials). */
  given: string[];
  /** The first letter of the first given name or initial, for "A. Bouzid"; null without a given name. */
  firstInitial: string | null;
  /** The surname with its tussenvoegsels, as written ("de Vries", "B."); empty without one. */
  surname: string[];
  /** The surname's own parts ("Vries"; "Bouzid" and "El" are split at a hyphen too). */
  surnameCore: string[];
  /** The letter of a surname written only as an initial ("B." → "b"), folded. */
  surnameInitial: string | null;
}

function withHyphenParts(part: string): string[] {
  const pieces = part.split(/[-‐]/).filter((piece) => isSignificant(piece));
  return pieces.length > 1 ? [part, ...pieces] : [part];
}

/** The own parts of a surname ("de Vries" → "Vries"; "Bouzid-Amrani" → itself, "Bouzid", "Amrani"). */
export function surnameParts(surname: readonly string[]): string[] {
  return surname.filter(isSignificant).flatMap(withHyphenParts);
}

export function parseName(name: string): ParsedName {
  const written = name.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const untitled = written.filter((part) => !isTitle(part));
  const tokens = untitled.length > 0 ? untitled : written;
  const particleAt = tokens.findIndex((part, index) => index > 0 && isParticle(part));
  const surnameStart = particleAt > 0 ? particleAt : tokens.length > 1 ? tokens.length - 1 : tokens.length;
  const givenTokens = tokens.slice(0, surnameStart);
  const surname = tokens.slice(surnameStart);
  const surnameCore = surnameParts(surname);
  const lastSurnamePart = surname.filter((part) => !isParticle(part)).at(-1);
  const first = givenTokens[0];
  return {
    tokens,
    given: givenTokens.filter(isSignificant).flatMap(withHyphenParts),
    firstInitial: first ? (foldName(first)[0] ?? null) : null,
    surname,
    surnameCore,
    surnameInitial: surnameCore.length === 0 && lastSurnamePart && isInitial(lastSurnamePart) ? (foldName(lastSurnamePart)[0] ?? null) : null,
  };
}

const VOWELS = 'aeiouy';

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && VOWELS.includes(letter);
}

/**
 * The diminutives of a given name, as stems with the endings that follow
 * them (folded): Amir → Amirtje, Amirke; Bas → Basje, Bassie; Kim → Kimpje;
 * Jan → Jantje, Janneke; Leila → Leilaatje; Lotte → Lotje. Only for names of
 * three letters or more: "Bo" + "tje" is a word ("botje").
 */
export function diminutives(given: string): { stem: string; endings: string[] }[] {
  const name = foldName(given);
  if (letterCount(name) < 3 || !/^\p{L}+$/u.test(name)) return [];
  const last = name.at(-1);
  const beforeLast = name.at(-2);
  const forms: { stem: string; endings: string[] }[] = [];
  if (!isVowel(last)) {
    forms.push({ stem: name, endings: ['tje', 'je', 'pje', 'kje', 'ke', 'ie', 'y'] });
    // A short vowel before the last consonant doubles it: Bassie, Tommy, Jannetje, Janneke.
    if (isVowel(beforeLast) && !isVowel(name.at(-3)) && last !== undefined) {
      forms.push({ stem: name + last, endings: ['ie', 'y', 'etje', 'eke'] });
    }
  } else if (last === 'e') {
    forms.push({ stem: name, endings: ['tje', 'je'] });
    // Lotte → Lotje, Ilse → Ilsje.
    const stem = name.slice(0, -1).replace(/(\p{L})\1$/u, '$1');
    forms.push({ stem, endings: ['je', 'tje'] });
  } else {
    // Leila → Leilatje, Leilaatje; Timo → Timootje.
    forms.push({ stem: name, endings: ['tje', `${last}tje`] });
  }
  return forms;
}

/** Every diminutive spelled out (folded). */
export function diminutiveWords(given: string): string[] {
  return diminutives(given).flatMap(({ stem, endings }) => endings.map((ending) => stem + ending));
}

/**
 * The forms a person's name takes inside an e-mail address, a handle or a
 * link, once the separators are gone (folded): each part ("amir",
 * "bouzid"), the diminutives, and the parts run together ("amirbouzid",
 * "abouzid", "bouzida", "amirb", "devries", "noordevries").
 */
export function addressForms(parsed: ParsedName, familyNames: readonly string[][] = []): string[] {
  const forms = new Set<string>();
  const surnames = [parsed.surname, ...familyNames].filter((surname) => surname.some(isSignificant));
  for (const part of [...parsed.given, ...parsed.surnameCore, ...familyNames.flat().filter(isSignificant)]) {
    forms.add(foldName(part).replace(/[^\p{L}]/gu, ''));
  }
  for (const given of parsed.given) for (const word of diminutiveWords(given)) forms.add(word);
  const joined = (parts: readonly string[]) => parts.map((part) => foldName(part).replace(/[^\p{L}]/gu, '')).join('');
  for (const surname of surnames) {
    const core = surname.filter((part) => !isParticle(part));
    const variants = new Set([joined(surname), joined(core)]);
    for (const variant of variants) {
      for (const given of parsed.given) {
        const first = joined([given]);
        forms.add(first + variant);
        forms.add(variant + first);
      }
      if (parsed.firstInitial) {
        forms.add(parsed.firstInitial + variant);
        forms.add(variant + parsed.firstInitial);
      }
      forms.add(variant);
    }
  }
  if (parsed.surnameInitial) for (const given of parsed.given) forms.add(joined([given]) + parsed.surnameInitial);
  return [...forms].filter((form) => form.length >= 2 && !PARTICLES.has(form));
}

/**
 * The accented letters that fold to each letter a–z, in names people write
 * in the Netherlands and Flanders (Latin-1, Latin Extended-A, ǎ ǐ ǒ ǔ ǖ ș ț;
 * "İ" has no one-letter lower case, so the case-insensitive flag does not
 * reach it from "i"). A table rather than computed: it is read at every
 * export, and a unit test checks that every letter folds to its key.
 * Kept to these letters: each one costs the case-insensitive expression
 * compile time. Text typed with combining marks is normalised before
 * matching (pseudonymise.ts).
 */
export const ACCENTED_FORMS: Readonly<Record<string, string>> = {
  a: 'aàáâãäåāăąǎ',
  c: 'cçćĉċč',
  d: 'dďđ',
  e: 'eèéêëēĕėęě',
  g: 'gĝğġģ',
  h: 'hĥ',
  i: 'iìíîïĩīĭįıǐİ',
  j: 'jĵ',
  k: 'kķ',
  l: 'lĺļľł',
  n: 'nñńņň',
  o: 'oòóôõöøōŏőǒ',
  r: 'rŕŗř',
  s: 'sśŝşšſș',
  t: 'tţťț',
  u: 'uùúûüũūŭůűųǔǖǘǚǜ',
  w: 'wŵ',
  y: 'yýÿŷ',
  z: 'zźżž',
};

function letterClass(letter: string): string {
  const forms = ACCENTED_FORMS[letter];
  return forms ? `[${forms}]` : letter;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A regular-expression source (for the flags `iu`) that finds `text` with
 * or without diacritics, in any case: "Leïla" finds "Leila", "LEÏLA" and
 * "Leïla" (text with combining marks is normalised to NFC first). Spaces
 * match any white space, apostrophes both ' and ’.
 */
export function foldedPattern(text: string): string {
  let source = '';
  for (const char of text.normalize('NFC')) {
    if (/\s/u.test(char)) {
      if (!source.endsWith('\\s+')) source += '\\s+';
      continue;
    }
    if (char === "'" || char === '’') {
      source += "['’]";
      continue;
    }
    const folded = foldName(char);
    if (/^[a-z]+$/.test(folded)) {
      source += [...folded].map(letterClass).join('');
    } else {
      source += escapeRegExp(char);
    }
  }
  return source;
}
