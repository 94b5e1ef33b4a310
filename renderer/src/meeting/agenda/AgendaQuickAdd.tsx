import { forwardRef, useId, useState } from 'react';
import type { Participant } from '../../../../shared/meeting/meeting-schema';
import { parseAgendaLine, type QuickItem } from './quick-add-item';
import '../participants/quick-add.css';

interface AgendaQuickAddProps {
  participants: readonly Participant[];
  /** Adds the item; the line empties and keeps the caret. */
  onAdd: (item: QuickItem) => void;
  /** The button with an empty line: an empty item to fill in field by field. */
  onAddEmpty: () => void;
}

/** One line to add an agenda item: `Stem van Noor, 10, Joost` and Enter. */
export const AgendaQuickAdd = forwardRef<HTMLInputElement, AgendaQuickAddProps>(function AgendaQuickAdd({ participants, onAdd, onAddEmpty }, ref) {
  const id = useId();
  const previewId = `${id}-preview`;
  const [text, setText] = useState('');
  const parsed = parseAgendaLine(text, participants);
  const lead = parsed?.leadId ? participants.find((participant) => participant.id === parsed.leadId) : undefined;

  function submit() {
    if (!parsed) {
      if (text.trim() === '') onAddEmpty();
      return;
    }
    onAdd(parsed);
    setText('');
  }

  return (
    <div className="quick-add agenda__quick-add">
      <label htmlFor={id} className="quick-add__label">
        Agendapunt toevoegen: onderwerp, minuten, wie leidt
      </label>
      <div className="quick-add__row">
        <input
          ref={ref}
          id={id}
          type="text"
          data-view-start
          className="field__input quick-add__input agenda__quick-input"
          autoComplete="off"
          placeholder="Bijvoorbeeld: Stem van Noor, 10, Joost"
          aria-describedby={previewId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            submit();
          }}
        />
        <button type="button" className="button button--primary" onClick={submit}>
          <span aria-hidden="true">+</span> Agendapunt toevoegen
        </button>
      </div>
      <p id={previewId} className="quick-add__preview">
        {parsed ? (
          <>
            Enter voegt toe: <strong>{parsed.title}</strong>, {parsed.minutes ?? 10} minuten
            {lead && `, geleid door ${lead.name.trim()}`}
            {parsed.kind && `, ${parsed.kind}`}
          </>
        ) : (
          'Enter voegt het punt toe en u typt meteen het volgende. Zonder minuten wordt het tien minuten.'
        )}
      </p>
    </div>
  );
});
