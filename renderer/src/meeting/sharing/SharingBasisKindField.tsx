import type { SharingBasis } from '../../../../shared/meeting/meeting-schema';
import { SelectField, type SelectOption } from '../../forms/SelectField';
import { withKind, type SharingBasisChoice, type SharingBasisField } from './sharing-basis-edits';

interface SharingBasisKindFieldProps {
  /** "Soort" on Gegevens, or "Grondslag voor dit punt" on an agenda item. */
  label: string;
  /** What no basis means here: "Niet vastgelegd", or "Zelfde als het overleg". */
  noneLabel: string;
  value: SharingBasis | null;
  onChange: (field: SharingBasisField, value: SharingBasis | null) => void;
  className?: string;
}

/**
 * The kind of basis for sharing information. Apart from its details
 * (SharingBasisDetails), so an agenda item can keep it in its row of fields
 * and grows only when a basis of its own is chosen.
 */
export function SharingBasisKindField({ label, noneLabel, value, onChange, className }: SharingBasisKindFieldProps) {
  const options: readonly SelectOption<SharingBasisChoice>[] = [
    { value: '', label: noneLabel },
    { value: 'toestemming', label: 'Toestemming' },
    { value: 'meldcode', label: 'Meldcode' },
    { value: 'wettelijke-taak', label: 'Wettelijke taak' },
  ];
  return (
    <SelectField
      label={label}
      className={className}
      value={value?.kind ?? ''}
      options={options}
      onChange={(kind) => onChange('kind', withKind(value, kind))}
    />
  );
}
