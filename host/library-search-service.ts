import { basename } from 'node:path';
import { foldText, matchingLines, queryTerms, searchLibrary } from '../shared/search/library-search';
import type { LibrarySearchAnswer } from '../shared/ipc/contract';
import {
  defaultCacheDir,
  loadLibraryIndex,
  persistLibraryIndex,
  readMeetingContent,
  refreshLibraryIndex,
  itemLines,
  type LiveLibraryIndex,
} from './search-index';

/**
 * The app's search of the library: one index in memory per library, in the
 * host (never in the page), opened from the cache folder at first use and
 * brought up to date after every save, delete and Opslaan als the host
 * does (`filesChanged`), and now and then for what others saved in a shared
 * folder. Saving the index to the cache folder waits a moment after a
 * change, so typing a query never waits for it.
 */

export interface LibrarySearchOptions {
  libraryDir: string;
  cacheDir?: string;
  now?: () => number;
  /** How long a search trusts the folder as last seen; after that it looks again (other computers save into a shared folder). */
  recheckAfterMs?: number;
  /** How long after a change the index is saved to the cache folder. */
  persistDelayMs?: number;
}

export interface LibrarySearchLimits {
  maxMeetings: number;
  maxItems: number;
}

export interface LibrarySearch {
  search(query: string, limits?: Partial<LibrarySearchLimits>): Promise<LibrarySearchAnswer>;
  /** A file in the library was written or removed: the next search reads what changed first. */
  filesChanged(): void;
  /** Opens the index now (on the start screen), so the first query does not wait for it. */
  warm(): void;
  /** Saves a pending change of the index now (before the app quits, and in tests). */
  flush(): Promise<void>;
}

/** Lines shown per item found. */
const MAX_LINES = 2;

/** The matched files read last, for their lines: a query typed letter by letter reads each only once. */
const REMEMBERED_FILES = 60;

/** An item's lines, and the same folded (made once per version of the file). */
interface ItemText {
  lines: string[];
  folded: string[];
}

const NO_TEXT: ItemText = { lines: [], folded: [] };

/** The lines that match: only those holding a term at all are looked at closely (folding every line at each keystroke is the slow part). */
function linesWith(text: ItemText, terms: readonly string[]): string[] {
  const candidates = text.lines.filter((_, index) => terms.some((term) => text.folded[index]?.includes(term)));
  return matchingLines(candidates, terms, MAX_LINES);
}

export function createLibrarySearch(options: LibrarySearchOptions): LibrarySearch {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const now = options.now ?? Date.now;
  const recheckAfterMs = options.recheckAfterMs ?? 15_000;
  const persistDelayMs = options.persistDelayMs ?? 2_000;
  let live: Promise<LiveLibraryIndex> | null = null;
  let refreshing: Promise<void> | null = null;
  let checkedAt = 0;
  let stale = true;
  let persistTimer: NodeJS.Timeout | null = null;
  let persisting: Promise<void> = Promise.resolve();
  const contents = new Map<string, { size: number; mtimeMs: number; lines: (itemId: string | null) => ItemText }>();

  function schedulePersist(index: LiveLibraryIndex): void {
    if (persistTimer) clearTimeout(persistTimer);
    persistTimer = setTimeout(() => {
      persistTimer = null;
      persisting = persisting.then(() => persistLibraryIndex(index));
    }, persistDelayMs);
    persistTimer.unref();
  }

  function open(): Promise<LiveLibraryIndex> {
    live ??= loadLibraryIndex(options.libraryDir, cacheDir).then(({ live: index, fromScratch }) => {
      if (fromScratch) stale = true;
      return index;
    });
    return live;
  }

  /** Up to date with the folder: after a change, or when it was last looked at a while ago. */
  async function current(): Promise<LiveLibraryIndex> {
    const index = await open();
    while (refreshing) await refreshing;
    if (stale || now() - checkedAt > recheckAfterMs) {
      stale = false;
      checkedAt = now();
      refreshing = refreshLibraryIndex(index, 'never').then(
        (update) => {
          if (update.read > 0 || update.removed > 0 || update.skipped > 0) schedulePersist(index);
        },
        () => {
          stale = true;
        },
      );
      try {
        await refreshing;
      } finally {
        refreshing = null;
      }
    }
    return index;
  }

  /** The text lines of a matched file per item (null: the participants), made once per version of the file. */
  async function linesOf(index: LiveLibraryIndex, path: string): Promise<(itemId: string | null) => ItemText> {
    const indexed = index.files.get(path);
    if (!indexed) return () => NO_TEXT;
    const known = contents.get(path);
    if (known && known.size === indexed.size && known.mtimeMs === indexed.mtimeMs) return known.lines;
    const meeting = await readMeetingContent(path, indexed.size);
    const perItem = new Map<string | null, ItemText>();
    const lines = (itemId: string | null): ItemText => {
      let found = perItem.get(itemId);
      if (!found) {
        const text = itemLines(meeting, itemId);
        found = { lines: text, folded: text.map(foldText) };
        perItem.set(itemId, found);
      }
      return found;
    };
    contents.delete(path);
    if (contents.size >= REMEMBERED_FILES) {
      const oldest = contents.keys().next();
      if (!oldest.done) contents.delete(oldest.value);
    }
    contents.set(path, { size: indexed.size, mtimeMs: indexed.mtimeMs, lines });
    return lines;
  }

  return {
    async search(query, limits = {}) {
      const maxMeetings = limits.maxMeetings ?? 12;
      const maxItems = limits.maxItems ?? 4;
      const terms = queryTerms(query);
      if (terms.length === 0) return { total: 0, results: [] };
      const index = await current();
      const all = searchLibrary(index.index, query, Number.POSITIVE_INFINITY);
      const results = await Promise.all(
        all.slice(0, maxMeetings).map(async (result) => {
          const shown = result.hits.slice(0, maxItems);
          const linesOfItem = await linesOf(index, result.path);
          return {
            path: result.path,
            fileName: basename(result.path),
            title: result.meetingTitle,
            date: result.meetingDate,
            child: result.child,
            hits: shown.map((hit) => ({ itemId: hit.itemId, itemNumber: hit.itemNumber, itemTitle: hit.itemTitle, lines: linesWith(linesOfItem(hit.itemId), terms) })),
            moreHits: result.hits.length - shown.length,
          };
        }),
      );
      return { total: all.length, results };
    },
    filesChanged() {
      stale = true;
    },
    warm() {
      void current().catch(() => undefined);
    },
    async flush() {
      if (persistTimer) {
        clearTimeout(persistTimer);
        persistTimer = null;
        if (live) {
          const index = await live;
          persisting = persisting.then(() => persistLibraryIndex(index));
        }
      }
      await persisting;
    },
  };
}
