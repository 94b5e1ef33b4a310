import { format } from 'date-fns';
import type { ReactNode } from 'react';
import { stepDate } from '../../../shared/dates/date-steps';
import { dutchDateText, parseDutchDate, type WithoutYear } from '../../../shared/dates/parse-dutch-date';
import { formatDutchDate } from '../../../shared/meeting/dutch-format';
import { ParsedTextField, type FieldReading } from './ParsedTextField';

interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or null when no date is chosen. */
  value: string | null;
  onChange: (value: string | null) => void;
  /** Today, for "morgen" and "volgende week donderdag" (the day being minuted, for a due date). */
  now?: () => Date;
  /** A day and month typed without a year: the next such day (default) or the last one, for a date in the past. */
  withoutYear?: WithoutYear;
  /** The line under the field; by default the date in words ("donderdag 25 maart 2027"). */
  describe?: (value: string | null) => ReactNode;
  placeholder?: string;
  labelHidden?: boolean;
  className?: string;
  /** The input's look where the default does not fit (a table cell). */
  inputClassName?: string;
}

/**
 * A date typed the Dutch way (25-03-2027, 25-3, do 25 mrt, morgen), whatever
 * the browser's language; the meeting keeps it as `YYYY-MM-DD`. ↑ and ↓ go a
 * day later or earlier.
 */
export function DateField({ now = () => new Date(), withoutYear = 'next', describe = describeDate, placeholder = 'dd-mm-jjjj', inputClassName = 'field__input field__input--date', ...rest }: DateFieldProps) {
  return (
    <ParsedTextField
      {...rest}
      read={(text): FieldReading => {
        const parsed = parseDutchDate(text, now(), withoutYear);
        return parsed.ok ? { ok: true, value: parsed.date } : parsed;
      }}
      write={dutchDateText}
      describe={describe}
      kept={(value) => `De datum blijft ${formatDutchDate(value)}.`}
      step={(value, direction) => (value === null ? format(now(), 'yyyy-MM-dd') : stepDate(value, direction))}
      placeholder={placeholder}
      // Words are welcome ("morgen"): a full keyboard, not a number pad.
      inputMode="text"
      inputClassName={inputClassName}
    />
  );
}

function describeDate(value: string | null): string {
  return value ? formatDutchDate(value) : 'Nog geen datum gekozen';
}
