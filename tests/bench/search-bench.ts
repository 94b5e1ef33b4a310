/**
 * Searching a large library: 200 meetings (180 like the Noor meeting, 20 of
 * the 40-item size), about 10 MB. Building the index from scratch (as the
 * host does, off the UI thread), a query per keystroke as a word is typed,
 * and `mdo zoek` as a whole process with the saved index, beside
 * `grep -ril` of the same word over the same folder (alternately).
 * Run with `npm run bench` (or `npx tsx tests/bench/search-bench.ts`).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { searchLibrary } from '../../shared/search/library-search';
import { openLibraryIndex } from '../../host/search-index';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { bigMeeting } from './big-meeting';
import { benchSearchTyping, builtRendererExists, type TypingFigures } from './ui/search-typing';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/mdo.js');

interface Figure {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

function figure(name: string, times: number[]): Figure {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? 0;
  return { name, runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

const FIRST_NAMES = ['Noor', 'Sem', 'Chloë', 'Yusuf', 'Liam', 'Emma', 'Ayoub', 'Mila', 'Daan', 'Saar'];

/** 180 ordinary meetings and 20 big ones, each its own child and id. */
export async function writeLibrary(dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  const small = noorWithMinutes();
  const big = bigMeeting();
  let bytes = 0;
  for (let index = 0; index < 200; index++) {
    const template: Meeting = index % 10 === 9 ? big : small;
    const child = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${String.fromCharCode(65 + (index % 26))}${index}`;
    const meeting: Meeting = {
      ...template,
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      title: `MDO ${child}`,
      child: { ...template.child, name: child },
    };
    const text = serializeMeeting(meeting);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `meeting-${String(index).padStart(3, '0')}.mdo`), text);
  }
  return bytes;
}

function timeProcess(file: string, args: string[], env: NodeJS.ProcessEnv, okCodes: number[] = [0]): number {
  const start = performance.now();
  const result = spawnSync(file, args, { encoding: 'utf8', env });
  const elapsed = performance.now() - start;
  if (!okCodes.includes(result.status ?? -1)) throw new Error(`${file} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return elapsed;
}

function print(figures: Figure[]): void {
  console.log('name'.padEnd(46), 'runs'.padStart(5), 'median ms'.padStart(10), 'p95 ms'.padStart(9));
  for (const entry of figures) {
    console.log(entry.name.padEnd(46), String(entry.runs).padStart(5), entry.medianMs.toFixed(1).padStart(10), entry.p95Ms.toFixed(1).padStart(9));
  }
}

export async function benchSearch(scratch: string, runs = 11): Promise<void> {
  const library = join(scratch, 'bibliotheek');
  const cache = join(scratch, 'cache');
  const bytes = await writeLibrary(library);
  console.log(`\nLibrary search: ${(await readdir(library)).length} meetings, ${(bytes / 1e6).toFixed(1)} MB`);

  const builds: number[] = [];
  for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) {
    await rm(cache, { recursive: true, force: true });
    const start = performance.now();
    await openLibraryIndex(library, cache);
    builds.push(performance.now() - start);
  }
  const warm: number[] = [];
  let index = (await openLibraryIndex(library, cache)).index;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    index = (await openLibraryIndex(library, cache)).index;
    warm.push(performance.now() - start);
  }

  // A query typed letter by letter: each keystroke searches the whole library.
  const typed = 'ontbijt school';
  const perKey: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (let length = 1; length <= typed.length; length++) {
      const start = performance.now();
      searchLibrary(index, typed.slice(0, length));
      perKey.push(performance.now() - start);
    }
  }

  // The same, typed in the app: keydown to the results on screen, through the test host's bridge.
  let inApp: TypingFigures | null = null;
  if (builtRendererExists()) inApp = await benchSearchTyping(library, cache, typed, Math.max(3, Math.ceil(runs / 2)));

  const env = { ...process.env, MDO_CACHE_DIR: cache };
  const word = 'ontbijt';
  timeProcess(process.execPath, [BIN, 'zoek', word, '--map', library], env);
  const zoek: number[] = [];
  const grep: number[] = [];
  for (let run = 0; run < runs; run++) {
    zoek.push(timeProcess(process.execPath, [BIN, 'zoek', word, '--map', library], env));
    grep.push(timeProcess('grep', ['-ril', word, library], env, [0, 1]));
  }
  const figures = [
    figure('index from scratch (host, in process)', builds),
    figure('index opened warm (saved, up to date)', warm),
    figure(`query per keystroke ("${typed}")`, perKey),
    figure(`mdo zoek ${word} (process, saved index)`, zoek),
    figure(`grep -ril ${word} (process)`, grep),
    ...(inApp ? [figure('in the app: keydown to results painted', inApp.perKey),
          figure('  of which answer in page to painted', inApp.toScreen),
          figure('  for scale: an empty bridge call (test host)', inApp.emptyCall),
          figure('in the app: first query (index opened)', [inApp.firstQueryMs]),] : []),
  ];
  print(figures);
  if (!inApp) console.log('In the app: not measured, the built renderer is missing (npx electron-vite build first).');
  const indexSize = (await stat(join(cache, (await readdir(cache))[0] ?? ''))).size;
  console.log(`Saved index: ${(indexSize / 1e6).toFixed(1)} MB. mdo zoek / grep -ril (medians): ${(figures[3]!.medianMs / figures[4]!.medianMs).toFixed(2)}`);
  console.log('Targets: index from scratch ≤ 1000 ms, query ≤ 30 ms per keystroke (also in the app), mdo zoek ≤ 300 ms.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const scratch = await mkdtemp(join(tmpdir(), 'mdo-bench-search-'));
  try {
    await benchSearch(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
