import type { ConsentBy, SharingBasis } from '../../../../shared/meeting/meeting-schema';
import { DateField } from '../../forms/DateField';
import { SelectField, type SelectOption } from '../../forms/SelectField';
import { TextAreaField } from '../../forms/TextAreaField';
import type { SharingBasisField } from './sharing-basis-edits';

interface SharingBasisDetailsProps {
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
 * What the chosen basis needs: for consent of whom and since when, for a
 * legal basis (meldcode, wettelijke taak) the reason. Nothing while no basis
 * is recorded. The same fields on Gegevens and on each agenda item.
 */
export function SharingBasisDetails({ value, consentHint, onChange, fieldClassName, wideClassName }: SharingBasisDetailsProps) {
  if (value?.kind === 'toestemming') {
    return (
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
    );
  }
  if (value?.kind === 'meldcode' || value?.kind === 'wettelijke-taak') {
    return (
      <TextAreaField
        label="Reden"
        className={wideClassName}
        rows={2}
        value={value.reason}
        hint={reasonHints[value.kind]}
        onChange={(reason) => onChange('reason', { ...value, reason })}
      />
    );
  }
  return null;
}
