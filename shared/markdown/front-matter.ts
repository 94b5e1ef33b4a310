/**
 * The front matter of MDO-Markdown: the small part of YAML that the format
 * uses, read and written without a YAML library.
 *
 * What is read:
 *   key: plain text            (everything after the first ": ", trimmed)
 *   key: "double quoted"       (JSON-style escapes: \" \\ \n \t \uXXXX)
 *   key: 'single quoted'       ('' is one quote)
 *   key: |   or   key: >       (indented lines below: kept as lines, or folded with spaces)
 *   key:                       (a list of maps below, `- key: value` then indented `key: value`)
 *   key: []                    (an empty list)
 *   # a comment on its own line, and empty lines
 * Not read: comments after a value (`#` in a value is text), nested maps,
 * anchors, flow maps. Every value is text; the caller checks dates and times.
 */

export interface FrontMatterValue {
  value: string;
  /** 1-based line in the whole file. */
  line: number;
}

export interface FrontMatterEntry {
  key: string;
  line: number;
  /** A text value, or a list of maps (for `deelnemers`). */
  value: { kind: 'text'; text: string } | { kind: 'list'; items: FrontMatterMap[] };
}

export interface FrontMatterMap {
  line: number;
  fields: Map<string, FrontMatterValue>;
}

export interface FrontMatterParse {
  entries: FrontMatterEntry[];
  errors: string[];
}

const KEY_LINE = /^([\p{L}][\p{L}\p{N} _-]*?)\s*:(?:\s+(.*))?$/u;

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

function isBlank(line: string): boolean {
  return line.trim() === '' || /^\s*#/.test(line);
}

/** A scalar after `key: `; an error text when its quotes are broken. */
export function readScalar(raw: string): { ok: true; text: string } | { ok: false; problem: string } {
  const text = raw.trim();
  if (text.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return { ok: true, text: parsed };
    } catch {
      // explained below
    }
    const closed = text.length >= 2 && text.endsWith('"') && !isEscapedQuoteAtEnd(text);
    return { ok: false, problem: closed ? 'de tekst tussen aanhalingstekens (") is niet te lezen' : 'de aanhalingstekens (") zijn niet afgesloten' };
  }
  if (text.startsWith("'")) {
    if (text.length < 2 || !text.endsWith("'") || /^'(?:[^']|'')*'$/.exec(text) === null) {
      return { ok: false, problem: "de aanhalingstekens (') zijn niet afgesloten" };
    }
    return { ok: true, text: text.slice(1, -1).replace(/''/g, "'") };
  }
  return { ok: true, text };
}

/** Whether the closing quote of a double-quoted scalar is itself escaped (`"abc\"`). */
function isEscapedQuoteAtEnd(text: string): boolean {
  const backslashes = /\\*$/.exec(text.slice(0, -1))?.[0].length ?? 0;
  return backslashes % 2 === 1;
}

/** Lines of a `|` or `>` block below a key, without their common indent. */
function readBlockScalar(lines: readonly string[], start: number, style: '|' | '>'): { text: string; next: number } {
  let end = start;
  while (end < lines.length && (lines[end]?.trim() === '' || indentOf(lines[end] ?? '') > 0)) end++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  const block = lines.slice(start, end);
  const indent = Math.min(...block.filter((line) => line.trim() !== '').map(indentOf));
  const stripped = block.map((line) => line.slice(indent));
  const text = style === '|' ? stripped.join('\n') : stripped.join('\n').replace(/([^\n])\n(?=[^\n])/g, '$1 ').replace(/\n\n/g, '\n');
  return { text, next: end };
}

/**
 * Reads the lines between the two `---` lines. `firstLine` is the file line
 * of `lines[0]`, so messages name the line the user sees.
 */
export function parseFrontMatter(lines: readonly string[], firstLine: number): FrontMatterParse {
  const entries: FrontMatterEntry[] = [];
  const errors: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const lineNumber = firstLine + index;
    if (isBlank(line)) {
      index++;
      continue;
    }
    if (indentOf(line) > 0 || line.startsWith('-')) {
      errors.push(`Regel ${lineNumber}: deze regel hoort bij geen veld; verwacht "naam: waarde" aan het begin van de regel.`);
      index++;
      continue;
    }
    const match = KEY_LINE.exec(line.trimEnd());
    if (!match) {
      errors.push(`Regel ${lineNumber}: verwacht "veld: waarde", bijvoorbeeld "titel: MDO Noor de Vries".`);
      index++;
      continue;
    }
    const key = (match[1] ?? '').toLocaleLowerCase('nl');
    const rest = (match[2] ?? '').trim();
    index++;
    if (rest === '|' || rest === '>') {
      const block = readBlockScalar(lines, index, rest);
      entries.push({ key, line: lineNumber, value: { kind: 'text', text: block.text } });
      index = block.next;
      continue;
    }
    if (rest === '[]') {
      entries.push({ key, line: lineNumber, value: { kind: 'list', items: [] } });
      continue;
    }
    if (rest !== '') {
      const scalar = readScalar(rest);
      if (scalar.ok) entries.push({ key, line: lineNumber, value: { kind: 'text', text: scalar.text } });
      else errors.push(`Regel ${lineNumber}: ${key}: ${scalar.problem}.`);
      continue;
    }
    // `key:` alone: a list of maps below it, or an empty value.
    const list = readListOfMaps(lines, index, firstLine, errors);
    entries.push({ key, line: lineNumber, value: list.items === null ? { kind: 'text', text: '' } : { kind: 'list', items: list.items } });
    index = list.next;
  }
  return { entries, errors };
}

function readListOfMaps(
  lines: readonly string[],
  start: number,
  firstLine: number,
  errors: string[],
): { items: FrontMatterMap[] | null; next: number } {
  const items: FrontMatterMap[] = [];
  let current: FrontMatterMap | null = null;
  let index = start;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const lineNumber = firstLine + index;
    if (isBlank(line)) continue;
    const trimmed = line.trim();
    const startsItem = trimmed === '-' || trimmed.startsWith('- ');
    // A line at the left margin that is not a list item ends the list.
    if (indentOf(line) === 0 && !startsItem) break;
    let fieldText = trimmed;
    if (startsItem) {
      current = { line: lineNumber, fields: new Map() };
      items.push(current);
      fieldText = trimmed.slice(1).trim();
      if (fieldText === '') continue;
    }
    if (!current) {
      errors.push(`Regel ${lineNumber}: verwacht een deelnemer die begint met "- naam: …".`);
      continue;
    }
    const match = KEY_LINE.exec(fieldText);
    if (!match) {
      errors.push(`Regel ${lineNumber}: verwacht "veld: waarde", bijvoorbeeld "naam: Els de Vries".`);
      continue;
    }
    const key = (match[1] ?? '').toLocaleLowerCase('nl');
    const scalar = readScalar(match[2] ?? '');
    if (!scalar.ok) {
      errors.push(`Regel ${lineNumber}: ${key}: ${scalar.problem}.`);
      continue;
    }
    if (current.fields.has(key)) {
      errors.push(`Regel ${lineNumber}: "${key}" staat twee keer bij dezelfde deelnemer.`);
      continue;
    }
    current.fields.set(key, { value: scalar.text, line: lineNumber });
  }
  return { items: items.length > 0 ? items : null, next: index };
}

const YAML_WORDS = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;

/**
 * A value as it is written: plain when YAML reads it back as the same text,
 * else double-quoted (JSON's escaping is valid YAML).
 */
export function writeScalar(text: string, options: { quote?: boolean } = {}): string {
  const plain =
    !options.quote &&
    text !== '' &&
    text === text.trim() &&
    !/[\p{Cc}\u2028\u2029]/u.test(text) &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/:(\s|$)|\s#/.test(text) &&
    !YAML_WORDS.test(text) &&
    !/^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$/.test(text) &&
    !/^\d+:\d+/.test(text);
  return plain ? text : JSON.stringify(text);
}
