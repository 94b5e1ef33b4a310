/** The `.mdo` file the OS or the user passed on the command line, if any. */
export function findMeetingFileArg(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith('.mdo')) return arg;
  }
  return null;
}
