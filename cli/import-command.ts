import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { MEETING_FILE_EXTENSION } from '../shared/file/meeting-file';
import { writeMeetingFile } from '../host/storage';
import { mayWriteOutput } from './output-file';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, dutchArgumentError, type CliIo } from './cli-io';
import { isMarkdownPath, printInputError, printWarnings, readMeetingInput } from './meeting-input';

export const IMPORT_USAGE = 'Gebruik: mdo import AGENDA.md -o OVERLEG.mdo [--overschrijven]';

/**
 * `mdo import AGENDA.md -o OVERLEG.mdo`: MDO-Markdown to a meeting file.
 * All or nothing: a file with one problem writes nothing. An existing
 * output is only replaced with --overschrijven (and then kept as `.bak`,
 * as when the app saves).
 */
export async function importCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, overschrijven: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${dutchArgumentError(error)}\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  const { positionals, values } = parsed;
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0 || !values.output) {
    io.err(`Geef precies één MDO-Markdown-bestand en een uitvoerbestand met -o.\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  if (!isMarkdownPath(input)) {
    io.err(`Het invoerbestand moet MDO-Markdown zijn en eindigen op .md.\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  const output = values.output;
  if (extname(output).toLocaleLowerCase('en') !== MEETING_FILE_EXTENSION) {
    io.err(`Het uitvoerbestand moet eindigen op ${MEETING_FILE_EXTENSION}.\n${IMPORT_USAGE}`);
    return EXIT_USAGE;
  }
  const read = await readMeetingInput(input, now);
  if (!read.ok) {
    printInputError(io, input, read.error);
    return EXIT_INVALID;
  }
  if (!(await mayWriteOutput(output, values.overschrijven, io))) return EXIT_USAGE;
  printWarnings(io, input, read.value.warnings);
  const { meeting } = read.value;
  const saved = await writeMeetingFile(output, meeting, { now });
  if (!saved.ok) {
    printInputError(io, output, saved.error);
    return EXIT_INVALID;
  }
  io.out(`Overleg geschreven naar ${output} (${meeting.agendaItems.length} agendapunten, ${meeting.participants.length} deelnemers)`);
  return EXIT_OK;
}
