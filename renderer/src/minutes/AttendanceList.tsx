import { useId } from 'react';
import { attendanceValues } from '../../../shared/meeting/meeting-schema';
import type { MeetingPanelProps } from '../meeting/meeting-panel';
import { attendanceLabels, updateParticipant } from '../meeting/participants/participant-edits';

/** Attendance, ticked off at the start of the meeting; folded away in the agenda rail. */
export function AttendanceList({ meeting, onEdit }: Pick<MeetingPanelProps, 'meeting' | 'onEdit'>) {
  const headingId = useId();
  if (meeting.participants.length === 0) return null;
  return (
    <details className="minutes__attendance">
      <summary id={headingId}>Aanwezigheid</summary>
      <ul className="minutes__attendance-list">
        {meeting.participants.map((participant) => (
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
}
