import { deriveMeetingLists } from '../notes/derive-lists';
import { plainText, rootNode, visitNodes } from '../notes/lexical-json';
import { readConfidential } from '../notes/node-data';
import { NOTE_NODE } from '../notes/node-types';
import type { Meeting } from '../meeting/meeting-schema';
import { participantsWithRole, uncertainRoleNotice } from '../meeting/roles';
import { audienceLabel, mayRead, mayReadAll, readersOf, restrictionLabel } from '../privacy/audience';
import type { ExportOptions } from '../privacy/export-options';
import { findNameResidue, isNameMiss, residueMessage, type NameResidue } from '../privacy/name-scan';
import { pseudonymises, replacedNames } from '../privacy/pseudonymise';
import { copyNotesJson } from '../notes/lexical-json';
import { dutchList, numberRangeParts, sentence } from './dutch-sentences';
import { exportView } from './export-view';
import { exportFileName } from './file-names';

/**
 * What one copy will leave out, for the person who exports it, before
 * anything is written: the export dialog shows it, `mdo export --voorbeeld`
 * prints it. It follows the same rules as the copy itself
 * (shared/privacy/audience.ts), so what the preview lists as left out is
 * what the document lacks.
 */

export interface LeftOutItem {
  /** The item's number in the full agenda. */
  number: number;
  title: string;
  label: string;
}

export interface LeftOutPassage {
  itemNumber: number;
  itemTitle: string;
  label: string;
  /** The passage's first words, so the user recognises it. */
  opening: string;
}

export interface CopyPreview {
  /** "Volledig verslag", "Versie voor ouders", "Versie voor Sanne Visser". */
  label: string;
  items: LeftOutItem[];
  /** Passages inside items that stay; a passage inside a left-out passage is not listed again. */
  passages: LeftOutPassage[];
  decisions: string[];
  actions: string[];
  /** Names the copy replaces, and by what ("Noor de Vries → kind A"). */
  names: { name: string; replacement: string }[];
  /**
   * What the final scan still finds in the copy's texts after replacing:
   * forms of a replaced name the replacing missed, or words one letter away.
   */
  residue: NameResidue[];
  /** What the user should know first: readers whose role is not certain, names still found. */
  warnings: string[];
}

export type PreviewDocument = 'verslag' | 'agenda';

const OPENING_WORDS = 8;

function openingOf(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')} …` : words.join(' ');
}

export function copyPreview(meeting: Meeting, options: ExportOptions, document: PreviewDocument = 'verslag'): CopyPreview {
  const { audience } = options;
  const readers = readersOf(meeting);
  const { participants } = meeting;
  const preview: CopyPreview = {
    label: audienceLabel(audience, participants),
    items: [],
    passages: [],
    decisions: [],
    actions: [],
    names: [],
    residue: [],
    warnings: [],
  };
  if (pseudonymises(options.pseudonym)) {
    preview.names = replacedNames(meeting, options.pseudonym).map(({ name, replacement }) => ({ name, replacement }));
    preview.residue = residueInCopy(meeting, options, document);
  }
  const residueWarnings = preview.residue.map(residueMessage);
  if (audience.kind === 'volledig') {
    preview.warnings = residueWarnings;
    return preview;
  }

  meeting.agendaItems.forEach((item, index) => {
    const number = index + 1;
    if (item.confidential && !mayRead(item.confidential, audience, readers)) {
      preview.items.push({ number, title: item.title.trim() || `Agendapunt ${number}`, label: restrictionLabel(item.confidential, participants) });
      return;
    }
    const root = document === 'verslag' ? rootNode(item.notes) : null;
    if (root === null) return;
    visitNodes(root, (node) => {
      if (node.type !== NOTE_NODE.confidential) return true;
      const { scope, notFor } = readConfidential(node, 'vertrouwelijk');
      if (mayRead({ scope, notFor }, audience, readers)) return true;
      preview.passages.push({
        itemNumber: number,
        itemTitle: item.title.trim() || `Agendapunt ${number}`,
        label: restrictionLabel({ scope, notFor }, participants),
        opening: openingOf(plainText(node)),
      });
      return false;
    });
  });

  if (document === 'verslag') {
    const lists = deriveMeetingLists(meeting);
    preview.decisions = lists.decisions.filter((entry) => !mayReadAll(entry.restrictions, audience, readers)).map((entry) => entry.number);
    preview.actions = lists.actions.filter((entry) => !mayReadAll(entry.restrictions, audience, readers)).map((entry) => entry.number);
  }
  preview.warnings = [...participantsWithRole(meeting, 'onbekend').map((participant) => uncertainRoleNotice(participant.name)), ...residueWarnings];
  return preview;
}

/**
 * The final scan over every text the copy is built from (the pseudonymised
 * meeting as this reader sees it, and the file name): the document's body,
 * headers, footers and properties all come from these. The CLI and the host
 * scan the written .docx itself as well (scanDocxForNames).
 */
function residueInCopy(meeting: Meeting, options: ExportOptions, document: PreviewDocument): NameResidue[] {
  const texts: string[] = [exportFileName(meeting, document === 'verslag' ? 'Verslag' : 'Agenda', options)];
  copyNotesJson(exportView(meeting, options).meeting, {
    mapText: (text) => {
      texts.push(text);
      return text;
    },
  });
  return findNameResidue(texts, meeting, options.pseudonym);
}

/** Whether the copy would still hold a replaced name (a kept name that shares a part with one is a warning only). */
export function holdsNames(preview: CopyPreview): boolean {
  return preview.residue.some(isNameMiss);
}

/** A label inside a sentence: "vertrouwelijk – niet voor Els de Vries" (the names keep their capitals). */
function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('nl') + label.slice(1);
}

/** B/A numbers as a Dutch list, runs as ranges: `A1–A4 en A7`, never every one of A1 … A120. */
function listed(numbers: readonly string[]): string {
  return dutchList(numberRangeParts(numbers));
}

/** The preview in Dutch sentences, one per line: what the dialog and the CLI say. */
export function previewLines(preview: CopyPreview): string[] {
  const lines = [sentence(preview.label)];
  for (const item of preview.items) lines.push(`Weggelaten: agendapunt ${item.number} (${item.title}), ${inSentence(item.label)}.`);
  for (const passage of preview.passages) {
    lines.push(`Weggelaten: een passage bij agendapunt ${passage.itemNumber} (${passage.itemTitle}), ${inSentence(passage.label)}: „${passage.opening}”.`);
  }
  const blocks = [
    preview.decisions.length > 0 ? `${preview.decisions.length === 1 ? 'besluit' : 'besluiten'} ${listed(preview.decisions)}` : '',
    preview.actions.length > 0 ? `${preview.actions.length === 1 ? 'actie' : 'acties'} ${listed(preview.actions)}` : '',
  ].filter(Boolean);
  if (blocks.length > 0) lines.push(`Daarmee ook weggelaten: ${blocks.join(' en ')}.`);
  if (preview.items.length === 0 && preview.passages.length === 0) lines.push('Er wordt niets weggelaten.');
  if (preview.names.length > 0) lines.push(`Namen vervangen: ${preview.names.map(({ name, replacement }) => `${name} → ${replacement}`).join('; ')}.`);
  return [...lines, ...preview.warnings];
}
