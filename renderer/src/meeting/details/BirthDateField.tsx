import { parseISO } from 'date-fns';
import { useId } from 'react';
import { ageOn, formatDutchDate } from '../../../../shared/meeting/dutch-format';
import { FieldShell } from '../../forms/field-shell';

interface BirthDateFieldProps {
  label: string;
  value: string | null;
  /** The meeting's date; the age is counted on that day, or today when there is none. */
  meetingDate: string | null;
  onChange: (value: string | null) => void;
}

/** The child's birth date, with the age it gives on the day of the meeting. */
export function BirthDateField({ label, value, meetingDate, onChange }: BirthDateFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hintFor(value, meetingDate)}>
      <input
        id={id}
        type="date"
        className="field__input field__input--date"
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
    </FieldShell>
  );
}

function hintFor(value: string | null, meetingDate: string | null): string {
  if (!value) return 'Nog geen datum gekozen';
  const age = ageOn(value, meetingDate ? parseISO(meetingDate) : new Date());
  const born = formatDutchDate(value);
  if (age === null) return `${born}. Deze datum ligt na ${meetingDate ? 'de dag van het overleg' : 'vandaag'}.`;
  return `${born}. ${age} jaar ${meetingDate ? 'op de dag van het overleg' : 'vandaag'}.`;
}
