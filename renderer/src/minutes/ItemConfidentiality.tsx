import { useRef, useState } from 'react';
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
}

/**
 * "Hele agendapunt vertrouwelijk": the whole item (title, notes, decisions
 * and actions) is left out of copies for the chosen audience. When it is
 * set, the item's header carries the same band and label as a passage.
 */
export function ItemConfidentiality({ item, participants, onEdit }: ItemConfidentialityProps) {
  const [formOpen, setFormOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const restriction = item.confidential;

  /** Closes the form; the focus goes back to the button that opens it (whichever it is now). */
  function close(): void {
    setFormOpen(false);
    window.requestAnimationFrame(() => toggleRef.current?.focus());
  }

  function set(confidential: Confidentiality | null): void {
    onEdit({ field: `agenda:${item.id}:confidential`, apply: (m) => setItemConfidential(m, item.id, confidential) });
    close();
  }

  const bandClass = restriction?.scope === 'niet-voor' ? 'item-confidential item-confidential--niet-voor' : 'item-confidential';

  return (
    <div className={restriction ? bandClass : 'item-confidential item-confidential--off'}>
      {restriction ? (
        <div className="item-confidential__row">
          <p className="item-confidential__label">{restrictionLabel(restriction, participants)} (hele agendapunt)</p>
          <button ref={toggleRef} type="button" className="button button--quiet" aria-expanded={formOpen} onClick={() => setFormOpen(!formOpen)}>
            Vertrouwelijk agendapunt wijzigen…
          </button>
          <button type="button" className="button button--quiet" onClick={() => set(null)}>
            Agendapunt niet meer vertrouwelijk
          </button>
        </div>
      ) : (
        <button ref={toggleRef} type="button" className="button" aria-expanded={formOpen} onClick={() => setFormOpen(!formOpen)}>
          Hele agendapunt vertrouwelijk…
        </button>
      )}
      {formOpen && (
        <ConfidentialForm
          title="Hele agendapunt vertrouwelijk"
          participants={participants}
          current={restriction}
          submitLabel={restriction ? 'Wijzigen' : 'Markeren'}
          onSubmit={set}
          onCancel={close}
        />
      )}
    </div>
  );
}
