import { format } from 'date-fns';
import { stepTime } from '../../../shared/dates/date-steps';
import { dutchTimeLabel, parseDutchTime } from '../../../shared/dates/parse-dutch-time';
import { ParsedTextField, type FieldReading } from './ParsedTextField';

interface TimeFieldProps {
  label: string;
  /** `HH:MM`, or null when no time is chosen. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Where ↑ starts in an empty field. */
  now?: () => Date;
  className?: string;
}

/** Five minutes, the grid of the agenda's timeboxes: what ↑ and ↓ step. */
const STEP_MINUTES = 5;

/**
 * A clock time typed the Dutch way (9:30, 9.30, 930, 9u30, 14, half 3) on the
 * 24-hour clock, whatever the browser's language; the meeting keeps it as
 * `HH:MM`. ↑ and ↓ step five minutes.
 */
export function TimeField({ now = () => new Date(), ...rest }: TimeFieldProps) {
  return (
    <ParsedTextField
      {...rest}
      read={(text): FieldReading => {
        const parsed = parseDutchTime(text);
        return parsed.ok ? { ok: true, value: parsed.time } : parsed;
      }}
      write={(value) => value}
      describe={(value) => (value ? `${dutchTimeLabel(value)} uur` : 'Nog geen tijd gekozen')}
      kept={(value) => `De tijd blijft ${dutchTimeLabel(value)} uur.`}
      step={(value, direction) => stepTime(value ?? format(now(), 'HH:mm'), direction * STEP_MINUTES)}
      placeholder="uu:mm"
      // 930 and 9.30 need no colon: the number pad will do.
      inputMode="numeric"
      inputClassName="field__input field__input--time"
    />
  );
}
