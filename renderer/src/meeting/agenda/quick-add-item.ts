import type { AgendaItem, AgendaItemKind, Participant } from '../../../../shared/meeting/meeting-schema';
import { foldName } from '../../../../shared/meeting/person-name';
import { newAgendaItem } from './agenda-edits';

/**
 * The quick-add line of the agenda: `Stem van Noor, 10, Joost` and Enter.
 * The first part is the subject; after it, in any order, the minutes (`10`,
 * `10 min`, `10 minuten`), the kind (informatie, bespreking, besluit(vorming))
 * and who leads it (a participant's name, or a first name only one
 * participant has). Minutes may also end the subject: `Zorgen 15 min`.
 * What cannot be placed stays in the subject, so nothing typed is lost.
 */

export interface QuickItem {
  title: string;
  minutes: number | null;
  kind: AgendaItemKind | null;
  leadId: string | null;
}

const MINUTES = /^(\d{1,3})\s*(m|min|min\.|minuut|minuten|')?$/i;
const TRAILING_MINUTES = /^(.*\S)\s+\(?(\d{1,3})\s*(m|min|min\.|minuut|minuten|')\)?$/i;

const kindWords: Readonly<Record<string, AgendaItemKind>> = {
  informatie: 'informatie',
  info: 'informatie',
  bespreking: 'bespreking',
  bespreken: 'bespreking',
  besluit: 'besluitvorming',
  besluiten: 'besluitvorming',
  besluitvorming: 'besluitvorming',
};

/** The participant a typed name means: the whole name, else a first name (or surname) only one person has. */
export function leadFor(typed: string, participants: readonly Pick<Participant, 'id' | 'name'>[]): string | null {
  const name = foldName(typed);
  if (name === '') return null;
  const exact = participants.filter((participant) => foldName(participant.name) === name);
  if (exact.length === 1) return exact[0]?.id ?? null;
  const partial = participants.filter((participant) => foldName(participant.name).split(/\s+/).includes(name));
  return partial.length === 1 ? (partial[0]?.id ?? null) : null;
}

export function parseAgendaLine(line: string, participants: readonly Pick<Participant, 'id' | 'name'>[]): QuickItem | null {
  const [first = '', ...rest] = line.split(',').map((part) => part.trim().replace(/\s+/g, ' '));
  let title = first;
  let minutes: number | null = null;
  let kind: AgendaItemKind | null = null;
  let leadId: string | null = null;
  const trailing = TRAILING_MINUTES.exec(title);
  if (trailing) {
    title = trailing[1] ?? title;
    minutes = Number(trailing[2]);
  }
  const unplaced: string[] = [];
  for (const part of rest) {
    if (part === '') continue;
    const asMinutes = MINUTES.exec(part);
    const asKind = kindWords[foldName(part)];
    const asLead: string | null = leadId === null ? leadFor(part, participants) : null;
    if (asMinutes && minutes === null) minutes = Number(asMinutes[1]);
    else if (asKind && kind === null) kind = asKind;
    else if (asLead) leadId = asLead;
    else unplaced.push(part);
  }
  title = [title, ...unplaced].filter(Boolean).join(', ');
  if (title === '') return null;
  return { title, minutes, kind, leadId };
}

/** A new item from the line; ten minutes of discussion unless the line says otherwise. */
export function itemFromLine(id: string, quick: QuickItem): AgendaItem {
  const item = newAgendaItem(id);
  return {
    ...item,
    title: quick.title,
    minutes: quick.minutes ?? item.minutes,
    kind: quick.kind ?? (/besluit|taakverdeling|afspraken/i.test(quick.title) ? 'besluitvorming' : item.kind),
    leadId: quick.leadId,
  };
}
