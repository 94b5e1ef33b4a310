import { useEffect, useRef, useState } from 'react';
import {
  attendanceValues,
  participantRoleValues,
  type Participant,
  type ParticipantRole,
} from '../../../../shared/meeting/meeting-schema';
import type { RoleJudgement } from '../../../../shared/meeting/roles';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { attendanceLabels, displayName, roleLabels, type ParticipantChanges } from './participant-edits';

type RoleChoice = ParticipantRole | 'automatisch';

/** The judged role in the narrow select: one word each. */
const autoLabels: Readonly<Record<RoleJudgement['role'], string>> = {
  professional: 'professional',
  ouder: 'ouder',
  kind: 'kind',
  netwerk: 'netwerk',
  onbekend: 'onzeker',
};

/**
 * The first option is the app's own judgement, named ("Auto: ouder"), so the
 * chair sees what the app makes of this person while typing the function;
 * the others are the roles the chair can choose instead.
 */
function roleOptions(judgement: RoleJudgement): { value: RoleChoice; label: string }[] {
  const judged = judgement.reason === 'gekozen' ? 'Auto' : `Auto: ${autoLabels[judgement.role]}`;
  return [{ value: 'automatisch', label: judged }, ...participantRoleValues.map((value) => ({ value, label: roleLabels[value] }))];
}

/** Why the app judged the role as it did, for the select's description. */
const reasonTexts: Readonly<Record<RoleJudgement['reason'], string>> = {
  'naam-kind': 'Afgeleid: deze deelnemer heeft de naam van het kind.',
  functie: 'Afgeleid uit de functie.',
  'functie-en-organisatie': 'Afgeleid: een functie met een organisatie.',
  gekozen: 'Door u gekozen.',
  onbekend:
    'Rol onzeker: kies de rol, of vul functie en organisatie in. Tot dan geldt deze persoon niet als professional, ook niet in de kopieën per ontvanger.',
};

const attendanceOptions = attendanceValues.map((value) => ({ value, label: attendanceLabels[value] }));

export type MoveDirection = 'up' | 'down';

interface ParticipantRowProps {
  participant: Participant;
  /** The role the app judges (shared/meeting/roles.ts), from the choice, the name or the function. */
  judgement: RoleJudgement;
  /** 0-based place in the list. */
  index: number;
  count: number;
  onChange: (changes: ParticipantChanges, field: keyof ParticipantChanges) => void;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
  /** The row's fieldset, so the panel can put the focus inside it. */
  rowRef: (element: HTMLFieldSetElement | null) => void;
}

/**
 * One participant as one row: name, function, organisation, role and
 * attendance side by side under the list's column heads, the e-mail address
 * on demand. A fieldset whose legend names the person and their place
 * ("Deelnemer 3: Fatima El Amrani"), so a screen reader says whose "Naam" or
 * "Rol" it is; the buttons carry the person's name themselves. Alt+↑/↓ moves.
 */
export function ParticipantRow({ participant, judgement, index, count, onChange, onMove, onRemove, rowRef }: ParticipantRowProps) {
  const name = participant.name.trim();
  const who = displayName(participant, index);
  const [emailOpen, setEmailOpen] = useState(false);
  const emailBox = useRef<HTMLDivElement>(null);
  const focusEmail = useRef(false);

  // Opened with its button: the caret goes into the address.
  useEffect(() => {
    if (!emailOpen || !focusEmail.current) return;
    focusEmail.current = false;
    emailBox.current?.querySelector('input')?.focus();
  }, [emailOpen]);
  const showEmail = emailOpen || participant.email.trim() !== '';
  const uncertain = judgement.role === 'onbekend';

  return (
    <fieldset
      ref={rowRef}
      className={uncertain ? 'participant-row participant-row--uncertain' : 'participant-row'}
      onKeyDown={(event) => {
        if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
        event.preventDefault();
        onMove(event.key === 'ArrowUp' ? 'up' : 'down');
      }}
    >
      <legend className="visually-hidden">
        Deelnemer {index + 1}
        {name && `: ${name}`}
      </legend>
      <span className="participant-row__number" aria-hidden="true">
        {index + 1}
      </span>
      <TextField label="Naam" value={participant.name} onChange={(value) => onChange({ name: value }, 'name')} />
      <TextField
        label="Functie"
        className="participant-row__field"
        value={participant.function}
        onChange={(value) => onChange({ function: value }, 'function')}
      />
      <TextField
        label="Organisatie"
        className="participant-row__field"
        value={participant.organisation}
        onChange={(value) => onChange({ organisation: value }, 'organisation')}
      />
      <div className="participant-row__role" title={reasonTexts[judgement.reason]}>
        <SelectField<RoleChoice>
          label="Rol"
          value={participant.role ?? 'automatisch'}
          options={roleOptions(judgement)}
          hint={uncertain ? '⚠ Rol onzeker' : undefined}
          onChange={(value) => onChange({ role: value === 'automatisch' ? null : value }, 'role')}
        />
        {/* The whole reason for screen readers; on screen the short flag above and the title. */}
        {uncertain && <span className="visually-hidden">{reasonTexts.onbekend}</span>}
      </div>
      <SelectField
        label="Aanwezigheid"
        className="participant-row__attendance"
        value={participant.attendance}
        options={attendanceOptions}
        onChange={(value) => onChange({ attendance: value }, 'attendance')}
      />
      <div className="participant-row__actions">
        <button
          type="button"
          className="button button--quiet button--small participant-row__icon"
          aria-expanded={showEmail}
          aria-label={`E-mail van ${who}`}
          title="E-mailadres"
          onClick={() => {
            const open = !showEmail || participant.email.trim() !== '';
            focusEmail.current = open;
            setEmailOpen(open);
            if (open && emailOpen) emailBox.current?.querySelector('input')?.focus();
          }}
        >
          @
        </button>
        <button
          type="button"
          className="button button--quiet button--small participant-row__icon"
          data-move="up"
          disabled={index === 0}
          aria-label={`${who} omhoog`}
          title="Omhoog (Alt+↑)"
          onClick={() => onMove('up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--small participant-row__icon"
          data-move="down"
          disabled={index === count - 1}
          aria-label={`${who} omlaag`}
          title="Omlaag (Alt+↓)"
          onClick={() => onMove('down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--small participant-row__icon participant-row__remove"
          aria-label={`${who} verwijderen`}
          title="Verwijderen"
          onClick={onRemove}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {showEmail && (
        <div ref={emailBox} className="participant-row__email">
          <TextField label="E-mail" type="email" value={participant.email} onChange={(value) => onChange({ email: value }, 'email')} />
        </div>
      )}
    </fieldset>
  );
}
