import { useId } from 'react';
import { childAgeAtMeeting } from '../../../../shared/agenda/agenda-check';
import type { Meeting, SharingBasis } from '../../../../shared/meeting/meeting-schema';
import type { MeetingEdit } from '../open-document';
import { consentAdvice, type SharingBasisField } from '../sharing/sharing-basis-edits';
import { SharingBasisDetails } from '../sharing/SharingBasisDetails';
import { SharingBasisKindField } from '../sharing/SharingBasisKindField';

interface SharingBasisSectionProps {
  meeting: Meeting;
  onEdit: (edit: MeetingEdit) => void;
}

/**
 * "Grondslag voor het delen van informatie" for the meeting as a whole; an
 * agenda item can record its own (Agenda). The agenda check says what is
 * missing.
 */
export function SharingBasisSection({ meeting, onEdit }: SharingBasisSectionProps) {
  const headingId = useId();
  const onChange = (field: SharingBasisField, sharingBasis: SharingBasis | null) =>
    onEdit({ field: `sharingBasis.${field}`, apply: (current) => ({ ...current, sharingBasis }) });
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Grondslag voor het delen van informatie
      </h2>
      <p className="panel__subtitle">
        Informatie over het kind deelt u met toestemming, of op een wettelijke grondslag zoals de meldcode. Leg vast welke.
      </p>
      <fieldset className="sharing-basis field-grid" aria-labelledby={headingId}>
        <SharingBasisKindField label="Soort" noneLabel="Niet vastgelegd" value={meeting.sharingBasis} onChange={onChange} />
        <SharingBasisDetails
          value={meeting.sharingBasis}
          consentHint={consentAdvice(childAgeAtMeeting(meeting), meeting.child.name)}
          wideClassName="field--wide"
          onChange={onChange}
        />
      </fieldset>
    </section>
  );
}
