/*
 * Accessible names on this view (tests and screen readers rely on them):
 * - the list: `list` "Deelnemers", one `listitem` per participant, under
 *   column heads (Naam, Functie, Organisatie, Rol, Aanwezigheid) that are
 *   hidden from screen readers: each field has its own label;
 * - each participant is a `group` (fieldset) named "Deelnemer 3: Fatima El
 *   Amrani" ("Deelnemer 3" while the name is empty), holding fields labelled
 *   exactly "Naam", "Functie", "Organisatie", "Rol", "Aanwezigheid" and, on
 *   demand ("E-mail van Fatima El Amrani"), "E-mail";
 * - its buttons: "Fatima El Amrani omhoog", "Fatima El Amrani omlaag",
 *   "Fatima El Amrani verwijderen" (without a name: "Deelnemer 3 omhoog"…);
 *   Alt+↑/↓ in a row moves it;
 * - the quick-add line, a combobox "Deelnemer toevoegen: naam, functie,
 *   organisatie" with the listbox "Bekende personen", and the button
 *   "Deelnemer toevoegen" (with an empty line: an empty row);
 * - "Deelnemers overnemen" when the library has an earlier meeting about the
 *   same child; "Adresboek…" opens the dialog "Adresboek";
 * - after a removal: the text "Deelnemer Fatima El Amrani verwijderd." with a
 *   button "Ongedaan maken" (the toolbar has one too; this one is inside `main`);
 * - moves are announced politely: "Fatima El Amrani staat nu op plaats 2 van 7";
 * - "Waarom zijn de ouders niet uitgenodigd?" and "Waarom is het kind niet
 *   uitgenodigd?" while no participant has the role Ouder/verzorger or
 *   Kind/jongere.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { formatDutchDate } from '../../../../shared/meeting/dutch-format';
import { judgeRole } from '../../../../shared/meeting/roles';
import { newItemId } from '../../lists/reorder';
import type { MeetingPanelProps } from '../meeting-panel';
import { AddressBookDialog } from './AddressBookDialog';
import { FamilyInvitations } from './FamilyInvitations';
import { ParticipantRow, type MoveDirection } from './ParticipantRow';
import { QuickAddLine } from './QuickAddLine';
import {
  addParticipant,
  displayName,
  emptyParticipant,
  moveParticipant,
  removeParticipant,
  updateParticipant,
  type ParticipantChanges,
} from './participant-edits';
import { participantFromLine, participantsToTakeOver, type QuickPerson } from './quick-add';
import { useAddressBook, useEarlierMeetings } from './useAddressBook';
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
  const rows = useRef(new Map<string, HTMLFieldSetElement>());
  const undoButton = useRef<HTMLButtonElement>(null);
  const quickAdd = useRef<HTMLInputElement>(null);
  const returnToLine = useRef(false);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [removal, setRemoval] = useState<RemovalNotice | null>(null);
  const [bookOpen, setBookOpen] = useState(false);
  const [takenOver, setTakenOver] = useState<string | null>(null);
  const addressBook = useAddressBook();
  const earlier = useEarlierMeetings(meeting.child.name, meeting.id);
  const { participants } = meeting;

  const removedIsBack = removal !== null && participants.some((participant) => participant.id === removal.id);
  if (removal && removal.after === null && !removedIsBack) setRemoval({ ...removal, after: meeting });
  // "Ongedaan maken" undoes the last step, so it is offered only while the removal is that step.
  const showRemoval = removal !== null && !removedIsBack && (removal.after === null || removal.after === meeting);

  // Once the address book is closed (and the dialog gave the focus back to its button), the caret goes on in the line.
  useEffect(() => {
    if (bookOpen || !returnToLine.current) return;
    returnToLine.current = false;
    quickAdd.current?.focus();
  }, [bookOpen]);

  // Runs after every render: the one that shows the change takes the focus to where it belongs.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const target = focusTarget(pending, rows.current, undoButton.current);
    if (!target) return;
    target.focus();
    pendingFocus.current = null;
  });

  function addEmpty(): void {
    const participant = emptyParticipant(newItemId('p'));
    pendingFocus.current = { id: participant.id, target: 'name' };
    onEdit({ field: `participant:${participant.id}:add`, apply: (current) => addParticipant(current, participant) });
  }

  function addFromLine(person: QuickPerson): void {
    const participant = participantFromLine(newItemId('p'), person);
    onEdit({ field: `participant:${participant.id}:add`, apply: (current) => addParticipant(current, participant) });
    setAnnouncement(`${participant.name} toegevoegd als deelnemer ${participants.length + 1}.`);
  }

  function takeOver(meetingId: string): void {
    const source = earlier.find((candidate) => candidate.meetingId === meetingId);
    if (!source) return;
    const added = participantsToTakeOver(source.participants, participants, () => newItemId('p'));
    if (added.length > 0) {
      onEdit({
        field: `participants:take-over:${meetingId}`,
        apply: (current) => added.reduce((next, participant) => addParticipant(next, participant), current),
      });
    }
    const text =
      added.length === 0
        ? 'Iedereen van dat overleg staat al op de lijst.'
        : `${added.length === 1 ? '1 deelnemer' : `${added.length} deelnemers`} overgenomen uit ${source.title}. Controleer wie er dit keer bij is.`;
    setTakenOver(text);
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

  const latest = earlier[0];

  return (
    <div className="participants">
      <section className="panel" aria-labelledby={headingId}>
        <div className="participants__head">
          <div>
            <h2 id={headingId} className="panel__title">
              Deelnemers
            </h2>
            <p className="panel__subtitle">
              Iedereen die u uitnodigt: professionals, de ouders en, waar het kan, het kind zelf. De volgorde is die van de presentielijst.
            </p>
          </div>
          <button type="button" className="button button--quiet participants__book" onClick={() => setBookOpen(true)}>
            Adresboek…
          </button>
        </div>

        {latest && (
          <div className="participants__earlier">
            <p>
              Eerder overleg over {meeting.child.name.trim()}: <strong>{latest.title}</strong>
              {latest.date && ` (${formatDutchDate(latest.date)})`}, {latest.participants.length === 1 ? '1 deelnemer' : `${latest.participants.length} deelnemers`}.
            </p>
            <button type="button" className="button button--small" onClick={() => takeOver(latest.meetingId)}>
              Deelnemers overnemen
            </button>
          </div>
        )}
        <p className="participants__took-over" aria-live="polite">
          {takenOver}
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

        <QuickAddLine
          ref={quickAdd}
          participants={participants}
          child={meeting.child}
          people={addressBook.people}
          onAdd={addFromLine}
          onAddEmpty={addEmpty}
        />
        {participants.length === 0 ? (
          <p className="participants__empty">Nog geen deelnemers. Typ hierboven de eerste: naam, functie, organisatie en Enter.</p>
        ) : (
          <div className="participants__table">
            <div className="participants__columns" aria-hidden="true">
              <span />
              <span>Naam</span>
              <span>Functie</span>
              <span>Organisatie</span>
              <span>Rol</span>
              <span>Aanwezigheid</span>
              <span />
            </div>
            <ol className="participants__list" aria-label="Deelnemers">
              {participants.map((participant, index) => (
                <li key={participant.id}>
                  <ParticipantRow
                    participant={participant}
                    judgement={judgeRole(participant, meeting.child)}
                    index={index}
                    count={participants.length}
                    rowRef={(element) => {
                      if (element) rows.current.set(participant.id, element);
                      else rows.current.delete(participant.id);
                    }}
                    onChange={(changes, field) => change(participant.id, changes, field)}
                    onMove={(direction) => move(participant.id, index, direction)}
                    onRemove={() => remove(participant.id, index)}
                  />
                </li>
              ))}
            </ol>
          </div>
        )}

        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>

      <FamilyInvitations meeting={meeting} onEdit={onEdit} />

      {bookOpen && (
        <AddressBookDialog
          people={addressBook.people}
          problem={addressBook.problem}
          onCorrect={addressBook.correct}
          onClose={() => {
            returnToLine.current = true;
            setBookOpen(false);
          }}
        />
      )}
    </div>
  );
}

function focusTarget(pending: PendingFocus, rows: ReadonlyMap<string, HTMLElement>, undoButton: HTMLButtonElement | null): HTMLElement | null {
  if (pending.target === 'undo') return undoButton;
  const row = rows.get(pending.id);
  if (!row) return null;
  if (pending.target === 'name') return row.querySelector('input');
  // At the end of the list the button just used is disabled: the other one takes the focus.
  const other = pending.target === 'up' ? 'down' : 'up';
  return (
    row.querySelector<HTMLButtonElement>(`[data-move="${pending.target}"]:not(:disabled)`) ??
    row.querySelector<HTMLButtonElement>(`[data-move="${other}"]`)
  );
}
