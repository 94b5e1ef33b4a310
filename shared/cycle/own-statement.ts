import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { Meeting, OwnStatement } from '../meeting/meeting-schema';
import { formatDutchDate } from '../meeting/dutch-format';
import { judgeRole, readerRoleLabels } from '../meeting/roles';
import { findParticipant } from '../privacy/audience';

/**
 * How an own statement (eigen verklaring) of a parent or the young person is
 * named in the minutes and on screen: who, in which role, and when it came in.
 */

/** "moeder", "kind of jongere": the participant's own function when it is given, otherwise the role the app judges. */
function roleText(statement: OwnStatement, meeting: Pick<Meeting, 'participants' | 'child'>): string {
  const participant = findParticipant(statement.by, meeting.participants);
  if (!participant) return '';
  const own = participant.function.trim();
  if (own) return own;
  const role = judgeRole(participant, meeting.child).role;
  return role === 'ouder' || role === 'kind' ? readerRoleLabels[role] : '';
}

/** "Eigen verklaring van Fatima El Amrani (moeder), ontvangen op dinsdag 15 december 2026". */
export function ownStatementHeading(statement: OwnStatement, meeting: Pick<Meeting, 'participants' | 'child'>): string {
  const participant = findParticipant(statement.by, meeting.participants);
  const name = (participant?.name ?? statement.by.name).trim() || 'ouder of jongere';
  const role = roleText(statement, meeting);
  const received = statement.receivedOn ? `, ontvangen op ${formatDutchDate(statement.receivedOn)}` : '';
  return `Eigen verklaring van ${name}${role ? ` (${role})` : ''}${received}`;
}

/** The statements that have text, in the order they were recorded. */
export function printedOwnStatements(meeting: Pick<Meeting, 'ownStatements'>): OwnStatement[] {
  return (meeting.ownStatements ?? []).filter((statement) => statement.text.trim() !== '');
}

/** The text of a statement as paragraphs, exactly as written (empty lines separate paragraphs, single line breaks are kept). */
export function statementParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
}

/** `2026-12-17T10:05:00Z` → `17 december 2026`. */
function dayText(timestamp: string): string {
  const date = parseISO(timestamp);
  return isValid(date) ? format(date, 'd MMMM yyyy', { locale: nl }) : timestamp;
}

/** "Concept", or "Definitief sinds 17 december 2026 door Joost Bakker". */
export function minutesStatusText(meeting: Pick<Meeting, 'status' | 'finalized'>): string {
  if (meeting.status !== 'definitief') return 'Concept';
  const finalized = meeting.finalized;
  if (!finalized) return 'Definitief';
  const by = finalized.by.trim();
  return `Definitief sinds ${dayText(finalized.at)}${by ? ` door ${by}` : ''}`;
}

/** "Dit verslag is definitief sinds 17 december 2026, vastgesteld door Joost Bakker." */
export function frozenText(meeting: Pick<Meeting, 'finalized'>): string {
  const finalized = meeting.finalized;
  if (!finalized) return 'Dit verslag is definitief.';
  const by = finalized.by.trim();
  return `Dit verslag is definitief sinds ${dayText(finalized.at)}${by ? `, vastgesteld door ${by}` : ''}.`;
}
