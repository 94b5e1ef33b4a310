import type { Meeting } from '../meeting/meeting-schema';
import { audienceFileSuffix } from '../privacy/audience';
import { FULL_EXPORT, type ExportOptions } from '../privacy/export-options';
import { childReplacement, nameReplacer, pseudonymiseAudience } from '../privacy/pseudonymise';

/** Characters no file system accepts, control characters included. */
// eslint-disable-next-line no-control-regex
const unsafe = /[<>:"/\\|?*\u0000-\u001F]/g;

function clean(text: string): string {
  return text.replace(unsafe, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * `2026-12-10 Agenda MDO Noor de V.docx`: the date, the kind of document and
 * the child as written in the meeting (initials or pseudonym), or the title
 * when no child is named. A copy for an audience says so
 * (`… MDO N.d.V. voor ouders.docx`), and a pseudonymised copy names the
 * child (and the recipient) as the document does: a file name travels
 * further than the file.
 */
export function exportFileName(
  meeting: Pick<Meeting, 'date' | 'title' | 'child'> & Partial<Pick<Meeting, 'participants'>>,
  kind: 'Agenda' | 'Verslag',
  options: ExportOptions = FULL_EXPORT,
): string {
  const named = { child: meeting.child, participants: meeting.participants ?? [] };
  const replace = nameReplacer(named, options.pseudonym);
  const child = meeting.child.name.trim()
    ? options.pseudonym.child
      ? childReplacement(meeting.child, options.pseudonym)
      : replace(meeting.child.name)
    : '';
  const subject = child ? `MDO ${child}` : replace(meeting.title);
  const participants = named.participants.map((p) => ({ ...p, name: replace(p.name) }));
  const suffix = audienceFileSuffix(pseudonymiseAudience(options.audience, replace), participants);
  // The subject is cut before the audience is added, so a long title never cuts off "voor ouders".
  const stem = [clean(subject).slice(0, 100).trim(), clean(suffix).slice(0, 60).trim()].filter(Boolean).join(' ');
  const cleaned = stem.replace(/[. ]+$/, '') || 'Overleg';
  return `${[meeting.date, kind, cleaned].filter(Boolean).join(' ')}.docx`;
}
