import { useId, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { childAgeAtMeeting } from '../../../../shared/agenda/agenda-check';
import { computeSchedule } from '../../../../shared/agenda/schedule';
import type { AgendaItem } from '../../../../shared/meeting/meeting-schema';
import { newItemId } from '../../lists/reorder';
import type { MeetingPanelProps } from '../meeting-panel';
import type { MeetingEdit } from '../open-document';
import { consentAdvice } from '../sharing/sharing-basis-edits';
import {
  addAgendaItem,
  dropIndex,
  fitAgendaToTime,
  itemLabel,
  itemsPastEnd,
  minutesText,
  moveAgendaItem,
  moveAnnouncement,
  newAgendaItem,
  removeAgendaItem,
  spareText,
  updateAgendaItem,
} from './agenda-edits';
import { ReviewActions } from '../../cycle/ReviewActions';
import { AgendaItemRow, type AgendaItemField, type DropHalf } from './AgendaItemRow';
import { AgendaQuickAdd } from './AgendaQuickAdd';
import { itemFromLine, type QuickItem } from './quick-add-item';
import { AgendaScheduleSummary } from './AgendaScheduleSummary';
import './agenda.css';

/*
 * The agenda builder. Accessible names (what tests and screen readers find):
 *
 * - region "Agenda" with heading "Agenda"; the quick-add line "Agendapunt
 *   toevoegen: onderwerp, minuten, wie leidt" (Enter adds, the caret stays)
 *   and the button "Agendapunt toevoegen" (an empty line: an empty item).
 * - list "Agendapunten", one row per item under column heads hidden from
 *   screen readers; each item a group named "Agendapunt 3: Zorgen en wat
 *   goed gaat" ("Agendapunt 3" while it has no title), holding the fields
 *   "Onderwerp", "Minuten", "Wie leidt dit punt?" (participants and
 *   "Nog niemand"), "Soort" (Informatie, Bespreking, Besluitvorming), the
 *   button "Details van <title>" (aria-expanded) that shows
 *   "Wat betekent dit voor het kind?" (the guiding question as placeholder)
 *   and "Grondslag voor dit punt" (Zelfde als
 *   het overleg, Toestemming, Meldcode, Wettelijke taak; then "Toestemming
 *   van" and "Datum toestemming", or "Reden"), and the buttons
 *   "<title> omhoog", "<title> omlaag", "<title> verwijderen" (title: the Onderwerp, or
 *   "Agendapunt 3" while it is empty).
 * - Alt+↑ / Alt+↓ anywhere inside an item moves it; focus stays where it was.
 * - After a move, a polite announcement "<title> staat nu op plaats 2 van 8."
 * - After Verwijderen, the notice "Agendapunt "<title>" verwijderd." with the
 *   button "Ongedaan maken".
 * - Schedule, a group "Tijdsplanning": "Totaal", "Klaar om", "Eindtijd", then
 *   "x minuten ruimte" / "Precies op tijd klaar" / "x minuten over de eindtijd",
 *   and while it does not fit, the button "Tijden passend maken";
 *   without a start time: "Vul bij Gegevens een begintijd in om de tijden te zien."
 *   Each item shows its clock time as "14:25–14:40".
 */

interface RemovedNotice {
  itemId: string;
  label: string;
}

interface DropTarget {
  itemId: string;
  half: DropHalf;
}

const DRAG_TYPE = 'application/x-mdo-agenda-item';

export function AgendaPanel({ meeting, onEdit, onUndo }: MeetingPanelProps) {
  const headingId = useId();
  const items = meeting.agendaItems;
  const schedule = useMemo(() => computeSchedule(meeting), [meeting]);
  const consentHint = consentAdvice(childAgeAtMeeting(meeting), meeting.child.name);
  const pastEnd = useMemo(() => itemsPastEnd(items, schedule.plannedMinutes), [items, schedule.plannedMinutes]);

  const cards = useRef(new Map<string, HTMLFieldSetElement>());
  const undoButton = useRef<HTMLButtonElement>(null);
  const addInput = useRef<HTMLInputElement>(null);
  /** What to focus once the edit is on screen (a new card, a moved card's control). */
  const pendingFocus = useRef<(() => HTMLElement | null | undefined) | null>(null);
  const moveCount = useRef(0);

  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const [removed, setRemoved] = useState<RemovedNotice | null>(null);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);

  // A moved DOM node loses focus in the browser; put it back after every redraw that asked for it.
  useLayoutEffect(() => {
    const target = pendingFocus.current?.();
    pendingFocus.current = null;
    if (target && document.activeElement !== target) target.focus();
  });

  // The notice offers to undo the removal only while that is what undo would do.
  const removedNotice = removed && !items.some((item) => item.id === removed.itemId) ? removed : null;
  const restoredId = removed && !removedNotice ? removed.itemId : null;

  // Undone from the toolbar or with Ctrl+Z while on the notice: its button is gone, so go to the item that came back.
  useLayoutEffect(() => {
    if (restoredId === null || (document.activeElement !== null && document.activeElement !== document.body)) return;
    cards.current.get(restoredId)?.querySelector<HTMLInputElement>('.agenda-item__title input')?.focus();
  }, [restoredId]);

  function edit(change: MeetingEdit) {
    setRemoved(null);
    onEdit(change);
  }

  function announce(text: string) {
    setAnnouncement((previous) => ({ text, count: previous.count + 1 }));
  }

  function add() {
    const id = newItemId('a');
    edit({ field: `agenda:${id}:add`, apply: (current) => addAgendaItem(current, newAgendaItem(id)) });
    pendingFocus.current = () => cards.current.get(id)?.querySelector<HTMLInputElement>('.agenda-item__title input');
  }

  function addFromLine(quick: QuickItem) {
    const id = newItemId('a');
    edit({ field: `agenda:${id}:add`, apply: (current) => addAgendaItem(current, itemFromLine(id, quick)) });
    announce(`${quick.title} toegevoegd als punt ${items.length + 1}.`);
  }

  function fitToTime() {
    const planned = schedule.plannedMinutes;
    if (planned === null || planned <= 0) return;
    edit({ field: `agenda:fit:${(moveCount.current += 1)}`, apply: (current) => fitAgendaToTime(current, planned) });
    announce(`De tijden zijn passend gemaakt: samen ${minutesText(planned)}.`);
  }

  function change(itemId: string, field: AgendaItemField, value: Partial<Omit<AgendaItem, 'id'>>) {
    edit({ field: `agenda:${itemId}:${field}`, apply: (current) => updateAgendaItem(current, itemId, value) });
  }

  function move(item: AgendaItem, to: number, keepFocusOn: HTMLElement | null) {
    const from = items.findIndex((candidate) => candidate.id === item.id);
    const label = itemLabel(item, from + 1);
    if (to < 0 || to >= items.length || to === from) {
      announce(to < from ? `${label} staat al bovenaan.` : `${label} staat al onderaan.`);
      return;
    }
    moveCount.current += 1;
    // Every move is its own undo step, also two quick moves of the same item.
    edit({ field: `agenda:move:${moveCount.current}`, apply: (current) => moveAgendaItem(current, item.id, to) });
    announce(moveAnnouncement(label, to + 1, items.length));
    pendingFocus.current = () => keepFocusOn;
  }

  function remove(item: AgendaItem, position: number) {
    onEdit({ field: `agenda:${item.id}:remove`, apply: (current) => removeAgendaItem(current, item.id) });
    setRemoved({ itemId: item.id, label: itemLabel(item, position) });
    pendingFocus.current = () => undoButton.current;
  }

  function undoRemove(notice: RemovedNotice) {
    onUndo();
    setRemoved(null);
    pendingFocus.current = () =>
      cards.current.get(notice.itemId)?.querySelector<HTMLInputElement>('.agenda-item__title input') ?? addInput.current;
  }

  function halfOf(event: DragEvent<HTMLElement>): DropHalf {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  }

  function onDragStart(item: AgendaItem, event: DragEvent<HTMLElement>) {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(DRAG_TYPE, item.id);
    event.dataTransfer.setData('text/plain', item.title);
    const card = cards.current.get(item.id);
    if (card) event.dataTransfer.setDragImage(card, 24, 24);
    setDraggedId(item.id);
  }

  function onDragOver(item: AgendaItem, index: number, event: DragEvent<HTMLFieldSetElement>) {
    if (draggedId === null || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const half = halfOf(event);
    const from = items.findIndex((candidate) => candidate.id === draggedId);
    // No line where the drop would leave the item in its place.
    const target = dropIndex(from, index, half) === from ? null : { itemId: item.id, half };
    if (target?.itemId !== dropTarget?.itemId || target?.half !== dropTarget?.half) setDropTarget(target);
  }

  function onDragLeave(event: DragEvent<HTMLFieldSetElement>) {
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    setDropTarget(null);
  }

  function onDrop(index: number, event: DragEvent<HTMLFieldSetElement>) {
    const dragged = items.find((candidate) => candidate.id === draggedId);
    setDropTarget(null);
    setDraggedId(null);
    if (!dragged) return;
    event.preventDefault();
    const from = items.indexOf(dragged);
    move(dragged, dropIndex(from, index, halfOf(event)), null);
  }

  function onDragEnd() {
    setDraggedId(null);
    setDropTarget(null);
  }

  return (
    <section className="panel agenda" aria-labelledby={headingId}>
      <div className="agenda__head">
        <div>
          <h2 id={headingId} className="panel__title">
            Agenda
          </h2>
          <p className="panel__subtitle">Zet de punten in volgorde; de tijden rekenen mee.</p>
        </div>
      </div>

      <AgendaScheduleSummary schedule={schedule} startTime={meeting.startTime} endTime={meeting.endTime} onFit={items.length > 0 ? fitToTime : undefined} />

      <div aria-live="polite" aria-atomic="true" className="agenda__notice-region">
        {removedNotice && (
          <div className="agenda__notice">
            <p>Agendapunt &quot;{removedNotice.label}&quot; verwijderd.</p>
            <button ref={undoButton} type="button" className="button button--small" onClick={() => undoRemove(removedNotice)}>
              Ongedaan maken
            </button>
          </div>
        )}
      </div>

      <AgendaQuickAdd ref={addInput} participants={meeting.participants} onAdd={addFromLine} onAddEmpty={add} />

      {items.length === 0 ? (
        <p className="agenda__empty">
          Nog geen agendapunten. Een goede agenda begint met de opening en de stem van het kind, en eindigt met besluiten en
          taakverdeling.
        </p>
      ) : (
        <div className="agenda__table">
          <div className="agenda__columns" aria-hidden="true">
            <span />
            <span>Tijd</span>
            <span>Onderwerp</span>
            <span>Min.</span>
            <span>Wie leidt</span>
            <span>Soort</span>
            <span />
          </div>
          <ol className="agenda__list" aria-label="Agendapunten">
            {items.map((item, index) => (
              <li key={item.id} className="agenda__list-item">
                <AgendaItemRow
                  item={item}
                  position={index + 1}
                  count={items.length}
                  scheduled={schedule.items[index]}
                  hasStartTime={meeting.startTime !== null}
                  pastEnd={pastEnd[index] ?? false}
                  participants={meeting.participants}
                  consentHint={consentHint}
                  cardRef={(element) => {
                    if (element) cards.current.set(item.id, element);
                    else cards.current.delete(item.id);
                  }}
                  onChange={(field, value) => change(item.id, field, value)}
                  onMove={(to, keepFocusOn) => move(item, to, keepFocusOn)}
                  onRemove={() => remove(item, index + 1)}
                  dragging={draggedId === item.id}
                  dropHalf={dropTarget?.itemId === item.id ? dropTarget.half : null}
                  onDragStart={(event) => onDragStart(item, event)}
                  onDragEnd={onDragEnd}
                  onDragOver={(event) => onDragOver(item, index, event)}
                  onDragLeave={onDragLeave}
                  onDrop={(event) => onDrop(index, event)}
                />
                {item.review && <ReviewActions itemId={item.id} review={item.review} meetingDate={meeting.date} onEdit={onEdit} />}
              </li>
            ))}
          </ol>
        </div>
      )}

      {items.length > 0 && (
        <p className="agenda__foot-total">
          Totaal {minutesText(schedule.totalMinutes)}
          {schedule.minutesToSpare !== null && (
            <span className={schedule.minutesToSpare < 0 ? 'agenda__foot-spare agenda__foot-spare--over' : 'agenda__foot-spare'}>
              {' · '}
              {spareText(schedule.minutesToSpare)}
            </span>
          )}
        </p>
      )}

      <p aria-live="polite" className="visually-hidden">
        {announcement.text}
        {/* Alternating trailing space: the same sentence twice is still announced twice. */}
        {announcement.count % 2 === 1 ? '\u00a0' : ''}
      </p>
    </section>
  );
}
