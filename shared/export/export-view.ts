import { blockNumbers, deriveMeetingLists, type Located, type MeetingLists } from '../notes/derive-lists';
import { copyNotesJson } from '../notes/lexical-json';
import { readConfidential } from '../notes/node-data';
import { NOTE_NODE } from '../notes/node-types';
import { initialsOf } from '../meeting/dutch-format';
import type { AgendaItem, Confidentiality, ExportAudience, Meeting } from '../meeting/meeting-schema';
import { audienceLabel, mayRead, mayReadAll, readersOf } from '../privacy/audience';
import { FULL_EXPORT, type ExportOptions } from '../privacy/export-options';
import { sentence } from './dutch-sentences';
import { nameReplacer, pseudonymiseAudience, pseudonymiseMeeting, pseudonymiseNotesJson, pseudonymises } from '../privacy/pseudonymise';

/**
 * What one exported copy shows: the meeting as its audience may read it
 * and with the names its options replace. Built once, before any Word
 * paragraph, so nothing the audience may not read can reach the document
 * by another path (a heading, a list, the next-meeting line). Numbers stay
 * those of the full minutes: agenda items keep their place, decisions and
 * actions their B/A number, so everybody talks about the same A5.
 */

export interface VisibleItem {
  item: AgendaItem;
  /** The item's number in the full agenda (1-based). */
  number: number;
  /** The item's index in the full agenda, for its clock times. */
  index: number;
}

export interface ExportView {
  /** Pseudonymised, with only the visible items (their notes without unreadable passages). */
  meeting: Meeting;
  items: VisibleItem[];
  /** The decisions, actions and scales the audience may read, numbered as in the full minutes. */
  lists: MeetingLists;
  /** B/A numbers of every block by id, from the full minutes. */
  numbers: Map<string, string>;
  /** The recipient as the copy names them (pseudonymised when the options say so). */
  audience: ExportAudience;
  /** "Volledig verslag", "Versie voor ouders". */
  label: string;
  /** Whether what the copy shows holds confidential items or passages (shown with a mark). */
  showsConfidential: boolean;
  /** Whether it shows whole confidential items (all the agenda can show). */
  showsConfidentialItems: boolean;
  /** The child as the header names them: initials, or the alias. */
  childMark: string;
  options: ExportOptions;
}

interface Stripped {
  notes: unknown;
  /** Confidential passages that stay (the audience may read them). */
  kept: number;
  removed: number;
}

/**
 * A copy of the notes without the confidential passages the audience may
 * not read, wherever they are nested (the copy has no depth limit: a passage
 * deep in a hostile file must be removed too, never rendered as plain text
 * further down the line).
 */
export function stripUnreadable(notes: unknown, readable: (restriction: Confidentiality) => boolean): Stripped {
  let kept = 0;
  let removed = 0;
  const copy = copyNotesJson(notes, {
    dropNode: (node) => {
      if (node.type !== NOTE_NODE.confidential) return false;
      const { scope, notFor } = readConfidential(node, 'vertrouwelijk');
      if (readable({ scope, notFor })) {
        kept += 1;
        return false;
      }
      removed += 1;
      return true;
    },
  });
  return { notes: copy, kept, removed };
}

function childMark(meeting: Meeting, options: ExportOptions): string {
  const name = meeting.child.name.trim();
  if (!name) return '';
  // A pseudonymised child's name already is the initials or the alias.
  return options.pseudonym.child ? name : initialsOf(name);
}

export function exportView(meeting: Meeting, options: ExportOptions = FULL_EXPORT): ExportView {
  const { audience } = options;
  const readers = readersOf(meeting);
  const readable = (restriction: Confidentiality) => mayRead(restriction, audience, readers);

  let showsConfidential = false;
  let showsConfidentialItems = false;
  const items: VisibleItem[] = [];
  meeting.agendaItems.forEach((item, index) => {
    if (item.confidential && !readable(item.confidential)) return;
    const stripped = stripUnreadable(item.notes, readable);
    if (item.confidential) showsConfidentialItems = true;
    if (item.confidential || stripped.kept > 0) showsConfidential = true;
    items.push({ item: { ...item, notes: stripped.notes as AgendaItem['notes'] }, number: index + 1, index });
  });

  // Which blocks the audience may read is decided on the names as written; what the copy shows of them comes pseudonymised.
  const written = deriveMeetingLists(meeting);
  const replace = nameReplacer(meeting, options.pseudonym);
  const named = <T extends Located & { data: object }>(entries: readonly T[]): T[] =>
    entries
      .filter((entry) => mayReadAll(entry.restrictions, audience, readers))
      .map((entry) =>
        pseudonymises(options.pseudonym)
          ? {
              ...entry,
              itemTitle: replace(entry.itemTitle, 'title'),
              data: pseudonymiseNotesJson(entry.data, replace),
              restrictions: pseudonymiseNotesJson(entry.restrictions, replace),
            }
          : entry,
      );
  const lists: MeetingLists = {
    decisions: named(written.decisions),
    actions: named(written.actions),
    safetyScales: named(written.safetyScales),
  };

  const shown = pseudonymiseMeeting({ ...meeting, agendaItems: items.map((visibleItem) => visibleItem.item) }, options.pseudonym);
  const namedAudience = pseudonymiseAudience(audience, replace);
  return {
    meeting: shown,
    items: items.map((visibleItem, i) => ({ ...visibleItem, item: shown.agendaItems[i] ?? visibleItem.item })),
    lists,
    numbers: blockNumbers(written),
    audience: namedAudience,
    label: audienceLabel(namedAudience, shown.participants),
    showsConfidential,
    showsConfidentialItems,
    childMark: childMark(shown, options),
    options: { ...options, audience: namedAudience },
  };
}

/**
 * The lines under the title that say for whom the copy is and what it
 * leaves out; for the full minutes only a warning when it holds
 * confidential parts.
 */
export function copyNotice(view: ExportView, numbered: 'verslag' | 'agenda'): string[] {
  const lines: string[] = [];
  const { audience } = view;
  if (audience.kind === 'volledig') {
    if (numbered === 'verslag' ? view.showsConfidential : view.showsConfidentialItems) {
      lines.push(
        numbered === 'verslag'
          ? 'Volledig verslag – bevat vertrouwelijke passages. Die zijn gemarkeerd; stuur dit verslag niet zonder meer door.'
          : 'Volledige agenda – bevat vertrouwelijke agendapunten. Die zijn gemarkeerd; stuur deze agenda niet zonder meer door.',
      );
    }
  } else {
    const whom = view.label.replace(/^Versie voor /, '');
    // What a copy can leave out: passages of the minutes, whole items of the agenda.
    const parts = numbered === 'verslag' ? 'Passages' : 'Agendapunten';
    const left =
      audience.kind === 'ouders'
        ? `${parts} die alleen voor professionals bedoeld zijn, zijn weggelaten.`
        : audience.kind === 'professionals'
          ? `${parts} die niet voor alle professionals bedoeld zijn, zijn weggelaten.`
          : `${parts} die niet voor ${whom} bedoeld zijn, zijn weggelaten.`;
    const numbers =
      numbered === 'verslag'
        ? 'De nummers van besluiten en acties zijn die van het volledige verslag.'
        : 'De nummers van de agendapunten zijn die van de volledige agenda.';
    // The label may end in a name with a full stop ("Versie voor Amir B."): one full stop, not two.
    lines.push(`${sentence(view.label)} ${left} ${numbers}`);
  }
  const { pseudonym } = view.options;
  const replaced = [
    pseudonym.child ? `is de naam van het kind vervangen door ${pseudonym.childAlias.trim() ? `„${pseudonym.childAlias.trim()}”` : 'initialen'}` : '',
    pseudonym.parents ? 'zijn de namen van de ouders vervangen door hun rol of initialen' : '',
  ].filter(Boolean);
  if (replaced.length > 0) lines.push(`In deze kopie ${replaced.join(' en ')}.`);
  return lines;
}
