import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { printInputError, printWarnings, readMeetingInput } from './meeting-input';

/**
 * `mdo validate BESTAND.mdo`: "geldig", or the Dutch errors per field. Reads
 * the file the way the app opens it (limits, links and all); what reading
 * changed (a link made plain text) is said before "geldig". MDO-Markdown
 * (`.md`) is checked as `mdo import` reads it, with errors per line.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0 || file.startsWith('-')) {
    io.err('Gebruik: mdo validate BESTAND.mdo (precies één bestand; MDO-Markdown als BESTAND.md mag ook).');
    return EXIT_USAGE;
  }
  const result = await readMeetingInput(file, () => new Date());
  if (!result.ok) {
    printInputError(io, file, result.error);
    return EXIT_INVALID;
  }
  printWarnings(io, file, result.value.warnings);
  io.out('geldig');
  return EXIT_OK;
}
