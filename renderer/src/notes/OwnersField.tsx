import { useState } from 'react';
import { ownerName } from '../../../shared/notes/derive-lists';
import { resolvePerson, splitNames } from '../../../shared/notes/typed-conventions';
import type { BlockPerson } from '../../../shared/notes/node-data';
import type { Participant } from '../../../shared/meeting/meeting-schema';
import { PersonNameInput } from './PersonNameInput';

interface OwnersFieldProps {
  value: readonly BlockPerson[];
  participants: readonly Participant[];
  onChange: (value: BlockPerson[]) => void;
}

/**
 * "Wie": one or more people. Type a name (the participants are suggested;
 * a first name that only one participant has is enough) and press Enter; a
 * name of somebody not on the list is kept as typed.
 */
export function OwnersField({ value, participants, onChange }: OwnersFieldProps) {
  const [text, setText] = useState('');

  function commit(): void {
    const names = splitNames(text);
    if (names.length === 0) return;
    const added = names.map((name) => resolvePerson(name, participants));
    const known = new Set(value.map((person) => person.participantId ?? person.name.toLocaleLowerCase('nl')));
    onChange([...value, ...added.filter((person) => !known.has(person.participantId ?? person.name.toLocaleLowerCase('nl')))]);
    setText('');
  }

  return (
    <div className="owners">
      {value.length > 0 && (
        <ul className="owners__list" aria-label="Wie doet het">
          {value.map((person, index) => {
            const name = ownerName(person, participants);
            return (
              <li key={`${person.participantId ?? person.name}-${index}`} className="owners__chip">
                {name}
                <button
                  type="button"
                  className="owners__remove"
                  aria-label={`${name} weghalen bij wie`}
                  onClick={() => onChange(value.filter((_, at) => at !== index))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <PersonNameInput
        label="Wie"
        value={text}
        participants={participants}
        hint="Typ een naam en druk op Enter; meer namen kan ook."
        onChange={setText}
        onCommit={commit}
      />
    </div>
  );
}
