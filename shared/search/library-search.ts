import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import { isRecord } from '../json';
import { childNodes, isBlockNode, isSerializedNode, plainText, rootNode, stringField, type SerializedNode } from '../notes/lexical-json';
import { NOTE_NODE } from '../notes/node-types';

/**
 * Searching the library: titles, the child, participants, notes, decisions
 * and actions of every meeting, with accents and case folded (Chloe finds
 * Chloë) and words matched by their beginning (ontbijt finds ontbijten). One
 * search document per meeting (its title, child and people) and one per
 * agenda item (its title and everything in its notes), so the index stays
 * small; the line that matched is found afterwards in the text of the few
 * items that match (matchingLines).
 *
 * The text comes from files that may not have been validated (the index is
 * built from many files, quickly): everything is read defensively, and a
 * value of the wrong kind is simply not indexed.
 */

/** Words too common to help a search (and to keep the index small). */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'de het een en van in op te is dat die met voor aan er om ook als bij of zijn niet naar maar dan nog wel zo al door over ze zij hij we wij je u ik uit tot dit wat hoe wie'.split(' '),
);

/** Letters that are no accent plus a letter, so NFD leaves them: Yılmaz, Łukasz, Søren, Jørgen, Straße. */
const OWN_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th' };

/** Lower case, accents off: Chloë and CHLOE are one word, Yılmaz and Yilmaz too. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđßæœðþ]/g, (letter) => OWN_LETTERS[letter] ?? letter);
}

/** Folded terms seen before: a library's vocabulary is small beside its text, and folding is the costly part of indexing. */
const foldedTerms = new Map<string, string | null>();
const MAX_REMEMBERED_TERMS = 200_000;

function processTerm(term: string): string | null {
  let folded = foldedTerms.get(term);
  if (folded !== undefined) return folded;
  // Plain ASCII needs no Unicode normalisation (most Dutch words).
  const lower = /^[\x20-\x7e]*$/.test(term) ? term.toLowerCase() : foldText(term);
  folded = lower.length === 0 || STOP_WORDS.has(lower) ? null : lower;
  if (foldedTerms.size >= MAX_REMEMBERED_TERMS) foldedTerms.clear();
  foldedTerms.set(term, folded);
  return folded;
}

/** What a search document is about: the meeting as a whole, or one agenda item. */
export interface SearchDocument {
  /** `path` for the meeting, `path#itemId` for an item. */
  id: string;
  path: string;
  itemId: string | null;
  /** The meeting's title, date and child: what a result shows. */
  meetingTitle: string;
  meetingDate: string | null;
  child: string;
  /** The item's number (1-based) and title, for an item. */
  itemNumber: number | null;
  itemTitle: string;
  /** Everyone on the participant list, with function and organisation (meeting document only). */
  people: string;
  /** The item's notes, decisions and actions, one line each (item document only). */
  text: string;
}

const FIELDS = ['meetingTitle', 'child', 'people', 'itemTitle', 'text'] as const;
const STORED = ['path', 'itemId', 'meetingTitle', 'meetingDate', 'child', 'itemNumber', 'itemTitle'] as const;

export type LibraryIndex = MiniSearch<SearchDocument>;

function indexOptions() {
  return {
    idField: 'id',
    fields: [...FIELDS],
    storeFields: [...STORED],
    processTerm,
    searchOptions: { boost: { meetingTitle: 3, child: 3, itemTitle: 2, people: 1.5 }, prefix: true, combineWith: 'AND' as const },
  };
}

export function newLibraryIndex(): LibraryIndex {
  return new MiniSearch<SearchDocument>(indexOptions());
}

/** An index saved as index.toJSON() (and read back with JSON.parse); throws when the value is not one. */
export function libraryIndexFromJS(value: unknown): LibraryIndex {
  if (!isRecord(value)) throw new Error('not an index');
  return MiniSearch.loadJS<SearchDocument>(value as AsPlainObject, indexOptions());
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function personName(value: unknown): string {
  return isRecord(value) ? text(value.name) : '';
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The lines of one block (decision, action, safety scale): what people typed in it. */
function blockLines(node: SerializedNode): string[] {
  const lines: string[] = [];
  const add = (line: string): void => {
    if (line.trim()) lines.push(line.trim());
  };
  if (node.type === NOTE_NODE.decision) {
    add(`Besluit: ${stringField(node, 'text')}`);
    add(stringField(node, 'reason'));
    for (const dissent of records(node.dissent)) add([personName(dissent.who), text(dissent.why)].filter(Boolean).join(' — '));
  } else if (node.type === NOTE_NODE.action) {
    const who = records(node.who).map(personName).filter(Boolean).join(', ');
    add(`Actie: ${[stringField(node, 'what'), who].filter(Boolean).join(' — ')}`);
  } else {
    add(`Schaalvraag: ${stringField(node, 'question')}`);
    add(stringField(node, 'reason'));
    for (const score of records(node.scores)) add([personName(score.who), text(score.reason)].filter(Boolean).join(' — '));
  }
  return lines;
}

/** Nodes whose text is one line; their children are pieces of text, links and line breaks. */
const LINE_TYPES: ReadonlySet<string> = new Set([NOTE_NODE.paragraph, NOTE_NODE.heading, NOTE_NODE.quote]);

/**
 * The notes of an item as lines: each paragraph, heading, quote and list
 * item is a line (a list item without its nested list), each block gives
 * its own lines. Iterative (notes may be deep).
 */
export function noteLines(notes: unknown): string[] {
  const root = rootNode(notes);
  if (!root) return [];
  const lines: string[] = [];
  const stack: SerializedNode[] = childNodes(root).reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isBlockNode(node)) {
      lines.push(...blockLines(node));
    } else if (node.type === NOTE_NODE.listitem) {
      const children = childNodes(node);
      const own = children.filter((child) => child.type !== NOTE_NODE.list);
      const line = own.map(plainText).join('').trim();
      if (line) lines.push(line);
      for (const nested of children.filter((child) => child.type === NOTE_NODE.list).reverse()) stack.push(nested);
    } else if (LINE_TYPES.has(node.type) || childNodes(node).length === 0) {
      const line = plainText(node).trim();
      if (line) lines.push(line);
    } else {
      // A container (a list, a confidential passage): its children are the lines.
      for (const child of childNodes(node).reverse()) stack.push(child);
    }
  }
  return lines;
}

/** The search documents of one meeting file's content (`meeting` as in the file: the `meeting` member). */
export function searchDocumentsOf(path: string, meeting: unknown): SearchDocument[] {
  if (!isRecord(meeting)) return [];
  const meetingTitle = text(meeting.title);
  const meetingDate = typeof meeting.date === 'string' ? meeting.date : null;
  const child = isRecord(meeting.child) ? text(meeting.child.name) : '';
  const participants = Array.isArray(meeting.participants) ? meeting.participants.filter(isRecord) : [];
  const people = participants
    .map((person) => [text(person.name), text(person.function), text(person.organisation)].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('\n');
  const base = { path, meetingTitle, meetingDate, child };
  const documents: SearchDocument[] = [{ ...base, id: path, itemId: null, itemNumber: null, itemTitle: '', people, text: '' }];
  const items = Array.isArray(meeting.agendaItems) ? meeting.agendaItems : [];
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const notes = isSerializedNode(isRecord(item.notes) ? item.notes.root : null) ? item.notes : null;
    documents.push({
      ...base,
      id: `${path}#${item.id}`,
      itemId: item.id,
      itemNumber: index + 1,
      itemTitle: text(item.title),
      people: '',
      text: [text(item.childInterest), ...noteLines(notes)].filter(Boolean).join('\n'),
    });
  });
  return documents;
}

/** The words of a query as the index sees them (folded, without stop words). */
export function queryTerms(query: string): string[] {
  return (query.match(/[\p{L}\p{N}]+/gu) ?? []).map(processTerm).filter((term): term is string => term !== null);
}

const foldedCharacters = new Map<string, string>();

/**
 * `line` folded, with for each folded character the position in `line` it
 * came from (a folded character may be more than one: ß is ss). Plain
 * ASCII is only lowered.
 */
function foldWithPositions(line: string): { folded: string; origin: (at: number) => number } {
  if (/^[\t\n\r\x20-\x7e]*$/.test(line)) return { folded: line.toLowerCase(), origin: (at) => at };
  // Mostly each character folds to one (é to e): then positions stay where they were.
  const whole = foldText(line);
  if (whole.length === line.length) return { folded: whole, origin: (at) => at };
  let folded = '';
  const origins: number[] = [];
  let position = 0;
  for (const character of line) {
    let fold = foldedCharacters.get(character);
    if (fold === undefined) {
      fold = foldText(character);
      foldedCharacters.set(character, fold);
    }
    folded += fold;
    for (let index = 0; index < fold.length; index++) origins.push(position);
    position += character.length;
  }
  return { folded, origin: (at) => origins[at] ?? position };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where in `line` the first word that begins with one of `terms` starts, or -1. */
function firstMatch(line: string, terms: readonly string[]): number {
  const { folded, origin } = foldWithPositions(line);
  let best = -1;
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0 && (best < 0 || at < best); at = folded.indexOf(term, at + 1)) {
      if (at === 0 || !WORD_CHARACTER.test(folded.charAt(at - 1))) {
        best = at;
        break;
      }
    }
  }
  return best < 0 ? -1 : origin(best);
}

/**
 * The lines of `lines` in which a word begins with one of the query's
 * terms, at most `max`, each cut to about `width` characters around the
 * first match (with … where text was left off).
 */
export function matchingLines(lines: readonly string[], terms: readonly string[], max = 3, width = 160): string[] {
  if (terms.length === 0) return [];
  const found: string[] = [];
  for (const line of lines) {
    const at = firstMatch(line, terms);
    if (at < 0) continue;
    found.push(snippet(line, at, width));
    if (found.length >= max) break;
  }
  return found;
}

/** About `width` characters of `line` around position `at`, cut at spaces, on one line. */
export function snippet(line: string, at: number, width = 160): string {
  const flat = line.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  // Position in the flattened line: close enough, whitespace runs are rare.
  const centre = Math.min(at, flat.length);
  let start = Math.max(0, centre - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < centre) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > centre) end = space;
  }
  return `${start > 0 ? '… ' : ''}${flat.slice(start, end)}${end < flat.length ? ' …' : ''}`;
}

/** One agenda item (or the meeting's own details) that matched. */
export interface SearchHit {
  itemId: string | null;
  itemNumber: number | null;
  itemTitle: string;
  score: number;
}

/** The results for one meeting, best first. */
export interface MeetingResult {
  path: string;
  meetingTitle: string;
  meetingDate: string | null;
  child: string;
  score: number;
  hits: SearchHit[];
}

function stored<T>(result: SearchResult, key: string, fallback: T): T {
  const value: unknown = result[key];
  return value === undefined ? fallback : (value as T);
}

/**
 * Searches the index: every word must occur (at the start of a word, folded),
 * in any field of the meeting or the item. Results grouped per meeting, best
 * meeting first, its items in agenda order.
 */
export function searchLibrary(index: LibraryIndex, query: string, maxMeetings = 50): MeetingResult[] {
  if (queryTerms(query).length === 0) return [];
  const byMeeting = new Map<string, MeetingResult>();
  for (const result of index.search(query)) {
    const path = stored(result, 'path', '');
    let meeting = byMeeting.get(path);
    if (!meeting) {
      meeting = {
        path,
        meetingTitle: stored(result, 'meetingTitle', ''),
        meetingDate: stored<string | null>(result, 'meetingDate', null),
        child: stored(result, 'child', ''),
        score: 0,
        hits: [],
      };
      byMeeting.set(path, meeting);
    }
    meeting.score = Math.max(meeting.score, result.score);
    meeting.hits.push({
      itemId: stored<string | null>(result, 'itemId', null),
      itemNumber: stored<number | null>(result, 'itemNumber', null),
      itemTitle: stored(result, 'itemTitle', ''),
      score: result.score,
    });
  }
  const meetings = [...byMeeting.values()].sort((a, b) => b.score - a.score || (b.meetingDate ?? '').localeCompare(a.meetingDate ?? ''));
  for (const meeting of meetings) meeting.hits.sort((a, b) => (a.itemNumber ?? 0) - (b.itemNumber ?? 0));
  return meetings.slice(0, maxMeetings);
}
