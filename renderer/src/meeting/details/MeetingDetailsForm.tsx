import { useId, type ReactNode } from 'react';
import { isFrozen } from '../../../../shared/cycle/minutes-status';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { DateField } from '../../forms/DateField';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { TimeField } from '../../forms/TimeField';
import type { MeetingPanelProps } from '../meeting-panel';
import { BirthDateField } from './BirthDateField';
import { DetailsSection } from './DetailsSection';
import { ExportLogSection } from './ExportLogSection';
import { MinutesStatusSection } from './MinutesStatusSection';
import { PersonRefField } from './PersonRefField';
import { SharingBasisSection } from './SharingBasisSection';
import './meeting-details.css';

/** The meeting's roles, each filled from the participants or with a name typed in. */
const MEETING_ROLES = [
  { field: 'chair', label: 'Voorzitter' },
  { field: 'noteTaker', label: 'Notulist' },
  { field: 'coordinator', label: 'Regievoerder' },
] as const;

/**
 * The meeting's details, in the order a chair fills them in. Every field
 * reports a named edit, so each field is its own undo step.
 */
export function MeetingDetailsForm({ meeting, onEdit, followUp }: MeetingPanelProps & { followUp?: ReactNode }) {
  const participantNamesId = useId();
  const set = <K extends keyof Meeting>(field: K, value: Meeting[K]) =>
    onEdit({ field, apply: (current) => ({ ...current, [field]: value }) });
  const names = [...new Set(meeting.participants.map((participant) => participant.name.trim()).filter(Boolean))];
  // Definitive minutes: every field is read only until Heropenen (in Verslag, or on the banner above).
  const frozen = isFrozen(meeting);

  return (
    <div className="details-form">
      <fieldset className="frozen-lock" disabled={frozen}>
        <DetailsSection title="Het overleg">
          <TextField
            label="Titel"
            className="field--wide"
            required
            value={meeting.title}
            hint="Bijvoorbeeld: MDO Noor de V. Deze titel staat ook in de bestandsnaam."
            onChange={(title) => set('title', title)}
          />
          <DateField label="Datum" value={meeting.date} onChange={(date) => set('date', date)} />
          <div className="details-form__times">
            <TimeField label="Begintijd" value={meeting.startTime} onChange={(time) => set('startTime', time)} />
            <TimeField label="Eindtijd" value={meeting.endTime} onChange={(time) => set('endTime', time)} />
          </div>
          <TextField
            label="Locatie"
            className="field--wide"
            value={meeting.location}
            hint="Adres en ruimte, of hoe mensen op afstand meedoen (videobellen)."
            onChange={(location) => set('location', location)}
          />
        </DetailsSection>

        <DetailsSection title="Het kind">
          <TextField
            label="Kind"
            value={meeting.child.name}
            hint="Naam of initialen, bijvoorbeeld Noor de V. of N.d.V."
            onChange={(name) => onEdit({ field: 'child.name', apply: (current) => ({ ...current, child: { ...current.child, name } }) })}
          />
          <BirthDateField
            label="Geboortedatum"
            value={meeting.child.birthDate}
            meetingDate={meeting.date}
            onChange={(birthDate) =>
              onEdit({ field: 'child.birthDate', apply: (current) => ({ ...current, child: { ...current.child, birthDate } }) })
            }
          />
          <TextAreaField
            label="Aanleiding"
            className="field--wide"
            rows={3}
            value={meeting.reason}
            hint="Waarom overleggen we nu? Feiten, geen labels."
            onChange={(reason) => set('reason', reason)}
          />
          <TextAreaField
            label="Doel"
            className="field--wide"
            rows={3}
            value={meeting.goal}
            hint="Wat moet er aan het eind van het overleg besloten of afgesproken zijn?"
            onChange={(goal) => set('goal', goal)}
          />
        </DetailsSection>

        <SharingBasisSection meeting={meeting} onEdit={onEdit} />

        <DetailsSection title="Rollen" intro="Kies uit de deelnemers of typ een naam van iemand die niet op de lijst staat.">
          <datalist id={participantNamesId}>
            {names.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {MEETING_ROLES.map(({ field, label }) => (
            <PersonRefField
              key={field}
              label={label}
              value={meeting[field]}
              participants={meeting.participants}
              listId={participantNamesId}
              onChange={(ref) => set(field, ref)}
            />
          ))}
        </DetailsSection>

      </fieldset>

      <DetailsSection title="Volgend overleg">
        <fieldset className="frozen-lock" disabled={frozen}>
          <DateField
            label="Volgend overleg: datum"
            value={meeting.nextMeeting.date}
            onChange={(date) =>
              onEdit({ field: 'nextMeeting.date', apply: (current) => ({ ...current, nextMeeting: { ...current.nextMeeting, date } }) })
            }
          />
          <TimeField
            label="Volgend overleg: tijd"
            value={meeting.nextMeeting.time}
            onChange={(time) =>
              onEdit({ field: 'nextMeeting.time', apply: (current) => ({ ...current, nextMeeting: { ...current.nextMeeting, time } }) })
            }
          />
        </fieldset>
        {followUp}
      </DetailsSection>

      <MinutesStatusSection meeting={meeting} onEdit={onEdit} />

      <ExportLogSection meeting={meeting} />
    </div>
  );
}
