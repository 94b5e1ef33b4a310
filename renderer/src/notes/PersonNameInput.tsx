import { useId } from 'react';
import type { Participant } from '../../../shared/meeting/meeting-schema';

interface PersonNameInputProps {
  label: string;
  value: string;
  participants: readonly Participant[];
  onChange: (value: string) => void;
  onCommit?: () => void;
  inputRef?: React.Ref<HTMLInputElement>;
  hint?: string;
}

/** A name field that suggests the participants (arrow down opens the list). */
export function PersonNameInput({ label, value, participants, onChange, onCommit, inputRef, hint }: PersonNameInputProps) {
  const id = useId();
  const listId = `${id}-deelnemers`;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        className="field__input"
        list={listId}
        autoComplete="off"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onCommit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && onCommit) {
            event.preventDefault();
            onCommit();
          }
        }}
      />
      <datalist id={listId}>
        {participants.map((participant) => (
          <option key={participant.id} value={participant.name} />
        ))}
      </datalist>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
