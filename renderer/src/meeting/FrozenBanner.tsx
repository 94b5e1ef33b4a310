import { useId } from 'react';
import { frozenText } from '../../../shared/cycle/own-statement';
import type { Meeting } from '../../../shared/meeting/meeting-schema';
import { ReopenButton } from './details/MinutesStatusDialogs';
import type { MeetingEdit } from './open-document';

interface FrozenBannerProps {
  meeting: Meeting;
  onEdit: (edit: MeetingEdit) => void;
}

/**
 * The minutes are definitive: said at the top of every view for as long as
 * it lasts (in the look of the read-only banner), with the one way on.
 */
export function FrozenBanner({ meeting, onEdit }: FrozenBannerProps) {
  const titleId = useId();
  return (
    <section className="read-only-banner frozen-banner" aria-labelledby={titleId}>
      <p className="read-only-banner__text">
        <strong id={titleId}>Definitief:</strong> {frozenText(meeting)} Wijzigen kan pas na Heropenen.
      </p>
      <div className="button-row">
        <ReopenButton meeting={meeting} onEdit={onEdit} />
      </div>
    </section>
  );
}
