import './zod-settings';
import { readMeetingFile } from '../host/storage';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { meetingFileWarnings, printWarnings } from './meeting-input';

/** `mdo validate BESTAND.mdo`: "geldig", or the Dutch errors per field. Reads the file the way the app opens it. */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const [file, ...extra] = args;
  if (file === undefined || extra.length > 0 || file.startsWith('-')) {
    io.err('Gebruik: mdo validate BESTAND.mdo (precies één bestand).');
    return EXIT_USAGE;
  }
  const result = await readMeetingFile(file);
  if (result.ok) {
    printWarnings(io, file, await meetingFileWarnings(file));
    io.out('geldig');
    return EXIT_OK;
  }
  io.err(`${file}: ${result.error.message}`);
  for (const detail of result.error.details ?? []) io.err(`  - ${detail}`);
  return EXIT_INVALID;
}
