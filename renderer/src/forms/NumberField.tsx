import { useId, useState } from 'react';
import { FieldShell, hintIdFor } from './field-shell';

interface NumberFieldProps {
  label: string;
  /** A whole number, or null when empty. */
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  hint?: string;
  className?: string;
}

/**
 * A whole number (minutes). What the user types stays on screen while it is
 * being typed; only whole numbers within range reach the meeting.
 */
export function NumberField({ label, value, onChange, min = 0, max = 24 * 60, hint, className }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shownValue, setShownValue] = useState(value);
  // The value changed from outside (undo, another control): show it.
  if (shownValue !== value) {
    setShownValue(value);
    if (parseWhole(text, min, max) !== value) setText(value === null ? '' : String(value));
  }

  return (
    <FieldShell id={id} label={label} hint={hint} className={className}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        className="field__input field__input--number"
        value={text}
        aria-describedby={hintIdFor(id, hint)}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseWhole(event.target.value, min, max);
          if (parsed !== undefined) onChange(parsed);
        }}
      />
    </FieldShell>
  );
}

/** The number typed, null for an empty field, undefined for something that is not (yet) valid. */
function parseWhole(text: string, min: number, max: number): number | null | undefined {
  if (text.trim() === '') return null;
  if (!/^\d+$/.test(text.trim())) return undefined;
  const number = Number(text);
  return number >= min && number <= max ? number : undefined;
}
