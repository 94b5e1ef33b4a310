import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FOLLOW_UP_TEMPLATE_ID, followUpProblem, overdueText, planFollowUp, reviewOrigin } from '../shared/cycle/follow-up';
import { MEETING_FILE_EXTENSION } from '../shared/file/meeting-file';
import { formatDutchDate } from '../shared/meeting/dutch-format';
import { writeMeetingFile } from '../host/storage';
import { loadTemplates, userTemplatesDir } from '../host/templates';
import { mayWriteOutput, oneInputOneOutput } from './output-file';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, dutchArgumentError, type CliIo } from './cli-io';
import { printInputError, readMeetingReported } from './meeting-input';

export const FOLLOW_UP_USAGE = 'Gebruik: mdo vervolg BESTAND.mdo -o VOLGEND.mdo [--sjabloon ID] [--overschrijven]';

/** The templates shipped with MDO-assistent: templates/ at the root of the package (out/cli/chunks → ../../../templates). */
function shippedTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    if (dir.endsWith(`${'/'}out`) || dir.endsWith('\\out')) return join(dirname(dir), 'templates');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');
}

/**
 * `mdo vervolg BESTAND.mdo -o VOLGEND.mdo`: the follow-up meeting (same
 * child, participants, roles and coordinator; the date and time of
 * Volgend overleg; the Evaluatie-MDO agenda with Terugblik op de afspraken
 * first, listing every action that is not done), the same as the app's
 * "Vervolgoverleg plannen".
 */
export async function followUpCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, sjabloon: { type: 'string' }, overschrijven: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${dutchArgumentError(error)}\n${FOLLOW_UP_USAGE}`);
    return EXIT_USAGE;
  }
  const { positionals, values } = parsed;
  const files = oneInputOneOutput(positionals, values.output, MEETING_FILE_EXTENSION, FOLLOW_UP_USAGE, io);
  if (!files) return EXIT_USAGE;
  const { input, output } = files;
  const read = await readMeetingReported(input, io, now);
  if (!read) return EXIT_INVALID;
  const previous = read.meeting;
  const problem = followUpProblem(previous);
  if (problem) {
    io.err(`${input}: ${problem} Er is niets geschreven.`);
    return EXIT_INVALID;
  }
  const templateId = values.sjabloon ?? FOLLOW_UP_TEMPLATE_ID;
  const { templates } = await loadTemplates([shippedTemplatesDir(), userTemplatesDir(dirname(input))]);
  const template = templates.find((candidate) => candidate.id === templateId);
  if (!template) {
    io.err(`Het sjabloon "${templateId}" bestaat niet. Kies uit: ${templates.map((candidate) => candidate.id).join(', ')}.`);
    return EXIT_USAGE;
  }
  if (!(await mayWriteOutput(output, values.overschrijven, io))) return EXIT_USAGE;
  const next = planFollowUp(previous, template, { now: now(), newId: randomUUID });
  const saved = await writeMeetingFile(output, next, { now });
  if (!saved.ok) {
    printInputError(io, output, saved.error);
    return EXIT_INVALID;
  }
  const open = next.agendaItems[0]?.review?.actions ?? [];
  io.out(`Vervolgoverleg geschreven naar ${output}: ${next.date ? formatDutchDate(next.date) : 'zonder datum'}${next.startTime ? `, ${next.startTime} uur` : ''}, ${open.length} ${open.length === 1 ? 'open actie' : 'open acties'} in "Terugblik op de afspraken".`);
  for (const action of open) {
    const late = overdueText(action.due, next.date);
    io.out(`  ${reviewOrigin(action)}: ${action.what}${action.who ? ` (${action.who})` : ''}${late ? ` — ${late}` : ''}`);
  }
  return EXIT_OK;
}
