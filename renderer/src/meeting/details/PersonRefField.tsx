import { useId } from 'react';
import type { Participant, PersonRef } from '../../../../shared/meeting/meeting-schema';
import { FieldShell } from '../../forms/field-shell';
import { linkedParticipant, personRefFromText } from './person-ref';

interface PersonRefFieldProps {
  label: string;
  value: PersonRef;
  participants: readonly Participant[];
  /** The id of the <datalist> with the participants' names. */
  listId: string;
  onChange: (value: PersonRef) => void;
}

/**
 * A person in a role: a text field that suggests the participants' names
 * (arrow down opens the list, as in any browser field with suggestions).
 * A name that is exactly a participant's links to that participant; any other
 * name is kept as typed. The hint says which of the two it is.
 */
export function PersonRefField({ label, value, participants, listId, onChange }: PersonRefFieldProps) {
  const id = useId();
  const linked = linkedParticipant(value, participants);
  return (
    <FieldShell id={id} label={label} hint={hintFor(value, linked, participants.length)}>
      <input
        id={id}
        type="text"
        className="field__input"
        list={listId}
        autoComplete="off"
        value={value.name}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(personRefFromText(event.target.value, participants))}
      />
    </FieldShell>
  );
}

function hintFor(value: PersonRef, linked: Participant | undefined, participantCount: number): string {
  if (linked) {
    const about = [linked.function, linked.organisation].map((part) => part.trim()).filter(Boolean).join(', ');
    return about ? `Deelnemer: ${about}.` : 'Deelnemer van dit overleg.';
  }
  if (value.name.trim() !== '') return 'Staat niet op de deelnemerslijst.';
  if (participantCount === 0) return 'Typ een naam, of voeg eerst de deelnemers toe.';
  return 'Kies een deelnemer (pijltje omlaag) of typ een naam.';
}
