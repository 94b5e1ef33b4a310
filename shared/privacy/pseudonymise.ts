import { isRecord } from '../json';
import { initialsOf } from '../meeting/dutch-format';
import { foldName } from '../meeting/person-name';
import { judgeRole, participantsWithRole } from '../meeting/roles';
import type { ExportAudience, Meeting, Participant, Pseudonym } from '../meeting/meeting-schema';
import { copyNotesJson } from '../notes/lexical-json';
import { NOTE_NODE } from '../notes/node-types';
import {
  EVERYDAY_WORDS,
  addressForms,
  diminutiveWords,
  diminutives,
  foldedPattern,
  honorificKind,
  honorificSource,
  isInitial,
  isParticle,
  isSignificant,
  parseName,
  surnameParts,
  type ParsedName,
} from './name-forms';

/**
 * Pseudonymisation for copies that leave the team: the child's name (and on
 * request the parents' names) replaced by initials or an alias, everywhere
 * in the meeting: details, participants, person references, agenda items
 * and every string inside the notes (text, decisions, actions, safety
 * scales, confidential passages, link targets). The exports build from the
 * result, so headers, footers, file names and document properties follow.
 *
 * A name is found the way people write it (name-forms.ts), always as whole
 * words, whatever its case and diacritics ("Leila" for "Leïla", "OMER" for
 * "Ömer"):
 * - the full name ("Noor de Vries"; an initial in the name as written, "Noor
 *   de V.", also matches the written-out surname), the first initial with
 *   the surname ("N. de Vries"), the given names, each part of two letters
 *   or more;
 * - diminutives of a given name (Amirtje, Amirke, Bassie, Janneke, Kimpje,
 *   Leilaatje, Lotje) and possessives ("Noors", "Noor's" keep their "'s";
 *   a role gets an "s": "moeders");
 * - the surname with and without tussenvoegsel, also after meneer, mevrouw,
 *   familie, fam., dhr., mw. …; for a child written with only an initial
 *   ("Amir B."), the surname of a parent that starts with it ("Bouzid") is
 *   the child's family name too;
 * - inside an e-mail address, a link or a handle, whatever joins the parts
 *   (".", "_", "-", digits, or nothing: "amirbouzid"). Such an address is
 *   never rewritten into an invalid one: it becomes "[e-mailadres
 *   weggelaten]", "[link weggelaten]" or "[gebruikersnaam weggelaten]", and
 *   a link target ("url" in the notes) becomes empty, so the copy shows the
 *   link's text without a link.
 * Never replaced: a bare tussenvoegsel ("de", "van") or initial, part of a
 * longer word ("markeren" for Mark, "basis" for Bas), and a name equal to a
 * frequent Dutch word when written in lower case ("ik ben", "een jong kind":
 * EVERYDAY_WORDS in name-forms.ts).
 *
 * What a name becomes: the child the alias or the initials ("N.d.V.").
 * Parents (participants with role 'ouder') their family role when their
 * function names it and no other parent has the same role ("moeder"), else
 * their initials ("E.d.V."). "mevrouw Bouzid" is the one mother named
 * Bouzid ("moeder"), else "mevrouw [naam weggelaten]"; a family name alone
 * is the child's ("familie kind A"), else the one parent's. A replacement at
 * the start of a sentence starts with a capital ("Kind A is akkoord"); in
 * names ("moeder" as a participant) and mid-sentence it is as given.
 *
 * Everybody else whose name is not replaced is protected as a whole name:
 * with only the child pseudonymised, the mother "Els de Vries" stays as
 * written (her surname is not turned into the child's initials); hiding her
 * too is what the parents option is for. A professional who shares the
 * child's surname keeps their full name too; the final scan (name-scan.ts)
 * reports such a name as a warning, so the person exporting decides.
 */

/** What an e-mail address, link or handle with a replaced name in it becomes. */
export const LEFT_OUT = {
  email: '[e-mailadres weggelaten]',
  link: '[link weggelaten]',
  handle: '[gebruikersnaam weggelaten]',
  name: '[naam weggelaten]',
} as const;

/** Functions that name a parent's role without identifying them. */
const FAMILY_ROLES = new Set([
  'moeder', 'vader', 'ouder', 'pleegmoeder', 'pleegvader', 'pleegouder', 'stiefmoeder', 'stiefvader',
  'verzorger', 'verzorgster', 'voogd', 'oma', 'opa', 'grootmoeder', 'grootvader',
]);

const MAN_WORDS = new Set(['vader', 'pleegvader', 'stiefvader', 'papa', 'grootvader', 'opa']);
const WOMAN_WORDS = new Set(['moeder', 'pleegmoeder', 'stiefmoeder', 'mama', 'verzorgster', 'grootmoeder', 'oma']);

/** Fields that hold whole texts: a name at their start starts a sentence. */
const SENTENCE_FIELDS: ReadonlySet<string> = new Set(['what', 'reason', 'why', 'question', 'goal', 'childInterest', 'title']);

/** Abbreviations after which a capital does not follow ("bijv. Amir"). Folded, without dots. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bijv', 'bv', 'oa', 'ca', 'dhr', 'mw', 'mevr', 'mvr', 'fam', 'dr', 'drs', 'mr', 'ir', 'ing', 'prof', 'resp', 'evt', 'zgn', 'mbt',
  'tav', 'ivm', 'zsm', 'nav', 'ipv', 'mnr', 'nl', 'ong', 'incl', 'excl', 'etc', 'enz', 'jl', 'vlg', 'zn', 'dwz', 'mn', 'mi',
]);

/** Combining diacritics: text typed as "Lei\u0308la" is normalised to "Leïla" before matching. */
const COMBINING_MARK = /[\u0300-\u036f]/;
/** Between the words of a name: white space or a hyphen ("Amir-Bouzid"). */
const NAME_GAP = '(?:\\s*[-‐]\\s*|\\s+)';
/**
 * A class of the characters of a word or an address: letters and digits
 * (or only letters), and the punctuation in `also`. Spelled as a negated
 * class (no white space, no other punctuation) rather than with
 * \p{L}\p{N}: the case-insensitive expression compiles several times
 * faster without Unicode property classes (the CLI compiles it once per
 * export, in a fresh process), and one class per repetition keeps
 * matching linear.
 */
function wordClass(also: string, digits = true): string {
  let excluded = '';
  for (let code = 0x21; code <= 0x7e; code++) {
    const char = String.fromCharCode(code);
    if (/[A-Za-z]/.test(char) || (digits && /[0-9]/.test(char)) || also.includes(char)) continue;
    excluded += `\\x${code.toString(16).padStart(2, '0')}`;
  }
  return `[^\\s${excluded}\\u00a1\\u00ab\\u00bb\\u00bf\\u2010-\\u2027]`;
}

const WORD = wordClass('');
const WORD_ = wordClass('_');
const LETTER = wordClass('', false);
/** A name is a whole word: no letter, digit or "_" right before or after it ("Mark" is not in "markeren"). */
const NOT_WORD_BEFORE = `(?<!${WORD_})`;
const NOT_WORD_AFTER = `(?!${WORD_})`;
/**
 * An address starts where a run of address characters starts, never inside
 * one ("a.b.c…@" is tried once, not from every dot): matching stays linear
 * in the length of the text.
 */
const NOT_ADDRESS_BEFORE = `(?<!${wordClass('_.%+-@/:')})`;
/** Whether a text may hold an e-mail address, link or handle: only then is the longer expression needed. */
const ADDRESS_HINT = new RegExp(`[@_]|:\\/\\/|www\\.|${LETTER}[.-]?[0-9]|[0-9][.-]?${LETTER}|\\.(?:nl|be|com|org|net|eu|info|nu)(?!${WORD})`, 'i');
const ADDRESS_END = `[^\\s<>"'‘’“”.,;:!?)\\]]`;
const ADDRESS_CHAR = `[^\\s<>"'‘’“”]`;
const URL_SOURCE = `(?:https?:\\/\\/|www\\.|mailto:)${ADDRESS_CHAR}*${ADDRESS_END}`;
const MAIL_SOURCE = `${wordClass('._%+-')}+@${wordClass('-')}+(?:\\.${wordClass('-')}+)+`;
const DOMAIN_SOURCE = `${wordClass('-')}+(?:\\.${wordClass('-')}+)*\\.(?:nl|be|com|org|net|eu|info|nu)(?!${WORD})(?:\\/(?:${ADDRESS_CHAR}*${ADDRESS_END})?)?`;
/** "@amir_b", "amir_b", "amir2015", "leila-b.2": a word joined by "_" or to digits, or after "@". */
const HANDLE_SOURCE =
  `@${WORD_}(?:${wordClass('_.-')}*${WORD_})?` +
  `|(?=${wordClass('_.-')}*?(?:_|${LETTER}[.-]?[0-9]|[0-9][.-]?${LETTER}))${WORD_}+(?:[.-]${WORD_}+)*`;

export type NameOwner = 'kind' | 'ouder';

/** A person whose name a copy replaces. */
export interface ReplacedPerson {
  who: NameOwner;
  name: string;
  replacement: string;
  parsed: ParsedName;
  /** From the function ("moeder"), for "mevrouw Bouzid". */
  gender: 'man' | 'vrouw' | null;
  /** Every surname, with tussenvoegsels: their own and, for the child, those of the family ("Bouzid" for "Amir B."). */
  surnames: string[][];
  /** Surnames the child carries only by inference from a parent. */
  familyNames: string[][];
  /** The folded surname parts ("bouzid", "vries"). */
  surnameKeys: Set<string>;
}

/** A person whose name stays, matched whole so its parts are not taken for a replaced name. */
export interface KeptPerson {
  name: string;
  parsed: ParsedName;
}

/** Who is replaced and who is kept, for the replacer and the final scan. */
export interface NamePlan {
  replaced: ReplacedPerson[];
  kept: KeptPerson[];
  /** What a surname alone becomes, by folded part. */
  family: Map<string, string>;
}

function genderOf(participant: Participant): 'man' | 'vrouw' | null {
  const words = foldName(participant.function).split(/[^\p{L}]+/u);
  if (words.some((word) => MAN_WORDS.has(word))) return 'man';
  if (words.some((word) => WOMAN_WORDS.has(word))) return 'vrouw';
  return null;
}

function parentReplacement(parent: Participant, parents: readonly Participant[]): string {
  const role = parent.function.trim().toLocaleLowerCase('nl');
  const sameRole = parents.filter((other) => other.function.trim().toLocaleLowerCase('nl') === role);
  if (FAMILY_ROLES.has(role) && sameRole.length === 1) return role;
  return initialsOf(parent.name) || 'ouder';
}

/** What the child's name becomes: the alias, or the initials ("N.d.V."). */
export function childReplacement(child: Pick<Meeting['child'], 'name'>, pseudonym: Pseudonym): string {
  return pseudonym.childAlias.trim() || initialsOf(child.name) || 'het kind';
}

function hasCore(surname: readonly string[]): boolean {
  return surname.some(isSignificant);
}

function surnameKeys(surnames: readonly string[][]): Set<string> {
  const keys = new Set<string>();
  for (const surname of surnames) for (const part of surnameParts(surname)) keys.add(foldName(part));
  return keys;
}

function replacedPerson(
  who: NameOwner,
  name: string,
  replacement: string,
  gender: ReplacedPerson['gender'],
  familyNames: string[][] = [],
): ReplacedPerson {
  const parsed = parseName(name);
  const surnames = [...(hasCore(parsed.surname) ? [parsed.surname] : []), ...familyNames];
  return { who, name: name.trim(), replacement, parsed, gender, surnames, familyNames, surnameKeys: surnameKeys(surnames) };
}

/**
 * The surnames of parents that are the child's family name too, when the
 * child is written with only an initial ("Amir B." and the mother "Leïla
 * Bouzid") or with a first name only.
 */
function inferredFamilyNames(child: ParsedName, parents: readonly Participant[]): string[][] {
  if (hasCore(child.surname)) return [];
  const found = new Map<string, string[]>();
  for (const parent of parents) {
    const { surname, surnameCore } = parseName(parent.name);
    const first = surnameCore[0];
    if (first === undefined) continue;
    if (child.surnameInitial !== null && foldName(first)[0] !== child.surnameInitial) continue;
    found.set(foldName(surname.join(' ')), surname);
  }
  return [...found.values()];
}

/**
 * Whether a name that would stay may be a replaced person written another
 * way ("Amir Bouzid" for the child "Amir B."): the same first name and a
 * surname that fits. Such a name is not protected; least privilege.
 */
function mayBe(name: ParsedName, person: ReplacedPerson): boolean {
  const first = name.given[0];
  const personFirst = person.parsed.given[0];
  if (first === undefined || personFirst === undefined || foldName(first) !== foldName(personFirst)) return false;
  const surname = surnameParts(name.surname).map((part) => foldName(part));
  if (person.surnameKeys.size === 0) return person.parsed.surnameInitial === null || surname.some((part) => part[0] === person.parsed.surnameInitial);
  return surname.some((part) => person.surnameKeys.has(part));
}

export function namePlan(meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): NamePlan {
  const replaced: ReplacedPerson[] = [];
  const parents = participantsWithRole(meeting, 'ouder').filter((p) => p.name.trim() !== '');
  const childName = meeting.child.name.trim();
  if (pseudonym.child && childName) {
    const familyNames = inferredFamilyNames(parseName(childName), parents);
    replaced.push(replacedPerson('kind', childName, childReplacement(meeting.child, pseudonym), null, familyNames));
  }
  if (pseudonym.parents) {
    for (const parent of parents) replaced.push(replacedPerson('ouder', parent.name, parentReplacement(parent, parents), genderOf(parent)));
  }
  // A participant the app takes for the child ("Amir Bouzid, leerling") is never a name that stays.
  const keptNames = meeting.participants
    .filter((p) => !(pseudonym.parents && parents.includes(p)))
    .filter((p) => !(pseudonym.child && judgeRole(p, meeting.child).role === 'kind'))
    .map((p) => p.name.trim());
  if (!pseudonym.child) keptNames.push(childName);
  const kept = keptNames
    .filter((name) => name !== '')
    .map((name) => ({ name, parsed: parseName(name) }))
    .filter(({ parsed }) => parsed.tokens.length > 1 && parsed.tokens.some(isSignificant))
    .filter(({ parsed }) => !replaced.some((person) => mayBe(parsed, person)));

  const owners = new Map<string, ReplacedPerson[]>();
  for (const person of replaced) for (const key of person.surnameKeys) owners.set(key, [...(owners.get(key) ?? []), person]);
  const family = new Map<string, string>();
  for (const [key, people] of owners) {
    const child = people.find((person) => person.who === 'kind');
    const replacements = new Set(people.map((person) => person.replacement));
    family.set(key, child ? child.replacement : replacements.size === 1 ? (people[0]?.replacement ?? LEFT_OUT.name) : LEFT_OUT.name);
  }
  return { replaced, kept, family };
}

/** The names a copy replaces, for the export's preview ("Noor de Vries → kind A"); a family name found for the child is listed too. */
export function replacedNames(
  meeting: Pick<Meeting, 'child' | 'participants'>,
  pseudonym: Pseudonym,
): { name: string; replacement: string; who: NameOwner }[] {
  return namePlan(meeting, pseudonym).replaced.flatMap((person) => [
    { name: person.name, replacement: person.replacement, who: person.who },
    ...person.familyNames.map((surname) => ({ name: surname.join(' '), replacement: person.replacement, who: person.who })),
  ]);
}

/**
 * One alternative of the expression. `everyday`: a single word that is also
 * an everyday Dutch word in some form ("Ben", "Jong"), so lower case keeps it.
 */
type Alternative =
  | { kind: 'person'; source: string; words: number; person: ReplacedPerson; everyday: boolean }
  | { kind: 'family'; source: string; words: number; key: string; everyday: boolean }
  | { kind: 'kept'; source: string; words: number };

function firstLetterClass(part: string): string {
  return foldedPattern([...part][0] ?? '');
}

/** One part of a name: an initial stands for itself or, in a full name, for the written-out part. */
function partSource(part: string, expandInitial: boolean): string {
  if (!isInitial(part)) return foldedPattern(part);
  const letter = firstLetterClass(part);
  return expandInitial ? `${letter}(?:\\.|${LETTER}+)?` : `${letter}\\.?`;
}

function namesSource(parts: readonly string[], expandInitial: boolean): string {
  return parts.map((part) => partSource(part, expandInitial)).join(NAME_GAP);
}

function givenSource(given: string): string {
  const forms = diminutives(given);
  const own = foldedPattern(given);
  const name = forms[0]?.stem === foldName(given) ? `${own}(?:${forms[0].endings.join('|')})?` : own;
  const others = forms.filter((form) => form.stem !== foldName(given)).map((form) => `${foldedPattern(form.stem)}(?:${form.endings.join('|')})`);
  return others.length > 0 ? `(?:${[name, ...others].join('|')})` : name;
}

function alternativesFor(plan: NamePlan): Alternative[] {
  const list: Alternative[] = [];
  for (const person of plan.replaced) {
    const { tokens, given, firstInitial } = person.parsed;
    const named: { source: string; words: number }[] = [];
    if (tokens.length > 1 && tokens.some(isSignificant)) named.push({ source: namesSource(tokens, true), words: tokens.length });
    const givenTokens = tokens.slice(0, tokens.length - person.parsed.surname.length);
    for (const surname of person.familyNames) {
      if (givenTokens.length > 0) named.push({ source: namesSource([...givenTokens, ...surname], true), words: givenTokens.length + surname.length });
    }
    if (firstInitial !== null && givenTokens.length > 0) {
      for (const surname of person.surnames) {
        named.push({ source: `${firstLetterClass(givenTokens[0] ?? '')}(?:\\.\\s*|\\s+)${namesSource(surname, false)}`, words: 1 + surname.length });
      }
    }
    if (givenTokens.filter(isSignificant).length > 1) named.push({ source: namesSource(givenTokens, false), words: givenTokens.length });
    for (const item of named) list.push({ kind: 'person', ...item, person, everyday: false });
    for (const part of given) {
      const everyday = [foldName(part), ...diminutiveWords(part)].some((word) => EVERYDAY_WORDS.has(word));
      list.push({ kind: 'person', source: givenSource(part), words: 1, person, everyday });
    }
    for (const surname of person.surnames) {
      const parts = surnameParts(surname);
      const withParticles = surname.some(isParticle);
      if (withParticles) {
        const source = namesSource(surname, false);
        const key = foldName(parts[0] ?? '');
        list.push({ kind: 'family', source, words: surname.length, key, everyday: false });
      }
      for (const part of parts) {
        const key = foldName(part);
        // "Meer" alone is a word; "Van der Meer" is the name.
        if (withParticles && EVERYDAY_WORDS.has(key)) continue;
        const source = foldedPattern(part);
        list.push({ kind: 'family', source, words: 1, key, everyday: EVERYDAY_WORDS.has(key) });
      }
    }
  }
  for (const person of plan.kept) {
    const { tokens, surname } = person.parsed;
    list.push({ kind: 'kept', source: namesSource(tokens, false), words: tokens.length });
    const givenTokens = tokens.slice(0, tokens.length - surname.length);
    if (givenTokens[0] && hasCore(surname)) {
      list.push({ kind: 'kept', source: `${firstLetterClass(givenTokens[0])}(?:\\.\\s*|\\s+)${namesSource(surname, false)}`, words: 1 + surname.length });
    }
  }
  const unique = new Map<string, Alternative>();
  for (const alternative of list) if (!unique.has(alternative.source)) unique.set(alternative.source, alternative);
  // The regular expression takes the first alternative that matches: the longest forms go first.
  return [...unique.values()].sort((a, b) => b.words - a.words || b.source.length - a.source.length);
}

/**
 * Whether a name may take a possessive "s" without apostrophe: Dutch writes
 * it after a consonant or an "e" ("Amirs", "Annes"), and after another
 * vowel "Leïla's"; "Leilas" is still taken for the name, but a name of two
 * letters is not ("Bos", "Los" and "Jos" are other words).
 */
export function bareSPossessive(name: string): boolean {
  const folded = foldName(name);
  return folded.length > 2 || !/[aiouy]$/.test(folded);
}

/** "kind A's", "N.d.V.'s", "moeders". */
function possessiveOf(replacement: string): string {
  if (/[aiouy.\]]$|\p{Lu}$/u.test(replacement)) return `${replacement}'s`;
  if (/[sxz]$/.test(replacement)) return `${replacement}'`;
  return `${replacement}s`;
}

function capitalise(text: string): string {
  const first = text[0];
  return first !== undefined && first !== first.toLocaleUpperCase('nl') ? first.toLocaleUpperCase('nl') + text.slice(1) : text;
}

/** What may stand between a sentence end and the next word: white space, opening quotes and brackets, a list mark. */
const BEFORE_WORD = ' \t\n\r\u00a0"\'“‘„«(-–•*';

/** Whether the text at `offset` starts a sentence: after ". ", "? ", a new line, or at the start of a whole text. */
function startsSentence(text: string, offset: number, textStart: boolean): boolean {
  let index = offset - 1;
  let newLine = false;
  while (index >= 0 && BEFORE_WORD.includes(text[index] ?? '')) {
    if (text[index] === '\n') newLine = true;
    index--;
  }
  if (index < 0) return textStart;
  if (newLine) return true;
  const end = text[index];
  if (end !== '.' && end !== '!' && end !== '?' && end !== '…') return false;
  if (end !== '.') return true;
  // "bijv. Amir", "A. Bouzid": no sentence ends at an abbreviation or an initial.
  const before = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, index - 12), index))?.[0] ?? '';
  const word = foldName(before).replace(/\./g, '');
  return word.length > 1 && !ABBREVIATIONS.has(word);
}

function decoded(address: string): string {
  try {
    return decodeURIComponent(address.replace(/\+/g, ' '));
  } catch {
    return address;
  }
}

/** A replacer of names in text, with the field the text is in (`url`, `name`, `what` …, as copyNotesJson gives it). */
export type NameReplacer = (text: string, field?: string | null) => string;

/** The replacements that start with a lower-case letter, per replacer: a text node at a sentence start gets a capital (pseudonymiseNotesJson). */
const lowerCaseStarts = new WeakMap<object, readonly string[]>();

/**
 * A function that pseudonymises one string for this meeting. Every name
 * form, and every e-mail address, link and handle, is one alternative of a
 * single expression compiled once per meeting (no expression per word),
 * longest first, so one pass replaces the longest match and never re-reads
 * a replacement. Texts without a sign of an address ("@", "_", "://",
 * "www.", a digit against a letter, ".nl") go through the same expression
 * without the address alternatives, which runs about twice as fast.
 *
 * `field` is the field the string is in: a link target (`url`) becomes ''
 * when it holds a replaced name, and is otherwise left as it is (never
 * rewritten); in whole texts (`what`, `reason`, `why`, `question`, `goal`,
 * `childInterest`, `title`) a name at the very start starts a sentence; in
 * names and fragments (a text node of the notes, `name`, or no field) only
 * after ". " or a new line.
 */
export function nameReplacer(meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): NameReplacer {
  if (!pseudonymises(pseudonym)) return (text) => text;
  const plan = namePlan(meeting, pseudonym);
  if (plan.replaced.length === 0) return (text) => text;
  const alternatives = alternativesFor(plan);
  // Positional groups (no named ones: a match would build an object of them all): the honorific, one per alternative, the possessive.
  const names = `((?:${honorificSource()})\\s+)?(?:${alternatives.map((alternative) => `(${alternative.source})`).join('|')})(['’]s|s)?`;
  // Two expressions with the same name forms: most texts hold no address, and the one without addresses runs twice as fast.
  const namesOnly = new RegExp(`${NOT_WORD_BEFORE}(?:${names})${NOT_WORD_AFTER}`, 'giu');
  let withAddresses: RegExp | null = null;
  /** The expression for a text, and the number of address groups before the name groups. */
  const expressionFor = (text: string): [RegExp, number] => {
    if (!ADDRESS_HINT.test(text)) return [namesOnly, 0];
    withAddresses ??= new RegExp(
      `${NOT_WORD_BEFORE}(?:${NOT_ADDRESS_BEFORE}(?:(${URL_SOURCE})|(${MAIL_SOURCE})|(${DOMAIN_SOURCE})|(${HANDLE_SOURCE}))|${names})${NOT_WORD_AFTER}`,
      'giu',
    );
    return [withAddresses, 4];
  };
  const forms = new Set(plan.replaced.flatMap((person) => addressForms(person.parsed, person.familyNames)));
  const hasName = (address: string): boolean =>
    decoded(address)
      .split(/[^\p{L}\p{M}]+/u)
      .some((piece) => piece !== '' && forms.has(foldName(piece)));
  const child = plan.replaced.find((person) => person.who === 'kind');

  /** "mevrouw Bouzid": the one mother named so; "familie Bouzid": the child's family. */
  const honorificReplacement = (written: string, alternative: Exclude<Alternative, { kind: 'kept' }>): string => {
    const kind = honorificKind(written);
    if (alternative.kind === 'person') return kind === 'familie' ? `${written} ${alternative.person.replacement}` : alternative.person.replacement;
    const { key } = alternative;
    if (kind === 'familie') {
      if (child?.surnameKeys.has(key)) return `${written} ${child.replacement}`;
      const replacement = plan.family.get(key);
      return replacement && replacement !== LEFT_OUT.name ? `${written} van ${replacement}` : `${written} ${LEFT_OUT.name}`;
    }
    const candidates = plan.replaced.filter((person) => person.who === 'ouder' && person.surnameKeys.has(key) && (person.gender === null || person.gender === kind));
    return candidates.length === 1 && candidates[0] ? candidates[0].replacement : `${written} ${LEFT_OUT.name}`;
  };

  const replacer: NameReplacer = (written, field = null) => {
    if (field === 'url') return hasName(written) ? '' : written;
    if (written === '') return written;
    const textStart = field !== null && SENTENCE_FIELDS.has(field);
    // The expression knows precomposed letters only: "Lei\u0308la" is matched as "Leïla".
    const text = COMBINING_MARK.test(written) ? written.normalize('NFC') : written;
    const [expression, addressGroups] = expressionFor(text);
    return text.replace(expression, (...args: unknown[]) => {
      const match = args[0] as string;
      const offset = args[args.length - 2] as number;
      const group = (n: number) => args[n] as string | undefined;
      if (addressGroups > 0) {
        if (group(1) !== undefined) return hasName(match) ? (/^mailto:/i.test(match) ? LEFT_OUT.email : LEFT_OUT.link) : match;
        if (group(2) !== undefined) return hasName(match) ? LEFT_OUT.email : match;
        if (group(3) !== undefined) return hasName(match) ? LEFT_OUT.link : match;
        if (group(4) !== undefined) return hasName(match) ? LEFT_OUT.handle : match;
      }
      const honorific = group(addressGroups + 1);
      const possessive = group(addressGroups + alternatives.length + 2);
      let which = 0;
      while (which < alternatives.length && group(addressGroups + 2 + which) === undefined) which++;
      const alternative = alternatives[which];
      if (!alternative || alternative.kind === 'kept') return match;
      const name = match.slice(honorific?.length ?? 0, match.length - (possessive?.length ?? 0));
      // "Bo's" is the name, "Bos" another word.
      if (possessive === 's' && !bareSPossessive(name)) return match;
      if (honorific === undefined && alternative.everyday && EVERYDAY_WORDS.has(foldName(name)) && name[0] === name[0]?.toLocaleLowerCase('nl')) return match;
      let replacement =
        honorific !== undefined
          ? honorificReplacement(honorific.trim(), alternative)
          : alternative.kind === 'person'
            ? alternative.person.replacement
            : (plan.family.get(alternative.key) ?? LEFT_OUT.name);
      if (possessive) replacement = possessiveOf(replacement);
      // "Ik zag Amir B. Hij lachte.": the initial's full stop also ended the sentence.
      if (field !== 'name' && field !== 'title' && name.endsWith('.') && !replacement.endsWith('.')) {
        const after = text.slice(offset + match.length);
        const next = after.trimStart();
        if (next === '' ? offset > 0 : next !== after && /^\p{Lu}/u.test(next)) replacement += '.';
      }
      return startsSentence(text, offset, textStart) ? capitalise(replacement) : replacement;
    });
  };
  lowerCaseStarts.set(
    replacer,
    [...new Set(plan.replaced.map((person) => person.replacement))].filter((replacement) => /^\p{Ll}/u.test(replacement)),
  );
  return replacer;
}

function startsWithReplacement(text: string, starts: readonly string[]): number {
  const at = /^[\s"'“‘„«(]*/u.exec(text)?.[0].length ?? 0;
  for (const start of starts) {
    // The replacement, maybe with a possessive ("moeders", "kind A's"), and then no more letters.
    if (text.startsWith(start, at) && /^(?:['’]?s)?(?![\p{L}\p{N}])/u.test(text.slice(at + start.length, at + start.length + 3))) return at;
  }
  return -1;
}

function capitaliseAt(text: string, at: number): string {
  return at < 0 ? text : text.slice(0, at) + capitalise(text.slice(at));
}

const INLINE_ELEMENTS: ReadonlySet<string> = new Set([NOTE_NODE.link, NOTE_NODE.autolink]);

/**
 * Capitals at sentence starts in a copy of the notes: a text node is a piece
 * of a paragraph, so whether a replacement at its start begins a sentence
 * depends on the text before it in the same paragraph. Block data ("text"
 * of a decision) is a whole text. Iterative: the copy has no depth limit.
 */
function capitaliseSentenceStarts(copy: unknown, starts: readonly string[]): void {
  const stack: unknown[] = [copy];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (Array.isArray(current)) {
      for (const element of current) if (typeof element === 'object' && element !== null) stack.push(element);
      continue;
    }
    if (!isRecord(current)) continue;
    if (current.type !== NOTE_NODE.text && typeof current.text === 'string') current.text = capitaliseAt(current.text, startsWithReplacement(current.text, starts));
    if (Array.isArray(current.children) && !INLINE_ELEMENTS.has(String(current.type))) capitaliseInline(current.children, starts);
    for (const value of Object.values(current)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
}

function capitaliseInline(children: unknown[], starts: readonly string[]): void {
  let atStart = true;
  // Links are inline: their text continues the sentence around them.
  const queue: unknown[] = [...children].reverse();
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    if (!isRecord(node)) continue;
    if (node.type === NOTE_NODE.text && typeof node.text === 'string') {
      const text = atStart ? capitaliseAt(node.text, startsWithReplacement(node.text, starts)) : node.text;
      node.text = text;
      if (text.trim() !== '') atStart = /[.!?…]["'”’)\]]*\s*$/u.test(text);
    } else if (node.type === NOTE_NODE.linebreak) {
      atStart = true;
    } else if (INLINE_ELEMENTS.has(String(node.type)) && Array.isArray(node.children)) {
      queue.push(...[...node.children].reverse());
    }
  }
}

/** The notes, or any JSON from them (a block's data), with every typed text pseudonymised; the input is not changed. */
export function pseudonymiseNotesJson<T>(value: T, replace: NameReplacer): T {
  const copy = copyNotesJson(value, { mapText: (text, key) => replace(text, key) });
  const starts = lowerCaseStarts.get(replace);
  if (starts && starts.length > 0) capitaliseSentenceStarts(copy, starts);
  return copy as T;
}

/** Whether these options replace any name. */
export function pseudonymises(pseudonym: Pseudonym): boolean {
  return pseudonym.child || pseudonym.parents;
}

/** The meeting as a copy that leaves the team shows it; the input is not changed. */
export function pseudonymiseMeeting(meeting: Meeting, pseudonym: Pseudonym): Meeting {
  if (!pseudonymises(pseudonym)) return meeting;
  const replace = nameReplacer(meeting, pseudonym);
  const name = (text: string) => replace(text, 'name');
  const person = <T extends { name: string }>(ref: T): T => ({ ...ref, name: name(ref.name) });
  const basis = (value: Meeting['sharingBasis']): Meeting['sharingBasis'] => (value ? { ...value, reason: replace(value.reason, 'reason') } : null);
  const email = (participant: Participant): string => {
    // An e-mail address names its owner, in a form the text may not show.
    const role = judgeRole(participant, meeting.child).role;
    if ((pseudonym.parents && role === 'ouder') || (pseudonym.child && role === 'kind')) return '';
    return replace(participant.email, 'url') === '' ? '' : participant.email;
  };
  return {
    ...meeting,
    title: replace(meeting.title, 'title'),
    location: name(meeting.location),
    child: { ...meeting.child, name: pseudonym.child && meeting.child.name.trim() ? childReplacement(meeting.child, pseudonym) : name(meeting.child.name) },
    reason: replace(meeting.reason, 'reason'),
    goal: replace(meeting.goal, 'goal'),
    chair: person(meeting.chair),
    noteTaker: person(meeting.noteTaker),
    coordinator: person(meeting.coordinator),
    participants: meeting.participants.map((p) => ({
      ...p,
      name: name(p.name),
      function: name(p.function),
      organisation: name(p.organisation),
      email: email(p),
    })),
    notInvitedReasons: { parents: replace(meeting.notInvitedReasons.parents, 'reason'), child: replace(meeting.notInvitedReasons.child, 'reason') },
    agendaItems: meeting.agendaItems.map((item) => ({
      ...item,
      title: replace(item.title, 'title'),
      childInterest: replace(item.childInterest, 'childInterest'),
      sharingBasis: basis(item.sharingBasis),
      confidential: item.confidential ? { ...item.confidential, notFor: item.confidential.notFor.map(person) } : null,
      notes: item.notes === null ? null : pseudonymiseNotesJson(item.notes, replace),
    })),
    sharingBasis: basis(meeting.sharingBasis),
    // Corrections and own statements (eigen verklaring) are text like any other: names in them are replaced too.
    ...(meeting.corrections ? { corrections: meeting.corrections.map((c) => ({ ...c, from: name(c.from), text: replace(c.text, 'reason') })) } : {}),
    ...(meeting.ownStatements ? { ownStatements: meeting.ownStatements.map((s) => ({ ...s, by: person(s.by), text: replace(s.text, 'reason') })) } : {}),
    ...(meeting.finalized ? { finalized: { ...meeting.finalized, by: name(meeting.finalized.by) } } : {}),
    ...(meeting.statusLog ? { statusLog: meeting.statusLog.map((e) => ({ ...e, by: name(e.by), reason: replace(e.reason, 'reason') })) } : {}),
    exportLog: meeting.exportLog.map((entry) => ({
      ...entry,
      fileName: name(entry.fileName),
      audience: pseudonymiseAudience(entry.audience, replace),
    })),
  };
}

/** The recipient of a copy, named as the pseudonymised copy names them. */
export function pseudonymiseAudience(audience: ExportAudience, replace: NameReplacer): ExportAudience {
  return audience.person ? { ...audience, person: { ...audience.person, name: replace(audience.person.name, 'name') } } : audience;
}
