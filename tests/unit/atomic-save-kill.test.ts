import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../../shared/meeting/meeting-file';
import { versionedMeeting } from './support/versioned-meeting';

/**
 * Kills a saving process at random moments, hundreds of times, and checks
 * that the file on disk is always one complete version. The saver is bundled
 * once into a plain .mjs: starting `node` on it is several times faster than
 * starting it through tsx, which keeps 200+ trials within the time budget.
 */

const TRIALS = 200;
/** Each trial's versions start here, so versions never repeat across trials. */
const VERSIONS_PER_TRIAL = 100_000;

interface Trial {
  /** Versions whose save had returned before the kill. */
  completed: number[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

function randomBetween(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

/**
 * One child saving from `first` on. Most trials wait until a save has
 * completed and then kill within a few saves' time, to land mid-write; every
 * fifth kills at a random moment from the start, to also hit the first write.
 */
function runTrial(saver: string, target: string, first: number, trial: number): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saver, target, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const completed: number[] = [];
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const killSoon = (delay: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
    };
    const fromStart = trial % 5 === 0;
    if (fromStart) killSoon(randomBetween(0, 160));

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!fromStart) killSoon(randomBetween(0, 25));
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      for (const line of stdout.split('\n')) if (line.trim() !== '') completed.push(Number(line));
      resolve({ completed, signal, stderr });
    });
  });
}

/** The version number in a file, after checking the file is exactly that complete version. */
function versionIn(text: string, label: string): number {
  const parsed = parseMeetingFile(text);
  if (!parsed.ok) throw new Error(`${label} is not a valid meeting file: ${parsed.error.message}`);
  const match = /^Versie (\d+)$/.exec(parsed.value.title);
  if (!match) throw new Error(`${label} has an unexpected title: ${parsed.value.title}`);
  const version = Number(match[1]);
  expect(parsed.value, `${label} equals version ${version} in every field`).toEqual(versionedMeeting(version));
  return version;
}

describe('saving when the process is killed at a random moment', () => {
  let dir = '';
  let saver = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-kill-'));
    saver = join(dir, 'atomic-saver.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'support/atomic-saver.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: saver,
      logLevel: 'warning',
    });
  }, 30_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(`always leaves one complete version at the target, over ${TRIALS} kills`, async () => {
    const target = join(dir, 'overleg.mdo');
    let onDisk = 0;
    let killedMidRun = 0;

    for (let trial = 1; trial <= TRIALS; trial++) {
      const result = await runTrial(saver, target, trial * VERSIONS_PER_TRIAL, trial);
      expect(result.stderr, `trial ${trial}: the saver reported no error`).toBe('');
      expect(result.signal, `trial ${trial}: the saver was killed`).toBe('SIGKILL');
      if (result.completed.length > 0) killedMidRun++;

      let text: string;
      try {
        text = await readFile(target, 'utf8');
      } catch {
        // Only possible when no save ever finished: killed before the very first rename.
        expect(onDisk, `trial ${trial}: the target disappeared after a save`).toBe(0);
        continue;
      }
      const version = versionIn(text, `trial ${trial}: target`);
      const lastCompleted = result.completed.at(-1) ?? 0;
      expect(version, `trial ${trial}: never older than the last completed save`).toBeGreaterThanOrEqual(Math.max(onDisk, lastCompleted));
      onDisk = version;

      const backup = await readFile(`${target}.bak`, 'utf8').catch(() => null);
      if (backup !== null) {
        // Equal when the kill came between writing the .bak and replacing the target.
        expect(versionIn(backup, `trial ${trial}: .bak`), `trial ${trial}: .bak is not newer than the target`).toBeLessThanOrEqual(version);
      }
    }

    const leftovers = (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
    // Temp files a kill leaves behind are harmless (hidden, never listed); they are counted, not failed.
    console.info(
      `atomic-save-kill: ${TRIALS} kills, ${killedMidRun} after at least one completed save, ${leftovers.length} temp files left behind`,
    );
    expect(leftovers.every((name) => name.startsWith('.overleg.mdo.'))).toBe(true);
    expect(killedMidRun).toBeGreaterThan(TRIALS / 2);
  }, 120_000);
});
