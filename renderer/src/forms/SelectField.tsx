import { useId } from 'react';
import { FieldShell, hintIdFor } from './field-shell';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  hint?: string;
  className?: string;
}

/** A native select: keyboard and screen readers work without extra code. */
export function SelectField<V extends string>({ label, value, options, onChange, hint, className }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} className={className}>
      <select
        id={id}
        className="field__input field__input--select"
        value={value}
        aria-describedby={hintIdFor(id, hint)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
