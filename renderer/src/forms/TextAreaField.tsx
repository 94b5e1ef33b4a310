import { useId } from 'react';
import { FieldShell, hintIdFor } from './field-shell';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  className?: string;
  rows?: number;
}

/** Several lines of plain text (aanleiding, doel, a reason). */
export function TextAreaField({ label, value, onChange, hint, className, rows = 3 }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} className={className}>
      <textarea
        id={id}
        className="field__input field__input--multiline"
        value={value}
        rows={rows}
        aria-describedby={hintIdFor(id, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
