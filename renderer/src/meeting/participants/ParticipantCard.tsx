import {
  attendanceValues,
  participantRoleValues,
  type Participant,
  type ParticipantRole,
} from '../../../../shared/meeting/meeting-schema';
import { readerRoleLabels, type RoleJudgement } from '../../../../shared/meeting/roles';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { attendanceLabels, displayName, roleLabels, type ParticipantChanges } from './participant-edits';

type RoleChoice = ParticipantRole | 'automatisch';

function roleOptions(judgement: RoleJudgement): { value: RoleChoice; label: string }[] {
  const judged = judgement.reason === 'gekozen' ? '' : `: ${readerRoleLabels[judgement.role]}`;
  return [{ value: 'automatisch', label: `Uit naam en functie${judged}` }, ...participantRoleValues.map((value) => ({ value, label: roleLabels[value] }))];
}

/** Why the role is what it is, when the chair should know: the app is not sure, or the name is the child's. */
function roleHint(judgement: RoleJudgement): string | undefined {
  if (judgement.reason === 'naam-kind') return 'Deze deelnemer heeft de naam van het kind en telt als het kind.';
  if (judgement.role === 'onbekend') {
    return 'Rol niet bekend: kies de rol, of vul functie en organisatie in. Tot dan krijgt deze deelnemer geen tekst die alleen voor professionals is.';
  }
  return undefined;
}
const attendanceOptions = attendanceValues.map((value) => ({ value, label: attendanceLabels[value] }));

export type MoveDirection = 'up' | 'down';

interface ParticipantCardProps {
  participant: Participant;
  /** The role the app judges (shared/meeting/roles.ts), from the choice, the name or the function. */
  judgement: RoleJudgement;
  /** 0-based place in the list. */
  index: number;
  count: number;
  onChange: (changes: ParticipantChanges, field: keyof ParticipantChanges) => void;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
  /** The card's fieldset, so the panel can put the focus inside it. */
  cardRef: (element: HTMLFieldSetElement | null) => void;
}

/**
 * One participant: a fieldset whose legend names the person and their place
 * ("Deelnemer 3: Fatima El Amrani"), so a screen reader says whose "Naam" or
 * "Rol" it is; the buttons carry the person's name themselves.
 */
export function ParticipantCard({ participant, judgement, index, count, onChange, onMove, onRemove, cardRef }: ParticipantCardProps) {
  const name = participant.name.trim();
  const who = displayName(participant, index);
  return (
    <fieldset ref={cardRef} className="participant-card">
      <legend className="participant-card__legend">
        Deelnemer {index + 1}
        {name && `: ${name}`}
      </legend>
      <div className="participant-card__fields">
        <TextField label="Naam" value={participant.name} onChange={(value) => onChange({ name: value }, 'name')} />
        <TextField label="Functie" value={participant.function} onChange={(value) => onChange({ function: value }, 'function')} />
        <TextField
          label="Organisatie"
          value={participant.organisation}
          onChange={(value) => onChange({ organisation: value }, 'organisation')}
        />
        <TextField label="E-mail" type="email" value={participant.email} onChange={(value) => onChange({ email: value }, 'email')} />
        <SelectField<RoleChoice>
          label="Rol"
          value={participant.role ?? 'automatisch'}
          options={roleOptions(judgement)}
          hint={roleHint(judgement)}
          onChange={(value) => onChange({ role: value === 'automatisch' ? null : value }, 'role')}
        />
        <SelectField
          label="Aanwezigheid"
          value={participant.attendance}
          options={attendanceOptions}
          onChange={(value) => onChange({ attendance: value }, 'attendance')}
        />
      </div>
      <div className="participant-card__actions">
        <button
          type="button"
          className="button button--quiet"
          data-move="up"
          disabled={index === 0}
          aria-label={`${who} omhoog`}
          onClick={() => onMove('up')}
        >
          <span aria-hidden="true">↑</span> Omhoog
        </button>
        <button
          type="button"
          className="button button--quiet"
          data-move="down"
          disabled={index === count - 1}
          aria-label={`${who} omlaag`}
          onClick={() => onMove('down')}
        >
          <span aria-hidden="true">↓</span> Omlaag
        </button>
        <button type="button" className="button button--quiet participant-card__remove" aria-label={`${who} verwijderen`} onClick={onRemove}>
          Verwijderen
        </button>
      </div>
    </fieldset>
  );
}
