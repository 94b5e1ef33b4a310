import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { takeJumpItem } from '../search/jump-target';
import type { LexicalState, Meeting } from '../../../shared/meeting/meeting-schema';
import { ToolIcon } from '../icons/ToolIcon';
import { useStableCallback } from '../app/use-stable-callback';
import type { MeetingPanelProps } from '../meeting/meeting-panel';
import { useSchedule } from '../meeting/use-schedule';
import { ItemCommandsContext, type ItemCommands } from '../notes/item-commands';
import { BlockNumbersContext, NotesContext, type NotesContextValue } from '../notes/notes-context';
import { ReviewActions } from '../cycle/ReviewActions';
import { AgendaRail } from './AgendaRail';
import { ItemClock } from './ItemClock';
import { ItemConfidentiality } from './ItemConfidentiality';
import { ItemNotesEditor } from './ItemNotesEditor';
import { TaskPanel, type TaskPanelMeeting } from './TaskPanel';
import { useBlockNumbers, useMeetingLists } from './use-meeting-lists';
import { elapsedSeconds } from './item-clock';
import { useItemClock } from './use-item-clock';
import { useWorkspaceToggle, wideEnoughForTaskPanel } from './workspace-toggles';
import './minutes.css';

function setNotes(meeting: Meeting, itemId: string, notes: LexicalState): Meeting {
  return { ...meeting, agendaItems: meeting.agendaItems.map((item) => (item.id === itemId ? { ...item, notes } : item)) };
}

/**
 * Meeting mode, a workspace the size of the window: the agenda as a narrow
 * rail (folds in), the current item's heading with its clock, the notes
 * taking the height that is left, and Besluiten & taakverdeling as a side
 * panel that can be closed. Ctrl+↓ and Ctrl+↑ move to the next and previous
 * item.
 */
export function MinutesView({ meeting, onEdit }: MeetingPanelProps) {
  const items = meeting.agendaItems;
  // A search result starts at its item, with the caret in its notes.
  const [currentId, setCurrentId] = useState<string | null>(() => takeJumpItem(items.map((item) => item.id)) ?? items[0]?.id ?? null);
  const { clock, now, start: startItemClock, pause: pauseItemClock } = useItemClock(meeting, onEdit);
  const [railOpen, toggleRail] = useWorkspaceToggle('agenda-rail', () => true);
  const [panelOpen, togglePanel] = useWorkspaceToggle('task-panel', wideEnoughForTaskPanel);
  const [itemFormOpen, setItemFormOpen] = useState(false);

  const panelId = useId();
  const panelToggleRef = useRef<HTMLButtonElement>(null);
  const itemId = useId();
  const current = items.find((item) => item.id === currentId) ?? items[0] ?? null;
  const currentIndex = current ? items.indexOf(current) : -1;
  // Nothing here may cost in proportion to the whole meeting at each keystroke: the schedule follows the agenda's
  // times only, the lists are derived per item and stay the same objects while no block changes (use-meeting-lists.ts).
  const schedule = useSchedule(meeting);
  const lists = useMeetingLists(meeting);
  const numbers = useBlockNumbers(lists);
  const { participants, coordinator, date } = meeting;
  // Apart from the numbers: a new block changes those, and the toolbar and the blocks' fields need not render for it.
  const notesContext = useMemo<NotesContextValue>(() => ({ participants, now: currentTime }), [participants]);
  const panelMeeting = useMemo<TaskPanelMeeting>(() => ({ participants, coordinator, date }), [participants, coordinator, date]);
  // One function per item on screen: the notes editor does not render again for its own keys (ItemNotesEditor.tsx).
  const currentItemId = current?.id ?? null;
  const onNotesChange = useCallback(
    (notes: LexicalState) => {
      if (currentItemId !== null) onEdit({ field: `notes:${currentItemId}`, apply: (m) => setNotes(m, currentItemId, notes) });
    },
    [currentItemId, onEdit],
  );
  const itemConfidential = current?.confidential ?? null;
  const itemCommands = useMemo<ItemCommands>(
    () => ({ markItemConfidential: itemConfidential ? null : () => setItemFormOpen(true) }),
    [itemConfidential],
  );

  function goTo(index: number): void {
    const target = items[Math.max(0, Math.min(items.length - 1, index))];
    if (!target) return;
    if (target.id !== current?.id) setItemFormOpen(false);
    // Going to an item does nothing to the clocks: only Start starts one (use-item-clock.ts).
    setCurrentId(target.id);
  }

  // The same function at every render, so the rail's rows (memoised) do not render again for a keystroke.
  const goToItem = useStableCallback((index: number): void => goTo(index));

  const jumpToBlock = useStableCallback((itemId: string, blockId: string): void => {
    const index = items.findIndex((item) => item.id === itemId);
    if (index >= 0) goTo(index);
    showBlock(blockId);
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        goTo(currentIndex + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        goTo(currentIndex - 1);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  if (!current) {
    return (
      <section className="panel minutes-empty" aria-label="Notuleren">
        <h2 className="panel__title">Notuleren</h2>
        <p>Er staan nog geen agendapunten op de agenda. Voeg ze toe bij Agenda; daarna kunt u hier per punt notuleren.</p>
      </section>
    );
  }

  const elapsed = elapsedSeconds(clock, current.id, now);
  const slot = schedule.items[currentIndex];
  const layout = ['minutes', railOpen ? '' : 'minutes--rail-closed', panelOpen ? 'minutes--panel-open' : ''].filter(Boolean).join(' ');

  return (
    // The numbers B1/A1 for the blocks in the notes and the cards in the task panel.
    <BlockNumbersContext.Provider value={numbers}>
      <div className={layout}>
        <AgendaRail
          meeting={meeting}
          onEdit={onEdit}
          currentId={current.id}
          clock={clock}
          now={now}
          open={railOpen}
          onToggle={toggleRail}
          onGoTo={goToItem}
        />
        <section
          id={itemId}
          className="minutes__item"
          aria-labelledby="minutes-item-title"
          onKeyDown={(event) => {
            // Escape in the text leaves the notes for the next stop, the task panel's toggle: Tab from the text
            // would go through the fields of its blocks, and the last one leads back into the text.
            if (event.key === 'Escape' && event.target instanceof HTMLElement && event.target.getAttribute('contenteditable') === 'true') {
              panelToggleRef.current?.focus();
            }
          }}
        >
          <div className="minutes__item-head">
            <div className="minutes__item-heading">
              <p className="minutes__item-meta">
                Agendapunt {currentIndex + 1} van {items.length}
                {slot?.start && slot.end ? ` · ${slot.start}–${slot.end}` : ''}
              </p>
              <h2 id="minutes-item-title" className="minutes__item-title">
                {current.title || `Agendapunt ${currentIndex + 1}`}
              </h2>
            </div>
            <ItemClock
              elapsed={elapsed}
              minutes={current.minutes}
              running={clock.running?.itemId === current.id}
              isLast={currentIndex >= items.length - 1}
              onStart={() => startItemClock(current.id)}
              onPause={pauseItemClock}
              onNext={() => goTo(currentIndex + 1)}
            />
          </div>
          {current.childInterest.trim() !== '' && <p className="minutes__child">{current.childInterest}</p>}
          <ItemConfidentiality
            key={current.id}
            item={current}
            participants={meeting.participants}
            onEdit={onEdit}
            formOpen={itemFormOpen}
            onFormOpenChange={setItemFormOpen}
            onDone={() => focusNotes(itemId)}
          />
          {current.review && <ReviewActions key={`review-${current.id}`} itemId={current.id} review={current.review} meetingDate={meeting.date} onEdit={onEdit} variant="minutes" />}
          <ItemCommandsContext.Provider value={itemCommands}>
            <NotesContext.Provider value={notesContext}>
              <ItemNotesEditor key={current.id} itemTitle={current.title} notes={current.notes} onChange={onNotesChange} />
            </NotesContext.Provider>
          </ItemCommandsContext.Provider>
        </section>
        {/* Closed, the panel is a narrow strip at the right, as the agenda rail is at the left: the notes keep their height. */}
        <div className={panelOpen ? 'task-dock' : 'task-dock task-dock--closed'}>
          <button
            ref={panelToggleRef}
            type="button"
            className="icon-button task-dock__toggle"
            aria-label="Besluiten & taakverdeling"
            aria-expanded={panelOpen}
            aria-controls={panelId}
            title={panelOpen ? 'Besluiten & taakverdeling verbergen' : 'Besluiten & taakverdeling tonen'}
            onClick={togglePanel}
          >
            <ToolIcon name="panel-right" />
            {!panelOpen && (
              <span className="task-dock__strip-label" aria-hidden="true">
                Besluiten &amp; taakverdeling
              </span>
            )}
          </button>
          <TaskPanel
            id={panelId}
            hidden={!panelOpen}
            meeting={panelMeeting}
            lists={lists}
            onEdit={onEdit}
            onJump={jumpToBlock}
          />
        </div>
      </div>
    </BlockNumbersContext.Provider>
  );
}

function currentTime(): Date {
  return new Date();
}

/** Puts the caret back in the notes of the item (after a form above them closed). */
function focusNotes(sectionId: string): void {
  document.getElementById(sectionId)?.querySelector<HTMLElement>('[contenteditable="true"]')?.focus();
}

/**
 * Scrolls to a block and puts the focus in its first field. The editor of
 * another item renders its blocks a moment after it mounts, so this looks
 * for the block on the next frames for a short while.
 */
function showBlock(blockId: string, attempt = 0): void {
  window.requestAnimationFrame(() => {
    const block = document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
    if (block) {
      block.scrollIntoView({ block: 'center' });
      block.querySelector<HTMLElement>('textarea, input, select')?.focus();
    } else if (attempt < 30) {
      showBlock(blockId, attempt + 1);
    }
  });
}
