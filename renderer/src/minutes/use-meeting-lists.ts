import { useMemo, useState } from 'react';
import { blockNumbers, type MeetingLists } from '../../../shared/notes/derive-lists';
import { createListsDeriver } from '../../../shared/notes/incremental-lists';
import type { Meeting } from '../../../shared/meeting/meeting-schema';

/**
 * The meeting's decisions and actions, derived from the notes a keystroke at
 * a time (incremental-lists.ts): only the item being typed in is read again,
 * and while no block changes the same lists come back, so the task panel and
 * the blocks' numbers in the editor stay as they are.
 */
export function useMeetingLists(meeting: Pick<Meeting, 'agendaItems'>): MeetingLists {
  const [derive] = useState(createListsDeriver);
  return derive(meeting);
}

/** The numbers (B1, A1) by block id, the same Map while the lists are the same. */
export function useBlockNumbers(lists: MeetingLists): Map<string, string> {
  return useMemo(() => blockNumbers(lists), [lists]);
}
