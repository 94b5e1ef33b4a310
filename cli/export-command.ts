import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { FileStamp } from '../shared/ipc/contract';
import type { ExportDocument, Meeting } from '../shared/meeting/meeting-schema';
import { audienceLabel } from '../shared/privacy/audience';
import { exportLogEntry, type ExportOptions } from '../shared/privacy/export-options';
import { atomicWriteFile } from '../host/atomic-write';
import { exportErrorFor } from '../host/export-errors';
import { readMeetingFile, writeMeetingFile } from '../host/storage';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, dutchArgumentError, type CliIo } from './cli-io';
import { isMarkdownPath, printInputError, readMeetingReported, resolveAudience } from './meeting-input';

const USAGE = [
  'Gebruik: mdo export BESTAND.mdo|BESTAND.md -o VERSLAG.docx',
  '         mdo export BESTAND.mdo|BESTAND.md --agenda -o AGENDA.docx',
  '         mdo export BESTAND.mdo|BESTAND.md --format md -o OVERLEG.md',
  '         mdo export BESTAND.mdo|BESTAND.md [--agenda] --pdf -o VERSLAG.pdf   (zelfde kopie als Word, als PDF;',
  '          nodig: Chromium of Google Chrome, of MDO_CHROMIUM=PAD)',
  '         (het bestand krijgt precies de naam na -o, ook bij een kopie met --voor)',
  '         mdo export BESTAND.mdo --voor ouders --voorbeeld   (laat zien wat de kopie weglaat; schrijft niets)',
  '         (met --pseudoniem: vindt de controle daarna nog een naam, dan wordt niets geschreven, tenzij --toch)',
  '         (bij Word: --huisstijl HUISSTIJL.docx voor de opmaakprofielen van uw organisatie,',
  '          --voor ouders|professionals|volledig|"NAAM DEELNEMER" voor een kopie per ontvanger,',
  '          --pseudoniem [ALIAS] en --pseudoniem-ouders om namen te vervangen)',
].join('\n');

const ALIAS_MAX = 100;

/**
 * `--pseudoniem` takes an optional alias, which parseArgs cannot express:
 * a bare `--pseudoniem` (last, or followed by an option or a file name)
 * becomes `--pseudoniem=` (initials). Use `--pseudoniem=ALIAS` to be sure.
 */
export function withOptionalAlias(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      out.push(...args.slice(index));
      break;
    }
    if (arg !== '--pseudoniem') {
      out.push(arg);
      continue;
    }
    const next = args[index + 1];
    const isAlias = next !== undefined && !next.startsWith('-') && !/\.(mdo|md|markdown|docx|pdf)$/i.test(next);
    out.push(isAlias ? `--pseudoniem=${next}` : '--pseudoniem=');
    if (isAlias) index++;
  }
  return out;
}

const FORMATS = ['docx', 'md', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `mdo export`: the minutes (default) or the agenda as Word, or the meeting
 * as MDO-Markdown; the same exports as the app's. A `.md` input is imported
 * first. The output is written atomically: never half a file.
 * The Markdown writer, the Word builder and the PDF printing are imported
 * only for their own format: a Word export of a `.mdo` loads no Markdown
 * parser, `--format md` loads no docx, and only `--pdf` looks for Chromium.
 * A PDF is the same copy as the Word document (--voor, --pseudoniem, the
 * final scan), printed by a Chromium or Google Chrome of this computer.
 */
export async function exportCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: withOptionalAlias(args),
      allowPositionals: true,
      options: {
        agenda: { type: 'boolean' },
        format: { type: 'string' },
        pdf: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        huisstijl: { type: 'string' },
        voor: { type: 'string' },
        pseudoniem: { type: 'string' },
        'pseudoniem-ouders': { type: 'boolean' },
        voorbeeld: { type: 'boolean' },
        toch: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`${dutchArgumentError(error)}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { positionals, values } = parsed;
  const [input, ...extra] = positionals;
  const previewOnly = values.voorbeeld ?? false;
  if (input === undefined || extra.length > 0 || (!values.output && !previewOnly)) {
    io.err(`Geef precies één invoerbestand en een uitvoerbestand met -o.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const format = (values.format ?? (values.pdf ? 'pdf' : 'docx')).toLocaleLowerCase('en');
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.err(`Onbekend formaat "${values.format ?? ''}"; kies docx, pdf of md.\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.pdf && format !== 'pdf') {
    io.err(`Kies één formaat: --pdf of --format ${format}.\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (format === 'pdf' && values.huisstijl !== undefined) {
    io.err(`--huisstijl geldt alleen voor Word: de PDF heeft een vaste opmaak. Laat --huisstijl weg.\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (values.agenda && format === 'md') {
    io.err(`De agenda wordt alleen als Word-document of PDF gemaakt; laat --format md weg.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const alias = values.pseudoniem?.trim() ?? '';
  if (alias.length > ALIAS_MAX) {
    io.err(`Het pseudoniem is te lang (hoogstens ${ALIAS_MAX} tekens).\n${USAGE}`);
    return EXIT_USAGE;
  }
  const voor = values.voor?.trim();
  if (voor === '') {
    io.err(`Geef bij --voor aan voor wie de kopie is: ouders, professionals, volledig of de naam van een deelnemer.\n${USAGE}`);
    return EXIT_USAGE;
  }
  const pseudonym = { child: values.pseudoniem !== undefined, childAlias: alias, parents: values['pseudoniem-ouders'] ?? false };
  if (format === 'md' && ((voor !== undefined && voor.toLocaleLowerCase('nl') !== 'volledig') || pseudonym.child || pseudonym.parents)) {
    io.err(
      `Een kopie per ontvanger of met vervangen namen kan alleen als Word-document of PDF: MDO-Markdown bevat altijd het volledige overleg. Laat --format md weg, of laat --voor en --pseudoniem weg.\n${USAGE}`,
    );
    return EXIT_USAGE;
  }
  const read = await readMeetingReported(input, io, now);
  if (!read) return EXIT_INVALID;
  const { meeting } = read;
  const audience = resolveAudience(voor, meeting.participants);
  if (!audience.ok) {
    io.err(audience.message);
    return EXIT_USAGE;
  }
  const exportOptions: ExportOptions = { audience: audience.value, pseudonym };
  const kindOfPreview = values.agenda ? 'agenda' : 'verslag';
  if (previewOnly) {
    // Nothing is written and nothing is logged: the preview is for looking before exporting.
    const { copyPreview, previewLines } = await import('../shared/export/copy-preview');
    for (const line of previewLines(copyPreview(meeting, exportOptions, kindOfPreview))) io.out(line);
    return EXIT_OK;
  }
  if (exportOptions.audience.kind !== 'volledig') {
    const { copyPreview } = await import('../shared/export/copy-preview');
    for (const warning of copyPreview(meeting, exportOptions, kindOfPreview).warnings) io.err(`Let op: ${warning}`);
  }
  const output = values.output ?? '';
  const kind: 'agenda' | 'minutes' | 'markdown' = (format as Format) === 'md' ? 'markdown' : values.agenda ? 'agenda' : 'minutes';
  const pdf = (format as Format) === 'pdf';
  const markdown = kind === 'markdown' ? (await import('../shared/markdown/mdo-markdown')).exportMdoMarkdown(meeting) : null;
  if (markdown && !markdown.ok) {
    printInputError(io, input, markdown.error);
    return EXIT_INVALID;
  }
  try {
    if (markdown) await atomicWriteFile(output, markdown.value);
    else if (pdf) {
      const { pdfBytes } = await import('./export-pdf');
      const bytes = await pdfBytes({ agenda: kind === 'agenda', meeting, exportedAt: now(), options: exportOptions, anyway: values.toch ?? false }, io);
      if (!bytes) return EXIT_INVALID;
      await atomicWriteFile(output, bytes);
    } else {
      const { docxBytes } = await import('./export-docx');
      const request = { agenda: kind === 'agenda', meeting, exportedAt: now(), options: exportOptions, houseStylePath: values.huisstijl };
      const bytes = await docxBytes(request, io);
      if (!(await namesLeftOut(bytes, meeting, exportOptions, values.toch ?? false, io))) return EXIT_INVALID;
      await atomicWriteFile(output, bytes);
    }
  } catch (error) {
    io.err(
      kind === 'markdown'
        ? `Het MDO-Markdown-bestand is niet gemaakt in "${dirname(output)}" (${error instanceof Error && 'code' in error ? String(error.code) : 'onbekende fout'}). Uw overleg is niet veranderd; kies een andere map en probeer het opnieuw.`
        : pdf
          ? exportErrorFor(error, output).message.replace('Het Word-bestand is', 'De PDF is').replace('een eerder Word-bestand', 'een eerdere PDF')
          : exportErrorFor(error, output).message,
    );
    return EXIT_INVALID;
  }
  const what = { agenda: 'Agenda', minutes: 'Verslag', markdown: 'MDO-Markdown' }[kind];
  io.out(`${what}${pdf ? ' als PDF' : ''}${copyDescription(exportOptions, meeting, kind)} geschreven naar ${output}`);
  if (markdown) {
    const { leftOutOfMarkdown } = await import('../shared/markdown/left-out');
    const leftOut = leftOutOfMarkdown(meeting);
    if (leftOut.length > 0) io.err(`Let op: niet in het MDO-Markdown-bestand, alleen in ${basename(input)}: ${leftOut.join('; ')}.`);
  }
  if (isMarkdownPath(input)) return EXIT_OK;
  const document: ExportDocument = { agenda: 'agenda', minutes: 'verslag', markdown: 'mdo-markdown' }[kind] as ExportDocument;
  return recordExport(input, { meeting, stamp: read.stamp }, document, exportOptions, output, io, now);
}

/**
 * The final scan of a copy with replaced names: every part of the .docx
 * (text, headers, footers, properties, link targets) is read for anything
 * still close to a replaced name. What it finds is printed; a name the
 * replacing missed stops the export (nothing is written) unless --toch.
 */
async function namesLeftOut(bytes: Uint8Array, meeting: Meeting, options: ExportOptions, anyway: boolean, io: CliIo): Promise<boolean> {
  if (!options.pseudonym.child && !options.pseudonym.parents) return true;
  const { isNameMiss, residueMessage, scanDocxForNames } = await import('../shared/privacy/name-scan');
  const found = scanDocxForNames(bytes, meeting, options.pseudonym);
  for (const residue of found) io.err(`Let op: ${residueMessage(residue)}`);
  if (!found.some(isNameMiss) || anyway) return true;
  io.err('Er is niets geschreven: de kopie bevat nog iets dat op een vervangen naam lijkt. Pas de aantekeningen aan, of exporteer met --toch als u zeker weet dat het geen naam is.');
  return false;
}

/** "(versie voor ouders, naam van het kind vervangen)" after "Verslag", or nothing for the full copy. */
function copyDescription(options: ExportOptions, meeting: Meeting, kind: 'agenda' | 'minutes' | 'markdown'): string {
  if (kind === 'markdown') return '';
  const parts: string[] = [];
  if (options.audience.kind !== 'volledig') parts.push(audienceLabel(options.audience, meeting.participants).replace(/^Versie/, 'versie'));
  if (options.pseudonym.child) parts.push(options.pseudonym.childAlias ? `kind als "${options.pseudonym.childAlias}"` : 'kind met initialen');
  if (options.pseudonym.parents) parts.push('namen van ouders vervangen');
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * Every copy that leaves the app is written down in the meeting file (as
 * the app does): append the entry and save it the app's way (atomic, the
 * previous version kept as .bak). The meeting as read is the base, checked
 * by its stamp (no second read and validation of a file just read); when
 * the file changed since (another program saved), it is read again and
 * the entry appended to that. The copy itself is already written; when the
 * file cannot be updated, that is said.
 */
async function recordExport(
  input: string,
  read: { meeting: Meeting; stamp: FileStamp | null },
  document: ExportDocument,
  options: ExportOptions,
  output: string,
  io: CliIo,
  now: () => Date,
): Promise<number> {
  const entry = exportLogEntry(read.meeting, document, options, basename(output), now());
  const withEntry = (meeting: Meeting): Meeting => ({ ...meeting, exportLog: [...meeting.exportLog, entry] });
  let saved = read.stamp ? await writeMeetingFile(input, withEntry(read.meeting), { now, expected: read.stamp }) : null;
  if (saved === null || (!saved.ok && saved.error.code === 'file-changed')) {
    const current = await readMeetingFile(input);
    saved = current.ok ? await writeMeetingFile(input, withEntry(current.value), { now }) : current;
  }
  if (!saved.ok) {
    io.err(`Let op: de export is geschreven, maar kon niet worden vastgelegd in het exportlogboek van ${input}: ${saved.error.message}`);
    return EXIT_INVALID;
  }
  io.out(`Vastgelegd in het exportlogboek van ${input}.`);
  return EXIT_OK;
}

