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

/** The numbering last handed out (one Notuleren on screen per window, as with the deriver above). */
let lastNumbers: { lists: MeetingLists; numbers: ReadonlyMap<string, string> } | null = null;

/**
 * The numbers (B1, A1) by block id: the same Map while every block keeps its
 * number, so text typed in a block's field (new lists, same numbering)
 * renders none of the number cells and block shells that read it. Computed
 * again only for other lists (their identity, as the deriver keeps it).
 */
export function useBlockNumbers(lists: MeetingLists): ReadonlyMap<string, string> {
  if (lastNumbers?.lists !== lists) {
    const fresh = blockNumbers(lists);
    lastNumbers = { lists, numbers: lastNumbers && sameNumbers(lastNumbers.numbers, fresh) ? lastNumbers.numbers : fresh };
  }
  return lastNumbers.numbers;
}

function sameNumbers(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, number] of b) if (a.get(id) !== number) return false;
  return true;
}
