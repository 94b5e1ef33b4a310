import { useId, useState } from 'react';
import type { AddressBookCorrection, KnownPerson } from '../../../../shared/ipc/contract';
import { ModalDialog } from '../../app/ModalDialog';
import { TextField } from '../../forms/TextField';

interface AddressBookDialogProps {
  people: readonly KnownPerson[];
  problem: string | null;
  onCorrect: (correction: AddressBookCorrection) => Promise<boolean>;
  onClose: () => void;
}

/**
 * The address book as the chair keeps it: one person at a time, to correct
 * (name, function, organisation, e-mail), to merge with another entry that
 * is the same person, or to forget. The meetings themselves do not change.
 */
export function AddressBookDialog({ people, problem, onCorrect, onClose }: AddressBookDialogProps) {
  const introId = useId();
  const personId = useId();
  const [chosenKey, setChosenKey] = useState(people[0]?.key ?? '');
  const [status, setStatus] = useState('');
  const chosen = people.find((person) => person.key === chosenKey) ?? people[0];

  return (
    <ModalDialog title="Adresboek" className="dialog dialog--wide address-book" describedBy={introId} onCancel={onClose}>
      <p id={introId} className="dialog__hint">
        De app onthoudt de professionals uit de overleggen in uw map, zodat u ze niet steeds opnieuw typt. Het adresboek blijft op
        deze computer. Ouders en kinderen staan er niet in.
      </p>
      {people.length === 0 ? (
        <p>Nog niemand: het adresboek vult zich met de overleggen die u opslaat.</p>
      ) : (
        <div className="address-book__body">
          <div className="field">
            <label htmlFor={personId} className="field__label">
              Persoon
            </label>
            <select id={personId} className="field__input field__input--select" value={chosen?.key ?? ''} onChange={(event) => setChosenKey(event.target.value)}>
              {people.map((person) => (
                <option key={person.key} value={person.key}>
                  {person.name}
                  {person.organisation ? ` (${person.organisation})` : ''}
                </option>
              ))}
            </select>
          </div>
          {chosen && (
            <PersonEditor
              key={chosen.key}
              person={chosen}
              others={people.filter((person) => person.key !== chosen.key)}
              onCorrect={async (correction, done) => {
                if (await onCorrect(correction)) setStatus(done);
              }}
            />
          )}
        </div>
      )}
      <p className="address-book__status" role="status">
        {problem ?? status}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Sluiten
        </button>
      </div>
    </ModalDialog>
  );
}

interface PersonEditorProps {
  person: KnownPerson;
  others: readonly KnownPerson[];
  onCorrect: (correction: AddressBookCorrection, done: string) => Promise<void>;
}

function PersonEditor({ person, others, onCorrect }: PersonEditorProps) {
  const [name, setName] = useState(person.name);
  const [fn, setFn] = useState(person.function);
  const [organisation, setOrganisation] = useState(person.organisation);
  const [email, setEmail] = useState(person.email);
  const [into, setInto] = useState(others[0]?.key ?? '');
  const intoId = useId();
  const seen = person.meetingCount === 1 ? 'in 1 overleg' : `in ${person.meetingCount} overleggen`;

  return (
    <div className="address-book__person">
      <p className="address-book__seen">
        {person.name} staat {seen} in uw map.
      </p>
      <form
        className="address-book__fields"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') return;
          void onCorrect(
            { action: 'update', key: person.key, changes: { name: name.trim(), function: fn.trim(), organisation: organisation.trim(), email: email.trim() } },
            `${name.trim()} is bijgewerkt.`,
          );
        }}
      >
        <TextField label="Naam" value={name} onChange={setName} required />
        <TextField label="Functie" value={fn} onChange={setFn} />
        <TextField label="Organisatie" value={organisation} onChange={setOrganisation} />
        <TextField label="E-mail" type="email" value={email} onChange={setEmail} />
        <button type="submit" className="button">
          Wijziging bewaren
        </button>
      </form>
      {others.length > 0 && (
        <div className="address-book__merge">
          <div className="field">
            <label htmlFor={intoId} className="field__label">
              Is dezelfde persoon als
            </label>
            <select id={intoId} className="field__input field__input--select" value={into} onChange={(event) => setInto(event.target.value)}>
              {others.map((other) => (
                <option key={other.key} value={other.key}>
                  {other.name}
                  {other.organisation ? ` (${other.organisation})` : ''}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button"
            onClick={() => {
              const target = others.find((other) => other.key === into);
              if (target) void onCorrect({ action: 'merge', from: person.key, into: target.key }, `${person.name} en ${target.name} zijn samengevoegd.`);
            }}
          >
            Samenvoegen
          </button>
        </div>
      )}
      <button
        type="button"
        className="button button--quiet address-book__forget"
        onClick={() => void onCorrect({ action: 'forget', key: person.key }, `${person.name} is vergeten. Staat ${person.name} in een later opgeslagen overleg, dan komt de naam terug.`)}
      >
        {person.name} vergeten
      </button>
    </div>
  );
}
