import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { CLI_METAFILE, buildCli, cliBuildIsCurrent } from '../../../cli/build.mjs';
import { runCli } from '../../../cli/mdo';

/** What a run of `mdo` gave: the exit code and everything written to stdout and stderr. */
export interface MdoRun {
  code: number;
  stdout: string;
  stderr: string;
}

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
export const MDO_BIN = join(ROOT, 'bin/mdo.js');

let built: Promise<void> | undefined;

/**
 * The built CLI (out/cli), made once per test worker when it is missing or
 * older than its sources, so no timed process includes a build and parallel
 * test files do not each start one.
 */
export function ensureCliBuilt(): Promise<void> {
  built ??= cliBuildIsCurrent() ? Promise.resolve() : buildCli().then(() => undefined);
  return built;
}

/**
 * `mdo` as a user starts it: a real process running bin/mdo.js and the
 * built JavaScript. Only for what needs a process (exit codes, stdout and
 * stderr apart, the installed command); everything else uses mdoHere.
 */
export async function mdo(...args: string[]): Promise<MdoRun> {
  await ensureCliBuilt();
  return processRun(process.execPath, [MDO_BIN, ...args]);
}

/** Any command as a process, e.g. `npm exec --no -- mdo --version`; `env` replaces the environment. */
export async function processRun(file: string, args: string[], env?: NodeJS.ProcessEnv): Promise<MdoRun> {
  try {
    const { stdout, stderr } = await run(file, args, env ? { env } : {});
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as MdoRun;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * A module hook (run by Node before bin/mdo.js) that writes every file the
 * process loads to stderr, one line each: what a command really imports.
 */
const LOADED = 'mdo-test-loaded ';
const LOAD_HOOK = `import { writeSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) writeSync(2, ${JSON.stringify(LOADED)} + url + '\\n');
  return next(url, context);
}`;
const REGISTER_HOOK = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(LOAD_HOOK)}`)});`,
)}`;

/** A run of the built `mdo` and the project files it loaded (paths from the project root, e.g. out/cli/chunks/…). */
export async function mdoLoading(...args: string[]): Promise<MdoRun & { loaded: string[] }> {
  await ensureCliBuilt();
  const result = await processRun(process.execPath, ['--import', REGISTER_HOOK, MDO_BIN, ...args]);
  const lines = result.stderr.split('\n');
  const loaded = lines.filter((line) => line.startsWith(LOADED)).map((line) => relative(ROOT, fileURLToPath(line.slice(LOADED.length))).replaceAll('\\', '/'));
  return { ...result, stderr: lines.filter((line) => !line.startsWith(LOADED)).join('\n'), loaded };
}

/** The sources (project files and packages) bundled into the given built files, from esbuild's metafile. */
export async function sourcesIn(builtFiles: readonly string[]): Promise<string[]> {
  const metafile = JSON.parse(await readFile(CLI_METAFILE, 'utf8')) as Metafile;
  return builtFiles.flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
}

/** The same commands in this process, on real files: for the many checks where starting a process adds only time. */
export async function mdoHere(...args: string[]): Promise<MdoRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(`${line}\n`), err: (line) => err.push(`${line}\n`) }, '0.0.0');
  return { code, stdout: out.join(''), stderr: err.join('') };
}
