import { useId, useState } from 'react';
import { parseDutchDate } from '../../../shared/dates/parse-dutch-date';
import { formatShortDutchDate } from '../../../shared/meeting/dutch-format';

interface DueDateFieldProps {
  value: string | null;
  onChange: (value: string | null) => void;
  now: () => Date;
}

/**
 * "Uiterlijk": Dutch quick entry ("vrijdag", "over 2 weken", "18-12") or a
 * date picker. What was understood is always shown as a date, and a phrase
 * that cannot be read leaves the date as it was and says why.
 */
export function DueDateField({ value, onChange, now }: DueDateFieldProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function commit(): void {
    if (text.trim() === '') return;
    const parsed = parseDutchDate(text, now());
    if (parsed.ok) {
      onChange(parsed.date);
      setText('');
      setProblem(null);
    } else {
      setProblem(parsed.message);
    }
  }

  return (
    <div className="field due-date">
      <label htmlFor={id} className="field__label">
        Uiterlijk
      </label>
      <div className="due-date__inputs">
        <input
          id={id}
          type="text"
          className="field__input due-date__text"
          placeholder="bijv. vrijdag, over 2 weken, 18-12"
          value={text}
          aria-describedby={`${id}-resolved`}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit();
            }
          }}
        />
        <input
          type="date"
          className="field__input field__input--date"
          aria-label="Uiterlijk: kies een datum"
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      </div>
      <p id={`${id}-resolved`} className={problem ? 'field__hint field__hint--problem' : 'field__hint'} aria-live="polite">
        {problem ?? (value ? `Uiterlijk ${formatShortDutchDate(value)}` : 'Nog geen datum')}
      </p>
    </div>
  );
}
