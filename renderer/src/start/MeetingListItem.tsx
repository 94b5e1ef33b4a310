import { useId } from 'react';
import type { MeetingSummary } from '../../../shared/ipc/contract';
import { formatDutchDate } from '../../../shared/meeting/dutch-format';
import { dateTimeText } from '../format/display-dates';

interface MeetingListItemProps {
  summary: MeetingSummary;
  onOpen: (path: string) => void;
}

/** A readable meeting file: the whole card opens it; the button's name is the title. */
export function MeetingListItem({ summary, onOpen }: MeetingListItemProps) {
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
    </li>
  );
}
