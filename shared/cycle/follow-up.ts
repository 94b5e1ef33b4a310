import { TZDate } from '@date-fns/tz';
import { addMinutes, differenceInCalendarDays, differenceInCalendarMonths, format, parseISO } from 'date-fns';
import { MEETING_TIME_ZONE } from '../agenda/schedule';
import { formatDutchDate } from '../meeting/dutch-format';
import type { AgendaItem, AgendaItemReview, Meeting, ReviewAction, ReviewDecision } from '../meeting/meeting-schema';
import { deriveMeetingLists, ownerNames } from '../notes/derive-lists';
import { createMeetingFromTemplate } from '../templates/apply-template';
import type { AgendaTemplate } from '../templates/template-schema';

/**
 * Vervolgoverleg plannen: the next meeting about the same child, made from
 * the last one. Same child, participants (with their roles), chair, note
 * taker, coordinator and place; the date and time of "Volgend overleg";
 * the agenda of the Evaluatie-MDO template, with as its first item the
 * review of the agreements (Terugblik op de afspraken): every action that
 * is not done, with its original number and meeting, and the decisions
 * for reference. Both meetings belong to one dossier.
 *
 * What is not carried over, on purpose: the notes, the export log, the
 * attendance (everyone is invited again) and the basis for sharing (a
 * consent is given for a meeting; the agenda check asks for it again).
 */

export const REVIEW_ITEM_TITLE = 'Terugblik op de afspraken';

/** The default agenda of a follow-up meeting. */
export const FOLLOW_UP_TEMPLATE_ID = 'evaluatie-mdo';

const DEFAULT_MINUTES = 90;

export interface FollowUpOptions {
  now: Date;
  newId: () => string;
}

/** "A5 uit het overleg van 10 december 2026". */
export function reviewOrigin(entry: Pick<ReviewAction, 'number' | 'fromMeetingDate'>): string {
  return entry.fromMeetingDate ? `${entry.number} uit het overleg van ${formatDutchDate(entry.fromMeetingDate)}` : `${entry.number} uit het vorige overleg`;
}

/**
 * How late an action is on `onDate` ("3 weken over tijd"), or null when it
 * is not (no date, or not yet due). Days up to two weeks, then weeks up to
 * two months, then months.
 */
export function overdueText(due: string | null, onDate: string | null): string | null {
  if (!due || !onDate) return null;
  const days = differenceInCalendarDays(parseISO(onDate), parseISO(due));
  if (days <= 0) return null;
  if (days < 14) return `${days} ${days === 1 ? 'dag' : 'dagen'} over tijd`;
  if (days < 61) {
    const weeks = Math.floor(days / 7);
    return `${weeks} weken over tijd`;
  }
  const months = differenceInCalendarMonths(parseISO(onDate), parseISO(due));
  return `${months} ${months === 1 ? 'maand' : 'maanden'} over tijd`;
}

/** Minutes the previous meeting was planned to take (start to end), else 90. */
function plannedMinutes(meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>): number {
  if (!meeting.startTime || !meeting.endTime) return DEFAULT_MINUTES;
  const [sh, sm] = meeting.startTime.split(':').map(Number) as [number, number];
  const [eh, em] = meeting.endTime.split(':').map(Number) as [number, number];
  const minutes = eh * 60 + em - (sh * 60 + sm);
  return minutes > 0 ? minutes : DEFAULT_MINUTES;
}

/** The end time of a meeting that starts at `time` on `date` and takes `minutes` (wall clock in Amsterdam). */
function endTimeFor(date: string | null, time: string | null, minutes: number): string | null {
  if (!time) return null;
  const [year, month, day] = (date ?? '2000-01-01').split('-').map(Number) as [number, number, number];
  const [hours, mins] = time.split(':').map(Number) as [number, number];
  const end = addMinutes(new TZDate(year, month - 1, day, hours, mins, MEETING_TIME_ZONE), minutes);
  return format(end, 'HH:mm');
}

/**
 * The review of `previous`: its actions that are not done (status open)
 * and, carried forward, the entries of its own review that are still
 * running or were not done; and its decisions, with those it carried.
 */
export function reviewOf(previous: Meeting): AgendaItemReview {
  const lists = deriveMeetingLists(previous);
  const carriedActions: ReviewAction[] = [];
  const carriedDecisions: ReviewDecision[] = [];
  for (const item of previous.agendaItems) {
    for (const entry of item.review?.actions ?? []) {
      if (entry.status === null || entry.status === 'loopt' || entry.status === 'niet-gedaan') carriedActions.push({ ...entry, status: null, note: '' });
    }
    carriedDecisions.push(...(item.review?.decisions ?? []));
  }
  const actions: ReviewAction[] = lists.actions
    .filter((action) => action.data.status === 'open')
    .map((action) => ({
      actionId: action.data.id,
      number: action.number,
      fromMeetingId: previous.id,
      fromMeetingDate: previous.date,
      what: action.data.what,
      who: ownerNames(action.data.who, previous.participants),
      due: action.data.due,
      status: null,
      note: '',
      ...(action.restrictions.length > 0 ? { restrictions: action.restrictions } : {}),
    }));
  const decisions: ReviewDecision[] = lists.decisions.map((decision) => ({
    number: decision.number,
    fromMeetingDate: previous.date,
    text: decision.data.text,
    ...(decision.restrictions.length > 0 ? { restrictions: decision.restrictions } : {}),
  }));
  return { actions: [...carriedActions, ...actions], decisions: [...carriedDecisions, ...decisions] };
}

/** Why a follow-up cannot be planned yet, in Dutch, or null. */
export function followUpProblem(previous: Meeting): string | null {
  if (!previous.nextMeeting.date) {
    return 'Dit overleg heeft nog geen datum voor het volgende overleg. Vul bij Gegevens "Volgend overleg" de datum (en tijd) in en plan het vervolgoverleg dan opnieuw.';
  }
  return null;
}

/** The follow-up meeting of `previous` with the agenda of `template` (Evaluatie-MDO by default). */
export function planFollowUp(previous: Meeting, template: AgendaTemplate, options: FollowUpOptions): Meeting {
  const base = createMeetingFromTemplate(template, { now: options.now, newId: options.newId, title: previous.title });
  const review = reviewOf(previous);
  const templateReview = base.agendaItems.find((item) => item.title.trim().toLowerCase() === REVIEW_ITEM_TITLE.toLowerCase());
  const coordinatorId = previous.coordinator.participantId;
  const coordinatorListed = coordinatorId !== null && previous.participants.some((participant) => participant.id === coordinatorId);
  const reviewItem: AgendaItem = {
    ...(templateReview ?? {
      id: options.newId(),
      title: REVIEW_ITEM_TITLE,
      minutes: 15,
      leadId: null,
      kind: 'bespreking' as const,
      childInterest: '',
      childInterestHint: 'Wat heeft het kind gemerkt van wat we de vorige keer afspraken?',
      notes: null,
      sharingBasis: null,
      confidential: null,
    }),
    // The coordinator follows up the agreements, so leads their review.
    leadId: coordinatorListed ? coordinatorId : (templateReview?.leadId ?? null),
    review,
  };
  const date = previous.nextMeeting.date;
  const startTime = previous.nextMeeting.time;
  return {
    ...base,
    title: previous.title,
    date,
    startTime,
    endTime: endTimeFor(date, startTime, plannedMinutes(previous)),
    location: previous.location,
    child: { ...previous.child },
    reason: previous.reason,
    goal: previous.date ? `De afspraken van ${formatDutchDate(previous.date)} bespreken en bijstellen of afsluiten.` : 'De afspraken van het vorige overleg bespreken en bijstellen of afsluiten.',
    chair: { ...previous.chair },
    noteTaker: { ...previous.noteTaker },
    coordinator: { ...previous.coordinator },
    // Everyone is invited again; who came is recorded at the meeting.
    participants: previous.participants.map((participant) => ({ ...participant, attendance: 'aanwezig' as const })),
    notInvitedReasons: { ...previous.notInvitedReasons },
    agendaItems: [reviewItem, ...base.agendaItems.filter((item) => item !== templateReview)],
    dossierId: previous.dossierId ?? previous.id,
    previousMeeting: { id: previous.id, date: previous.date },
  };
}
