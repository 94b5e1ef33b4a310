import { memo, useId, type FocusEvent } from 'react';
import { ToolIcon } from '../icons/ToolIcon';
import type { MeetingPanelProps } from '../meeting/meeting-panel';
import { visibleShortcut } from '../app/page-shortcuts';
import { moveFocusThroughList } from '../lists/roving-focus';
import { AttendanceList } from './AttendanceList';
import { elapsedSeconds, formatElapsed, type ClockState } from './item-clock';

interface AgendaRailProps extends Pick<MeetingPanelProps, 'meeting' | 'onEdit'> {
  currentId: string;
  clock: ClockState;
  now: number;
  open: boolean;
  onToggle: () => void;
  onGoTo: (index: number) => void;
}

/**
 * The agenda beside the notes: every item with its time, the keys, and
 * attendance. Folded in, it is a narrow strip of item numbers (the names in
 * their tooltips and accessible names), so the notes get the width.
 */
export function AgendaRail({ meeting, onEdit, currentId, clock, now, open, onToggle, onGoTo }: AgendaRailProps) {
  const headingId = useId();
  const railId = useId();
  const items = meeting.agendaItems;
  const toggleLabel = open ? 'Agendabalk inklappen' : 'Agendabalk uitklappen';

  return (
    <nav id={railId} className={open ? 'agenda-rail' : 'agenda-rail agenda-rail--closed'} aria-labelledby={headingId} onBlur={showCurrentOnLeaving}>
      <div className="agenda-rail__head">
        <h2 id={headingId} className={open ? 'agenda-rail__title' : 'visually-hidden'}>
          Agenda
        </h2>
        <button type="button" className="icon-button agenda-rail__toggle" aria-label="Agendabalk" aria-expanded={open} aria-controls={railId} title={toggleLabel} onClick={onToggle}>
          <ToolIcon name="panel-left" />
        </button>
      </div>
      {/* One stop for Tab, however long the agenda: ↑ ↓ Home End move through it (Ctrl+↓/↑ from anywhere), so the notes are a few Tabs away. */}
      <ol className="agenda-rail__list" onKeyDown={(event) => moveFocusThroughList(event, '.agenda-rail__item')}>
        {items.map((item, index) => (
          <li key={item.id}>
            <RailItem
              title={item.title}
              minutes={item.minutes}
              confidential={item.confidential !== null}
              index={index}
              current={item.id === currentId}
              spent={elapsedSeconds(clock, item.id, now)}
              open={open}
              onGoTo={onGoTo}
            />
          </li>
        ))}
      </ol>
      {open && (
        <>
          <ul className="agenda-rail__keys" aria-label="Toetsen">
            <li>
              <kbd>Ctrl+↓</kbd> volgend punt
            </li>
            <li>
              <kbd>Ctrl+↑</kbd> vorig punt
            </li>
            <li>
              <kbd>Esc</kbd> uit de tekst naar de taken
            </li>
            <li>
              <kbd>{visibleShortcut('export-minutes')}</kbd> verslag exporteren
            </li>
          </ul>
          <AttendanceList participants={meeting.participants} onEdit={onEdit} />
        </>
      )}
    </nav>
  );
}

/**
 * Tab on through the rail passes its foot (Aanwezigheid), and the rail
 * scrolls down to it; once the focus has left the rail, the current item
 * is in sight in it again, so the rail says where the meeting is.
 */
function showCurrentOnLeaving(event: FocusEvent<HTMLElement>): void {
  const rail = event.currentTarget;
  if (event.relatedTarget instanceof Node && rail.contains(event.relatedTarget)) return;
  rail.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
}

/** Only what the row shows, no notes: a keystroke in the notes renders none of the rows again. */
interface RailItemProps {
  title: string;
  minutes: number | null;
  confidential: boolean;
  index: number;
  current: boolean;
  /** Seconds the clock has run for this item. */
  spent: number;
  open: boolean;
  /** The same function while the view is on screen (memo below). */
  onGoTo: (index: number) => void;
}

const RailItem = memo(function RailItem({ title: typedTitle, minutes, confidential, index, current, spent, open, onGoTo }: RailItemProps) {
  const title = typedTitle || `Agendapunt ${index + 1}`;
  const over = minutes !== null && spent > minutes * 60;
  const time = spent > 0 ? `${formatElapsed(spent)} / ${minutes ?? '–'} min` : `${minutes ?? '–'} min`;
  return (
    <button
      type="button"
      className="agenda-rail__item"
      aria-current={current ? 'step' : undefined}
      tabIndex={current ? 0 : -1}
      title={open ? undefined : `${index + 1}. ${title} (${time})`}
      onClick={() => onGoTo(index)}
    >
      <span className="agenda-rail__number">{index + 1}.</span>
      <span className={open ? 'agenda-rail__name' : 'visually-hidden'}>
        {title}
        {confidential && <span className="agenda-rail__confidential"> · vertrouwelijk</span>}
      </span>
      <span className={open ? (over ? 'agenda-rail__time agenda-rail__time--over' : 'agenda-rail__time') : 'visually-hidden'}>{time}</span>
    </button>
  );
});
