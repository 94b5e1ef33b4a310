import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import type { ExportDocument, ExportLogEntry, Meeting, Pseudonym } from '../../../../shared/meeting/meeting-schema';
import { audienceLabel } from '../../../../shared/privacy/audience';

/** One line of the table "Geëxporteerde kopieën", as text. */
export interface ExportLogRow {
  key: string;
  when: string;
  document: string;
  audience: string;
  namesReplaced: string;
  fileName: string;
  version: string;
}

const documentNames: Record<ExportDocument, string> = {
  agenda: 'Agenda',
  verslag: 'Verslag',
  'mdo-markdown': 'MDO-Markdown',
};

/** `23 nov 2026 14:05`: short, in Dutch, without the abbreviation dot. */
export function logTimeText(timestamp: string): string {
  const date = parseISO(timestamp);
  return isValid(date) ? format(date, 'd MMM yyyy HH:mm', { locale: nl }).replaceAll('.', '') : timestamp;
}

function namesReplacedText(pseudonym: Pseudonym): string {
  const parts: string[] = [];
  if (pseudonym.child) parts.push(pseudonym.childAlias.trim() ? `kind (als "${pseudonym.childAlias.trim()}")` : 'kind (initialen)');
  if (pseudonym.parents) parts.push('ouders');
  if (parts.length === 0) return 'Nee';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Newest first: the copy made a moment ago is the one the user looks for. */
export function exportLogRows(meeting: Pick<Meeting, 'exportLog' | 'participants'>): ExportLogRow[] {
  return meeting.exportLog
    .map((entry: ExportLogEntry, index) => ({
      key: `${index}-${entry.at}`,
      when: logTimeText(entry.at),
      document: documentNames[entry.document],
      audience: audienceLabel(entry.audience, meeting.participants),
      namesReplaced: namesReplacedText(entry.pseudonym),
      fileName: entry.fileName,
      version: `${entry.meetingStatus === 'definitief' ? 'Definitief' : 'Concept'}, laatst gewijzigd ${logTimeText(entry.meetingUpdatedAt)}`,
    }))
    .reverse();
}
