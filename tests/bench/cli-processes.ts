/**
 * `mdo` as a user starts it, timed as whole processes: `mdo --help` beside
 * a bare `node -e 0`, and `mdo export` of the big meeting beside pandoc
 * writing the same meeting's MDO-Markdown to Word. Each pair runs
 * alternately (A B A B …) so a busy machine slows both sides alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { BIG_MEETING_SIZE, bigMeeting, wordsInNotes } from './big-meeting';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/mdo.js');

export interface ProcessFigure {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

interface Command {
  name: string;
  file: string;
  args: string[];
}

/** One run of a process, in milliseconds; a failing run stops the bench (a fast failure is no figure). */
function timeOnce(command: Command, cwd: string): number {
  const start = performance.now();
  const result = spawnSync(command.file, command.args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${command.name} failed (exit ${result.status ?? result.signal}):\n${result.stderr || result.error?.message}`);
  }
  return elapsed;
}

function figure(name: string, times: number[]): ProcessFigure {
  const sorted = [...times].sort((a, b) => a - b);
  // Nearest rank: with 11 runs the p95 is the slowest run.
  const at = (fraction: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1)] ?? 0;
  return { name, runs: sorted.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

/** Runs the commands in turn (A B A B …), after one untimed run of each (file cache, build check). */
function alternately(commands: Command[], runs: number, cwd: string): ProcessFigure[] {
  for (const command of commands) timeOnce(command, cwd);
  const times = commands.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach((command, index) => times[index]!.push(timeOnce(command, cwd)));
  }
  return commands.map((command, index) => figure(command.name, times[index]!));
}

function findPandoc(): string | null {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, process.platform === 'win32' ? 'pandoc.exe' : 'pandoc');
    if (folder && existsSync(candidate)) return candidate;
  }
  return null;
}

function mdo(name: string, ...args: string[]): Command {
  return { name, file: process.execPath, args: [BIN, ...args] };
}

/** Prints the figures and the ratio; `dir` is a scratch folder for big.mdo and its exports. */
export async function benchCliProcesses(dir: string, runs = 11): Promise<void> {
  const meeting = bigMeeting();
  await writeFile(join(dir, 'big.mdo'), serializeMeeting(meeting));
  // Builds out/cli first if it is missing or stale, so no timed run includes a build.
  timeOnce(mdo('mdo --version', '--version'), dir);
  timeOnce(mdo('mdo export --format md', 'export', 'big.mdo', '--format', 'md', '-o', 'big.mdo.md'), dir);
  console.log(
    `\nWhole processes (${runs} runs each, alternating). Big meeting: ${meeting.agendaItems.length} items, ` +
      `${BIG_MEETING_SIZE.decisions} decisions, ${BIG_MEETING_SIZE.actions} actions, ${wordsInNotes(meeting)} words of notes`,
  );
  const [bare, help] = alternately([{ name: 'node -e 0', file: process.execPath, args: ['-e', '0'] }, mdo('mdo --help', '--help')], runs, dir);
  const exportBig = mdo('mdo export big.mdo -o big.docx', 'export', 'big.mdo', '-o', 'big.docx');
  const pandoc = findPandoc();
  let ratio: string;
  let exports: ProcessFigure[];
  if (pandoc) {
    exports = alternately([exportBig, { name: 'pandoc big.mdo.md -o big.docx', file: pandoc, args: ['big.mdo.md', '-o', 'big-pandoc.docx'] }], runs, dir);
    ratio = `mdo export / pandoc (medians): ${(exports[0]!.medianMs / exports[1]!.medianMs).toFixed(2)} (target ≤ 0.75)`;
  } else {
    exports = alternately([exportBig], runs, dir);
    ratio = 'pandoc not found on PATH: the comparison with pandoc is skipped (apt-get install pandoc).';
  }
  const figures = [bare!, help!, ...exports];
  console.log('name'.padEnd(34), 'runs'.padStart(6), 'median ms'.padStart(11), 'p95 ms'.padStart(9));
  for (const { name, runs: count, medianMs, p95Ms } of figures) {
    console.log(name.padEnd(34), String(count).padStart(6), medianMs.toFixed(1).padStart(11), p95Ms.toFixed(1).padStart(9));
  }
  console.log(`mdo --help: ${(help!.medianMs - bare!.medianMs).toFixed(1)} ms above a bare node start (target: --help ≤ 150 ms)`);
  console.log(ratio);
}
