import { strFromU8, unzipSync } from 'fflate';
import { foldName } from '../meeting/person-name';
import type { Meeting, Pseudonym } from '../meeting/meeting-schema';
import { EVERYDAY_WORDS, addressForms, isParticle } from './name-forms';
import { LEFT_OUT, bareSPossessive, namePlan, type NameOwner, type ReplacedPerson } from './pseudonymise';

/**
 * The final scan of a copy whose names were replaced: anything still close
 * to a replaced name, in the texts of the meeting or in every part of the
 * exported .docx (text, hyperlink targets, document properties, headers,
 * footers). A check on the replacer, written apart from it: it reads words,
 * not name patterns, so a form the replacer does not know is still found.
 *
 * A word is residue when, folded (case and diacritics set aside) and with
 * the separators of addresses and handles taken out ("amir_b" → "amir",
 * "amir.bouzid" → "amirbouzid"), it is a form of a replaced name: a part,
 * a diminutive, the parts run together; or when it is one letter away from
 * a part of five letters or more ("Bouzit", "Amirr" is not: four letters).
 * One letter away counts only for a word written as a name (with a capital)
 * or inside an address or handle: lower-case "bakken" is not "Bakker".
 * A lower-case everyday word ("jong", "ben") is not residue, as in the
 * replacer.
 *
 * A name that stays on purpose (a professional, or the mother when only the
 * child is replaced) can share a part with a replaced name: "Mark de Vries"
 * beside the child "Noor de Vries". The replacer keeps such a name whole;
 * the scan reports it as a warning ('behouden-naam'), not as a miss, so the
 * person exporting sees that the surname is still in the copy and decides
 * (least privilege: nothing that points to the child is kept silently). A
 * kept name one letter away from a replaced one ("Karin" beside "Karim") is
 * another name and is not reported.
 */

export type ResidueKind = 'naam' | 'lijkt-op-naam' | 'behouden-naam';

export interface NameResidue {
  /** The text found, as written ("Amirtje", "amir_b", "Bouzit"). */
  text: string;
  /** The replaced name it resembles, as the meeting has it ("Amir B.", "Leïla Bouzid"). */
  name: string;
  who: NameOwner;
  /**
   * 'naam': a form of the name; 'lijkt-op-naam': one letter away from it;
   * 'behouden-naam': part of a name that stays (a warning, not a miss).
   */
  kind: ResidueKind;
  /** The name that stays, for 'behouden-naam'. */
  keptName: string | null;
  /** A short piece of the text around it. */
  context: string;
  /** The part of the .docx it is in ("word/document.xml", "word/_rels/document.xml.rels"); null for a text. */
  part: string | null;
}

/** Fewer letters than this, and one letter away is another name (Amir, Amin, Emir). */
const NEAR_MIN_LETTERS = 5;
const CONTEXT_CHARS = 30;

interface Token {
  written: string;
  folded: string;
  start: number;
  end: number;
}

/** Whether `a` and `b` differ by one inserted, removed or changed letter (not equal). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < short.length && j < long.length) {
    if (short[i] === long[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (short.length === long.length) i++;
    j++;
  }
  return edits + (long.length - j) <= 1;
}

function contextAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const piece = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${piece}${to < text.length ? '…' : ''}`;
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** Characters around a word that make it part of an address or handle. */
const ADDRESS_MARKS = '@_./0123456789';

/** Ranges of `text` covered by any of `needles` (case-insensitive). */
function coveredRanges(text: string, needles: readonly string[]): [number, number][] {
  const lower = text.toLocaleLowerCase('nl');
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    const wanted = needle.toLocaleLowerCase('nl');
    if (wanted === '') continue;
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + wanted.length)) ranges.push([at, at + wanted.length]);
  }
  return ranges;
}

function inRanges(token: Token, ranges: readonly [number, number][]): boolean {
  return ranges.some(([from, to]) => token.start >= from && token.end <= to);
}

function percentDecoded(escaped: string): string {
  try {
    return decodeURIComponent(escaped);
  } catch {
    return escaped;
  }
}

/** A scanner for one meeting and one choice of names. */
function scanner(meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): (text: string, part: string | null) => NameResidue[] {
  const plan = namePlan(meeting, pseudonym);
  if (plan.replaced.length === 0) return () => [];
  const exact = new Map<string, ReplacedPerson>();
  const near: { form: string; person: ReplacedPerson }[] = [];
  for (const person of plan.replaced) {
    for (const form of addressForms(person.parsed, person.familyNames)) if (!exact.has(form)) exact.set(form, person);
    const parts = [...person.parsed.given, ...person.surnames.flat().filter((part) => !isParticle(part))].map((part) => foldName(part).replace(/[^\p{L}]/gu, ''));
    for (const form of new Set(parts)) if (form.length >= NEAR_MIN_LETTERS) near.push({ form, person });
  }
  const kept = plan.kept.map((person) => ({ name: person.name, words: person.parsed.tokens.map((token) => foldName(token).replace(/[^\p{L}]/gu, '')).filter(Boolean) }));
  // What the replacer wrote is no residue, even when an alias happens to look like a name.
  const replacements = [...new Set([...plan.replaced.map((person) => person.replacement), ...Object.values(LEFT_OUT)])];
  const folds = new Map<string, string>();
  const fold = (word: string): string => {
    let folded = folds.get(word);
    if (folded === undefined) {
      folded = /^[A-Za-z]+$/.test(word) ? word.toLowerCase() : foldName(word);
      folds.set(word, folded);
    }
    return folded;
  };

  // Most strings hold no name: what a residue needs (the replacements' places, the kept names around it) is worked out only for a candidate.
  return (written, part) => {
    // "Le%C3%AFla" in a link is "Leïla".
    const text = written.includes('%') ? written.replace(/(?:%[0-9a-f]{2})+/gi, percentDecoded) : written;
    const tokens: Token[] = [];
    for (const found of text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const start = found.index ?? 0;
      tokens.push({ written: found[0], folded: fold(found[0]), start, end: start + found[0].length });
    }
    let masked: [number, number][] | null = null;
    const isReplacement = (token: Token) => inRanges(token, (masked ??= coveredRanges(text, replacements)));
    /** The name that stays around the token at `index`, if any ("Mark de Vries" around "Vries"). */
    const keptAround = (index: number): string | null => {
      for (const person of kept) {
        for (let at = 0; at < person.words.length; at++) {
          if (person.words[at] !== tokens[index]?.folded) continue;
          if (person.words.every((word, n) => tokens[index - at + n]?.folded === word)) return person.name;
        }
      }
      return null;
    };
    const results: NameResidue[] = [];
    const report = (token: Token, person: ReplacedPerson, kind: ResidueKind, keptName: string | null, end = token.end) => {
      results.push({ text: text.slice(token.start, end), name: person.name, who: person.who, kind, keptName, context: contextAround(text, token.start, end), part });
    };
    tokens.forEach((token, index) => {
      const { folded } = token;
      if (folded.length < 2) return;
      const capitalised = isCapitalised(token.written);
      const stem = folded.endsWith('s') ? folded.slice(0, -1) : '';
      if (!capitalised && (EVERYDAY_WORDS.has(folded) || EVERYDAY_WORDS.has(stem))) return;
      const person = exact.get(folded) ?? (stem !== '' && bareSPossessive(stem) ? exact.get(stem) : undefined);
      if (person) {
        if (isReplacement(token)) return;
        const keptName = keptAround(index);
        report(token, person, keptName === null ? 'naam' : 'behouden-naam', keptName);
        return;
      }
      // Words joined without a space ("bou-zid", "a.bouzid"): the letters together.
      const next = tokens[index + 1];
      if (next && next.start === token.end + 1 && '._-'.includes(text[token.end] ?? ' ')) {
        const joined = exact.get(folded + next.folded);
        if (joined && !isReplacement(token) && keptAround(index) === null) {
          report(token, joined, 'naam', null, next.end);
          return;
        }
      }
      if (folded.length < NEAR_MIN_LETTERS - 1) return;
      // Next to "@", "_", ".", "/" or a digit: part of an address or handle, where names are written in lower case.
      const inAddress = ADDRESS_MARKS.includes(text[token.start - 1] || ' ') || ADDRESS_MARKS.includes(text[token.end] || ' ');
      if (!capitalised && !inAddress) return;
      const base = stem !== '' && folded.length > NEAR_MIN_LETTERS ? stem : folded;
      const close = near.find(({ form }) => oneEditApart(folded, form) || (base !== folded && oneEditApart(base, form)));
      if (close && !exact.has(base) && !isReplacement(token) && keptAround(index) === null) report(token, close.person, 'lijkt-op-naam', null);
    });
    return results;
  };
}

/** Everything still close to a replaced name in these texts (a pseudonymised meeting's strings, the text of a copy). */
export function findNameResidue(texts: Iterable<string>, meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): NameResidue[] {
  const scan = scanner(meeting, pseudonym);
  const results: NameResidue[] = [];
  for (const text of texts) results.push(...scan(text, null));
  return results;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * The strings of one XML part a reader can see or a program can follow:
 * each paragraph's text as Word shows it (runs joined, so a name split over
 * two runs is whole again), other text nodes, and every attribute value
 * (hyperlink targets, alternative texts, properties).
 */
function xmlStrings(xml: string): string[] {
  const strings: string[] = [];
  let rest = xml;
  if (xml.includes('<w:p')) {
    rest = xml.replace(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g, (paragraph) => {
      const pieces: string[] = [];
      for (const run of paragraph.matchAll(/<w:(t|instrText|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<w:(tab|br|cr)\b[^>]*\/>/g)) {
        pieces.push(run[3] ? ' ' : unescapeXml(run[2] ?? ''));
      }
      const text = pieces.join('');
      if (text.trim() !== '') strings.push(text);
      // Keep the paragraph's attributes (and those of its runs) for the attribute pass.
      return paragraph.replace(/>[^<]*</g, '><');
    });
  }
  for (const node of rest.matchAll(/>([^<]+)</g)) {
    const text = unescapeXml(node[1] ?? '');
    if (text.trim() !== '') strings.push(text);
  }
  for (const attribute of xml.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = attribute[1] ?? attribute[2] ?? '';
    if (/\p{L}{2}/u.test(value)) strings.push(value.includes('&') ? unescapeXml(value) : value);
  }
  return strings;
}

/**
 * The final scan of an exported .docx: every XML part (document, headers,
 * footers, footnotes, document properties in docProps/, relationships with
 * the hyperlink targets in word/_rels/), text and attribute values alike.
 */
export function scanDocxForNames(docx: Uint8Array, meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): NameResidue[] {
  const scan = scanner(meeting, pseudonym);
  // The same attribute values come back thousands of times ("single", "TableText"): each is read once.
  const seen = new Map<string, NameResidue[]>();
  const results: NameResidue[] = [];
  for (const [path, data] of Object.entries(unzipSync(docx))) {
    if (!/\.(xml|rels)$/i.test(path)) continue;
    for (const text of xmlStrings(strFromU8(data))) {
      let found = seen.get(text);
      if (found === undefined) {
        found = scan(text, null);
        seen.set(text, found);
      }
      for (const residue of found) results.push({ ...residue, part: path });
    }
  }
  return results;
}

/** Whether a residue is a name the copy should not hold (not just a kept name that shares a part with one). */
export function isNameMiss(residue: NameResidue): boolean {
  return residue.kind !== 'behouden-naam';
}

/** One residue in a Dutch sentence, for the export preview and the CLI. */
export function residueMessage(residue: NameResidue): string {
  const where = residue.context.trim() ? ` in „${residue.context.trim()}”` : '';
  switch (residue.kind) {
    case 'naam':
      return `Nog niet vervangen: „${residue.text}” (de naam van ${residue.name})${where}.`;
    case 'lijkt-op-naam':
      return `Lijkt op de naam van ${residue.name}: „${residue.text}”${where}. Controleer of het een naam is.`;
    case 'behouden-naam':
      return `„${residue.text}” blijft staan in de naam van ${residue.keptName ?? 'een andere deelnemer'}, maar hoort ook bij de naam van ${residue.name}.`;
  }
}
