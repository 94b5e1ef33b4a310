import { join } from 'node:path';

/**
 * Where the library is when the user chose no other folder: "MDO" in the
 * user's Documents. Apart from host/library.ts so that a command that only
 * needs the place (mdo zoek) does not load the meeting validator with it.
 */
export function defaultLibraryDir(documentsDir: string): string {
  return join(documentsDir, 'MDO');
}

/**
 * The largest meeting file read (20 MB): a meeting is far smaller, so a
 * larger file is no meeting. host/storage.ts refuses it on open; the search
 * index skips it (the same number: tests/unit/library-search.test.ts).
 */
export const MAX_MEETING_FILE_BYTES = 20 * 1024 * 1024;
