import { parseISO } from 'date-fns';
import { ageOn, formatDutchDate } from '../../../../shared/meeting/dutch-format';
import { DateField } from '../../forms/DateField';

interface BirthDateFieldProps {
  label: string;
  value: string | null;
  /** The meeting's date; the age is counted on that day, or today when there is none. */
  meetingDate: string | null;
  onChange: (value: string | null) => void;
}

/** The child's birth date, with the age it gives on the day of the meeting. */
export function BirthDateField({ label, value, meetingDate, onChange }: BirthDateFieldProps) {
  return (
    <DateField
      label={label}
      value={value}
      // 14-3 without a year is a birthday that has been, not one to come.
      withoutYear="last"
      describe={(birthDate) => hintFor(birthDate, meetingDate)}
      onChange={onChange}
    />
  );
}

function hintFor(value: string | null, meetingDate: string | null): string {
  if (!value) return 'Nog geen datum gekozen';
  const age = ageOn(value, meetingDate ? parseISO(meetingDate) : new Date());
  const born = formatDutchDate(value);
  if (age === null) return `${born}. Deze datum ligt na ${meetingDate ? 'de dag van het overleg' : 'vandaag'}.`;
  return `${born}. ${age} jaar ${meetingDate ? 'op de dag van het overleg' : 'vandaag'}.`;
}
