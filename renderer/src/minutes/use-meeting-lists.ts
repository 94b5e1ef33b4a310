import { useMemo } from 'react';
import { blockNumbers, type MeetingLists } from '../../../shared/notes/derive-lists';
import { createListsDeriver } from '../../../shared/notes/incremental-lists';
import type { Meeting } from '../../../shared/meeting/meeting-schema';

/**
 * One deriver for the window, not one per mount of Notuleren: switching back
 * to it finds every item's blocks read already. It keeps only the items of
 * the meeting it saw last (and compares notes by identity), so another
 * meeting simply reads afresh.
 */
const derive = createListsDeriver();

/**
 * The meeting's decisions and actions, derived from the notes a keystroke at
 * a time (incremental-lists.ts): only the item being typed in is read again,
 * and while no block changes the same lists come back, so the task panel and
 * the blocks' numbers in the editor stay as they are.
 */
export function useMeetingLists(meeting: Pick<Meeting, 'agendaItems'>): MeetingLists {
  return derive(meeting);
}

/** The numbers (B1, A1) by block id, the same Map while the lists are the same. */
export function useBlockNumbers(lists: MeetingLists): Map<string, string> {
  return useMemo(() => blockNumbers(lists), [lists]);
}
