import { useId } from 'react';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { DateField } from '../../forms/DateField';
import { TextField } from '../../forms/TextField';
import type { MeetingEdit } from '../open-document';

interface MeetingDetailsFormProps {
  meeting: Meeting;
  onEdit: (edit: MeetingEdit) => void;
}

/**
 * The meeting's details. Every field reports a named edit, so each field is
 * its own undo step; new fields follow the same pattern.
 */
export function MeetingDetailsForm({ meeting, onEdit }: MeetingDetailsFormProps) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Gegevens van het overleg
      </h2>
      <div className="field-grid">
        <TextField
          label="Titel"
          className="field--wide"
          required
          value={meeting.title}
          hint="Bijvoorbeeld: MDO Noor de V. Deze titel staat ook in de bestandsnaam."
          onChange={(title) => onEdit({ field: 'title', apply: (current) => ({ ...current, title }) })}
        />
        <DateField
          label="Datum"
          value={meeting.date}
          onChange={(date) => onEdit({ field: 'date', apply: (current) => ({ ...current, date }) })}
        />
      </div>
    </section>
  );
}
