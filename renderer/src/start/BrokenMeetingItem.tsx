import type { MeetingSummary } from '../../../shared/ipc/contract';
import { dateTimeText } from '../format/display-dates';

/** A file in the library that cannot be opened, with the reason in Dutch. */
export function BrokenMeetingItem({ summary }: { summary: MeetingSummary }) {
  return (
    <li className="meeting-card meeting-card--broken">
      <h3 className="meeting-card__title meeting-card__title--broken">{summary.fileName}</h3>
      <p className="meeting-card__problem">
        <span className="meeting-card__problem-label">Kan niet worden geopend: </span>
        {summary.problem}
      </p>
      <p className="meeting-card__meta">Laatst gewijzigd {dateTimeText(summary.modifiedAt)}</p>
    </li>
  );
}
