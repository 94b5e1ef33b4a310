import { parseArgs } from 'node:util';
import { meetingInvitation, type InvitationFor } from '../shared/calendar/meeting-invitation';
import { formatDutchDate } from '../shared/meeting/dutch-format';
import { atomicWriteFile } from '../host/atomic-write';
import { mayWriteOutput, oneInputOneOutput } from './output-file';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, dutchArgumentError, type CliIo } from './cli-io';
import { readMeetingReported } from './meeting-input';

export const ICS_USAGE = 'Gebruik: mdo ics BESTAND.mdo -o OVERLEG.ics [--dit-overleg] [--overschrijven]';

/**
 * `mdo ics BESTAND.mdo -o OVERLEG.ics`: the calendar invitation for the
 * next meeting (or, with --dit-overleg, for this one), the same text the
 * app's "Uitnodiging (.ics)" makes. Nothing is written when the date or
 * time is missing; an existing file is replaced only with --overschrijven.
 */
export async function icsCommand(args: string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, 'dit-overleg': { type: 'boolean' }, overschrijven: { type: 'boolean' } },
    });
  } catch (error) {
    io.err(`${dutchArgumentError(error)}\n${ICS_USAGE}`);
    return EXIT_USAGE;
  }
  const { positionals, values } = parsed;
  const files = oneInputOneOutput(positionals, values.output, '.ics', ICS_USAGE, io);
  if (!files) return EXIT_USAGE;
  const { input, output } = files;
  const read = await readMeetingReported(input, io, now);
  if (!read) return EXIT_INVALID;
  const which: InvitationFor = values['dit-overleg'] ? 'dit-overleg' : 'volgend-overleg';
  const invitation = meetingInvitation(read.meeting, which, now());
  if (!invitation.ok) {
    io.err(`${input}: ${invitation.message} Er is niets geschreven.`);
    return EXIT_INVALID;
  }
  if (!(await mayWriteOutput(output, values.overschrijven, io))) return EXIT_USAGE;
  try {
    await atomicWriteFile(output, invitation.text);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    io.err(`De uitnodiging kon niet worden geschreven naar "${output}"${code ? ` (${code})` : ''}. Controleer de map en of u daar mag schrijven.`);
    return EXIT_INVALID;
  }
  // TZDate's getters give the wall clock in Amsterdam.
  const day = formatDutchDate(isoDay(invitation.start));
  io.out(`Uitnodiging "${invitation.summary}" (${day}, ${hhmm(invitation.start)}–${hhmm(invitation.end)} uur) geschreven naar ${output}`);
  return EXIT_OK;
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function hhmm(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
