import type { Schedule } from '../../../../shared/agenda/schedule';
import { minutesText, spareText } from './agenda-edits';

interface AgendaScheduleSummaryProps {
  schedule: Schedule;
  startTime: string | null;
  endTime: string | null;
  /** "Tijden passend maken": every timebox scaled to the planned time; shown while the agenda does not fit. */
  onFit?: () => void;
}

/**
 * Total time, when the agenda ends and how that compares to the planned end
 * time. Not a live region: it changes with every digit typed in a timebox.
 */
export function AgendaScheduleSummary({ schedule, startTime, endTime, onFit }: AgendaScheduleSummaryProps) {
  const over = schedule.minutesToSpare !== null && schedule.minutesToSpare < 0;
  return (
    <div role="group" aria-label="Tijdsplanning" className={over ? 'agenda-summary agenda-summary--over' : 'agenda-summary'}>
      <dl className="agenda-summary__facts">
        <div>
          <dt>Totaal</dt>
          <dd>{minutesText(schedule.totalMinutes)}</dd>
        </div>
        {schedule.computedEnd && (
          <div>
            <dt>Klaar om</dt>
            <dd>{schedule.computedEnd}</dd>
          </div>
        )}
        {startTime && (
          <div>
            <dt>Eindtijd</dt>
            <dd>{endTime ?? 'niet ingevuld'}</dd>
          </div>
        )}
      </dl>
      {schedule.minutesToSpare !== null && (
        <p className="agenda-summary__spare">
          {over && <span aria-hidden="true">⚠ </span>}
          {spareText(schedule.minutesToSpare)}
        </p>
      )}
      {onFit && schedule.minutesToSpare !== null && schedule.minutesToSpare !== 0 && (schedule.plannedMinutes ?? 0) > 0 && (
        <button type="button" className="button button--small agenda-summary__fit" onClick={onFit}>
          Tijden passend maken
        </button>
      )}
      {!startTime && <p className="agenda-summary__note">Vul bij Gegevens een begintijd in om de tijden te zien.</p>}
      {startTime && schedule.itemsWithoutMinutes > 0 && (
        <p className="agenda-summary__note">
          {schedule.itemsWithoutMinutes === 1
            ? 'Bij 1 punt staan nog geen minuten; de tijden vanaf dat punt zijn nog onbekend.'
            : `Bij ${schedule.itemsWithoutMinutes} punten staan nog geen minuten; de tijden vanaf het eerste daarvan zijn nog onbekend.`}
        </p>
      )}
    </div>
  );
}
