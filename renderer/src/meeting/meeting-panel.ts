import type { Meeting } from '../../../shared/meeting/meeting-schema';
import type { MeetingEdit } from './open-document';

/** What every part of the meeting screen gets: the meeting, and one way to change it. */
export interface MeetingPanelProps {
  meeting: Meeting;
  /** Each edit is named by its field, so typing in one field is one undo step. */
  onEdit: (edit: MeetingEdit) => void;
  /** Undo the last edit (for "Verwijderd – Ongedaan maken" notices). */
  onUndo: () => void;
}
