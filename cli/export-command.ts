import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { exportMdoMarkdown } from '../shared/editor/lexical/mdo-markdown';
import { buildAgendaDocument } from '../shared/export/agenda-docx';
import { buildMinutesDocument } from '../shared/export/minutes-docx';
import { packDocx } from '../shared/export/pack-docx';
import { atomicWriteFile } from '../electron/node/atomic-write';
import { exportErrorFor } from '../electron/node/export-errors';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliIo } from './cli-io';
import { printInputError, printWarnings, readMeetingInput } from './meeting-input';

const USAGE = [
  'Gebruik: mdo export BESTAND.mdo|BESTAND.md -o VERSLAG.docx',
  '         mdo export BESTAND.mdo|BESTAND.md --agenda -o AGENDA.docx',
  '         mdo export BESTAND.mdo|BESTAND.md --format md -o OVERLEG.md',
].join('\n');

const FORMATS = ['docx', 'md'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `mdo export`: the minutes (default) or the agenda as Word, or the meeting
 * as MDO-Markdown; the same exports as the app's. A `.md` input is imported
 * first. The output is written atomically: never half a file.
 */
export async function exportCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { agenda: { type: 'boolean' }, format: { type: 'string' }, output: { type: 'string', short: 'o' } },
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
  const format = (values.format ?? 'docx').toLocaleLowerCase('en');
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.err(`Onbekend formaat "${values.format ?? ''}"; kies docx of md.\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.agenda && format !== 'docx') {
    io.err(`De agenda wordt alleen als Word-document gemaakt; laat --format md weg.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const read = await readMeetingInput(input, now);
  if (!read.ok) {
    printInputError(io, input, read.error);
    return EXIT_INVALID;
  }
  printWarnings(io, input, read.value.warnings);
  const { meeting } = read.value;
  const output = values.output;
  const kind: 'agenda' | 'minutes' | 'markdown' = (format as Format) === 'md' ? 'markdown' : values.agenda ? 'agenda' : 'minutes';
  const markdown = kind === 'markdown' ? exportMdoMarkdown(meeting) : null;
  if (markdown && !markdown.ok) {
    printInputError(io, input, markdown.error);
    return EXIT_INVALID;
  }
  try {
    if (markdown) await atomicWriteFile(output, markdown.value);
    else {
      const document =
        kind === 'agenda' ? buildAgendaDocument(meeting, { exportedAt: now() }) : buildMinutesDocument(meeting, { exportedAt: now() });
      await atomicWriteFile(output, await packDocx(document));
    }
  } catch (error) {
    io.err(
      kind === 'markdown'
        ? `Het MDO-Markdown-bestand is niet gemaakt in "${dirname(output)}" (${error instanceof Error && 'code' in error ? String(error.code) : 'onbekende fout'}). Uw overleg is niet veranderd; kies een andere map en probeer het opnieuw.`
        : exportErrorFor(error, output).message,
    );
    return EXIT_INVALID;
  }
  const what = { agenda: 'Agenda', minutes: 'Verslag', markdown: 'MDO-Markdown' }[kind];
  io.out(`${what} geschreven naar ${output}`);
  return EXIT_OK;
}
