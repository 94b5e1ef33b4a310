import { memo, useId } from 'react';
import { attendanceValues, type Participant } from '../../../shared/meeting/meeting-schema';
import type { MeetingPanelProps } from '../meeting/meeting-panel';
import { attendanceLabels, updateParticipant } from '../meeting/participants/participant-edits';

interface AttendanceListProps extends Pick<MeetingPanelProps, 'onEdit'> {
  participants: readonly Participant[];
}

/** Attendance, ticked off at the start of the meeting; folded away in the agenda rail. Renders again only when the people change. */
export const AttendanceList = memo(function AttendanceList({ participants, onEdit }: AttendanceListProps) {
  const headingId = useId();
  if (participants.length === 0) return null;
  return (
    <details className="minutes__attendance">
      <summary id={headingId}>Aanwezigheid</summary>
      <ul className="minutes__attendance-list">
        {participants.map((participant) => (
          <li key={participant.id}>
            <label className="minutes__attendance-row">
              <span>{participant.name || 'Naamloze deelnemer'}</span>
              <select
                className="field__input"
                value={participant.attendance}
                onChange={(event) => {
                  const attendance = attendanceValues.find((value) => value === event.target.value);
                  if (!attendance) return;
                  onEdit({
                    field: `participant:${participant.id}:attendance`,
                    apply: (m) => updateParticipant(m, participant.id, { attendance }),
                  });
                }}
              >
                {attendanceValues.map((value) => (
                  <option key={value} value={value}>
                    {attendanceLabels[value]}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
});
