import type { Meeting, StatusLogEntry } from '../meeting/meeting-schema';
import { fail, ok, type Result } from '../result';
import { formatDutchDate } from '../meeting/dutch-format';

/**
 * Concept → definitief. Minutes go out as a concept with a date by which
 * participants can react; corrections are recorded, and parents or the
 * young person may add their own statement. Making the minutes definitive
 * (when, by whom) freezes the meeting: a change afterwards is a new,
 * logged step (Heropenen, with a reason), never a silent edit.
 */

/** Whether the meeting may not be edited (definitive minutes). */
export function isFrozen(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'definitief';
}

function logged(meeting: Meeting, entry: StatusLogEntry): StatusLogEntry[] {
  return [...(meeting.statusLog ?? []), entry];
}

/** Makes the minutes definitive, by `by` (a name) at `now`. */
export function makeDefinitive(meeting: Meeting, by: string, now: Date): Result<Meeting> {
  if (isFrozen(meeting)) return fail('already-definitive', 'Het verslag is al definitief.');
  const name = by.trim();
  if (!name) return fail('no-name', 'Vul in wie het verslag definitief maakt.');
  const at = now.toISOString();
  return ok({
    ...meeting,
    status: 'definitief',
    finalized: { at, by: name },
    statusLog: logged(meeting, { at, change: 'definitief', by: name, reason: '' }),
  });
}

/** Opens definitive minutes again for a correction: the reason is required and kept in the log. */
export function reopen(meeting: Meeting, by: string, reason: string, now: Date): Result<Meeting> {
  if (!isFrozen(meeting)) return fail('not-definitive', 'Het verslag is nog concept en kan gewoon worden bewerkt.');
  const name = by.trim();
  const why = reason.trim();
  if (!name) return fail('no-name', 'Vul in wie het verslag heropent.');
  if (!why) return fail('no-reason', 'Schrijf op waarom het definitieve verslag wordt heropend (bijvoorbeeld: correctie van een datum op verzoek van moeder).');
  const at = now.toISOString();
  return ok({
    ...meeting,
    status: 'concept',
    finalized: null,
    statusLog: logged(meeting, { at, change: 'heropend', by: name, reason: why }),
  });
}

/**
 * The line a concept export carries on its first page: what it is and by
 * when to react ("Concept – reageren vóór donderdag 24 december 2026"), or
 * null for definitive minutes.
 */
export function conceptNotice(meeting: Pick<Meeting, 'status' | 'reactionDeadline'>): string | null {
  if (isFrozen(meeting)) return null;
  return meeting.reactionDeadline
    ? `Concept – reageren vóór ${formatDutchDate(meeting.reactionDeadline)}`
    : 'Concept – nog niet vastgesteld';
}

/** The log as Dutch lines, oldest first ("17 december 2026 10:05: definitief gemaakt door Joost Bakker"). */
export function statusLogLines(meeting: Pick<Meeting, 'statusLog'>, formatTime: (iso: string) => string): string[] {
  return (meeting.statusLog ?? []).map((entry) =>
    entry.change === 'definitief'
      ? `${formatTime(entry.at)}: definitief gemaakt door ${entry.by}`
      : `${formatTime(entry.at)}: heropend door ${entry.by}. Reden: ${entry.reason}`,
  );
}
