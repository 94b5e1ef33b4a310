import { useId } from 'react';
import { FieldShell, hintIdFor } from './field-shell';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: string;
  className?: string;
  type?: 'text' | 'email';
  autoComplete?: string;
}

export function TextField({ label, value, onChange, required = false, hint, className, type = 'text', autoComplete = 'off' }: TextFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} className={className}>
      <input
        id={id}
        type={type}
        className="field__input"
        value={value}
        required={required}
        autoComplete={autoComplete}
        aria-describedby={hintIdFor(id, hint)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
