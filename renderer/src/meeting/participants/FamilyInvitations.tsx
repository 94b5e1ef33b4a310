import { useId } from 'react';
import type { Meeting, Participant } from '../../../../shared/meeting/meeting-schema';
import { TextAreaField } from '../../forms/TextAreaField';
import type { MeetingPanelProps } from '../meeting-panel';
import { attendanceLabels, invitedFamily } from './participant-edits';

/**
 * "Niet over maar met": on the list means invited. When no parent or no
 * child is on it, the chair writes down why, and how their view is heard.
 */
export function FamilyInvitations({ meeting, onEdit }: Pick<MeetingPanelProps, 'meeting' | 'onEdit'>) {
  const headingId = useId();
  const { parents, children } = invitedFamily(meeting);
  const setReason = (which: keyof Meeting['notInvitedReasons'], text: string) =>
    onEdit({
      field: `notInvitedReasons.${which}`,
      apply: (current) => ({ ...current, notInvitedReasons: { ...current.notInvitedReasons, [which]: text } }),
    });

  const invitedList = (people: readonly Participant[]) => (
    <ul className="family-invitations__invited">
      {people.map((person) => (
        <li key={person.id}>
          <span aria-hidden="true">✓ </span>
          Uitgenodigd: {person.name.trim() || 'naam nog niet ingevuld'} ({attendanceLabels[person.attendance].toLowerCase()})
        </li>
      ))}
    </ul>
  );

  return (
    <section className="panel family-invitations" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Ouders en kind
      </h2>
      <p className="panel__subtitle">Wie op de lijst staat, is uitgenodigd. Ouders en kind horen er in principe bij: niet over hen, maar met hen.</p>
      <div className="family-invitations__groups">
        <div className="family-invitations__group">
          <h3 className="family-invitations__title">Ouders</h3>
          {parents.length > 0 ? (
            invitedList(parents)
          ) : (
            <>
              <p className="family-invitations__missing">Er staat geen ouder of verzorger op de lijst.</p>
              <TextAreaField
                label="Waarom zijn de ouders niet uitgenodigd?"
                value={meeting.notInvitedReasons.parents}
                hint="En hoe horen zij wat er besproken en besloten is?"
                onChange={(text) => setReason('parents', text)}
              />
            </>
          )}
        </div>
        <div className="family-invitations__group">
          <h3 className="family-invitations__title">Kind</h3>
          {children.length > 0 ? (
            invitedList(children)
          ) : (
            <>
              <p className="family-invitations__missing">Het kind staat niet op de lijst.</p>
              <TextAreaField
                label="Waarom is het kind niet uitgenodigd?"
                value={meeting.notInvitedReasons.child}
                hint="En hoe wordt de stem van het kind gehoord? Bijvoorbeeld in een gesprek vooraf, met de Drie Huizen."
                onChange={(text) => setReason('child', text)}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
