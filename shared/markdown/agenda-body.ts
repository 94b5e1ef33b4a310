import type { ActionData, DecisionData, SafetyScaleData } from '../editor/node-data';
import type { Participant } from '../meeting/meeting-schema';
import {
  blockLineKind,
  isDissentLine,
  isReasonLine,
  readActionLine,
  readDecisionLines,
  readSafetyScaleLine,
  type BlockRead,
} from './block-lines';

/**
 * The part of MDO-Markdown below the front matter: agenda items as level-2
 * headings, each with its child-interest line, its ordinary Markdown and its
 * block lines. Pure: the Markdown between the blocks is handed on as text,
 * for the headless editor to turn into notes.
 */

export const CHILD_INTEREST_QUESTION = 'Wat betekent dit voor het kind?';

export type NoteSegment =
  | { kind: 'markdown'; text: string }
  | { kind: 'decision'; data: DecisionData }
  | { kind: 'action'; data: ActionData }
  | { kind: 'safety-scale'; data: SafetyScaleData };

export interface ItemDraft {
  title: string;
  minutes: number | null;
  childInterest: string;
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

const ITEM_HEADING = /^##(?:\s+(.*?))?\s*$/;
const TOP_HEADING = /^#(?:\s|$)/;
const FENCE = /^:::(.*)$/;
const CONFIDENTIAL_OPENING = /^vertrouwelijk\s+(?:professionals|niet\s+voor\s+\S.*)$/i;
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

/** Splits the lines below the front matter into agenda items with their raw lines. */
function splitItems(lines: readonly NumberedLine[], errors: string[], warnings: string[]) {
  const items: { heading: NumberedLine; title: string; minutes: number | null; body: NumberedLine[] }[] = [];
  let fence: NumberedLine | null = null;
  const closeFenceBefore = (line: number): void => {
    if (fence) {
      errors.push(
        `Regel ${fence.line}: de vertrouwelijke passage die hier begint is niet afgesloten; verwacht een regel ":::" vóór regel ${line}.`,
      );
      fence = null;
    }
  };
  for (const current of lines) {
    const { text, line } = current;
    const heading = ITEM_HEADING.exec(text);
    if (heading) {
      closeFenceBefore(line);
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
    const fenceMatch = FENCE.exec(text);
    if (fenceMatch) {
      const rest = (fenceMatch[1] ?? '').trim();
      if (rest === '') {
        if (fence) fence = null;
        else errors.push(`Regel ${line}: ":::" sluit een vertrouwelijke passage af, maar er is hierboven geen geopend.`);
      } else if (!CONFIDENTIAL_OPENING.test(rest)) {
        errors.push(
          `Regel ${line}: "${text.trim()}" is onbekend; verwacht "::: vertrouwelijk professionals" of "::: vertrouwelijk niet voor NAAM".`,
        );
      } else if (fence) {
        errors.push(`Regel ${line}: een vertrouwelijke passage kan niet binnen een andere beginnen; sluit eerst af met ":::".`);
      } else {
        fence = current;
        // The model has no confidential passages yet: the text is kept as ordinary notes.
        warnings.push(
          `Regel ${line}: vertrouwelijke passages worden nog niet apart bewaard; de tekst is als gewone aantekening geïmporteerd. Controleer wie het verslag krijgt.`,
        );
      }
      continue;
    }
    item.body.push(current);
  }
  closeFenceBefore(lines.at(-1)?.line ?? 0);
  return items;
}

function pushMarkdown(segments: NoteSegment[], lines: string[]): void {
  while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop();
  if (lines.length > 0) segments.push({ kind: 'markdown', text: lines.join('\n') });
  lines.length = 0;
}

/** One item's lines: the child-interest line, the block lines, and the Markdown in between. */
function readItemBody(
  body: readonly NumberedLine[],
  participants: readonly Participant[],
  newId: () => string,
  errors: string[],
): { childInterest: string; segments: NoteSegment[] } {
  const segments: NoteSegment[] = [];
  const markdown: string[] = [];
  let childInterest: string | null = null;
  const accept = <T>(read: BlockRead<T>, make: (data: T) => NoteSegment): void => {
    if (read.ok) segments.push(make(read.data));
    else errors.push(read.message);
  };
  for (let index = 0; index < body.length; index++) {
    const { text, line } = body[index] ?? { text: '', line: 0 };
    const interest = CHILD_INTEREST_LINE.exec(text);
    if (interest) {
      if (childInterest !== null) {
        errors.push(`Regel ${line}: dit agendapunt heeft al een regel "> ${CHILD_INTEREST_QUESTION}"; één per agendapunt.`);
        continue;
      }
      const parts = [(interest[1] ?? '').trim()];
      while (body[index + 1]?.text.startsWith('>')) {
        index++;
        parts.push((body[index]?.text ?? '').replace(/^>\s?/, '').trimEnd());
      }
      const joined = parts.join('\n').trim();
      // The question alone is what a new agenda item holds in the app.
      childInterest = joined === '' ? CHILD_INTEREST_QUESTION : joined;
      continue;
    }
    const kind = blockLineKind(text);
    if (kind === null) {
      markdown.push(text);
      continue;
    }
    pushMarkdown(segments, markdown);
    if (kind === 'decision') {
      const lines = [{ text, line }];
      while (body[index + 1] && (isReasonLine(body[index + 1]?.text ?? '') || isDissentLine(body[index + 1]?.text ?? ''))) {
        index++;
        lines.push(body[index] ?? { text: '', line: 0 });
      }
      accept(readDecisionLines(lines, participants, newId()), (data) => ({ kind: 'decision', data }));
    } else if (kind === 'action') {
      accept(readActionLine(text, line, participants, newId()), (data) => ({ kind: 'action', data }));
    } else {
      accept(readSafetyScaleLine(text, line, participants, newId()), (data) => ({ kind: 'safety-scale', data }));
    }
  }
  pushMarkdown(segments, markdown);
  return { childInterest: childInterest ?? '', segments };
}

/** Reads the agenda items below the front matter; every problem names its line. */
export function parseAgendaBody(
  lines: readonly NumberedLine[],
  participants: readonly Participant[],
  newId: () => string,
): BodyParse {
  const errors: string[] = [];
  const warnings: string[] = [];
  const items = splitItems(lines, errors, warnings).map((item) => ({
    title: item.title,
    minutes: item.minutes,
    ...readItemBody(item.body, participants, newId, errors),
  }));
  return { items, errors, warnings };
}
