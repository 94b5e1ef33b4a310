import type { Meeting } from '../meeting/meeting-schema';

/** Characters no file system accepts, control characters included. */
// eslint-disable-next-line no-control-regex
const unsafe = /[<>:"/\\|?*\u0000-\u001F]/g;

/**
 * `2026-12-10 Agenda MDO Noor de V.docx`: the date, the kind of document and
 * the child as written in the meeting (initials or pseudonym), or the title
 * when no child is named.
 */
export function exportFileName(meeting: Pick<Meeting, 'date' | 'title' | 'child'>, kind: 'Agenda' | 'Verslag'): string {
  const subject = meeting.child.name.trim() ? `MDO ${meeting.child.name}` : meeting.title;
  const cleaned = subject.replace(unsafe, ' ').replace(/\s+/g, ' ').trim().slice(0, 100).replace(/[. ]+$/, '') || 'Overleg';
  return `${[meeting.date, kind, cleaned].filter(Boolean).join(' ')}.docx`;
}
