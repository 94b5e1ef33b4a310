import { useId } from 'react';
import { FieldShell, hintIdFor } from './field-shell';

interface TimeFieldProps {
  label: string;
  /** `HH:MM`, or null when no time is chosen. */
  value: string | null;
  onChange: (value: string | null) => void;
  hint?: string;
  className?: string;
}

/** A 24-hour clock time; the value is kept as `HH:MM`. */
export function TimeField({ label, value, onChange, hint, className }: TimeFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} className={className}>
      <input
        id={id}
        type="time"
        step={300}
        className="field__input field__input--time"
        value={value ?? ''}
        aria-describedby={hintIdFor(id, hint)}
        onChange={(event) => onChange(/^\d{2}:\d{2}$/.test(event.target.value) ? event.target.value : null)}
      />
    </FieldShell>
  );
}
