import type { AgendaItem, Meeting } from '../../../../shared/meeting/meeting-schema';
import { fitMinutes } from '../../../../shared/templates/fit-minutes';
import { moveItem } from '../../lists/reorder';

/**
 * The agenda builder's changes as pure functions of the meeting, so every
 * change can go through the undo history as one `apply`.
 */

export const DEFAULT_CHILD_INTEREST = 'Wat betekent dit voor het kind?';

/**
 * A new item as "Agendapunt toevoegen" makes it: a discussion of ten
 * minutes. The child's question is asked as a hint (a placeholder), so it
 * reaches Word only when the chair writes an answer.
 */
export function newAgendaItem(id: string): AgendaItem {
  return {
    id,
    title: '',
    minutes: 10,
    leadId: null,
    kind: 'bespreking',
    childInterest: '',
    childInterestHint: DEFAULT_CHILD_INTEREST,
    notes: null,
    sharingBasis: null,
    confidential: null,
  };
}

/** Every timebox scaled so the agenda fills the planned time exactly ("Tijden passend maken"). */
export function fitAgendaToTime(meeting: Meeting, plannedMinutes: number): Meeting {
  const fitted = fitMinutes(
    meeting.agendaItems.map((item) => item.minutes),
    plannedMinutes,
  );
  return { ...meeting, agendaItems: meeting.agendaItems.map((item, index) => ({ ...item, minutes: fitted[index] ?? item.minutes })) };
}

export function addAgendaItem(meeting: Meeting, item: AgendaItem): Meeting {
  return { ...meeting, agendaItems: [...meeting.agendaItems, item] };
}

export function updateAgendaItem(meeting: Meeting, itemId: string, change: Partial<Omit<AgendaItem, 'id'>>): Meeting {
  if (!meeting.agendaItems.some((item) => item.id === itemId)) return meeting;
  return { ...meeting, agendaItems: meeting.agendaItems.map((item) => (item.id === itemId ? { ...item, ...change } : item)) };
}

export function removeAgendaItem(meeting: Meeting, itemId: string): Meeting {
  if (!meeting.agendaItems.some((item) => item.id === itemId)) return meeting;
  return { ...meeting, agendaItems: meeting.agendaItems.filter((item) => item.id !== itemId) };
}

/**
 * The item moved to position `to` (0-based, clamped). Found by id rather than
 * by index, so an edit applied to a newer version of the meeting still moves
 * the item the user meant. The same meeting when nothing moves.
 */
export function moveAgendaItem(meeting: Meeting, itemId: string, to: number): Meeting {
  const from = meeting.agendaItems.findIndex((item) => item.id === itemId);
  if (from === -1) return meeting;
  const agendaItems = moveItem(meeting.agendaItems, from, to);
  return agendaItems === meeting.agendaItems ? meeting : { ...meeting, agendaItems: [...agendaItems] };
}

/**
 * Where a dragged item ends up when it is dropped on the upper or lower half
 * of the item at `over`: the index to pass to moveAgendaItem. The dragged item
 * leaves its old place first, so dropping below an item further down lands
 * one place higher than that item's index plus one.
 */
export function dropIndex(from: number, over: number, half: 'before' | 'after'): number {
  const insertAt = half === 'before' ? over : over + 1;
  return insertAt > from ? insertAt - 1 : insertAt;
}

/** What a move is called in the app: the title, or its place when it has none yet. */
export function itemLabel(item: Pick<AgendaItem, 'title'>, position: number): string {
  return item.title.trim() || `Agendapunt ${position}`;
}

/** The sentence read out after a move: "Zorgen staat nu op plaats 2 van 8". */
export function moveAnnouncement(label: string, position: number, count: number): string {
  return `${label} staat nu op plaats ${position} van ${count}.`;
}

export function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
}

/** The line under the total: room left, exactly on time, or how far past the end time. */
export function spareText(minutesToSpare: number): string {
  if (minutesToSpare > 0) return `${minutesText(minutesToSpare)} ruimte`;
  if (minutesToSpare === 0) return 'Precies op tijd klaar';
  return `${minutesText(-minutesToSpare)} over de eindtijd`;
}

/**
 * For each item, whether it ends after the planned end time (counted in
 * elapsed minutes from the start, as computeSchedule does). Unknown (false)
 * once an earlier item has no timebox.
 */
export function itemsPastEnd(items: readonly Pick<AgendaItem, 'minutes'>[], plannedMinutes: number | null): boolean[] {
  let elapsed: number | null = 0;
  return items.map((item) => {
    if (elapsed === null || item.minutes === null || plannedMinutes === null) {
      elapsed = null;
      return false;
    }
    elapsed += item.minutes;
    return elapsed > plannedMinutes;
  });
}
