import { createHash } from 'node:crypto';

/**
 * Chromium's binary Hunspell dictionary (.bdic), the file Electron's
 * spellchecker loads on Windows and Linux. Written byte for byte as
 * Chromium's own converter does (third_party/hunspell/google/bdict_writer.cc,
 * format in bdict.h), so Chromium's reader and its check (BDict::Verify: the
 * header and an MD5 of everything after it) accept it. All numbers are
 * little endian; every offset is from the start of the file.
 *
 *   header (32 bytes): "BDic", version 2.0, offset of the aff part, offset of
 *                      the dic part, MD5 of the aff and dic parts
 *   aff part:          four offsets (affix groups, affix rules, replacements,
 *                      other commands), the .aff's opening comment, then the
 *                      four tables
 *   dic part:          the words as a trie of leaf, list and lookup nodes
 */

/** A word (UTF-8) and its affix group ids: 0 is "no affixes", 1… are the AF lines. */
export interface BdicWord {
  word: Uint8Array;
  affixIds: readonly number[];
}

export interface BdicContent {
  /** The comment lines at the top of the .aff (copyright), kept in the file. */
  comment: string;
  /** The AF lines, each "AF <flags>"; line n is affix group id n. */
  affixGroups: readonly string[];
  /** SFX/PFX lines, in the .aff's order. */
  affixRules: readonly string[];
  /** REP pairs: what to replace and by what. */
  replacements: readonly (readonly [string, string])[];
  /** Every other .aff command (FLAG, TRY, KEY, COMPOUND…, ICONV…). */
  otherCommands: readonly string[];
  /** Sorted bytewise, each word once (see sortWords). */
  words: readonly BdicWord[];
}

const SIGNATURE = 0x63694442; // "BDic"
const MAJOR_VERSION = 2;
const MINOR_VERSION = 0;
const HEADER_SIZE = 32;
const AFF_HEADER_SIZE = 16;

const LEAF_NODE_ADDITIONAL_VALUE = 0x40;
const LEAF_NODE_FOLLOWING_VALUE = 0x20;
const LEAF_NODE_FIRST_BYTE_AFFIX_MASK = 0x1f;
const LEAF_NODE_MAX_FIRST_AFFIX_ID = 0x1ffe;
const FIRST_AFFIX_IS_UNUSED = 0x1fff;
const MAX_AFFIXES_PER_WORD = 32;
const LOOKUP_NODE_TYPE_VALUE = 0xc0;
const LOOKUP_NODE_0TH_VALUE = 0xc1;
const LOOKUP_NODE_32BIT_VALUE = 0xc2;
const LIST_NODE_TYPE_VALUE = 0xe0;
const LIST_NODE_16BIT_VALUE = 0xf0;

type Storage = 'leaf' | 'leafmore' | 'list8' | 'list16' | 'lookup16' | 'lookup32';

interface TrieNode {
  /** The byte this node adds to the word; 0 for the root and for "the word ends here". */
  addition: number;
  children: TrieNode[];
  /** For a leaf: the rest of the word after the path to it. */
  leafAddition: Uint8Array;
  affixIds: readonly number[];
  storage: Storage;
}

/** A byte buffer that grows; offsets into it are the file's offsets. */
class Output {
  bytes = new Uint8Array(1 << 20);
  size = 0;

  private reserve(extra: number): void {
    if (this.size + extra <= this.bytes.length) return;
    let length = this.bytes.length;
    while (length < this.size + extra) length *= 2;
    const grown = new Uint8Array(length);
    grown.set(this.bytes.subarray(0, this.size));
    this.bytes = grown;
  }

  push(...values: number[]): void {
    this.reserve(values.length);
    for (const value of values) this.bytes[this.size++] = value & 0xff;
  }

  append(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.size);
    this.size += data.length;
  }

  /** Room for `count` bytes, zero-filled, to be written later. */
  skip(count: number): number {
    const at = this.size;
    this.reserve(count);
    this.bytes.fill(0, at, at + count);
    this.size += count;
    return at;
  }

  setUint16(at: number, value: number): void {
    this.bytes[at] = value & 0xff;
    this.bytes[at + 1] = (value >>> 8) & 0xff;
  }

  setUint32(at: number, value: number): void {
    this.setUint16(at, value & 0xffff);
    this.setUint16(at + 2, (value >>> 16) & 0xffff);
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.size);
  }
}

const utf8 = new TextEncoder();

/** Byte at n, with the implicit NUL at n === length (as c_str()[n] in the original). */
function nthByteIs(word: Uint8Array, n: number, byte: number): boolean {
  if (word.length < n) return false;
  return (n === word.length ? 0 : word[n]) === byte;
}

/**
 * Builds the part of the trie for words[begin, end), which share their first
 * depth - 1 bytes; returns the index of the next word to place.
 */
function buildTrie(words: readonly BdicWord[], begin: number, end: number, depth: number, node: TrieNode): number {
  const first = words[begin] as BdicWord;
  if (first.word.length < depth) {
    // The word ends above this node: it is the "ends here" child.
    node.addition = 0;
    node.affixIds = first.affixIds;
    return begin + 1;
  }
  let matchCount: number;
  if (depth === 0 && begin === 0) {
    matchCount = end - begin;
    node.addition = 0;
  } else {
    matchCount = 0;
    node.addition = first.word[depth - 1] as number;
    while (begin + matchCount < end && nthByteIs((words[begin + matchCount] as BdicWord).word, depth - 1, node.addition)) matchCount++;
  }
  if (matchCount === 1) {
    node.affixIds = first.affixIds;
    node.leafAddition = first.word.subarray(Math.min(depth, first.word.length));
    return begin + 1;
  }
  let index = begin;
  while (index < begin + matchCount) {
    const child = newNode();
    index = buildTrie(words, index, begin + matchCount, depth + 1, child);
    node.children.push(child);
  }
  return begin + matchCount;
}

function newNode(): TrieNode {
  return { addition: 0, children: [], leafAddition: new Uint8Array(0), affixIds: [], storage: 'leaf' };
}

interface LookupShape {
  hasZeroth: boolean;
  firstItem: number;
  listSize: number;
}

/** A lookup table covers only the used byte range, with "ends here" kept apart as the 0th entry. */
function lookupShape(children: readonly TrieNode[]): LookupShape {
  const shape = { hasZeroth: false, firstItem: 0, listSize: 0 };
  if (children.length === 0) return shape;
  let firstOffset = 0;
  if (children[0]?.addition === 0) {
    shape.hasZeroth = true;
    firstOffset++;
  }
  if (children.length === firstOffset) return shape;
  shape.firstItem = children[firstOffset]?.addition ?? 0;
  const last = children[children.length - 1]?.addition ?? 0;
  shape.listSize = last - shape.firstItem + 1;
  return shape;
}

/** Chooses each node's storage (which depends on its children's size) and returns the node's size. */
function computeStorage(node: TrieNode): number {
  if (node.children.length === 0) {
    let supplementary = 0;
    if ((node.affixIds[0] ?? 0) > LEAF_NODE_MAX_FIRST_AFFIX_ID) supplementary = node.affixIds.length * 2 + 2;
    else if (node.affixIds.length > 1) supplementary = node.affixIds.length * 2;
    if (node.leafAddition.length === 0) {
      node.storage = 'leaf';
      return 2 + supplementary;
    }
    node.storage = 'leafmore';
    return 3 + node.leafAddition.length + supplementary;
  }
  let childSize = 0;
  for (const child of node.children) childSize += computeStorage(child);
  if (node.children.length < 16 && childSize <= 0xff) {
    node.storage = 'list8';
    return 1 + node.children.length * 2 + childSize;
  }
  if (node.children.length < 16 && childSize <= 0xffff) {
    node.storage = 'list16';
    return 1 + node.children.length * 3 + childSize;
  }
  const shape = lookupShape(node.children);
  if (childSize + 2 + (shape.hasZeroth ? 2 : 0) + shape.listSize * 2 < 0xffff) {
    node.storage = 'lookup16';
    return 2 + (shape.hasZeroth ? 2 : 0) + shape.listSize * 2 + childSize;
  }
  node.storage = 'lookup32';
  return 2 + (shape.hasZeroth ? 4 : 0) + shape.listSize * 4 + childSize;
}

function serializeLeaf(node: TrieNode, output: Output): void {
  let firstAffix = node.affixIds[0] ?? 0;
  let firstInSupplementary = 1;
  if (firstAffix > LEAF_NODE_MAX_FIRST_AFFIX_ID) {
    firstInSupplementary = 0;
    firstAffix = FIRST_AFFIX_IS_UNUSED;
  }
  let id = (firstAffix >> 8) & LEAF_NODE_FIRST_BYTE_AFFIX_MASK;
  if (node.storage === 'leafmore') id |= LEAF_NODE_ADDITIONAL_VALUE;
  if (node.affixIds.length > 1 || firstInSupplementary === 0) id |= LEAF_NODE_FOLLOWING_VALUE;
  output.push(id, firstAffix & 0xff);
  if (node.storage === 'leafmore') {
    output.append(node.leafAddition);
    output.push(0);
  }
  if (node.affixIds.length > firstInSupplementary) {
    for (let index = firstInSupplementary; index < node.affixIds.length && index < MAX_AFFIXES_PER_WORD; index++) {
      const affix = node.affixIds[index] ?? 0;
      output.push(affix & 0xff, (affix >> 8) & 0xff);
    }
    output.push(0xff, 0xff);
  }
}

function serializeList(node: TrieNode, output: Output): void {
  const eightBit = node.storage === 'list8';
  output.push((LIST_NODE_TYPE_VALUE | (eightBit ? 0 : LIST_NODE_16BIT_VALUE) | node.children.length) & 0xff);
  const perEntry = eightBit ? 2 : 3;
  const tableBegin = output.skip(node.children.length * perEntry);
  const childrenBegin = output.size;
  node.children.forEach((child, index) => {
    const entry = tableBegin + index * perEntry;
    output.bytes[entry] = child.addition;
    const offset = output.size - childrenBegin;
    if (eightBit) output.bytes[entry + 1] = offset & 0xff;
    else output.setUint16(entry + 1, offset);
    serializeTrie(child, output);
  });
}

function serializeLookup(node: TrieNode, output: Output): void {
  const shape = lookupShape(node.children);
  const thirtyTwoBit = node.storage === 'lookup32';
  let id = LOOKUP_NODE_TYPE_VALUE;
  if (thirtyTwoBit) id |= LOOKUP_NODE_32BIT_VALUE;
  if (shape.hasZeroth) id |= LOOKUP_NODE_0TH_VALUE;
  const beginOffset = output.size;
  output.push(id, shape.firstItem, shape.listSize);
  const perEntry = thirtyTwoBit ? 4 : 2;
  const zerothOffset = output.size;
  if (shape.hasZeroth) output.skip(perEntry);
  const tableBegin = output.skip(shape.listSize * perEntry);
  node.children.forEach((child, index) => {
    const at = index === 0 && shape.hasZeroth ? zerothOffset : tableBegin + (child.addition - shape.firstItem) * perEntry;
    // 32-bit entries are offsets in the file; 16-bit ones are from this node.
    if (thirtyTwoBit) output.setUint32(at, output.size);
    else output.setUint16(at, output.size - beginOffset);
    serializeTrie(child, output);
  });
}

function serializeTrie(node: TrieNode, output: Output): void {
  if (node.storage === 'leaf' || node.storage === 'leafmore') serializeLeaf(node, output);
  else if (node.storage === 'list8' || node.storage === 'list16') serializeList(node, output);
  else serializeLookup(node, output);
}

/** Strings with a NUL after each (an empty one is a space, as NUL would end the list), then one more NUL. */
function appendStringList(strings: readonly string[], output: Output): void {
  for (const text of strings) {
    output.append(utf8.encode(text === '' ? ' ' : text));
    output.push(0);
  }
  output.push(0);
}

function serializeAff(content: BdicContent, output: Output): void {
  const header = output.skip(AFF_HEADER_SIZE);
  output.push(0x0a);
  output.append(utf8.encode(content.comment));
  output.push(0x0a);
  const groupOffset = output.size;
  output.append(utf8.encode(`AF ${content.affixGroups.length}`));
  output.push(0);
  appendStringList(content.affixGroups, output);
  const ruleOffset = output.size;
  appendStringList(content.affixRules, output);
  const repOffset = output.size;
  for (const [from, to] of content.replacements) {
    output.append(utf8.encode(from));
    output.push(0);
    output.append(utf8.encode(to));
    output.push(0);
  }
  output.push(0);
  const otherOffset = output.size;
  appendStringList(content.otherCommands, output);
  output.setUint32(header, groupOffset);
  output.setUint32(header + 4, ruleOffset);
  output.setUint32(header + 8, repOffset);
  output.setUint32(header + 12, otherOffset);
}

/** Bytewise order, as std::string compares; the trie needs it. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const difference = (a[index] as number) - (b[index] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** The whole .bdic file. Needs at least two words (a one-word trie would be a lone leaf, which the reader cannot take). */
export function writeBdic(content: BdicContent): Uint8Array {
  if (content.words.length < 2) throw new Error('Een woordenboek heeft minstens twee woorden nodig.');
  for (let index = 1; index < content.words.length; index++) {
    if (compareBytes((content.words[index - 1] as BdicWord).word, (content.words[index] as BdicWord).word) >= 0) {
      throw new Error('De woorden moeten gesorteerd zijn en elk één keer voorkomen.');
    }
  }
  const output = new Output();
  output.skip(HEADER_SIZE);
  const affOffset = output.size;
  serializeAff(content, output);
  const dicOffset = output.size;
  const root = newNode();
  buildTrie(content.words, 0, content.words.length, 0, root);
  computeStorage(root);
  serializeTrie(root, output);
  output.setUint32(0, SIGNATURE);
  output.setUint16(4, MAJOR_VERSION);
  output.setUint16(6, MINOR_VERSION);
  output.setUint32(8, affOffset);
  output.setUint32(12, dicOffset);
  const bytes = output.result();
  bytes.set(createHash('md5').update(bytes.subarray(affOffset)).digest(), 16);
  return bytes;
}
