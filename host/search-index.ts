import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { isRecord } from '../shared/json';
import {
  libraryIndexFromJS,
  matchingLines,
  newLibraryIndex,
  noteLines,
  queryTerms,
  searchDocumentsOf,
  searchLibrary,
  type LibraryIndex,
  type MeetingResult,
  type SearchHit,
} from '../shared/search/library-search';
import { atomicWriteFile, ensurePrivateFolder } from './atomic-write';
import { MAX_MEETING_FILE_BYTES } from './library-location';

/**
 * The library's search index on disk: built from the `.mdo` files of one
 * folder, kept up to date by comparing each file's size and modification
 * time with what was indexed (only new and changed files are read again),
 * and saved in the user's own cache folder (0700, the file 0600: it holds
 * the text of the meetings), never in the shared library folder. The app
 * and `mdo zoek` use the same file, so a search from either starts warm.
 */

const INDEX_FORMAT = 'mdo-zoekindex';
/** Raise when the documents or the index options change: an older index is then built again. */
const INDEX_VERSION = 1;

export interface IndexedFile {
  size: number;
  mtimeMs: number;
  /** The search documents made from this file, to take out when it changes or goes. */
  ids: string[];
}

interface PersistedIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  libraryDir: string;
  files: Record<string, IndexedFile>;
  index: unknown;
}

/** Where the app and the CLI keep their caches: MDO_CACHE_DIR, else the platform's cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.MDO_CACHE_DIR) return resolve(env.MDO_CACHE_DIR);
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'MDO-assistent', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'MDO-assistent');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'mdo-assistent');
}

/** One index file per library folder. */
export function indexPathFor(libraryDir: string, cacheDir: string): string {
  const key = createHash('sha256').update(resolve(libraryDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `zoekindex-${key}.json`);
}

export interface IndexUpdate {
  /** Files read and indexed in this run (new or changed). */
  read: number;
  /** Files whose documents were taken out (changed or gone). */
  removed: number;
  /** Files that could not be read as a meeting (skipped; they do not open either). */
  skipped: number;
  /** Whether the index was built from scratch (none saved, or one of another version). */
  fromScratch: boolean;
}

export interface OpenedIndex {
  index: LibraryIndex;
  update: IndexUpdate;
}

async function loadPersisted(path: string, libraryDir: string): Promise<{ index: LibraryIndex; files: Record<string, IndexedFile> } | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.format !== INDEX_FORMAT || parsed.version !== INDEX_VERSION || parsed.libraryDir !== libraryDir) return null;
  if (!isRecord(parsed.files)) return null;
  try {
    return { index: libraryIndexFromJS(parsed.index), files: parsed.files as Record<string, IndexedFile> };
  } catch {
    return null;
  }
}

/** The meeting files directly in the folder (as the library lists them: `.mdo`, not hidden), with size and time. */
async function meetingFiles(libraryDir: string): Promise<Map<string, { size: number; mtimeMs: number }>> {
  const found = new Map<string, { size: number; mtimeMs: number }>();
  let entries;
  try {
    entries = await readdir(libraryDir, { withFileTypes: true });
  } catch {
    return found;
  }
  await Promise.all(
    entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.mdo') && !entry.name.startsWith('.'))
      .map(async (entry) => {
        const path = join(libraryDir, entry.name);
        try {
          const info = await stat(path);
          if (info.isFile()) found.set(path, { size: info.size, mtimeMs: info.mtimeMs });
        } catch {
          // Gone between listing and looking: nothing to index.
        }
      }),
  );
  return found;
}

/** The `meeting` member of a meeting file, or null for what is not one (or too large). */
export async function readMeetingContent(path: string, size: number): Promise<unknown> {
  if (size > MAX_MEETING_FILE_BYTES) return null;
  try {
    const file: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isRecord(file) && isRecord(file.meeting) ? file.meeting : null;
  } catch {
    return null;
  }
}

/**
 * An index held in memory with what it was built from: the app keeps one
 * per library and brings it up to date with refreshLibraryIndex after the
 * files change, instead of reading it from disk again.
 */
export interface LiveLibraryIndex {
  readonly libraryDir: string;
  readonly indexPath: string;
  readonly cacheDir: string;
  readonly index: LibraryIndex;
  readonly files: Map<string, IndexedFile>;
}

/** The index saved for `libraryDir` (or an empty one), not yet compared with the folder. */
export async function loadLibraryIndex(libraryDir: string, cacheDir: string = defaultCacheDir()): Promise<{ live: LiveLibraryIndex; fromScratch: boolean }> {
  const dir = resolve(libraryDir);
  const indexPath = indexPathFor(dir, cacheDir);
  const persisted = await loadPersisted(indexPath, dir);
  const live: LiveLibraryIndex = {
    libraryDir: dir,
    indexPath,
    cacheDir,
    index: persisted?.index ?? newLibraryIndex(),
    files: new Map<string, IndexedFile>(persisted ? Object.entries(persisted.files) : []),
  };
  return { live, fromScratch: persisted === null };
}

/**
 * Brings an index up to date with its folder: files new or changed by size
 * or time are read again, files gone are taken out; saved when anything
 * changed (or `persist` says so). A cache folder that cannot be written
 * leaves the index in memory only.
 */
export async function refreshLibraryIndex(live: LiveLibraryIndex, persist: 'always' | 'if-changed' | 'never' = 'if-changed'): Promise<IndexUpdate> {
  const { index, files } = live;
  const update: IndexUpdate = { read: 0, removed: 0, skipped: 0, fromScratch: false };
  const onDisk = await meetingFiles(live.libraryDir);

  for (const [path, indexed] of files) {
    const now = onDisk.get(path);
    if (now && now.size === indexed.size && now.mtimeMs === indexed.mtimeMs) continue;
    for (const id of indexed.ids) if (index.has(id)) index.discard(id);
    files.delete(path);
    update.removed += 1;
  }
  for (const [path, info] of onDisk) {
    if (files.has(path)) continue;
    const meeting = await readMeetingContent(path, info.size);
    const documents = meeting === null ? [] : searchDocumentsOf(path, meeting);
    if (meeting === null) update.skipped += 1;
    else update.read += 1;
    index.addAll(documents);
    files.set(path, { ...info, ids: documents.map((document) => document.id) });
  }

  const changed = update.read > 0 || update.removed > 0 || update.skipped > 0;
  if (persist === 'always' || (persist === 'if-changed' && changed)) await persistLibraryIndex(live);
  return update;
}

/** Saves the index in the cache folder; a folder that cannot be written leaves it in memory only. */
export async function persistLibraryIndex(live: LiveLibraryIndex): Promise<void> {
  const persistedIndex: PersistedIndex = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    libraryDir: live.libraryDir,
    files: Object.fromEntries(live.files),
    index: live.index.toJSON(),
  };
  try {
    await ensurePrivateFolder(live.cacheDir);
    await atomicWriteFile(live.indexPath, JSON.stringify(persistedIndex));
  } catch {
    // A cache that cannot be written costs time at the next search, nothing else.
  }
}

/**
 * The index of `libraryDir`, brought up to date with the folder and saved
 * when anything changed. Never throws for a damaged index (it is built
 * again) or a damaged meeting (it is skipped); a cache folder that cannot
 * be written leaves the index in memory only.
 */
export async function openLibraryIndex(libraryDir: string, cacheDir: string = defaultCacheDir()): Promise<OpenedIndex> {
  const { live, fromScratch } = await loadLibraryIndex(libraryDir, cacheDir);
  const update = await refreshLibraryIndex(live, fromScratch ? 'always' : 'if-changed');
  return { index: live.index, update: { ...update, fromScratch } };
}

/** A meeting's results with the lines that matched, per item. */
export interface ShownResult extends MeetingResult {
  lines: Map<string | null, string[]>;
}

/** The text of one item of a meeting (its file's `meeting` member, unvalidated), one line each; null: the participants. */
export function itemLines(meeting: unknown, itemId: string | null): string[] {
  if (itemId === null) {
    const people = isRecord(meeting) && Array.isArray(meeting.participants) ? meeting.participants.filter(isRecord) : [];
    return people.map((person) => [person.name, person.function, person.organisation].filter((part) => typeof part === 'string' && part).join(', '));
  }
  const items = isRecord(meeting) && Array.isArray(meeting.agendaItems) ? meeting.agendaItems.filter(isRecord) : [];
  const item = items.find((candidate) => candidate.id === itemId);
  return item ? [typeof item.childInterest === 'string' ? item.childInterest : '', ...noteLines(item.notes)] : [];
}

/** The lines of a meeting that hold the terms, per hit. */
export function resultLines(meeting: unknown, hits: readonly SearchHit[], terms: readonly string[]): Map<string | null, string[]> {
  return new Map(hits.map((hit) => [hit.itemId, matchingLines(itemLines(meeting, hit.itemId), terms)]));
}

/**
 * Searches and finds the matching lines in the files of the meetings
 * found (only those are read: the index stores no text), for the first
 * `maxItems` hits of each.
 */
export async function searchWithLines(
  index: LibraryIndex,
  query: string,
  maxMeetings = 20,
  maxItems = Number.POSITIVE_INFINITY,
): Promise<{ total: number; results: ShownResult[] }> {
  const terms = queryTerms(query);
  const all = searchLibrary(index, query, Number.POSITIVE_INFINITY);
  const results = await Promise.all(
    all.slice(0, maxMeetings).map(async (result) => {
      const meeting = await stat(result.path).then(
        (info) => readMeetingContent(result.path, info.size),
        () => null,
      );
      return { ...result, lines: resultLines(meeting, result.hits.slice(0, maxItems), terms) };
    }),
  );
  return { total: all.length, results };
}
