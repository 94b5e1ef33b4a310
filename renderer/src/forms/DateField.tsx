import { useId } from 'react';
import { formatDutchDate } from '../../../shared/meeting/dutch-format';

interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or null when no date is chosen. */
  value: string | null;
  onChange: (value: string | null) => void;
  className?: string;
}

/** A date picker that keeps the ISO value and shows the chosen day in words. */
export function DateField({ label, value, onChange, className }: DateFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="field__input field__input--date"
        value={value ?? ''}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
      <p id={hintId} className="field__hint">
        {value ? formatDutchDate(value) : 'Nog geen datum gekozen'}
      </p>
    </div>
  );
}
