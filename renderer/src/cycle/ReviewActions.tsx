import { memo, useId } from 'react';
import { overdueText, reviewOrigin } from '../../../shared/cycle/follow-up';
import { formatDutchDate } from '../../../shared/meeting/dutch-format';
import type { AgendaItemReview, ReviewAction, ReviewStatus } from '../../../shared/meeting/meeting-schema';
import type { MeetingEdit } from '../meeting/open-document';
import { patchReviewAction, reviewEntryKey } from './review-edits';
import './cycle.css';

export const REVIEW_STATUS_OPTIONS: readonly { value: ReviewStatus; label: string }[] = [
  { value: 'gedaan', label: 'gedaan' },
  { value: 'loopt', label: 'loopt' },
  { value: 'niet-gedaan', label: 'niet gedaan' },
  { value: 'vervallen', label: 'vervallen' },
];

interface ReviewActionsProps {
  itemId: string;
  review: AgendaItemReview;
  /** The date of this (the follow-up) meeting: overdue is counted to it. */
  meetingDate: string | null;
  onEdit: (edit: MeetingEdit) => void;
  /** `compact`: in Notuleren, where the notes need the height. */
  variant?: 'agenda' | 'minutes';
}

interface RowProps {
  itemId: string;
  entry: ReviewAction;
  meetingDate: string | null;
  onEdit: (edit: MeetingEdit) => void;
}

const ReviewRow = memo(function ReviewRow({ itemId, entry, meetingDate, onEdit }: RowProps) {
  const statusId = useId();
  const noteId = useId();
  const key = reviewEntryKey(entry);
  const late = overdueText(entry.due, meetingDate);
  const open = entry.status === null || entry.status === 'loopt' || entry.status === 'niet-gedaan';
  const showLate = late !== null && open;
  const change = (field: 'status' | 'note', patch: Partial<Pick<ReviewAction, 'status' | 'note'>>) =>
    onEdit({ field: `review:${itemId}:${key}:${field}`, apply: (meeting) => patchReviewAction(meeting, itemId, key, patch) });

  return (
    <li className={showLate ? 'review-row review-row--late' : 'review-row'} aria-label={`${entry.number}: ${entry.what}`}>
      <div className="review-row__what">
        <p className="review-row__origin">{reviewOrigin(entry)}</p>
        <p className="review-row__text">{entry.what || '(geen omschrijving)'}</p>
        <p className="review-row__meta">
          <span>Wie: {entry.who || 'niemand genoemd'}</span>
          <span>Uiterlijk: {entry.due ? formatDutchDate(entry.due) : 'geen datum'}</span>
          {showLate && (
            <span className="review-row__late">
              <span aria-hidden="true">⚠ </span>
              {late}
            </span>
          )}
          {(entry.restrictions?.length ?? 0) > 0 && <span className="review-row__restricted">vertrouwelijk</span>}
        </p>
      </div>
      <div className="review-row__status field">
        <label className="field__label" htmlFor={statusId}>
          Status<span className="visually-hidden"> van {entry.number}</span>
        </label>
        <select
          id={statusId}
          className="field__input"
          value={entry.status ?? ''}
          onChange={(event) => change('status', { status: event.target.value === '' ? null : (event.target.value as ReviewStatus) })}
        >
          <option value="">nog niet besproken</option>
          {REVIEW_STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="review-row__note field">
        <label className="field__label" htmlFor={noteId}>
          Toelichting<span className="visually-hidden"> bij {entry.number}</span>
        </label>
        <input
          id={noteId}
          className="field__input"
          type="text"
          maxLength={5_000}
          value={entry.note}
          onChange={(event) => change('note', { note: event.target.value })}
        />
      </div>
    </li>
  );
});

/**
 * Terugblik op de afspraken: the earlier meeting's open actions, each with
 * its origin, owner, due date and how late it is, and a status and a short
 * note to fill in now; the decisions that still apply below, for reference.
 */
export function ReviewActions({ itemId, review, meetingDate, onEdit, variant = 'agenda' }: ReviewActionsProps) {
  const headingId = useId();
  const decisionsId = useId();
  const done = review.actions.filter((entry) => entry.status !== null).length;
  return (
    <section className={`review review--${variant}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="review__title">
        Afspraken uit het vorige overleg{' '}
        <span className="review__count">
          ({review.actions.length === 0 ? 'geen open acties' : `${done} van ${review.actions.length} besproken`})
        </span>
      </h3>
      {review.actions.length === 0 ? (
        <p className="review__empty">Alle acties van het vorige overleg waren gedaan.</p>
      ) : (
        <ol className="review__list">
          {review.actions.map((entry) => (
            <ReviewRow key={reviewEntryKey(entry)} itemId={itemId} entry={entry} meetingDate={meetingDate} onEdit={onEdit} />
          ))}
        </ol>
      )}
      {review.decisions.length > 0 && (
        <>
          <h4 id={decisionsId} className="review__subtitle">
            Besluiten die blijven gelden
          </h4>
          <ul className="review__decisions" aria-labelledby={decisionsId}>
            {review.decisions.map((decision, index) => (
              <li key={`${decision.number}-${decision.fromMeetingDate ?? ''}-${index}`}>
                <span className="review__decision-number">
                  {decision.number}
                  {decision.fromMeetingDate ? ` (${formatDutchDate(decision.fromMeetingDate)})` : ''}:
                </span>{' '}
                {decision.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
