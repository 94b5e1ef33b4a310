import type { MeetingSummary } from '../../../shared/ipc/contract';
import { BrokenMeetingItem } from './BrokenMeetingItem';
import { MeetingListItem } from './MeetingListItem';

interface MeetingListProps {
  meetings: MeetingSummary[];
  onOpen: (path: string) => void;
  onDelete: (summary: MeetingSummary) => void;
}

export function MeetingList({ meetings, onOpen, onDelete }: MeetingListProps) {
  return (
    <ul className="meeting-list">
      {meetings.map((summary) =>
        summary.problem === null ? (
          <MeetingListItem key={summary.path} summary={summary} onOpen={onOpen} onDelete={onDelete} />
        ) : (
          <BrokenMeetingItem key={summary.path} summary={summary} />
        ),
      )}
    </ul>
  );
}
