import { isRecord, type JsonRecord } from '../json';
import { TEXT_FORMAT } from './lexical-json';
import { safeLinkTarget, shownLinkTarget } from './link-target';
import { NOTE_NODE, isElementNodeType } from './node-types';
import { agendaItemName } from './notes-validation';

/**
 * The door for notes that come from outside the editor (a `.mdo` file, a
 * recovery copy, MDO-Markdown): before anything reaches a page, the notes
 * keep only what the editor itself can make.
 *
 * - A link whose target is not a web address or one e-mail address
 *   (link-target.ts: javascript:, data:, file:, mailto:?attach=…) is no
 *   link: its text stays where it was, and a warning says so.
 * - Inline `style` (fonts, colours, positions) is dropped from every node;
 *   text keeps bold, italic and underline only, as pasted text does
 *   (PlainStylesPlugin), and a paragraph only a known alignment.
 * - A key `__proto__` is dropped wherever it is: JSON.parse makes it an
 *   ordinary key, but any later `copy[key] = value` would set a prototype.
 * - Odd values of Lexical's own fields (a list type, an indent, a text
 *   mode) get the value Lexical would give a new node.
 *
 * Runs after notes-validation.ts, so the nesting is bounded (at most
 * MAX_NOTE_NODE_DEPTH nodes, MAX_NOTE_JSON_DEPTH values) and the recursion
 * below cannot exhaust the stack. Notes that need nothing come back as the
 * same object, so a clean meeting is not copied.
 */

/** The formats the editor keeps (PlainStylesPlugin): bold, italic, underline. */
export const KEPT_TEXT_FORMAT = TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.underline;

const ALIGNMENTS: ReadonlySet<string> = new Set(['', 'left', 'start', 'center', 'right', 'end', 'justify']);
const TEXT_MODES: ReadonlySet<string> = new Set(['normal', 'token', 'segmented']);
const LIST_TYPES: ReadonlySet<string> = new Set(['bullet', 'number', 'check']);
/** Lexical's text detail bits: directionless and unmergeable. */
const TEXT_DETAIL_BITS = 3;
/** Deeper than any list the editor makes with Tab; a larger indent only pushes text off the page. */
export const MAX_INDENT = 10;

/** A link target that was not kept, with the text the link had. */
export interface RemovedLink {
  target: string;
  text: string;
}

export interface CleanedNotes<T> {
  notes: T;
  removedLinks: RemovedLink[];
}

function integerIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

/** Only the fields of one node itself, not its children; the same object when nothing changes. */
function cleanFields(node: JsonRecord): JsonRecord {
  const fixes: JsonRecord = {};
  const type = node.type;
  if (type === NOTE_NODE.text) {
    if ('style' in node && node.style !== '') fixes.style = '';
    const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format & KEPT_TEXT_FORMAT : 0;
    if (node.format !== format) fixes.format = format;
    if ('mode' in node && !(typeof node.mode === 'string' && TEXT_MODES.has(node.mode))) fixes.mode = 'normal';
    if ('detail' in node) {
      const detail = typeof node.detail === 'number' && Number.isInteger(node.detail) ? node.detail & TEXT_DETAIL_BITS : 0;
      if (detail !== node.detail) fixes.detail = detail;
    }
  } else if (typeof type === 'string' && isElementNodeType(type)) {
    if ('format' in node && !(typeof node.format === 'string' && ALIGNMENTS.has(node.format))) fixes.format = '';
    if ('indent' in node) {
      const indent = integerIn(node.indent, 0, MAX_INDENT, 0);
      if (indent !== node.indent) fixes.indent = indent;
    }
    if (type === NOTE_NODE.list) {
      if (!(typeof node.listType === 'string' && LIST_TYPES.has(node.listType))) fixes.listType = 'bullet';
      const listType = (fixes.listType ?? node.listType) as string;
      const tag = listType === 'number' ? 'ol' : 'ul';
      if ('tag' in node && node.tag !== tag) fixes.tag = tag;
      if ('start' in node) {
        const start = integerIn(node.start, 0, 1_000_000, 1);
        if (start !== node.start) fixes.start = start;
      }
    }
    if (type === NOTE_NODE.listitem && 'value' in node) {
      const value = integerIn(node.value, 0, 1_000_000, 1);
      if (value !== node.value) fixes.value = value;
    }
    if (type === NOTE_NODE.link || type === NOTE_NODE.autolink) {
      // A kept link opens in the user's own browser (shell:openExternal): no target or rel from the file.
      if ('target' in node && node.target !== null) fixes.target = null;
      if ('rel' in node && node.rel !== 'noreferrer') fixes.rel = 'noreferrer';
      if ('title' in node && node.title !== null && typeof node.title !== 'string') fixes.title = null;
      const url = safeLinkTarget(node.url);
      if (url !== null && url !== node.url) fixes.url = url;
    }
  }
  // Any node: only a text node has a style (emptied above); the style its new text would get is none.
  if (type !== NOTE_NODE.text && 'style' in node) fixes.style = undefined;
  if ('textStyle' in node && node.textStyle !== '') fixes.textStyle = '';
  if ('textFormat' in node) {
    const textFormat = typeof node.textFormat === 'number' && Number.isInteger(node.textFormat) ? node.textFormat & KEPT_TEXT_FORMAT : 0;
    if (textFormat !== node.textFormat) fixes.textFormat = textFormat;
  }
  const dropStyle = fixes.style === undefined && 'style' in fixes;
  if (Object.keys(fixes).length === 0 && !Object.hasOwn(node, '__proto__')) return node;
  const copy: JsonRecord = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '__proto__' || (key === 'style' && dropStyle)) continue;
    copy[key] = Object.hasOwn(fixes, key) ? fixes[key] : value;
  }
  return copy;
}

function isUnsafeLink(node: JsonRecord): boolean {
  return (node.type === NOTE_NODE.link || node.type === NOTE_NODE.autolink) && safeLinkTarget(node.url) === null;
}

/** The text of a link, for the warning. */
function linkText(node: JsonRecord): string {
  const parts: string[] = [];
  const stack: unknown[] = [node];
  for (let current = stack.pop(); current !== undefined; current = stack.pop()) {
    if (!isRecord(current)) continue;
    if (current.type === NOTE_NODE.text && typeof current.text === 'string') parts.push(current.text);
    if (Array.isArray(current.children)) for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]);
  }
  return parts.join('');
}

/** Any JSON value below a node that is no node (block data, passthrough keys): only `__proto__` keys go. */
function cleanPlain(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((element, index) => {
      const cleaned = cleanPlain(element);
      if (cleaned !== element) {
        copy ??= [...value];
        copy[index] = cleaned;
      }
    });
    return copy ?? value;
  }
  if (!isRecord(value)) return value;
  let changed = Object.hasOwn(value, '__proto__');
  const entries: [string, unknown][] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__') continue;
    const cleaned = cleanPlain(child);
    if (cleaned !== child) changed = true;
    entries.push([key, cleaned]);
  }
  if (!changed) return value;
  const copy: JsonRecord = {};
  for (const [key, child] of entries) copy[key] = child;
  return copy;
}

function cleanNode(node: unknown, parentType: string | null, removed: RemovedLink[]): unknown[] {
  if (!isRecord(node)) return [node];
  if (isUnsafeLink(node)) {
    removed.push({ target: typeof node.url === 'string' ? node.url : '', text: linkText(node) });
    const children = Array.isArray(node.children) ? node.children.flatMap((child) => cleanNode(child, parentType, removed)) : [];
    // Directly in the root (a hand-made file), text needs a paragraph around it.
    if (parentType === NOTE_NODE.root) return [{ type: NOTE_NODE.paragraph, version: 1, format: '', indent: 0, direction: null, children }];
    return children;
  }
  const fields = cleanFields(node);
  // cleanFields gives a fresh copy when it changed anything: that copy may be written to.
  let result: JsonRecord | null = fields === node ? null : fields;
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'type') continue;
    let cleaned: unknown;
    if (key === 'children' && Array.isArray(value)) {
      const type = typeof fields.type === 'string' ? fields.type : null;
      const children = value.flatMap((child) => cleanNode(child, type, removed));
      cleaned = children.length === value.length && children.every((child, index) => child === value[index]) ? value : children;
    } else {
      cleaned = cleanPlain(value);
    }
    if (cleaned === value) continue;
    result ??= { ...node };
    result[key] = cleaned;
  }
  return [result ?? node];
}

/**
 * The notes of one agenda item with only what the editor can make (see
 * above), and the links that were made plain text. Call after notesProblem
 * found nothing; null notes stay null.
 */
export function cleanNotes<T>(notes: T): CleanedNotes<T> {
  if (!isRecord(notes)) return { notes, removedLinks: [] };
  const removedLinks: RemovedLink[] = [];
  const [root] = cleanNode(notes.root, null, removedLinks);
  const rest = cleanPlain(Object.fromEntries(Object.entries(notes).filter(([key]) => key !== 'root')));
  const restChanged = Object.hasOwn(notes, '__proto__') || Object.entries(rest as JsonRecord).some(([key, value]) => notes[key] !== value);
  if (root === notes.root && !restChanged) return { notes, removedLinks };
  return { notes: { ...(rest as JsonRecord), root } as T, removedLinks };
}

/** The warning for a link made plain text, as the end of a sentence after the item's name. */
export function removedLinkWarning(link: RemovedLink): string {
  const text = link.text.trim() === '' ? '' : ` bij "${shownLinkTarget(link.text)}"`;
  return `de link${text} naar "${shownLinkTarget(link.target)}" is gewone tekst geworden: alleen een webadres (https://…) of één e-mailadres (mailto:…) blijft een link`;
}

/**
 * Every agenda item's notes through the door; a warning per link made plain
 * text, naming the item by its number and title. Items that need nothing
 * stay the same objects.
 */
export function cleanMeetingNotes<T extends { title: string; notes: unknown }>(items: readonly T[]): { items: T[]; warnings: string[] } {
  const warnings: string[] = [];
  const cleaned = items.map((item, index) => {
    const { notes, removedLinks } = cleanNotes(item.notes);
    for (const link of removedLinks) warnings.push(`${agendaItemName(index, item.title)}: ${removedLinkWarning(link)}.`);
    return notes === item.notes ? item : { ...item, notes };
  });
  return { items: cleaned, warnings };
}
