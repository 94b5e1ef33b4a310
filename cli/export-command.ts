import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { exportMdoMarkdown } from '../shared/editor/lexical/mdo-markdown';
import { buildAgendaDocument } from '../shared/export/agenda-docx';
import { readHouseStyle, type HouseStyle } from '../shared/export/house-style';
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
  '         (bij Word: --huisstijl HUISSTIJL.docx voor de opmaakprofielen van uw organisatie)',
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
      options: {
        agenda: { type: 'boolean' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        huisstijl: { type: 'string' },
      },
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
      const houseStyle = values.huisstijl ? await readHouseStyleFile(values.huisstijl, io) : undefined;
      const options = { exportedAt: now(), houseStyle };
      const document = kind === 'agenda' ? buildAgendaDocument(meeting, options) : buildMinutesDocument(meeting, options);
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

/** The house style given with --huisstijl; one that cannot be used is reported and the default is used. */
async function readHouseStyleFile(path: string, io: CliIo): Promise<HouseStyle | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    io.err(`Het huisstijlbestand "${path}" is niet gevonden of niet leesbaar; het document wordt gemaakt met de standaardopmaak.`);
    return undefined;
  }
  const read = readHouseStyle(bytes, basename(path));
  if (read.ok) return read.value;
  io.err(read.error.message);
  return undefined;
}
