import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import type { KnownPerson } from '../../../../shared/ipc/contract';
import type { Meeting, Participant } from '../../../../shared/meeting/meeting-schema';
import { judgeRole, readerRoleLabels } from '../../../../shared/meeting/roles';
import { attendanceLabels } from './participant-edits';
import { parseParticipantLine, personFromKnown, suggestPeople, type QuickPerson } from './quick-add';
import './quick-add.css';

interface QuickAddLineProps {
  participants: readonly Participant[];
  child: Meeting['child'];
  /** The address book; empty while it loads or when the library has none. */
  people: readonly KnownPerson[];
  /** Adds the person; the line empties and keeps the caret. */
  onAdd: (person: QuickPerson) => void;
  /** Adds an empty row to fill in field by field (the button with an empty line). */
  onAddEmpty: () => void;
}

function lineOf(person: QuickPerson): string {
  return [person.name, person.function, person.organisation].filter((part) => part.trim() !== '').join(', ');
}

/**
 * One line to add a person: `Naam, functie, organisatie` and Enter. Known
 * people are suggested after three letters (a combobox: ↓ and ↑ choose,
 * Enter takes the suggestion into the line, Escape closes the list). Under
 * the line the app says what Enter will add, role included, while typing.
 */
export const QuickAddLine = forwardRef<HTMLInputElement, QuickAddLineProps>(function QuickAddLine(
  { participants, child, people, onAdd, onAddEmpty },
  inputRef,
) {
  const id = useId();
  const listId = `${id}-suggestions`;
  const previewId = `${id}-preview`;
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [closed, setClosed] = useState(false);
  const suggestions = closed ? [] : suggestPeople(people, text, participants);
  const open = suggestions.length > 0;
  const parsed = parseParticipantLine(text);
  const preview = parsed ? judgeRole({ id: 'preview', ...parsed, role: null }, child) : null;

  function change(value: string) {
    setText(value);
    setActive(-1);
    setClosed(false);
  }

  function take(person: KnownPerson) {
    setText(lineOf(personFromKnown(person)));
    setActive(-1);
    setClosed(true);
  }

  function submit() {
    const person = parseParticipantLine(text);
    if (!person) {
      if (text.trim() === '') onAddEmpty();
      return;
    }
    onAdd(person);
    change('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((active + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setClosed(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = active >= 0 ? suggestions[active] : undefined;
      if (chosen) take(chosen);
      else submit();
    }
  }

  return (
    <div className="quick-add">
      <label htmlFor={id} className="quick-add__label">
        Deelnemer toevoegen: naam, functie, organisatie
      </label>
      <div className="quick-add__row">
        <div className="quick-add__combo">
          <input
            ref={inputRef}
            id={id}
            type="text"
            className="field__input quick-add__input"
            role="combobox"
            data-view-start
            autoComplete="off"
            spellCheck={false}
            placeholder="Bijvoorbeeld: Yusuf Haddad, jeugdconsulent, Zorg & Veiligheid"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            aria-describedby={previewId}
            value={text}
            onChange={(event) => change(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setClosed(true)}
          />
          <ul id={listId} role="listbox" aria-label="Bekende personen" className="quick-add__list" hidden={!open}>
            {suggestions.map((person, index) => (
              <li
                key={person.key}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'quick-add__option quick-add__option--active' : 'quick-add__option'}
                // Keeps the focus in the line: a click chooses without blurring it first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  take(person);
                }}
              >
                <span className="quick-add__option-name">{person.name}</span>
                <span className="quick-add__option-detail">{[person.function, person.organisation].filter(Boolean).join(', ')}</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="button" className="button button--primary" onClick={submit}>
          <span aria-hidden="true">+</span> Deelnemer toevoegen
        </button>
      </div>
      <p id={previewId} className="quick-add__preview">
        {parsed && preview ? (
          <>
            Enter voegt toe: <strong>{parsed.name}</strong>
            {parsed.function && ` · ${parsed.function}`}
            {parsed.organisation && ` · ${parsed.organisation}`}
            {parsed.attendance !== 'aanwezig' && ` · ${attendanceLabels[parsed.attendance].toLowerCase()}`}
            {' · rol: '}
            <span className={preview.role === 'onbekend' ? 'quick-add__role quick-add__role--uncertain' : 'quick-add__role'}>
              {preview.role === 'onbekend' ? 'onzeker (geen professional tot u de rol kiest)' : readerRoleLabels[preview.role]}
            </span>
          </>
        ) : (
          'Enter voegt de persoon toe; de rol volgt uit de functie (moeder → ouder, leerling → kind). Na drie letters stelt de app bekende personen voor.'
        )}
      </p>
    </div>
  );
});
