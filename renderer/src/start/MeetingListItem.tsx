import { useId } from 'react';
import type { MeetingSummary } from '../../../shared/ipc/contract';
import { formatDutchDate } from '../../../shared/meeting/dutch-format';
import { dateTimeText } from '../format/display-dates';

interface MeetingListItemProps {
  summary: MeetingSummary;
  onOpen: (path: string) => void;
  onDelete: (summary: MeetingSummary) => void;
}

/**
 * A readable meeting file: the title opens it. Verwijderen names the
 * meeting, so in a list of them a screen reader user knows which one goes.
 */
export function MeetingListItem({ summary, onOpen, onDelete }: MeetingListItemProps) {
  const detailsId = useId();
  const title = summary.title?.trim() || 'Naamloos overleg';
  return (
    <li className="meeting-card">
      <h3 className="meeting-card__title">
        <button
          type="button"
          className="meeting-card__open"
          aria-describedby={detailsId}
          onClick={() => onOpen(summary.path)}
        >
          {title}
        </button>
      </h3>
      <dl id={detailsId} className="meeting-card__details">
        <div>
          <dt>Datum</dt>
          <dd>{summary.date ? formatDutchDate(summary.date) : 'Geen datum'}</dd>
        </div>
        {summary.child.trim() !== '' && (
          <div>
            <dt>Kind</dt>
            <dd>{summary.child}</dd>
          </div>
        )}
        <div>
          <dt>Laatst gewijzigd</dt>
          <dd>{dateTimeText(summary.modifiedAt)}</dd>
        </div>
      </dl>
      <div className="meeting-card__actions">
        <button
          type="button"
          className="button button--quiet meeting-card__delete"
          aria-label={`Verwijderen: ${title}`}
          onClick={() => onDelete(summary)}
        >
          Verwijderen
        </button>
      </div>
    </li>
  );
}
