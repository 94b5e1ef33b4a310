import type { Meeting } from '../shared/meeting/meeting-schema';
import { initialsOf } from '../shared/meeting/dutch-format';

/** Characters no file name on Windows may hold (initials hold none but the dots). */
const UNSAFE = /[<>:"/\\|?*]/g;

/**
 * The name proposed for the invitation of the next meeting:
 * `2027-01-14 MDO N.d.V.ics` (the child's initials only: the file is sent
 * around), `MDO.ics` without a date or a name.
 */
export function invitationFileName(meeting: Pick<Meeting, 'child' | 'nextMeeting'>): string {
  // The last dot of the initials goes: "N.d.V.ics", not "N.d.V..ics".
  const initials = initialsOf(meeting.child.name).replace(UNSAFE, '').replace(/\.$/, '');
  const parts = [meeting.nextMeeting.date ?? '', 'MDO', initials].filter(Boolean);
  return `${parts.join(' ')}.ics`;
}
