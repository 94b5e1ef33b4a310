import type { AgendaItemReview, Meeting, ReviewAction } from '../../../shared/meeting/meeting-schema';

/** `<meeting id>:<action id>`: an entry of the review, the same in every version of the meeting. */
export function reviewEntryKey(entry: Pick<ReviewAction, 'fromMeetingId' | 'actionId'>): string {
  return `${entry.fromMeetingId}:${entry.actionId}`;
}

/** The meeting with one review entry of one agenda item changed. */
export function patchReviewAction(meeting: Meeting, itemId: string, key: string, patch: Partial<Pick<ReviewAction, 'status' | 'note'>>): Meeting {
  return {
    ...meeting,
    agendaItems: meeting.agendaItems.map((item) => {
      if (item.id !== itemId || !item.review) return item;
      const review: AgendaItemReview = {
        ...item.review,
        actions: item.review.actions.map((entry) => (reviewEntryKey(entry) === key ? { ...entry, ...patch } : entry)),
      };
      return { ...item, review };
    }),
  };
}
