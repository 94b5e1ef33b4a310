import { useId } from 'react';
import type { SelectFieldProps } from './SelectField';
import './choice-field.css';

/** As a SelectField's, without the hint: the choices say what they mean. */
type ChoiceFieldProps<V extends string> = Omit<SelectFieldProps<V>, 'hint'>;

/**
 * One of a few values as radio buttons, all in sight: Tab reaches the
 * chosen one, the arrow keys choose another. For the few choices inside
 * the notes, where a <select> would make Chromium lay out the whole page
 * at every keystroke (minutes.css).
 */
export function ChoiceField<V extends string>({ label, value, options, onChange, className }: ChoiceFieldProps<V>) {
  const name = useId();
  return (
    <fieldset className={className ? `field choice-field ${className}` : 'field choice-field'}>
      <legend className="field__label">{label}</legend>
      <div className="choice-field__options">
        {options.map((option) => (
          <label key={option.value} className="choice-field__option">
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
