import { formatShortDutchDate } from '../../../shared/meeting/dutch-format';
import { DateField } from '../forms/DateField';

interface DueDateFieldProps {
  value: string | null;
  onChange: (value: string | null) => void;
  /** The day being minuted: "vrijdag" and "over 2 weken" count from it. */
  now: () => Date;
}

/**
 * "Uiterlijk" of an action: the app's one date field, with Dutch quick entry
 * ("vrijdag", "over 2 weken", "18-12") as its example. What was understood
 * is shown as a short date, fitting the action's row of fields.
 */
export function DueDateField({ value, onChange, now }: DueDateFieldProps) {
  return (
    <DateField
      label="Uiterlijk"
      className="due-date"
      value={value}
      now={now}
      placeholder="bijv. vrijdag of 18-12"
      describe={(due) => (due ? `Uiterlijk ${formatShortDutchDate(due)}` : 'Nog geen datum')}
      onChange={onChange}
    />
  );
}
