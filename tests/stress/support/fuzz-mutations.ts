import { CURRENT_SCHEMA_VERSION } from '../../../shared/file/meeting-file';

/**
 * Mutations for the open fuzz test: each turns the bytes of a good `.mdo`
 * file into a damaged, foreign or hostile one. All randomness comes from the
 * seeded generator passed in, so a failing case can be replayed by its seed.
 */

export type Random = () => number;

/** mulberry32: small, fast and good enough to spread mutations; the same seed gives the same run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

type Path = (string | number)[];

/** A good file, parsed once, with every path inside it listed (iteratively: the seeds are ours but the habit is cheap). */
export interface Seed {
  name: string;
  bytes: Buffer;
  document: unknown;
  paths: Path[];
  stringPaths: Path[];
  notePaths: Path[];
}

export function makeSeed(name: string, bytes: Buffer): Seed {
  const document = JSON.parse(bytes.toString('utf8')) as unknown;
  const paths: Path[] = [];
  const stringPaths: Path[] = [];
  const notePaths: Path[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: document, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > 0) paths.push(path);
    if (typeof value === 'string') stringPaths.push(path);
    if (Array.isArray(value)) value.forEach((child, index) => stack.push({ value: child, path: [...path, index] }));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
      // A node inside the notes: an object with a type below an agenda item's `notes`.
      if (path.includes('notes') && typeof (value as { type?: unknown }).type === 'string') notePaths.push(path);
    }
  }
  return { name, bytes, document, paths, stringPaths, notePaths };
}

function clone(seed: Seed): unknown {
  return structuredClone(seed.document);
}

function setAt(document: unknown, path: Path, value: unknown): void {
  let parent = document as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
}

function serialize(document: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`);
}

/** A placeholder that JSON.stringify keeps as one string, to splice in text that JSON.stringify could not write. */
const MARKER = '"__mdo_fuzz_marker__"';

function withSplice(seed: Seed, path: Path, text: string): Buffer {
  const document = clone(seed);
  setAt(document, path, MARKER.slice(1, -1));
  return Buffer.from(JSON.stringify(document, null, 2).replace(MARKER, () => text));
}

function randomJsonValue(random: Random): unknown {
  switch (randomInt(random, 0, 8)) {
    case 0:
      return null;
    case 1:
      return randomInt(random, -1_000_000, 1_000_000) / pick(random, [1, 3, 1000]);
    case 2:
      return pick(random, ['', 'x', '2026-02-30', '25:99', 'onbekend', '<script>', 'é'.repeat(600)]);
    case 3:
      return [];
    case 4:
      return [pick(random, [1, 'a', null, {}])];
    case 5:
      return {};
    case 6:
      return { type: 'root', children: [] };
    case 7:
      return random() < 0.5;
    default:
      return pick(random, [1e308, -0, Number.MAX_SAFE_INTEGER + 2]);
  }
}

function wrongType(seed: Seed, random: Random): Buffer {
  const document = clone(seed);
  setAt(document, pick(random, seed.paths), randomJsonValue(random));
  return serialize(document);
}

function hugeString(seed: Seed, random: Random): Buffer {
  const unit = pick(random, ['x', 'Ö🌱', '"\\', '\u0000\u2028', 'abc def ']);
  const length = randomInt(random, 1_000_000, 1_500_000);
  const text = unit.repeat(Math.ceil(length / unit.length));
  const document = clone(seed);
  setAt(document, pick(random, seed.stringPaths), text);
  return serialize(document);
}

function deeplyNested(seed: Seed, random: Random): Buffer {
  const depth = pick(random, [150, 150, 1_000, 1_000, 10_000, 100_000]);
  const shape = randomInt(random, 0, 2);
  const text =
    shape === 0
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : shape === 1
        ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
        : `${'{"type":"quote","version":1,"children":['.repeat(depth)}${']}'.repeat(depth)}`;
  const inNotes = seed.notePaths.length > 0 && random() < 0.5;
  if (!inNotes) return withSplice(seed, pick(random, seed.paths), text);
  // As the children of a node: a list, holding the nested value.
  return withSplice(seed, [...pick(random, seed.notePaths), 'children'], shape === 0 ? text : `[${text}]`);
}

function unknownNodeType(seed: Seed, random: Random): Buffer {
  const document = clone(seed);
  const type = pick(random, ['mdo-stemming', 'table', 'image', 'code', '', 'Root', 'mdo-decision ', `x${randomInt(random, 0, 1e6)}`]);
  if (seed.notePaths.length > 0 && random() < 0.7) {
    setAt(document, [...pick(random, seed.notePaths), 'type'], type);
  } else {
    const meeting = (document as { meeting?: { agendaItems?: { notes?: unknown }[] } }).meeting;
    const item = meeting?.agendaItems?.[0];
    if (item) item.notes = { root: { type: 'root', version: 1, children: [{ type, version: 1, children: [] }] } };
  }
  return serialize(document);
}

function futureVersion(seed: Seed, random: Random): Buffer {
  const document = clone(seed) as Record<string, unknown>;
  document.schemaVersion = pick(random, [
    CURRENT_SCHEMA_VERSION + 1,
    CURRENT_SCHEMA_VERSION + randomInt(random, 2, 1000),
    1e21,
    CURRENT_SCHEMA_VERSION + 0.5,
    0,
    -1,
    String(CURRENT_SCHEMA_VERSION),
    null,
  ]);
  return serialize(document);
}

const INVALID_UTF8 = [[0xff], [0xc3, 0x28], [0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]];

function invalidUtf8(bytes: Buffer, random: Random): Buffer {
  const at = randomInt(random, 0, bytes.length);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(random, INVALID_UTF8)), bytes.subarray(at)]);
}

function byteOrderMark(bytes: Buffer, random: Random): Buffer {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  return Buffer.concat(random() < 0.7 ? [bom, bytes] : [bom, bom, bytes]);
}

function duplicatedKey(seed: Seed, random: Random): Buffer {
  const lines = seed.bytes.toString('utf8').split('\n');
  const candidates = lines.flatMap((line, index) => (/^\s*"[^"]+": /.test(line) ? [index] : []));
  const index = pick(random, candidates);
  const line = lines[index]!;
  const [, indent, key] = /^(\s*)("[^"]+"): /.exec(line)!;
  // Same line again (harmless, the last one wins) or the key with another value first.
  const duplicate = random() < 0.3 ? line.replace(/,?$/, ',') : `${indent}${key}: ${JSON.stringify(randomJsonValue(random))},`;
  lines.splice(index, 0, duplicate);
  return Buffer.from(lines.join('\n'));
}

function truncated(bytes: Buffer, random: Random): Buffer {
  return bytes.subarray(0, randomInt(random, 0, Math.max(0, bytes.length - 1)));
}

function bitFlips(bytes: Buffer, random: Random): Buffer {
  const copy = Buffer.from(bytes);
  const flips = randomInt(random, 1, 8);
  for (let i = 0; i < flips && copy.length > 0; i++) {
    const at = randomInt(random, 0, copy.length - 1);
    copy[at] = copy[at]! ^ (1 << randomInt(random, 0, 7));
  }
  return copy;
}

function insertedBytes(bytes: Buffer, random: Random): Buffer {
  const at = randomInt(random, 0, bytes.length);
  const inserted = Buffer.from(Array.from({ length: randomInt(random, 1, 16) }, () => randomInt(random, 0, 255)));
  return Buffer.concat([bytes.subarray(0, at), inserted, bytes.subarray(at)]);
}

function deletedBytes(bytes: Buffer, random: Random): Buffer {
  const at = randomInt(random, 0, Math.max(0, bytes.length - 1));
  return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + randomInt(random, 1, 64))]);
}

/** Targets no link may keep (shared/notes/link-target.ts), and some it may. */
const LINK_TARGETS = [
  'javascript:alert(1)',
  ' JavaScript:alert(document.cookie)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'vbscript:msgbox(1)',
  'mailto:a@b.nl?attach=/etc/passwd',
  'mailto:a@b.nl%3Fattach=x',
  'https://user:wachtwoord@voorbeeld.nl/',
  '//voorbeeld.nl',
  'https://www.nji.nl/',
  'mailto:jeugdteam@gemeente.nl',
  '',
];

function notesOf(document: unknown): { root: { children: unknown[] } }[] {
  const meeting = (document as { meeting?: { agendaItems?: { notes?: unknown }[] } }).meeting;
  const items = Array.isArray(meeting?.agendaItems) ? meeting.agendaItems : [];
  return items.flatMap((item) => {
    const notes = item.notes as { root?: { children?: unknown } } | null | undefined;
    return notes && Array.isArray(notes.root?.children) ? [notes as { root: { children: unknown[] } }] : [];
  });
}

function textNode(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0, ...extra };
}

/** A link with a hostile or odd target, set on an existing link or added in a new paragraph. */
function linkTarget(seed: Seed, random: Random): Buffer {
  const document = clone(seed);
  const target = pick(random, LINK_TARGETS);
  const links = seed.notePaths.filter((path) => {
    let node = document as Record<string | number, unknown>;
    for (const key of path) node = node[key] as Record<string | number, unknown>;
    return node.type === 'link' || node.type === 'autolink';
  });
  if (links.length > 0 && random() < 0.3) {
    setAt(document, [...pick(random, links), 'url'], target);
  } else {
    const notes = notesOf(document);
    if (notes.length === 0) return serialize(document);
    const type = random() < 0.8 ? 'link' : 'autolink';
    const link = { type, version: 1, url: target, rel: pick(random, ['noreferrer', 'opener', null]), target: pick(random, [null, '_self', '_top']), title: null, direction: null, format: '', indent: 0, children: [textNode('klik hier')] };
    // Mostly in a paragraph; now and then directly in the root, as no editor would put it.
    const node = random() < 0.85 ? { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [textNode('Zie '), link] } : link;
    pick(random, notes).root.children.push(node);
  }
  return serialize(document);
}

const STYLES = [
  'color: red',
  'background-image: url(https://evil.example/track.png)',
  'position: fixed; inset: 0; z-index: 99999; background: white',
  'font-size: 400px',
  'display: none',
  'behavior: url(x.htc); -moz-binding: url(x.xml#x)',
];

/** Inline style, text formats and alignments no editor makes, on nodes of the notes. */
function styleAndFormat(seed: Seed, random: Random): Buffer {
  const document = clone(seed);
  if (seed.notePaths.length === 0) return serialize(document);
  for (let count = randomInt(random, 1, 4); count > 0; count--) {
    const path = pick(random, seed.notePaths);
    const choice = randomInt(random, 0, 4);
    if (choice === 0) setAt(document, [...path, 'style'], pick(random, STYLES));
    else if (choice === 1) setAt(document, [...path, 'textStyle'], pick(random, STYLES));
    else if (choice === 2) setAt(document, [...path, 'format'], pick(random, [4, 16, 32, 64, 128, 255, 2047, 65_535, -1, 'center', 'expression(alert(1))', 1.5]));
    else if (choice === 3) setAt(document, [...path, 'indent'], pick(random, [-1, 11, 1_000, 1e9, 0.5, '3']));
    else setAt(document, [...path, pick(random, ['listType', 'tag', 'mode', 'detail'])], pick(random, ['table', 'script', 'h7', 'ol', 99, null, '']));
  }
  return serialize(document);
}

/** A `__proto__` key (which JSON.parse makes an ordinary key) in the notes, in a node, or in the meeting. */
function protoKey(seed: Seed, random: Random): Buffer {
  const payload = pick(random, [
    '{"polluted": true}',
    '{"type": "root", "children": []}',
    '{"toString": "x", "valueOf": 1}',
    'null',
    '[]',
    '{"__proto__": {"polluted": true}}',
  ]);
  const text = seed.bytes.toString('utf8');
  // Right after the opening brace of some object: a node, the notes, an item or the meeting itself.
  const braces = [...text.matchAll(/\{\n/g)].map((match) => match.index ?? 0);
  const at = pick(random, braces) + 2;
  return Buffer.from(`${text.slice(0, at)}"__proto__": ${payload},\n${text.slice(at)}`);
}

/** One text node in the notes of a size around the limit, or far past it. */
function hugeTextNode(seed: Seed, random: Random): Buffer {
  const document = clone(seed);
  const notes = notesOf(document);
  if (notes.length === 0) return serialize(document);
  const length = pick(random, [100_000, 149_000, 150_001, 300_000, 1_048_576]);
  const unit = pick(random, ['woord ', 'x', 'Ö🌱 ', 'lange zin​zonder ']);
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  pick(random, notes).root.children.push({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [textNode(text)] });
  return serialize(document);
}

/** Mutations of the file's structure: they start from the parsed seed. */
const structural = {
  'link target': linkTarget,
  'style and format': styleAndFormat,
  '__proto__ key': protoKey,
  'huge text node': hugeTextNode,
  'wrong type': wrongType,
  'huge string': hugeString,
  'deeply nested': deeplyNested,
  'unknown node type': unknownNodeType,
  'future schemaVersion': futureVersion,
  'duplicated key': duplicatedKey,
} as const;

/** Mutations of the bytes: they also apply on top of a structural one. */
const byteLevel = {
  truncated,
  'bit flips': bitFlips,
  'inserted bytes': insertedBytes,
  'deleted bytes': deletedBytes,
  'invalid UTF-8': invalidUtf8,
  'byte order mark': byteOrderMark,
} as const;

export const MUTATION_KINDS = [...Object.keys(structural), ...Object.keys(byteLevel)] as const;

export interface Mutated {
  bytes: Buffer;
  /** The mutations applied, in order, for the failure message. */
  kinds: string[];
}

/**
 * One mutated file: one mutation of any kind, and now and then a byte-level
 * one on top. Huge strings are rarer, to keep the run fast.
 */
export function mutate(seed: Seed, random: Random): Mutated {
  const structuralNames = Object.keys(structural) as (keyof typeof structural)[];
  const byteNames = Object.keys(byteLevel) as (keyof typeof byteLevel)[];
  let kind = pick(random, [...structuralNames, ...byteNames]);
  if ((kind === 'huge string' || kind === 'huge text node') && random() < 0.75) kind = 'wrong type';
  const kinds: string[] = [kind];
  let bytes =
    kind in structural
      ? structural[kind as keyof typeof structural](seed, random)
      : byteLevel[kind as keyof typeof byteLevel](seed.bytes, random);
  if (random() < 0.2) {
    const extra = pick(random, byteNames);
    kinds.push(extra);
    bytes = byteLevel[extra](bytes, random);
  }
  return { bytes, kinds };
}
