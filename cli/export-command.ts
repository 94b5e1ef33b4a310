import { parseArgs } from 'node:util';
import { buildAgendaDocument } from '../shared/export/agenda-docx';
import { packDocx } from '../shared/export/pack-docx';
import { atomicWriteFile } from '../electron/node/atomic-write';
import { exportErrorFor } from '../electron/node/export-errors';
import { readMeetingFile } from '../electron/node/storage';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';

const USAGE = 'Gebruik: mdo export BESTAND.mdo --agenda -o UITVOER.docx';

/** `mdo export FILE.mdo --agenda -o agenda.docx`: the same export as the app's. */
export async function exportCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { agenda: { type: 'boolean' }, output: { type: 'string', short: 'o' } },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { positionals, values } = parsed;
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0 || !values.output) {
    io.err(`Geef precies één invoerbestand en een uitvoerbestand met -o.\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (!values.agenda) {
    io.err(`Het verslag exporteren kan nog niet; gebruik --agenda voor de agenda.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const meeting = await readMeetingFile(input);
  if (!meeting.ok) {
    io.err(`${input}: ${meeting.error.message}`);
    for (const detail of meeting.error.details ?? []) io.err(`  - ${detail}`);
    return EXIT_INVALID;
  }
  const bytes = await packDocx(buildAgendaDocument(meeting.value, { exportedAt: now() }));
  try {
    await atomicWriteFile(values.output, bytes);
  } catch (error) {
    io.err(exportErrorFor(error, values.output).message);
    return EXIT_INVALID;
  }
  io.out(`Agenda geschreven naar ${values.output}`);
  return EXIT_OK;
}
