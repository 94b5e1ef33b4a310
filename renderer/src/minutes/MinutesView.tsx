import { useEffect, useId, useMemo, useState } from 'react';
import { computeSchedule } from '../../../shared/agenda/schedule';
import { blockNumbers, deriveMeetingLists } from '../../../shared/notes/derive-lists';
import { attendanceValues, type LexicalState, type Meeting } from '../../../shared/meeting/meeting-schema';
import type { MeetingPanelProps } from '../meeting/meeting-panel';
import { attendanceLabels, updateParticipant } from '../meeting/participants/participant-edits';
import { visibleShortcut } from '../app/page-shortcuts';
import { NotesContext, type NotesContextValue } from '../notes/notes-context';
import { NotesEditor } from '../notes/NotesEditor';
import { ItemConfidentiality } from './ItemConfidentiality';
import { TaskPanel } from './TaskPanel';
import { elapsedSeconds, formatElapsed, pauseClock, startClock, stoppedClock, type ClockState } from './item-clock';
import './minutes.css';

function setNotes(meeting: Meeting, itemId: string, notes: LexicalState): Meeting {
  return { ...meeting, agendaItems: meeting.agendaItems.map((item) => (item.id === itemId ? { ...item, notes } : item)) };
}

/**
 * Meeting mode: the agenda beside the notes of the current item, a clock per
 * item, and attendance to tick off at the start. Ctrl+↓ and Ctrl+↑ move to
 * the next and previous item.
 */
export function MinutesView({ meeting, onEdit }: MeetingPanelProps) {
  const items = meeting.agendaItems;
  const [currentId, setCurrentId] = useState<string | null>(items[0]?.id ?? null);
  const [clock, setClock] = useState<ClockState>(stoppedClock);
  const [now, setNow] = useState(() => Date.now());

  const agendaHeadingId = useId();
  const current = items.find((item) => item.id === currentId) ?? items[0] ?? null;
  const currentIndex = current ? items.indexOf(current) : -1;
  const schedule = useMemo(() => computeSchedule(meeting), [meeting]);
  const lists = useMemo(() => deriveMeetingLists(meeting), [meeting]);
  const notesContext = useMemo<NotesContextValue>(
    () => ({ participants: meeting.participants, numbers: blockNumbers(lists), now: () => new Date() }),
    [meeting.participants, lists],
  );

  useEffect(() => {
    if (!clock.running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [clock.running]);

  function goTo(index: number): void {
    const target = items[Math.max(0, Math.min(items.length - 1, index))];
    if (!target) return;
    setCurrentId(target.id);
    // A running clock moves on with the meeting.
    if (clock.running) setClock(startClock(clock, target.id, Date.now()));
  }

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
      <section className="panel" aria-label="Notuleren">
        <h2 className="panel__title">Notuleren</h2>
        <p>Er staan nog geen agendapunten op de agenda. Voeg ze toe bij Agenda; daarna kunt u hier per punt notuleren.</p>
      </section>
    );
  }

  const elapsed = elapsedSeconds(clock, current.id, now);
  const timebox = (current.minutes ?? 0) * 60;
  const over = current.minutes !== null && elapsed > timebox;
  const running = clock.running?.itemId === current.id;
  const slot = schedule.items[currentIndex];

  return (
    <div className="minutes">
      <nav className="minutes__agenda" aria-labelledby={agendaHeadingId}>
        <h2 id={agendaHeadingId} className="minutes__agenda-title">
          Agenda
        </h2>
        <ol className="minutes__agenda-list">
          {items.map((item, index) => {
            const spent = elapsedSeconds(clock, item.id, now);
            const itemOver = item.minutes !== null && spent > item.minutes * 60;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  className="minutes__agenda-item"
                  aria-current={item.id === current.id ? 'step' : undefined}
                  onClick={() => goTo(index)}
                >
                  <span className="minutes__agenda-number">{index + 1}.</span>
                  <span className="minutes__agenda-name">
                    {item.title || `Agendapunt ${index + 1}`}
                    {item.confidential && <span className="minutes__agenda-confidential"> · vertrouwelijk</span>}
                  </span>
                  <span className={itemOver ? 'minutes__agenda-time minutes__agenda-time--over' : 'minutes__agenda-time'}>
                    {spent > 0 ? `${formatElapsed(spent)} / ${item.minutes ?? '–'} min` : `${item.minutes ?? '–'} min`}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <p className="minutes__keys">
          Ctrl+↓ volgend punt, Ctrl+↑ vorig punt, {visibleShortcut('export-minutes')} verslag exporteren
        </p>
        <AttendanceList meeting={meeting} onEdit={onEdit} />
      </nav>
      <section className="minutes__item" aria-labelledby="minutes-item-title">
        <div className="minutes__item-head">
          <div>
            <p className="minutes__item-meta">
              Agendapunt {currentIndex + 1} van {items.length}
              {slot?.start && slot.end ? ` · ${slot.start}–${slot.end}` : ''}
            </p>
            <h2 id="minutes-item-title" className="minutes__item-title">
              {current.title || `Agendapunt ${currentIndex + 1}`}
            </h2>
            {current.childInterest.trim() !== '' && <p className="minutes__child">{current.childInterest}</p>}
            <ItemConfidentiality key={current.id} item={current} participants={meeting.participants} onEdit={onEdit} />
          </div>
          <div className={over ? 'item-clock item-clock--over' : 'item-clock'} role="group" aria-label="Tijd van dit punt">
            <p className="item-clock__time">
              <span className="visually-hidden">Verstreken: </span>
              {formatElapsed(elapsed)}
              <span className="item-clock__box"> van {current.minutes ?? '–'} min</span>
            </p>
            {over && <p className="item-clock__over">Over de tijd</p>}
            <div className="item-clock__buttons">
              {running ? (
                <button type="button" className="button" onClick={() => setClock(pauseClock(clock, Date.now()))}>
                  Pauze
                </button>
              ) : (
                <button type="button" className="button" onClick={() => setClock(startClock(clock, current.id, Date.now()))}>
                  {elapsed > 0 ? 'Verder' : 'Start'}
                </button>
              )}
              <button type="button" className="button" disabled={currentIndex >= items.length - 1} onClick={() => goTo(currentIndex + 1)}>
                Volgend punt
              </button>
            </div>
          </div>
        </div>
        <NotesContext.Provider value={notesContext}>
          <NotesEditor
            key={current.id}
            itemTitle={current.title}
            notes={current.notes}
            onChange={(notes) => onEdit({ field: `notes:${current.id}`, apply: (m) => setNotes(m, current.id, notes) })}
          />
        </NotesContext.Provider>
        <TaskPanel
          meeting={meeting}
          lists={lists}
          onEdit={onEdit}
          onJump={(itemId, blockId) => {
            const index = items.findIndex((item) => item.id === itemId);
            if (index >= 0) goTo(index);
            showBlock(blockId);
          }}
        />
      </section>
    </div>
  );
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

function AttendanceList({ meeting, onEdit }: Pick<MeetingPanelProps, 'meeting' | 'onEdit'>) {
  const headingId = useId();
  if (meeting.participants.length === 0) return null;
  return (
    <details className="minutes__attendance">
      <summary id={headingId}>Aanwezigheid</summary>
      <ul className="minutes__attendance-list">
        {meeting.participants.map((participant) => (
          <li key={participant.id}>
            <label className="minutes__attendance-row">
              <span>{participant.name || 'Naamloze deelnemer'}</span>
              <select
                className="field__input"
                value={participant.attendance}
                onChange={(event) => {
                  const attendance = attendanceValues.find((value) => value === event.target.value);
                  if (!attendance) return;
                  onEdit({
                    field: `participant:${participant.id}:attendance`,
                    apply: (m) => updateParticipant(m, participant.id, { attendance }),
                  });
                }}
              >
                {attendanceValues.map((value) => (
                  <option key={value} value={value}>
                    {attendanceLabels[value]}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
