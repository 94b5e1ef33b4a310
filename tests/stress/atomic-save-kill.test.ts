import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { access, constants as fsConstants, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecoveryStore, RECOVERY_FOLDER_NAME } from '../../host/recovery';
import { backupPathFor, readMeetingFile, writeMeetingFile } from '../../host/storage';
import { parseMeetingFile } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { RECOVERY_VERSION_OFFSET, recoveryVersion, unsavedTyping } from './support/unsaved-typing';
import { versionedMeeting } from '../unit/support/versioned-meeting';

/**
 * Kills a saving process at random moments, hundreds of times, and checks
 * that the file on disk is always one complete version and that the
 * recovery copy always restores the unsaved typing. Half the trials run an
 * autosave (recovery copy) and an explicit save of other versions at the
 * same time, as when Opslaan is pressed while an autosave is running.
 *
 * Speed: most of a trial is starting a process. The saver is bundled once
 * into a plain script (several times faster to start than through tsx) and,
 * where Node can, into a V8 startup snapshot with its modules already
 * loaded; trials run in a few lanes at once, each with its own folder,
 * since the rest is mostly waiting for the disk.
 *
 * Waiting for the disk is what makes a trial slow (each save flushes four
 * times), and it is not what a kill tests: the page cache outlives a killed
 * process, so what it leaves behind depends only on which system calls ran.
 * So one lane runs on the real disk and the others, where there is one, on
 * a RAM disk (/dev/shm); lanes take the next trial when they are free, so
 * the fast ones do most of the trials.
 */

const TRIALS = 500;
const LANES = 4;
/** Each trial's versions start here, so versions never repeat across trials. */
const VERSIONS_PER_TRIAL = 100_000;
/** Kill a child after this long even when it reported nothing; its trial still counts. */
const STUCK_CHILD_MS = 10_000;
/** One in this many trials also restores the recovery copy through a real save and reopen. */
const RESTORE_EVERY = 10;

type Mode = 'save' | 'overlap';

interface Trial {
  /** Save versions whose save had returned before the kill. */
  saved: number[];
  /** Recovery versions whose write had returned before the kill. */
  recovered: number[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

function randomBetween(min: number, max: number): number {
  return min + Math.random() * (max - min);
}

/**
 * One child writing from `first` on. Most trials wait until a step has
 * completed and then kill within a few steps' time, to land mid-write;
 * every fifth kills at a random moment from the start, to also hit the
 * first write.
 */
function runTrial(saver: readonly string[], mode: Mode, target: string, configDir: string, first: number, trial: number): Promise<Trial> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...saver, mode, target, configDir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const killSoon = (delay: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delay);
    };
    const fromStart = trial % 5 === 0;
    if (fromStart) killSoon(randomBetween(0, 100));
    // A child that never reports a finished write (stuck on a full or slow disk) is killed anyway.
    const stuck = setTimeout(() => child.kill('SIGKILL'), STUCK_CHILD_MS);

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
      clearTimeout(stuck);
      const saved: number[] = [];
      const recovered: number[] = [];
      for (const line of stdout.split('\n')) {
        const [kind, version] = line.split(' ');
        if (kind === 's') saved.push(Number(version));
        if (kind === 'r') recovered.push(Number(version));
      }
      resolve({ saved, recovered, signal, stderr });
    });
  });
}

/** The version number in a file, after checking the file is exactly that complete version. */
function versionIn(text: string, label: string): number {
  const parsed = parseMeetingFile(text);
  if (!parsed.ok) throw new Error(`${label} is not a valid meeting file: ${parsed.error.message}`);
  const version = versionOf(parsed.value, label);
  expect(parsed.value, `${label} equals version ${version} in every field`).toEqual(versionedMeeting(version));
  return version;
}

function versionOf(meeting: Meeting, label: string): number {
  const match = /^Versie (\d+)$/.exec(meeting.title);
  if (!match) throw new Error(`${label} has an unexpected title: ${meeting.title}`);
  return Number(match[1]);
}

function notesText(meeting: Meeting): string {
  return JSON.stringify(meeting.agendaItems.map((item) => item.notes));
}

/** A RAM disk for the fast lanes, or null where there is none (macOS, Windows). */
async function ramDisk(): Promise<string | null> {
  if (process.platform !== 'linux') return null;
  try {
    await access('/dev/shm', fsConstants.W_OK);
    return '/dev/shm';
  } catch {
    return null;
  }
}

interface LaneState {
  /** Where the lane's files live, for the summary. */
  kind: 'disk' | 'ram';
  trials: number;
  target: string;
  configDir: string;
  /** The newest save version found at the target after a trial; 0 before the first. */
  onDisk: number;
  /** The newest recovery version found after a trial; 0 before the first. */
  recoveryOnDisk: number;
}

interface Totals {
  overlapTrials: number;
  killedMidRun: number;
  recoveryCopiesChecked: number;
  restored: number;
}

describe('saving when the process is killed at a random moment', () => {
  let dir = '';
  let ramDir: string | null = null;
  /** The arguments for `node` that start the saver, before its own. */
  let saver: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-kill-'));
    const bundle = join(dir, 'overlap-saver.cjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'support/overlap-saver.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: bundle,
      logLevel: 'warning',
    });
    const snapshot = join(dir, 'overlap-saver.blob');
    try {
      await promisify(execFile)(process.execPath, ['--snapshot-blob', snapshot, '--build-snapshot', bundle], { timeout: 60_000 });
      saver = ['--snapshot-blob', snapshot];
    } catch (error) {
      // An older or stricter Node without user-land snapshots: the plain bundle works, only slower.
      console.info(`atomic-save-kill: no startup snapshot (${String(error).split('\n')[0]}), starting the plain bundle`);
      saver = [bundle];
    }
  }, 90_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    if (ramDir) await rm(ramDir, { recursive: true, force: true });
  });

  /** Everything one killed trial must leave behind: one complete .mdo version, and a recovery copy that restores. */
  async function checkTrial(lane: LaneState, mode: Mode, result: Trial, label: string, totals: Totals): Promise<void> {
    expect(result.stderr, `${label}: the saver reported no error`).toBe('');
    expect(result.signal, `${label}: the saver was killed`).toBe('SIGKILL');
    if (result.saved.length + result.recovered.length > 0) totals.killedMidRun++;

    // Read as the Openen button reads it; only a kill before the very first rename leaves no file.
    const opened = await readMeetingFile(lane.target);
    if (!opened.ok) {
      expect(opened.error.code, `${label}: the target opens (${opened.error.message})`).toBe('not-found');
      expect(lane.onDisk, `${label}: the target disappeared after a save`).toBe(0);
    } else {
      const version = versionOf(opened.value, `${label}: target`);
      expect(opened.value, `${label}: target equals version ${version} in every field`).toEqual(versionedMeeting(version));
      expect(version, `${label}: never older than the last completed save`).toBeGreaterThanOrEqual(
        Math.max(lane.onDisk, result.saved.at(-1) ?? 0),
      );
      lane.onDisk = version;
      const backup = await readFile(backupPathFor(lane.target), 'utf8').catch(() => null);
      if (backup !== null) {
        // Equal when the kill came between writing the .bak and replacing the target.
        expect(versionIn(backup, `${label}: .bak`), `${label}: .bak is not newer than the target`).toBeLessThanOrEqual(version);
      }
    }

    if (mode === 'overlap') await checkRecovery(lane, result, label, totals);
  }

  /** The recovery copy, read as the start screen reads it, is one complete recovery version with the unsaved typing. */
  async function checkRecovery(lane: LaneState, result: Trial, label: string, totals: Totals): Promise<void> {
    const entries = await createRecoveryStore(lane.configDir).list();
    if (entries.length === 0) {
      expect(lane.recoveryOnDisk, `${label}: the recovery copy disappeared`).toBe(0);
      expect(result.recovered, `${label}: a finished recovery write left no copy`).toEqual([]);
      return;
    }
    expect(entries, `${label}: one recovery copy for the one meeting`).toHaveLength(1);
    const entry = entries[0]!;
    const version = versionOf(entry.meeting, `${label}: recovery copy`);
    expect(version, `${label}: the recovery copy is a recovery version`).toBeGreaterThan(RECOVERY_VERSION_OFFSET);
    expect(entry.meeting, `${label}: the recovery copy equals recovery version ${version}`).toEqual(recoveryVersion(version));
    expect(version, `${label}: the recovery copy is never older than the last finished autosave`).toBeGreaterThanOrEqual(
      Math.max(lane.recoveryOnDisk, result.recovered.at(-1) ?? 0),
    );
    expect(notesText(entry.meeting), `${label}: the recovery copy holds the unsaved typing`).toContain(unsavedTyping(version));
    expect(entry.path, `${label}: the recovery copy names its file`).toBe(lane.target);
    lane.recoveryOnDisk = version;
    totals.recoveryCopiesChecked++;

    if (totals.recoveryCopiesChecked % RESTORE_EVERY === 0) {
      // Restoring: save the copy as a new file and open that, as the user would.
      const restoredPath = join(dir, `hersteld-${totals.recoveryCopiesChecked}.mdo`);
      expect((await writeMeetingFile(restoredPath, entry.meeting)).ok, `${label}: the copy can be saved`).toBe(true);
      const reopened = await readMeetingFile(restoredPath);
      expect(reopened.ok && notesText(reopened.value), `${label}: the restored file has the unsaved typing`).toContain(
        unsavedTyping(version),
      );
      await rm(restoredPath);
      totals.restored++;
    }
  }

  it(`always leaves one complete version at the target and a recovery copy that restores, over ${TRIALS} kills`, async () => {
    const started = performance.now();
    const totals: Totals = { overlapTrials: 0, killedMidRun: 0, recoveryCopiesChecked: 0, restored: 0 };
    const ram = await ramDisk();
    ramDir = ram ? await mkdtemp(join(ram, 'mdo-kill-')) : null;
    const lanes: LaneState[] = [];
    for (let index = 0; index < LANES; index++) {
      const kind = index === 0 || !ramDir ? 'disk' : 'ram';
      const laneDir = join(kind === 'disk' ? dir : ramDir!, `baan-${index}`);
      await mkdir(laneDir);
      lanes.push({ kind, trials: 0, target: join(laneDir, 'overleg.mdo'), configDir: join(laneDir, 'config'), onDisk: 0, recoveryOnDisk: 0 });
    }

    let next = 1;
    async function runLane(lane: LaneState): Promise<void> {
      for (let trial = next++; trial <= TRIALS; trial = next++) {
        // Odd and even alternate per lane too: every lane sees both modes.
        const mode: Mode = trial % 2 === 0 ? 'overlap' : 'save';
        if (mode === 'overlap') totals.overlapTrials++;
        lane.trials++;
        const result = await runTrial(saver, mode, lane.target, lane.configDir, trial * VERSIONS_PER_TRIAL, trial);
        await checkTrial(lane, mode, result, `trial ${trial} (${mode}, ${lane.kind})`, totals);
      }
    }
    await Promise.all(lanes.map(runLane));

    const leftovers: string[] = [];
    for (const lane of lanes) {
      const laneDir = join(lane.target, '..');
      const recoveryDir = join(lane.configDir, RECOVERY_FOLDER_NAME);
      for (const folder of [laneDir, recoveryDir]) {
        for (const name of (await readdir(folder).catch(() => [] as string[])).filter((entry) => entry.endsWith('.tmp'))) {
          leftovers.push(name);
          // Cut off mid-write, a temp file holds the child's data: readable by the user alone from its first byte.
          if (process.platform !== 'win32') expect((await stat(join(folder, name))).mode & 0o777, name).toBe(0o600);
        }
      }
      if (process.platform !== 'win32') {
        expect((await stat(lane.target)).mode & 0o777, 'the meeting file').toBe(0o600);
        expect((await stat(recoveryDir)).mode & 0o777, 'the recovery folder').toBe(0o700);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const laneSummary = lanes.map((lane) => `${lane.trials} on ${lane.kind === 'disk' ? 'disk' : 'RAM disk'}`).join(', ');
    // Temp files a kill leaves behind are harmless (hidden, never listed); they are counted, not failed.
    console.info(
      `atomic-save-kill: ${TRIALS} kills in ${seconds} s (${laneSummary}), ${totals.overlapTrials} with autosave and save overlapping, ` +
        `${totals.killedMidRun} after at least one finished write, ${totals.recoveryCopiesChecked} recovery copies checked, ` +
        `${totals.restored} restored through save and open, ${leftovers.length} temp files left behind`,
    );
    expect(leftovers.every((name) => name.startsWith('.'))).toBe(true);
    expect(totals.killedMidRun).toBeGreaterThan(TRIALS / 2);
    expect(totals.recoveryCopiesChecked).toBeGreaterThan(TRIALS / 4);
  }, 600_000);
});
