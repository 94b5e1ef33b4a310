import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './parsed-field.css';

/** What a field read in the text typed: a value for the meeting, or a Dutch message why not. */
export type FieldReading = { ok: true; value: string } | { ok: false; message: string };

interface ParsedTextFieldProps {
  label: string;
  /** The label only for screen readers, where a column head says it (the task table). */
  labelHidden?: boolean;
  /** The value in the meeting (ISO `YYYY-MM-DD`, `HH:MM`), or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  read: (text: string) => FieldReading;
  /** How the field shows a value it read: `25-03-2027`, `09:30`. */
  write: (value: string) => string;
  /** Under the field: what the value means ("donderdag 25 maart 2027"), or that there is none. */
  describe: (value: string | null) => ReactNode;
  /** After a message: that the meeting kept its value ("De datum blijft …"). */
  kept: (value: string) => string;
  /** ↑ (+1) and ↓ (-1): the next value from this one (null: the field is empty). */
  step: (value: string | null, direction: 1 | -1) => string;
  placeholder: string;
  inputMode: 'text' | 'numeric';
  inputClassName: string;
  className?: string;
}

/**
 * A text box for a value typed in Dutch words or digits, read by one parser
 * in shared/dates, never by the browser (whose date and time inputs follow
 * its own locale: mm/dd/yyyy and AM/PM in an English one).
 *
 * Every text that reads as a valid value goes into the meeting at once, so a
 * save (Ctrl+S, the menu) never misses what is on screen; anything else
 * leaves the meeting as it was and keeps the text, so nothing typed is lost.
 * Enter or leaving the field shows the value in its written form, or the
 * message why the text cannot be read; from then on the message follows the
 * typing. The line under the field says what the value means.
 */
export function ParsedTextField(props: ParsedTextFieldProps) {
  const { label, labelHidden = false, value, onChange, read, write, describe, kept, step } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const [text, setText] = useState(value === null ? '' : write(value));
  const [shownValue, setShownValue] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);

  // The value changed from outside (undo, the file reopened, the task table): show it,
  // unless it is what the text already says ("morgen" stays "morgen" while it is typed).
  if (shownValue !== value) {
    setShownValue(value);
    if (!says(text, value)) {
      setText(value === null ? '' : write(value));
      setProblem(null);
    }
  }

  function says(typed: string, wanted: string | null): boolean {
    if (typed.trim() === '') return wanted === null;
    const reading = read(typed);
    return reading.ok && reading.value === wanted;
  }

  function type(next: string): void {
    setText(next);
    if (next.trim() === '') {
      setProblem(null);
      if (value !== null) onChange(null);
      return;
    }
    const reading = read(next);
    if (reading.ok) {
      setProblem(null);
      if (reading.value !== value) onChange(reading.value);
    } else if (problem !== null) {
      setProblem(reading.message);
    }
  }

  function confirm(): void {
    if (text.trim() === '') {
      setText('');
      return;
    }
    const reading = read(text);
    if (!reading.ok) {
      setProblem(reading.message);
      return;
    }
    setText(write(reading.value));
    setProblem(null);
    if (reading.value !== value) onChange(reading.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      confirm();
      return;
    }
    const direction = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
    if (direction === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Text that cannot be read is not thrown away by a step: the user fixes it first.
    const reading = text.trim() === '' ? null : read(text);
    if (reading && !reading.ok) return;
    event.preventDefault();
    const next = step(reading ? reading.value : null, direction);
    setText(write(next));
    setProblem(null);
    if (next !== value) onChange(next);
  }

  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        className={props.inputClassName}
        value={text}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        aria-invalid={problem === null ? undefined : true}
        // ↑ and ↓ step the value: a block in the notes leaves them to the field (block-navigation.ts).
        data-arrow-keys="own"
        onChange={(event) => type(event.target.value)}
        onBlur={confirm}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className={problem === null ? 'field__hint' : 'field__hint parsed-field__problem'} aria-live="polite">
        {problem === null ? describe(value) : value === null ? problem : `${problem} ${kept(value)}`}
      </p>
    </div>
  );
}
