import { ToolIcon } from '../icons/ToolIcon';
import { formatElapsed } from './item-clock';

interface ItemClockProps {
  elapsed: number;
  /** The item's timebox in minutes, or null when it has none. */
  minutes: number | null;
  running: boolean;
  isLast: boolean;
  onStart: () => void;
  onPause: () => void;
  onNext: () => void;
}

/** The clock of the current item, small, beside its heading: time spent of the timebox, start or pause, next item. */
export function ItemClock({ elapsed, minutes, running, isLast, onStart, onPause, onNext }: ItemClockProps) {
  const over = minutes !== null && elapsed > minutes * 60;
  return (
    <div className={over ? 'item-clock item-clock--over' : 'item-clock'} role="group" aria-label="Tijd van dit punt">
      <p className="item-clock__time">
        <span className="visually-hidden">Verstreken: </span>
        {formatElapsed(elapsed)}
        <span className="item-clock__box"> van {minutes ?? '–'} min</span>
      </p>
      {over && <p className="item-clock__over">Over de tijd</p>}
      {running ? (
        <button type="button" className="button item-clock__button" title="Klok van dit punt stilzetten" onClick={onPause}>
          <ToolIcon name="pause" />
          Pauze
        </button>
      ) : (
        <button type="button" className="button item-clock__button" title="Klok van dit punt laten lopen" onClick={onStart}>
          <ToolIcon name="play" />
          {elapsed > 0 ? 'Verder' : 'Start'}
        </button>
      )}
      <button type="button" className="button item-clock__button" title="Volgend agendapunt (Ctrl+↓)" aria-keyshortcuts="Control+ArrowDown" disabled={isLast} onClick={onNext}>
        Volgend punt
        <ToolIcon name="next" />
      </button>
    </div>
  );
}
