import { createHash } from 'node:crypto';

/**
 * Reads a .bdic back the way Chromium's reader walks it
 * (third_party/hunspell/google/bdict_reader.cc), independent of the writer:
 * the header check of BDict::Verify (signature, version, offsets, MD5 of
 * the rest) and every word in the trie with its affix ids.
 */

export interface BdicRead {
  verified: boolean;
  comment: string;
  affixGroups: string[];
  affixRules: string[];
  replacements: [string, string][];
  otherCommands: string[];
  words: Map<string, number[]>;
  /** How many nodes of each kind the trie has, to see which layouts a test reached. */
  nodeKinds: Record<'leaf' | 'list8' | 'list16' | 'lookup16' | 'lookup32', number>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

function cString(bytes: Uint8Array, at: number): [string, number] {
  let end = at;
  while (bytes[end] !== 0) end++;
  return [decoder.decode(bytes.subarray(at, end)), end + 1];
}

function stringList(bytes: Uint8Array, at: number): string[] {
  const list: string[] = [];
  let cursor = at;
  while (bytes[cursor] !== 0) {
    const [text, next] = cString(bytes, cursor);
    list.push(text);
    cursor = next;
  }
  return list;
}

export function verifyBdic(bytes: Uint8Array): boolean {
  if (bytes.length <= 32) return false;
  if (u32(bytes, 0) !== 0x63694442 || u16(bytes, 4) > 2) return false;
  const affOffset = u32(bytes, 8);
  const dicOffset = u32(bytes, 12);
  if (affOffset > bytes.length || dicOffset > bytes.length || affOffset + 16 > bytes.length) return false;
  if (u32(bytes, affOffset) + 4 > bytes.length) return false;
  const digest = createHash('md5').update(bytes.subarray(affOffset)).digest();
  return Buffer.from(bytes.subarray(16, 32)).equals(digest);
}

export function readBdic(bytes: Uint8Array): BdicRead {
  const affOffset = u32(bytes, 8);
  const dicOffset = u32(bytes, 12);
  const groupOffset = u32(bytes, affOffset);
  const ruleOffset = u32(bytes, affOffset + 4);
  const repOffset = u32(bytes, affOffset + 8);
  const otherOffset = u32(bytes, affOffset + 12);
  const comment = decoder.decode(bytes.subarray(affOffset + 16, groupOffset));
  const [, groupsStart] = cString(bytes, groupOffset);
  const replacements: [string, string][] = [];
  let cursor = repOffset;
  while (bytes[cursor] !== 0) {
    const [from, next] = cString(bytes, cursor);
    const [to, after] = cString(bytes, next);
    replacements.push([from, to]);
    cursor = after;
  }
  const read: BdicRead = {
    verified: verifyBdic(bytes),
    comment,
    affixGroups: stringList(bytes, groupsStart),
    affixRules: stringList(bytes, ruleOffset),
    replacements,
    otherCommands: stringList(bytes, otherOffset),
    words: new Map(),
    nodeKinds: { leaf: 0, list8: 0, list16: 0, lookup16: 0, lookup32: 0 },
  };
  walk(bytes, dicOffset, [], read);
  return read;
}

function walk(bytes: Uint8Array, at: number, prefix: number[], read: BdicRead): void {
  const id = bytes[at] ?? 0;
  if ((id & 0x80) === 0) {
    read.nodeKinds.leaf++;
    const word = [...prefix];
    let cursor = at + 2;
    if ((id & 0xc0) === 0x40) {
      while (bytes[cursor] !== 0) word.push(bytes[cursor++] as number);
      cursor++;
    }
    const first = ((id & 0x1f) << 8) | (bytes[at + 1] ?? 0);
    const ids = first === 0x1fff ? [] : [first];
    if ((id & 0xa0) === 0x20) {
      for (let value = u16(bytes, cursor); value !== 0xffff; cursor += 2, value = u16(bytes, cursor)) ids.push(value);
    }
    read.words.set(decoder.decode(Uint8Array.from(word)), ids);
    return;
  }
  if ((id & 0xe0) === 0xe0) {
    const sixteen = (id & 0xf0) === 0xf0;
    read.nodeKinds[sixteen ? 'list16' : 'list8']++;
    const count = id & 0x0f;
    const perEntry = sixteen ? 3 : 2;
    const childrenBegin = at + 1 + count * perEntry;
    for (let index = 0; index < count; index++) {
      const entry = at + 1 + index * perEntry;
      const byte = bytes[entry] ?? 0;
      const offset = sixteen ? u16(bytes, entry + 1) : (bytes[entry + 1] ?? 0);
      walk(bytes, childrenBegin + offset, byte === 0 ? prefix : [...prefix, byte], read);
    }
    return;
  }
  if ((id & 0xfc) === 0xc0) {
    const thirtyTwo = (id & 0x02) !== 0;
    read.nodeKinds[thirtyTwo ? 'lookup32' : 'lookup16']++;
    const hasZeroth = (id & 0x01) !== 0;
    const firstItem = bytes[at + 1] ?? 0;
    const count = bytes[at + 2] ?? 0;
    const perEntry = thirtyTwo ? 4 : 2;
    const target = (entry: number): number => {
      const value = thirtyTwo ? u32(bytes, entry) : u16(bytes, entry);
      if (value === 0) return -1;
      return thirtyTwo ? value : at + value;
    };
    let table = at + 3;
    if (hasZeroth) {
      const child = target(table);
      if (child !== -1) walk(bytes, child, prefix, read);
      table += perEntry;
    }
    for (let index = 0; index < count; index++) {
      const child = target(table + index * perEntry);
      if (child !== -1) walk(bytes, child, [...prefix, firstItem + index], read);
    }
    return;
  }
  throw new Error(`Onbekend knooppunt 0x${id.toString(16)} op ${at}`);
}
