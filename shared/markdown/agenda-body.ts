import type { ActionData, ConfidentialData, DecisionData, SafetyScaleData } from '../notes/node-data';
import type { Confidentiality, Participant, SharingBasis } from '../meeting/meeting-schema';
import {
  blockLineKind,
  isDissentLine,
  isReasonLine,
  isScoreReasonLine,
  readActionLine,
  readDecisionLines,
  readSafetyScaleLines,
  type BlockRead,
} from './block-lines';
import { FENCE_LINE, readFence } from './confidential-fence';
import { SHARING_BASIS_PREFIX, isSharingBasisLine, readSharingBasis } from './sharing-basis-line';

/**
 * The part of MDO-Markdown below the front matter: agenda items as level-2
 * headings, each with its child-interest line, its basis for sharing, its
 * ordinary Markdown, its block lines and its confidential passages. Pure:
 * the Markdown between the blocks is handed on as text, for the headless
 * editor to turn into notes.
 *
 * Privacy first: what stands inside a fence stays inside it. An unclosed
 * passage runs to the end of its item, and a child-interest or `Grondslag:`
 * line inside a passage stays text in that passage (with a warning) rather
 * than becoming a field of the item that everybody reads.
 */

export const CHILD_INTEREST_QUESTION = 'Wat betekent dit voor het kind?';

export type NoteSegment =
  | { kind: 'markdown'; text: string }
  | { kind: 'decision'; data: DecisionData }
  | { kind: 'action'; data: ActionData }
  | { kind: 'safety-scale'; data: SafetyScaleData }
  | { kind: 'confidential'; data: ConfidentialData; segments: NoteSegment[] };

export interface ItemDraft {
  title: string;
  minutes: number | null;
  childInterest: string;
  sharingBasis: SharingBasis | null;
  /** The whole item is confidential (a fence marked "(het hele agendapunt)"). */
  confidential: Confidentiality | null;
  segments: NoteSegment[];
}

export interface BodyParse {
  items: ItemDraft[];
  errors: string[];
  warnings: string[];
}

export interface NumberedLine {
  text: string;
  /** 1-based line in the whole file. */
  line: number;
}

/** Where a problem is reported, with the item it belongs to. */
interface Report {
  title: string;
  errors: string[];
  warnings: string[];
}

const ITEM_HEADING = /^##(?:\s+(.*?))?\s*$/;
const TOP_HEADING = /^#(?:\s|$)/;
const CHILD_INTEREST_LINE = /^>\s?wat betekent dit voor het kind\?[ \t]*(.*)$/i;
/** `(10 min)` at the end of an item heading; `(10 minuten)` is read too. */
const TIMEBOX = /\(([^()]*?)\s*min(?:uten|\.)?\s*\)\s*$/i;

function readHeading(
  heading: string,
  line: number,
  errors: string[],
): { title: string; minutes: number | null } {
  const timebox = TIMEBOX.exec(heading);
  let minutes: number | null = null;
  let title = heading;
  if (timebox) {
    title = heading.slice(0, timebox.index).trim();
    const amount = (timebox[1] ?? '').trim();
    if (!/^\d{1,4}$/.test(amount) || Number(amount) > 24 * 60) {
      errors.push(
        `Regel ${line}: de tijd van een agendapunt moet een heel aantal minuten zijn (0 tot 1440), bijvoorbeeld "(10 min)"; "(${amount} min)" is niet te lezen.`,
      );
    } else {
      minutes = Number(amount);
    }
  }
  return { title, minutes };
}

/** Splits the lines below the front matter into agenda items with their raw lines (fences included). */
function splitItems(lines: readonly NumberedLine[], errors: string[]) {
  const items: { heading: NumberedLine; title: string; minutes: number | null; body: NumberedLine[] }[] = [];
  for (const current of lines) {
    const { text, line } = current;
    const heading = ITEM_HEADING.exec(text);
    if (heading) {
      items.push({ heading: current, ...readHeading((heading[1] ?? '').trim(), line, errors), body: [] });
      continue;
    }
    const item = items.at(-1);
    if (!item) {
      if (text.trim() !== '') {
        errors.push(`Regel ${line}: tekst vóór het eerste agendapunt; begin elk agendapunt met een kop "## Titel (10 min)".`);
      }
      continue;
    }
    if (TOP_HEADING.test(text)) {
      errors.push(`Regel ${line}: een kop met één # hoort niet in MDO-Markdown; gebruik "## " voor een agendapunt of "### " voor een tussenkop.`);
      continue;
    }
    item.body.push(current);
  }
  return items;
}

function pushMarkdown(segments: NoteSegment[], lines: string[]): void {
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  if (lines.length > 0) segments.push({ kind: 'markdown', text: lines.join('\n') });
  lines.length = 0;
}

function itemName(title: string): string {
  return title === '' ? 'dit agendapunt' : `agendapunt "${title}"`;
}

function warnUnknownNames(names: readonly string[], line: number, report: Report): void {
  for (const name of names) {
    report.warnings.push(
      `Regel ${line}: "${name}" na "niet voor" is geen deelnemer van dit overleg; de naam is bewaard zoals hij er staat. Controleer de naam, zodat de app weet voor wie de passage verborgen blijft.`,
    );
  }
}

/**
 * Takes out the (first) fence around a whole confidential item: its
 * restriction, and the item's lines without the two fence lines. Text outside that fence
 * belongs to the same item and so is confidential too (with a warning).
 */
function takeWholeItemFence(
  body: readonly NumberedLine[],
  participants: readonly Participant[],
  report: Report,
): { lines: NumberedLine[]; confidential: Confidentiality | null } {
  let opening = -1;
  let confidential: Confidentiality | null = null;
  for (const [index, { text, line }] of body.entries()) {
    const fence = FENCE_LINE.exec(text);
    if (!fence) continue;
    const read = readFence(fence[1] ?? '', participants);
    if (read.kind !== 'open' || !read.wholeItem) continue;
    opening = index;
    confidential = read.restriction;
    warnUnknownNames(read.unknownNames, line, report);
    break;
  }
  if (opening < 0 || confidential === null) return { lines: [...body], confidential: null };
  let depth = 0;
  let close = -1;
  for (let index = opening + 1; index < body.length && close < 0; index++) {
    const fence = FENCE_LINE.exec(body[index]?.text ?? '');
    if (!fence) continue;
    const read = readFence(fence[1] ?? '', participants);
    if (read.kind === 'open') depth++;
    else if (read.kind === 'close') {
      if (depth === 0) close = index;
      else depth--;
    }
  }
  const openingLine = body[opening]?.line ?? 0;
  if (close < 0) {
    report.warnings.push(
      `Regel ${openingLine}: het vertrouwelijke agendapunt is niet afgesloten met ":::"; het hele ${itemName(report.title)} blijft vertrouwelijk.`,
    );
  }
  const outside = body.filter((entry, index) => (index < opening || (close >= 0 && index > close)) && entry.text.trim() !== '');
  if (outside.length > 0) {
    report.warnings.push(
      `Regel ${outside[0]?.line ?? openingLine}: deze tekst staat buiten de regels van het vertrouwelijke agendapunt (regel ${openingLine}), maar hoort bij hetzelfde agendapunt en is dus ook vertrouwelijk.`,
    );
  }
  return { lines: body.filter((_, index) => index !== opening && index !== close), confidential };
}

/** An open passage while its lines are read. */
interface OpenPassage {
  line: number;
  data: ConfidentialData;
  segments: NoteSegment[];
  markdown: string[];
}

/** One item's lines: the child-interest line, the basis for sharing, the block lines, the passages and the Markdown in between. */
function readItemBody(
  body: readonly NumberedLine[],
  participants: readonly Participant[],
  newId: () => string,
  report: Report,
): Pick<ItemDraft, 'childInterest' | 'sharingBasis' | 'confidential' | 'segments'> {
  const { errors, warnings } = report;
  const { lines, confidential } = takeWholeItemFence(body, participants, report);
  const segments: NoteSegment[] = [];
  const markdown: string[] = [];
  let passage: OpenPassage | null = null;
  let childInterest: string | null = null;
  let sharingBasis: { basis: SharingBasis; line: number } | null = null;
  const target = (): { segments: NoteSegment[]; markdown: string[] } => passage ?? { segments, markdown };
  const accept = <T>(read: BlockRead<T>, make: (data: T) => NoteSegment): void => {
    if (read.ok) target().segments.push(make(read.data));
    else errors.push(read.message);
  };
  const closePassage = (): void => {
    if (!passage) return;
    pushMarkdown(passage.segments, passage.markdown);
    if (passage.segments.length > 0) segments.push({ kind: 'confidential', data: passage.data, segments: passage.segments });
    else warnings.push(`Regel ${passage.line}: de vertrouwelijke passage die hier begint is leeg en is weggelaten.`);
    passage = null;
  };
  for (let index = 0; index < lines.length; index++) {
    const { text, line } = lines[index] ?? { text: '', line: 0 };
    const fence = FENCE_LINE.exec(text);
    if (fence) {
      const read = readFence(fence[1] ?? '', participants);
      if (read.kind === 'invalid') errors.push(`Regel ${line}: ${read.problem}`);
      else if (read.kind === 'close') {
        if (passage) closePassage();
        else errors.push(`Regel ${line}: ":::" sluit een vertrouwelijke passage af, maar er is hierboven geen geopend.`);
      } else if (read.wholeItem) {
        errors.push(`Regel ${line}: "(het hele agendapunt)" staat maar één keer in een agendapunt, om alle regels onder de kop; hier begint een tweede.`);
      } else if (passage) {
        errors.push(`Regel ${line}: een vertrouwelijke passage kan niet binnen een andere beginnen; sluit eerst af met ":::".`);
      } else {
        pushMarkdown(segments, markdown);
        warnUnknownNames(read.unknownNames, line, report);
        passage = { line, data: { id: newId(), ...read.restriction }, segments: [], markdown: [] };
      }
      continue;
    }
    const interest = CHILD_INTEREST_LINE.exec(text);
    if (interest && passage) {
      warnings.push(
        `Regel ${line}: "${CHILD_INTEREST_QUESTION}" staat in een vertrouwelijke passage; het blijft daar als citaat staan en is niet het belang van het kind bij het agendapunt.`,
      );
      passage.markdown.push(text);
      continue;
    }
    if (interest) {
      if (childInterest !== null) {
        errors.push(`Regel ${line}: dit agendapunt heeft al een regel "> ${CHILD_INTEREST_QUESTION}"; één per agendapunt.`);
        continue;
      }
      const parts = [(interest[1] ?? '').trim()];
      while (lines[index + 1]?.text.startsWith('>')) {
        index++;
        parts.push((lines[index]?.text ?? '').replace(/^>\s?/, '').trimEnd());
      }
      const joined = parts.join('\n').trim();
      // The question alone is what a new agenda item holds in the app.
      childInterest = joined === '' ? CHILD_INTEREST_QUESTION : joined;
      continue;
    }
    if (isSharingBasisLine(text)) {
      if (passage) {
        warnings.push(
          `Regel ${line}: een regel "Grondslag:" in een vertrouwelijke passage blijft gewone tekst in die passage; zet hem buiten de passage om hem als grondslag van het agendapunt te bewaren.`,
        );
        passage.markdown.push(text);
        continue;
      }
      const read = readSharingBasis(text.replace(SHARING_BASIS_PREFIX, ''));
      if (!read.ok) {
        warnings.push(`Regel ${line}: de grondslag is niet te lezen: ${read.problem} De regel is als gewone aantekening bewaard.`);
        markdown.push(text);
      } else if (sharingBasis !== null) {
        errors.push(`Regel ${line}: dit agendapunt heeft al een grondslag (regel ${sharingBasis.line}); één regel "Grondslag:" per agendapunt.`);
      } else {
        sharingBasis = { basis: read.basis, line };
      }
      continue;
    }
    const kind = blockLineKind(text);
    if (kind === null) {
      target().markdown.push(text);
      continue;
    }
    pushMarkdown(target().segments, target().markdown);
    if (kind === 'decision') {
      const decisionLines = [{ text, line }];
      while (lines[index + 1] && (isReasonLine(lines[index + 1]?.text ?? '') || isDissentLine(lines[index + 1]?.text ?? ''))) {
        index++;
        decisionLines.push(lines[index] ?? { text: '', line: 0 });
      }
      accept(readDecisionLines(decisionLines, participants, newId()), (data) => ({ kind: 'decision', data }));
    } else if (kind === 'action') {
      accept(readActionLine(text, line, participants, newId()), (data) => ({ kind: 'action', data }));
    } else {
      const scaleLines = [{ text, line }];
      while (lines[index + 1] && isScoreReasonLine(lines[index + 1]?.text ?? '')) {
        index++;
        scaleLines.push(lines[index] ?? { text: '', line: 0 });
      }
      accept(readSafetyScaleLines(scaleLines, participants, newId()), (data) => ({ kind: 'safety-scale', data }));
    }
  }
  if (passage !== null) {
    const open: OpenPassage = passage;
    warnings.push(
      `Regel ${open.line}: de vertrouwelijke passage die hier begint is niet afgesloten met ":::"; hij loopt door tot het einde van ${itemName(report.title)} en blijft vertrouwelijk.`,
    );
    closePassage();
  }
  pushMarkdown(segments, markdown);
  return { childInterest: childInterest ?? '', sharingBasis: sharingBasis?.basis ?? null, confidential, segments };
}

/** Reads the agenda items below the front matter; every problem names its line. */
export function parseAgendaBody(
  lines: readonly NumberedLine[],
  participants: readonly Participant[],
  newId: () => string,
): BodyParse {
  const errors: string[] = [];
  const warnings: string[] = [];
  const items = splitItems(lines, errors).map((item) => ({
    title: item.title,
    minutes: item.minutes,
    ...readItemBody(item.body, participants, newId, { title: item.title, errors, warnings }),
  }));
  return { items, errors, warnings };
}
