import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHandlers, type NodeHandlers } from '../../host/handlers';
import { createPathGrants, type PathGrants } from '../../host/path-access';
import { readMeetingFile } from '../../host/storage';
import { normalizeNotes } from '../../shared/notes/lexical/headless';
import { serializeMeeting, validateMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import type { AppError, Result } from '../../shared/result';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { makeSeed, mutate, seededRandom, type Seed } from './support/fuzz-mutations';
import { englishWordsIn } from '../support/english-words';
import { isSafeLinkTarget } from '../../shared/notes/link-target';
import { KEPT_TEXT_FORMAT } from '../../shared/notes/notes-cleanup';
import { MAX_NOTE_CHARACTERS } from '../../shared/notes/notes-validation';

/**
 * Opens thousands of damaged, foreign and hostile `.mdo` files from a real
 * folder, the way the app opens them. Every one must end in a valid meeting
 * (that the editor can load) or a Dutch message, never a throw or a hang,
 * and no file may be touched. The run is seeded: set MDO_FUZZ_SEED to the
 * seed a failing run printed to replay it exactly.
 */

/** At least 5,000 (the bar); MDO_FUZZ_FILES raises it for a longer search on a developer's machine. */
const MUTATED_FILES = Math.max(5_000, Number(process.env.MDO_FUZZ_FILES ?? 0));
/** Not a speed requirement: only a hang (a FIFO read that waits for a writer) may take this long. */
const HANG_GUARD_MS = 10_000;
/** One in this many cases also goes through the 'meeting:open' handler. */
const HANDLER_SAMPLE_EVERY = 20;

const isRoot = process.getuid?.() === 0;
const seed = Number(process.env.MDO_FUZZ_SEED ?? Date.now() % 2_147_483_647);

/** What must never reach the user: programmer's text, stack lines. */
const NOT_FOR_USERS: readonly RegExp[] = [
  /undefined/i,
  /\bError:/,
  /^\s*at\s/m,
  /\bat \S+ \(/,
  /\[object Object\]/,
  /\bNaN\b/,
];

/**
 * A message for users is Dutch: it has no English word in it (the list in
 * tests/support/english-words.ts: the, of, and, to, not, cannot, expected,
 * invalid, unexpected …, leaving out what stands between quotes), and it
 * says something (letters, not only numbers and signs).
 */
function problemsWithText(text: string): string[] {
  const problems = NOT_FOR_USERS.filter((pattern) => pattern.test(text)).map((pattern) => `matches ${String(pattern)}`);
  const english = englishWordsIn(text);
  if (english.length > 0) problems.push(`has English words: ${english.join(', ')}`);
  if (!/\p{L}{3,}/u.test(text)) problems.push('says nothing');
  return problems;
}

function checkError(error: AppError, label: string): void {
  expect(error.code, `${label}: error code`).toMatch(/^[a-z0-9-]+$/);
  expect(problemsWithText(error.message), `${label}: message "${error.message}"`).toEqual([]);
  for (const detail of error.details ?? []) {
    expect(problemsWithText(detail), `${label}: detail "${detail.slice(0, 300)}"`).toEqual([]);
  }
}

/** Notes already loaded in the editor: most mutations leave the notes alone, and loading them again would only cost time. */
const loadedNotes = new Set<string>();

/**
 * What the door lets through (shared/notes/notes-cleanup.ts): no link to
 * anything but a web or mail address, no inline style, no text format but
 * bold, italic and underline, no `__proto__` key; nothing longer than the limit.
 */
function doorProblems(notes: unknown): string[] {
  const problems: string[] = [];
  const stack: unknown[] = [notes];
  let characters = 0;
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (Array.isArray(value)) {
      stack.push(...(value as unknown[]));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const node = value as Record<string, unknown>;
    if (Object.hasOwn(node, '__proto__')) problems.push('a __proto__ key');
    if (Object.getPrototypeOf(node) !== Object.prototype) problems.push('an object with another prototype');
    if ((node.type === 'link' || node.type === 'autolink') && !isSafeLinkTarget(node.url)) problems.push(`a link to ${String(node.url).slice(0, 40)}`);
    if (typeof node.style === 'string' && node.style !== '') problems.push(`style "${node.style.slice(0, 40)}"`);
    if (typeof node.textStyle === 'string' && node.textStyle !== '') problems.push(`textStyle "${node.textStyle.slice(0, 40)}"`);
    if (node.type === 'text' && typeof node.format === 'number' && (node.format & ~KEPT_TEXT_FORMAT) !== 0) problems.push(`text format ${node.format}`);
    if (node.type === 'text' && typeof node.text === 'string') characters += node.text.length;
    stack.push(...Object.values(node));
  }
  if (characters > MAX_NOTE_CHARACTERS) problems.push(`${characters} characters`);
  return problems;
}

/** An opened meeting must be usable: valid again, transferable over IPC, its notes through the door, and they load in the editor. */
function checkMeeting(meeting: Meeting, label: string): void {
  expect(validateMeeting(meeting).ok, `${label}: opened meeting validates again`).toBe(true);
  expect(({} as Record<string, unknown>).polluted, `${label}: no prototype polluted`).toBeUndefined();
  for (const item of meeting.agendaItems) {
    if (item.notes) expect(doorProblems(item.notes), `${label}: notes of "${item.title}" went through the door`).toEqual([]);
  }
  expect(() => JSON.stringify(meeting), `${label}: opened meeting can be sent to the window`).not.toThrow();
  for (const item of meeting.agendaItems) {
    if (!item.notes) continue;
    const key = JSON.stringify(item.notes);
    if (loadedNotes.has(key)) continue;
    const loaded = normalizeNotes(item.notes, item.title);
    expect(loaded.ok, `${label}: notes of "${item.title}" load in the editor`).toBe(true);
    loadedNotes.add(key);
  }
}

interface Fingerprint {
  hash: string | null;
  mtimeMs: number;
  size: number;
}

/** What must not change: the bytes (regular files) and the modification time (everything, links themselves included). */
async function fingerprint(path: string): Promise<Fingerprint> {
  const info = await lstat(path);
  const hash = info.isFile() ? createHash('sha256').update(await readFile(path)).digest('hex') : null;
  return { hash, mtimeMs: info.mtimeMs, size: info.size };
}

async function withHangGuard<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: opening took over ${HANG_GUARD_MS} ms (hang)`)), HANG_GUARD_MS);
  });
  try {
    return await Promise.race([promise, guard]);
  } finally {
    clearTimeout(timer);
  }
}

interface Tally {
  cases: number;
  opened: number;
  refused: Map<string, number>;
  maxMs: number;
  maxLabel: string;
}

describe('opening damaged and hostile .mdo files', () => {
  let dir = '';
  let handlers: NodeHandlers;
  const grants: PathGrants = createPathGrants();
  let seeds: Seed[] = [];
  const tally: Tally = { cases: 0, opened: 0, refused: new Map(), maxMs: 0, maxLabel: '' };

  /** Opens one file and checks everything the bar asks; returns the result for case-specific checks. */
  async function openAndCheck(path: string, label: string, throughHandler = false): Promise<Result<Meeting>> {
    const before = await fingerprint(path);
    const started = performance.now();
    let result: Result<Meeting>;
    try {
      result = await withHangGuard(readMeetingFile(path), label);
    } catch (error) {
      throw new Error(`${label}: readMeetingFile threw or hung (seed ${seed}): ${String(error)}`, { cause: error });
    }
    const elapsed = performance.now() - started;
    if (elapsed > tally.maxMs) {
      tally.maxMs = elapsed;
      tally.maxLabel = label;
    }
    tally.cases += 1;
    if (result.ok) {
      tally.opened += 1;
      checkMeeting(result.value, label);
    } else {
      tally.refused.set(result.error.code, (tally.refused.get(result.error.code) ?? 0) + 1);
      checkError(result.error, label);
    }
    if (throughHandler) {
      // As if the file was opened with the app: the open itself is what is tested.
      grants.grant(path);
      const viaHandler = await withHangGuard(handlers['meeting:open']({ path }), `${label} (handler)`);
      expect(viaHandler.ok, `${label}: the handler agrees`).toBe(result.ok);
      if (!viaHandler.ok && !result.ok) expect(viaHandler.error).toEqual(result.error);
    }
    expect(await fingerprint(path), `${label}: the file is unchanged`).toEqual(before);
    return result;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-fuzz-'));
    const fixtures = join(import.meta.dirname, '../fixtures/meeting-files');
    seeds = [
      ...(await Promise.all(
        ['v1-noor.mdo', 'v2-noor.mdo', 'v3-noor.mdo'].map(async (name) => makeSeed(name, await readFile(join(fixtures, name)))),
      )),
      makeSeed('sample-meeting', Buffer.from(serializeMeeting(sampleMeeting()))),
      makeSeed('noor-minutes', Buffer.from(serializeMeeting(noorWithMinutes()))),
    ];
    const libraryDir = join(dir, 'MDO');
    const configDir = join(dir, 'config');
    await mkdir(libraryDir);
    await mkdir(configDir);
    handlers = createNodeHandlers({
      libraryDir,
      configDir,
      version: 'fuzz',
      grants,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
    });
    console.info(`fuzz-open: seed ${seed} (replay with MDO_FUZZ_SEED=${seed})`);
  });

  afterAll(async () => {
    await chmod(join(dir, 'geen-rechten.mdo'), 0o644).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    const refused = [...tally.refused.entries()].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`);
    console.info(
      `fuzz-open: ${tally.cases} files opened: ${tally.opened} valid meetings, refused: ${refused.join(', ')}; slowest open ${tally.maxMs.toFixed(0)} ms (${tally.maxLabel})`,
    );
  });

  it('opens every seed as it is', async () => {
    for (const [index, good] of seeds.entries()) {
      const path = join(dir, `seed-${index}.mdo`);
      await writeFile(path, good.bytes);
      const result = await openAndCheck(path, `seed ${good.name}`, true);
      expect(result.ok, `seed ${good.name} opens`).toBe(true);
    }
  });

  it(`ends ${MUTATED_FILES} mutated files in a valid meeting or a Dutch message, and changes none of them`, async () => {
    const random = seededRandom(seed);
    const started = performance.now();
    for (let index = 0; index < MUTATED_FILES; index++) {
      const good = seeds[index % seeds.length]!;
      const { bytes, kinds } = mutate(good, random);
      const path = join(dir, `geval-${index}.mdo`);
      await writeFile(path, bytes);
      await openAndCheck(path, `case ${index} (seed ${seed}, ${good.name}: ${kinds.join(' + ')})`, index % HANDLER_SAMPLE_EVERY === 0);
      await rm(path);
    }
    console.info(`fuzz-open: ${MUTATED_FILES} mutated files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 180_000);

  it('refuses a 200 MB file without reading it', async () => {
    const path = join(dir, 'enorm.mdo');
    await writeFile(path, '');
    // Sparse: made in an instant and taking no disk space.
    await truncate(path, 200 * 1024 * 1024);
    const result = await openAndCheck(path, '200 MB file');
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/te groot.*200 MB/) } });
  });

  it('refuses a folder named like a meeting file', async () => {
    const path = join(dir, 'x.mdo');
    await mkdir(path);
    expect(await openAndCheck(path, 'folder', true)).toMatchObject({ ok: false, error: { code: 'is-folder' } });
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without waiting for a writer', async () => {
    const path = join(dir, 'pijp.mdo');
    execFileSync('mkfifo', [path]);
    expect(await openAndCheck(path, 'FIFO', true)).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });

  it('explains a file it may not read', async () => {
    if (!isRoot) {
      // As an ordinary user, permissions block reading.
      const path = join(dir, 'geen-rechten.mdo');
      await writeFile(path, seeds[0]!.bytes);
      await chmod(path, 0o000);
      expect(await openAndCheck(path, 'chmod 000', true)).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    }
    // CI runs as root, where chmod 000 does not stop reading: a link in a
    // loop (ELOOP) and a link to nothing cannot be read by anyone.
    const loop = join(dir, 'kring.mdo');
    await symlink(loop, loop);
    expect(await openAndCheck(loop, 'symlink loop', true)).toMatchObject({ ok: false, error: { code: 'link-loop' } });
    const dangling = join(dir, 'wees.mdo');
    await symlink(join(dir, 'weg.mdo'), dangling);
    expect(await openAndCheck(dangling, 'dangling symlink', true)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses an empty file', async () => {
    const path = join(dir, 'leeg.mdo');
    await writeFile(path, '');
    expect(await openAndCheck(path, 'empty file', true)).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });
});
