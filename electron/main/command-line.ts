import { resolve } from 'node:path';

/**
 * The `.mdo` file the OS or the user passed on the command line, if any, as
 * an absolute path: a name typed in a terminal is relative to the folder
 * the command ran in, which a second start passes along.
 */
export function findMeetingFileArg(argv: readonly string[], workingDirectory = process.cwd()): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith('.mdo')) return resolve(workingDirectory, arg);
  }
  return null;
}
