/*
 * Accessible names on this view (tests and screen readers rely on them):
 * - the list: `list` "Deelnemers", one `listitem` per participant;
 * - each participant is a `group` (fieldset) named by its legend
 *   "Deelnemer 3: Fatima El Amrani" ("Deelnemer 3" while the name is empty),
 *   holding fields labelled exactly "Naam", "Functie", "Organisatie",
 *   "E-mail", "Rol" and "Aanwezigheid";
 * - its buttons: "Fatima El Amrani omhoog", "Fatima El Amrani omlaag",
 *   "Fatima El Amrani verwijderen" (without a name: "Deelnemer 3 omhoog"…);
 * - "Deelnemer toevoegen" under the list;
 * - after a removal: the text "Deelnemer Fatima El Amrani verwijderd." with a
 *   button "Ongedaan maken" (the toolbar has one too; this one is inside `main`);
 * - moves are announced politely: "Fatima El Amrani staat nu op plaats 2 van 7";
 * - "Waarom zijn de ouders niet uitgenodigd?" and "Waarom is het kind niet
 *   uitgenodigd?" while no participant has the role Ouder/verzorger or
 *   Kind/jongere.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { newItemId } from '../../lists/reorder';
import type { MeetingPanelProps } from '../meeting-panel';
import { FamilyInvitations } from './FamilyInvitations';
import { judgeRole } from '../../../../shared/meeting/roles';
import { ParticipantCard, type MoveDirection } from './ParticipantCard';
import {
  addParticipant,
  displayName,
  emptyParticipant,
  moveParticipant,
  removeParticipant,
  updateParticipant,
  type ParticipantChanges,
} from './participant-edits';
import './participants.css';

/** Where the focus goes once the meeting on screen has the change. */
type PendingFocus = { id: string; target: 'name' | MoveDirection } | { target: 'undo' };

interface RemovalNotice {
  id: string;
  name: string;
  /** The meeting right after the removal; the notice goes once anything else changes. */
  after: Meeting | null;
}

export function ParticipantsPanel({ meeting, onEdit, onUndo }: MeetingPanelProps) {
  const headingId = useId();
  const cards = useRef(new Map<string, HTMLFieldSetElement>());
  const undoButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [removal, setRemoval] = useState<RemovalNotice | null>(null);
  const { participants } = meeting;

  const removedIsBack = removal !== null && participants.some((participant) => participant.id === removal.id);
  if (removal && removal.after === null && !removedIsBack) setRemoval({ ...removal, after: meeting });
  // "Ongedaan maken" undoes the last step, so it is offered only while the removal is that step.
  const showRemoval = removal !== null && !removedIsBack && (removal.after === null || removal.after === meeting);

  // Runs after every render: the one that shows the change takes the focus to where it belongs.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const target = focusTarget(pending, cards.current, undoButton.current);
    if (!target) return;
    target.focus();
    pendingFocus.current = null;
  });

  function add(): void {
    const participant = emptyParticipant(newItemId('p'));
    pendingFocus.current = { id: participant.id, target: 'name' };
    onEdit({ field: `participant:${participant.id}:add`, apply: (current) => addParticipant(current, participant) });
  }

  function change(id: string, changes: ParticipantChanges, field: string): void {
    onEdit({ field: `participant:${id}:${field}`, apply: (current) => updateParticipant(current, id, changes) });
  }

  function move(id: string, index: number, direction: MoveDirection): void {
    const to = direction === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= participants.length) return;
    const participant = participants[index];
    if (!participant) return;
    pendingFocus.current = { id, target: direction };
    onEdit({ field: `participant:${id}:move`, apply: (current) => moveParticipant(current, id, to) });
    setAnnouncement(`${displayName(participant, index)} staat nu op plaats ${to + 1} van ${participants.length}`);
  }

  function remove(id: string, index: number): void {
    const participant = participants[index];
    if (!participant) return;
    pendingFocus.current = { target: 'undo' };
    onEdit({ field: `participant:${id}:remove`, apply: (current) => removeParticipant(current, id) });
    setRemoval({ id, name: participant.name.trim(), after: null });
    setAnnouncement('');
  }

  function undoRemoval(): void {
    if (!removal) return;
    pendingFocus.current = { id: removal.id, target: 'name' };
    onUndo();
  }

  return (
    <div className="participants">
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId} className="panel__title">
          Deelnemers
        </h2>
        <p className="panel__subtitle">
          Iedereen die u uitnodigt: professionals, de ouders en, waar het kan, het kind zelf. De volgorde is die van de presentielijst.
        </p>

        <div className="participants__notice-region" aria-live="polite">
          {showRemoval && (
            <div className="participants__notice">
              <p>{removal.name ? `Deelnemer ${removal.name} verwijderd.` : 'Deelnemer verwijderd.'}</p>
              <button ref={undoButton} type="button" className="button" onClick={undoRemoval}>
                Ongedaan maken
              </button>
            </div>
          )}
        </div>

        {participants.length === 0 ? (
          <p className="participants__empty">Nog geen deelnemers. Voeg de eerste toe met de knop hieronder.</p>
        ) : (
          <ol className="participants__list" aria-label="Deelnemers">
            {participants.map((participant, index) => (
              <li key={participant.id}>
                <ParticipantCard
                  participant={participant}
                  judgement={judgeRole(participant, meeting.child)}
                  index={index}
                  count={participants.length}
                  cardRef={(element) => {
                    if (element) cards.current.set(participant.id, element);
                    else cards.current.delete(participant.id);
                  }}
                  onChange={(changes, field) => change(participant.id, changes, field)}
                  onMove={(direction) => move(participant.id, index, direction)}
                  onRemove={() => remove(participant.id, index)}
                />
              </li>
            ))}
          </ol>
        )}

        <div className="participants__add">
          <button type="button" className="button button--primary" onClick={add}>
            <span aria-hidden="true">+</span> Deelnemer toevoegen
          </button>
        </div>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>

      <FamilyInvitations meeting={meeting} onEdit={onEdit} />
    </div>
  );
}

function focusTarget(pending: PendingFocus, cards: ReadonlyMap<string, HTMLElement>, undoButton: HTMLButtonElement | null): HTMLElement | null {
  if (pending.target === 'undo') return undoButton;
  const card = cards.get(pending.id);
  if (!card) return null;
  if (pending.target === 'name') return card.querySelector('input');
  // At the end of the list the button just used is disabled: the other one takes the focus.
  const other = pending.target === 'up' ? 'down' : 'up';
  return (
    card.querySelector<HTMLButtonElement>(`[data-move="${pending.target}"]:not(:disabled)`) ??
    card.querySelector<HTMLButtonElement>(`[data-move="${other}"]`)
  );
}
