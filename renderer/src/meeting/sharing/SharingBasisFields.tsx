import type { ConsentBy, SharingBasis } from '../../../../shared/meeting/meeting-schema';
import { DateField } from '../../forms/DateField';
import { SelectField, type SelectOption } from '../../forms/SelectField';
import { TextAreaField } from '../../forms/TextAreaField';
import { withKind, type SharingBasisChoice, type SharingBasisField } from './sharing-basis-edits';

interface SharingBasisFieldsProps {
  /** The label of the kind: "Soort", or "Grondslag voor dit punt" on an agenda item. */
  label: string;
  /** What no basis means here: "Niet vastgelegd", or "Zelfde als het overleg". */
  noneLabel: string;
  value: SharingBasis | null;
  /** Who consents at the child's age, under "Toestemming van". */
  consentHint: string;
  onChange: (field: SharingBasisField, value: SharingBasis | null) => void;
  /** Class of each field, to fit the grid around it. */
  fieldClassName?: string;
  wideClassName?: string;
}

const consentOptions: readonly SelectOption<ConsentBy | ''>[] = [
  { value: '', label: 'Nog niet gekozen' },
  { value: 'ouders', label: 'Ouders (met gezag)' },
  { value: 'jongere', label: 'Jongere zelf' },
  { value: 'ouders-en-jongere', label: 'Ouders en jongere' },
];

const reasonHints = {
  meldcode: 'Waarom deelt u informatie zonder toestemming? Bijvoorbeeld de stap van de meldcode en het overleg met Veilig Thuis.',
  'wettelijke-taak': 'Welke wettelijke taak, en waarom is toestemming niet nodig of niet gevraagd?',
} as const;

/**
 * The basis for sharing information: the kind, then for consent of whom and
 * since when, for a legal basis the reason. The same fields on the meeting
 * (Gegevens) and on each agenda item.
 */
export function SharingBasisFields({ label, noneLabel, value, consentHint, onChange, fieldClassName, wideClassName }: SharingBasisFieldsProps) {
  const kindOptions: readonly SelectOption<SharingBasisChoice>[] = [
    { value: '', label: noneLabel },
    { value: 'toestemming', label: 'Toestemming' },
    { value: 'meldcode', label: 'Meldcode' },
    { value: 'wettelijke-taak', label: 'Wettelijke taak' },
  ];
  return (
    <>
      <SelectField
        label={label}
        className={fieldClassName}
        value={value?.kind ?? ''}
        options={kindOptions}
        onChange={(kind) => onChange('kind', withKind(value, kind))}
      />
      {value?.kind === 'toestemming' && (
        <>
          <SelectField
            label="Toestemming van"
            className={fieldClassName}
            value={value.consentBy ?? ''}
            options={consentOptions}
            hint={consentHint}
            onChange={(consentBy) => onChange('consentBy', { ...value, consentBy: consentBy === '' ? null : consentBy })}
          />
          <DateField
            label="Datum toestemming"
            className={fieldClassName}
            value={value.consentDate}
            onChange={(consentDate) => onChange('consentDate', { ...value, consentDate })}
          />
        </>
      )}
      {(value?.kind === 'meldcode' || value?.kind === 'wettelijke-taak') && (
        <TextAreaField
          label="Reden"
          className={wideClassName}
          rows={2}
          value={value.reason}
          hint={reasonHints[value.kind]}
          onChange={(reason) => onChange('reason', { ...value, reason })}
        />
      )}
    </>
  );
}
