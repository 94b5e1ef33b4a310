import type { z } from 'zod';
import { labelForPath } from './field-labels';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'ja of nee',
  array: 'een lijst',
  object: 'een groep velden',
  null: 'leeg',
};

/** Messages for the codes our own schema puts in `message`. */
const customMessages: Record<string, (label: string) => string> = {
  'date-format': (label) => `${label} moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-12-10.`,
  'date-invalid': (label) => `${label} is geen bestaande datum. Kies een datum die in de kalender staat.`,
  'time-format': (label) => `${label} moet een tijd zijn in de vorm UU:MM, bijvoorbeeld 14:00.`,
  'timestamp-format': (label) => `${label} moet een tijdstip zijn met datum, tijd en tijdzone.`,
  'title-empty': () => 'Titel is leeg. Geef het overleg een titel.',
  'template-id': (label) => `${label} mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld "mdo-kindgericht".`,
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const label = labelForPath(issue.path);
  const custom = customMessages[issue.message];
  if (custom) return custom(label);

  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${label} ontbreekt.`;
      const expected = typeNames[issue.expected] ?? issue.expected;
      return `${label} heeft een verkeerde waarde: verwacht is ${expected}.`;
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => String(value)).join(', ');
      return issue.values.length === 1
        ? `${label} moet "${options}" zijn.`
        : `${label} moet een van deze waarden zijn: ${options}.`;
    }
    case 'too_big':
      if (issue.origin === 'string') return `${label} is te lang: hoogstens ${Number(issue.maximum).toLocaleString('nl-NL')} tekens. Maak de tekst korter.`;
      if (issue.origin === 'array') return `${label}: te veel onderdelen, hoogstens ${String(issue.maximum)}.`;
      return `${label} mag hoogstens ${String(issue.maximum)} zijn.`;
    case 'too_small':
      if (issue.origin === 'string') return `${label} is leeg.`;
      if (issue.origin === 'array') return `${label}: te weinig onderdelen, minstens ${String(issue.minimum)}.`;
      return `${label} moet minstens ${String(issue.minimum)} zijn.`;
    case 'invalid_format':
      return `${label} heeft een ongeldige vorm.`;
    default:
      return `${label} is ongeldig.`;
  }
}

/** One Dutch sentence per problem, each naming the field it is about. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return [...new Set(issues.map(describeIssue))];
}
