import { useRef } from 'react';
import type { AgendaItem, Confidentiality, Meeting } from '../../../shared/meeting/meeting-schema';
import { restrictionLabel } from '../../../shared/privacy/audience';
import type { MeetingEdit } from '../meeting/open-document';
import { ConfidentialForm } from '../notes/ConfidentialForm';

function setItemConfidential(meeting: Meeting, itemId: string, confidential: Confidentiality | null): Meeting {
  return { ...meeting, agendaItems: meeting.agendaItems.map((item) => (item.id === itemId ? { ...item, confidential } : item)) };
}

interface ItemConfidentialityProps {
  item: AgendaItem;
  participants: Meeting['participants'];
  onEdit: (edit: MeetingEdit) => void;
  /** Whether the audience form is open ("Hele agendapunt vertrouwelijk…" in the notes toolbar's Meer menu opens it). */
  formOpen: boolean;
  onFormOpenChange: (open: boolean) => void;
  /** The form closed and the item is not confidential: the note-taker goes on in the notes. */
  onDone: () => void;
}

/**
 * "Hele agendapunt vertrouwelijk": the whole item (title, notes, decisions
 * and actions) is left out of copies for the chosen audience. When it is
 * set, the item's header carries the same band and label as a passage,
 * with the buttons to change or lift it; otherwise nothing shows until the
 * form is opened.
 */
export function ItemConfidentiality({ item, participants, onEdit, formOpen, onFormOpenChange, onDone }: ItemConfidentialityProps) {
  const changeRef = useRef<HTMLButtonElement>(null);
  const restriction = item.confidential;

  /** Closes the form; the focus goes to the band's button when there is a band, else back to the notes. */
  function close(confidential: boolean): void {
    onFormOpenChange(false);
    window.requestAnimationFrame(() => {
      if (confidential && changeRef.current) changeRef.current.focus();
      else onDone();
    });
  }

  function set(confidential: Confidentiality | null): void {
    onEdit({ field: `agenda:${item.id}:confidential`, apply: (m) => setItemConfidential(m, item.id, confidential) });
    close(confidential !== null);
  }

  if (!restriction && !formOpen) return null;
  const bandClass = restriction?.scope === 'niet-voor' ? 'item-confidential item-confidential--niet-voor' : 'item-confidential';

  return (
    <div className={restriction ? bandClass : 'item-confidential item-confidential--off'}>
      {restriction && (
        <div className="item-confidential__row">
          <p className="item-confidential__label">{restrictionLabel(restriction, participants)} (hele agendapunt)</p>
          <button ref={changeRef} type="button" className="button button--quiet" aria-expanded={formOpen} onClick={() => onFormOpenChange(!formOpen)}>
            Vertrouwelijk agendapunt wijzigen…
          </button>
          <button type="button" className="button button--quiet" onClick={() => set(null)}>
            Agendapunt niet meer vertrouwelijk
          </button>
        </div>
      )}
      {formOpen && (
        <ConfidentialForm
          title="Hele agendapunt vertrouwelijk"
          participants={participants}
          current={restriction}
          submitLabel={restriction ? 'Wijzigen' : 'Markeren'}
          onSubmit={set}
          onCancel={() => close(restriction !== null)}
        />
      )}
    </div>
  );
}
