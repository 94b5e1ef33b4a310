import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHandlers } from '../../host/handlers';
import { RECOVERY_FOLDER_NAME } from '../../host/recovery';
import { readMeetingFile } from '../../host/storage';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * The case users found, on real processes: open December, Opslaan als
 * January, type in January until the recovery copy is written, and the app
 * is killed; at the next start December is deleted. January's unsaved work
 * must still be offered, and no copy of December's may be. The child is
 * killed at a random moment (also before or during Opslaan als), with the
 * id a renderer holds after Opslaan als either December's (one that does
 * not take the new id over) or January's.
 */

const TRIALS = 120;
const LANES = 4;
const STUCK_CHILD_MS = 10_000;

type IdMode = 'old-id' | 'new-id';

interface Trial {
  newId: string | null;
  typed: number[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

function randomBetween(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

function runTrial(script: string, args: string[], trial: number): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const killSoon = (delay: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
    };
    // One in four is killed at any moment from the start, through Opslaan als; the others while typing.
    const fromStart = trial % 4 === 0;
    if (fromStart) killSoon(randomBetween(0, 1_200));
    const stuck = setTimeout(() => child.kill('SIGKILL'), STUCK_CHILD_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!fromStart && stdout.includes('\nr ')) killSoon(randomBetween(0, 30));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      clearTimeout(stuck);
      let newId: string | null = null;
      const typed: number[] = [];
      for (const line of stdout.split('\n')) {
        const [kind, value] = line.split(' ');
        if (kind === 'a' && value) newId = value;
        if (kind === 'r') typed.push(Number(value));
      }
      resolve({ newId, typed, signal, stderr });
    });
  });
}

describe('Opslaan als, typing, a kill, then deleting the original', () => {
  let dir = '';
  let script = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-save-as-kill-'));
    script = join(dir, 'save-as-typist.mjs');
    // An ES module, as the handlers are (they find the shipped templates through import.meta.dirname).
    await build({
      entryPoints: [join(import.meta.dirname, 'support/save-as-typist.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      banner: { js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);" },
      logLevel: 'warning',
    });
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(`keeps January's unsaved work offered and removes only December's, over ${TRIALS} kills`, async () => {
    const started = performance.now();
    const totals = { typedBeforeKill: 0, copiesOffered: 0, copiesReportCutOff: 0, killedBeforeSaveAs: 0, tempFilesLeft: 0 };
    let next = 1;

    async function trialOnce(trial: number): Promise<void> {
      const idMode: IdMode = trial % 2 === 0 ? 'new-id' : 'old-id';
      const label = `trial ${trial} (${idMode})`;
      const trialDir = join(dir, `proef-${trial}`);
      const libraryDir = join(trialDir, 'MDO');
      const configDir = join(trialDir, 'config');
      await mkdir(libraryDir, { recursive: true });
      const december = join(libraryDir, '2026-12-10 MDO Noor.mdo');
      const january = join(libraryDir, '2027-01-14 MDO Noor.mdo');
      await writeFile(december, serializeMeeting(sampleMeeting()));

      const result = await runTrial(script, [libraryDir, configDir, december, january, idMode], trial);
      expect(result.stderr, `${label}: the child reported no error`).toBe('');
      expect(result.signal, `${label}: the child was killed`).toBe('SIGKILL');
      if (result.newId === null) totals.killedBeforeSaveAs++;
      if (result.typed.length > 0) totals.typedBeforeKill++;

      // The next start: a new session lists the library and deletes December.
      const handlers = createNodeHandlers({
        libraryDir,
        configDir,
        version: 'kill',
        dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
      });
      const listed = await handlers['library:list'](undefined);
      expect(listed.ok && listed.value.some((summary) => summary.path === december), `${label}: December is listed`).toBe(true);
      expect(await handlers['library:delete']({ path: december }), `${label}: December is deleted`).toMatchObject({ ok: true });

      const entries = await handlers['recovery:list'](undefined);
      if (!entries.ok) throw new Error(entries.error.message);
      expect(entries.value.filter((entry) => entry.path === december), `${label}: no copy of December is left`).toEqual([]);
      const januaryCopies = entries.value.filter((entry) => entry.path === january);
      // A copy can be in place while its `r N` line never reached us (killed between the rename and the write to
      // stdout), so what is offered is the last copy reported or the one after it; never an older one, never none.
      const lastReported = result.typed.at(-1) ?? 0;
      if (januaryCopies.length === 0) {
        expect(lastReported, `${label}: nothing offered only when no copy was finished`).toBe(0);
      } else {
        expect(januaryCopies, `${label}: January's unsaved work is offered once`).toHaveLength(1);
        const version = Number(/^Januari, getypt (\d+)$/.exec(januaryCopies[0]!.title)?.[1]);
        expect(version, `${label}: never older than the last finished copy`).toBeGreaterThanOrEqual(Math.max(lastReported, 1));
        expect(version, `${label}: at most the one copy whose report was cut off`).toBeLessThanOrEqual(lastReported + 1);
        // Opslaan als finished before any copy, even when its `a` line was cut off: January on disk has the new id.
        const onDisk = await readMeetingFile(january);
        const newId = result.newId ?? (onDisk.ok ? onDisk.value.id : null);
        const expectedId = idMode === 'new-id' ? newId : sampleMeeting().id;
        expect(januaryCopies[0]!.meetingId, `${label}: the copy has the id the renderer held`).toBe(expectedId);
        if (result.typed.length === 0) totals.copiesReportCutOff++;
        totals.copiesOffered++;
      }
      if (result.newId !== null) {
        const onDisk = await readMeetingFile(january);
        expect(onDisk.ok && onDisk.value.id, `${label}: January is a meeting of its own`).toBe(result.newId);
        expect(result.newId).not.toBe(sampleMeeting().id);
      }

      // A kill may leave temp files of a copy: hidden, and readable by the user alone.
      const herstel = join(configDir, RECOVERY_FOLDER_NAME);
      for (const name of (await readdir(herstel).catch(() => [] as string[])).filter((entry) => entry.endsWith('.tmp'))) {
        expect(name.startsWith('.'), `${label}: ${name} is hidden`).toBe(true);
        if (process.platform !== 'win32') expect((await stat(join(herstel, name))).mode & 0o777, `${label}: ${name}`).toBe(0o600);
        totals.tempFilesLeft++;
      }
      await rm(trialDir, { recursive: true, force: true });
    }

    await Promise.all(
      Array.from({ length: LANES }, async () => {
        for (let trial = next++; trial <= TRIALS; trial = next++) await trialOnce(trial);
      }),
    );

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `save-as-kill: ${TRIALS} kills in ${seconds} s, ${totals.typedBeforeKill} after at least one recovery copy (${totals.copiesOffered} offered after deleting December, ${totals.copiesReportCutOff} of them killed before the first report), ` +
        `${totals.killedBeforeSaveAs} before Opslaan als finished, ${totals.tempFilesLeft} temp files left (all 0600)`,
    );
    expect(totals.typedBeforeKill).toBeGreaterThan(TRIALS / 2);
  }, 300_000);
});
