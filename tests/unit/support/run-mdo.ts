import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../../cli/mdo';

/** What a run of `mdo` gave: the exit code and everything written to stdout and stderr. */
export interface MdoRun {
  code: number;
  stdout: string;
  stderr: string;
}

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../../bin/mdo.js');

/** `mdo` as a user starts it: a real process through bin/mdo.js. */
export async function mdo(...args: string[]): Promise<MdoRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as MdoRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The same commands in this process, on real files: for the many checks where starting a process adds only time. */
export async function mdoHere(...args: string[]): Promise<MdoRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(`${line}\n`), err: (line) => err.push(`${line}\n`) }, '0.0.0');
  return { code, stdout: out.join(''), stderr: err.join('') };
}
