import { type Document, HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import { ownerName, ownerNames, type MeetingLists } from '../notes/derive-lists';
import { actionStatusLabels, type DecisionData } from '../notes/node-data';
import { formatDutchDate, formatShortDutchDate } from '../meeting/dutch-format';
import type { Confidentiality, Meeting, Participant } from '../meeting/meeting-schema';
import { restrictionLabel } from '../privacy/audience';
import type { ExportOptions } from '../privacy/export-options';
import { sharingBasisText } from '../privacy/sharing-basis-text';
import {
  CONFIDENTIAL_COLOUR,
  CONFIDENTIAL_FILL,
  CONTENT_WIDTH,
  confidentialEnd,
  confidentialMark,
  confidentialPassage,
  dataTable,
  detailsTable,
  fittedWidths,
  keptTogether,
  noticeBox,
  paragraph,
  shadedConfidential,
  tableTextWidth,
} from './docx-building-blocks';
import { sentence } from './dutch-sentences';
import { copyNotice, exportView, type ExportView } from './export-view';
import { notesNumbering, notesToDocx, type BlockWriters, type NotesContext } from './notes-to-docx';
import type { HouseStyle } from './house-style';
import { mdoDocument } from './mdo-document';
import { attendanceRows, familyAttendance, minutesDetailRows, nextMeetingLines } from './minutes-text';
import { reviewSections } from './review-docx';
import { conceptNotice } from '../cycle/minutes-status';
import { ownStatementHeading, printedOwnStatements, statementParagraphs } from '../cycle/own-statement';
import { textRuns } from './xml-safe-text';

/**
 * The minutes (verslag) as a Word document, built from the meeting alone so
 * the app and the CLI write the same file. Order: title and details,
 * attendance, the notes per agenda item (decisions and actions where they
 * were written, marked B3/A5), the list of decisions, the list of actions,
 * and the next meeting.
 */
export interface MinutesExportOptions {
  /** When the export is made; shown in the footer and used for the child's age without a meeting date. */
  exportedAt: Date;
  /** The organisation's reference document; without it, the neutral default styles. */
  houseStyle?: HouseStyle;
  /** For whom the copy is and which names are replaced; without it, the full minutes as written. */
  options?: ExportOptions;
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1): Paragraph {
  return new Paragraph({ heading: level, children: textRuns(text) });
}

function muted(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { italics: true, color: '595959' }) });
}

/**
 * The mark of a decision or action in the lists, from every restriction it
 * is under (the item's, then the passages around it): "Vertrouwelijk –
 * alleen professionals", "Vertrouwelijk – alleen professionals; niet voor
 * Els de Vries". Empty when anybody may read it.
 */
function restrictionsLabel(restrictions: readonly Confidentiality[], participants: readonly Participant[]): string {
  const labels = [...new Set(restrictions.map((restriction) => restrictionLabel(restriction, participants)))];
  return labels.map((label, i) => (i === 0 ? label : label.replace(/^Vertrouwelijk – /, ''))).join('; ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function attendanceSection(meeting: Meeting): (Paragraph | Table)[] {
  if (meeting.participants.length === 0) return [heading('Aanwezigheid'), muted('Er staan geen deelnemers in het overleg.')];
  const headers = ['Naam', 'Functie', 'Organisatie', 'Aanwezigheid'];
  const rows = attendanceRows(meeting);
  return [
    heading('Aanwezigheid'),
    dataTable(headers, rows, fittedWidths(headers, rows)),
    new Paragraph({ spacing: { before: 120 }, children: textRuns(familyAttendance(meeting, 'ouder')) }),
    paragraph(familyAttendance(meeting, 'kind')),
  ];
}

/** A decision's reason and dissent, as paragraphs in the Besluit style. */
function decisionDetails(meeting: Meeting, data: DecisionData): Paragraph[] {
  const out: Paragraph[] = [];
  if (data.reason.trim()) out.push(new Paragraph({ style: 'Besluit', children: [new TextRun({ text: 'Reden: ', italics: true }), ...textRuns(data.reason)] }));
  for (const dissent of data.dissent) {
    const why = dissent.why.trim() ? ` — ${dissent.why.trim()}` : '';
    out.push(
      new Paragraph({
        style: 'Besluit',
        children: [new TextRun({ text: 'Niet mee eens: ', italics: true }), ...textRuns(`${ownerName(dissent.who, meeting.participants)}${why}`)],
      }),
    );
  }
  return out;
}

/**
 * Decisions, actions and safety scores where they were written, each marked
 * with its number in the full minutes; confidential passages the copy may
 * show (the others are gone from the view) between a mark and an end line,
 * every block in between shaded.
 */
function blockWriters(meeting: Meeting, numbers: ReadonlyMap<string, string>): BlockWriters {
  return {
    decision: (data) =>
      keptTogether([
        new Paragraph({
          style: 'Besluit',
          children: [new TextRun({ text: `${numbers.get(data.id) ?? 'B'} Besluit: `, bold: true }), ...textRuns(data.text)],
        }),
        ...decisionDetails(meeting, data),
      ]),
    action: (data) => {
      const who = ownerNames(data.who, meeting.participants);
      const details = [who ? `wie: ${who}` : 'wie: nog niemand', data.due ? `uiterlijk ${formatShortDutchDate(data.due)}` : 'nog geen datum'];
      if (data.status !== 'open') details.push(actionStatusLabels[data.status].toLowerCase());
      return [
        new Paragraph({
          style: 'Actie',
          keepLines: true,
          children: [new TextRun({ text: `${numbers.get(data.id) ?? 'A'} Actie: `, bold: true }), ...textRuns(data.what), ...textRuns(` (${details.join('; ')})`)],
        }),
      ];
    },
    safetyScale: (data) => [
      new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Schaalvraag. ', bold: true }), ...textRuns(data.question, { italics: true })] }),
      dataTable(
        ['Wie', 'Cijfer', 'Toelichting'],
        data.scores.map((score) => [ownerName(score.who, meeting.participants), score.score === null ? '–' : String(score.score), score.reason]),
        [3_200, 1_100, CONTENT_WIDTH - 4_300],
      ),
      new Paragraph({ spacing: { after: 60 }, children: [] }),
    ],
    confidential: (data, inner) => confidentialPassage(confidentialMark(restrictionLabel(data, meeting.participants)), inner),
  };
}

function itemsSection(view: ExportView, reviews: ReadonlyMap<string, (Paragraph | Table)[]> = new Map()): (Paragraph | Table)[] {
  const { meeting } = view;
  let listInstance = 0;
  const context: NotesContext = {
    nextListInstance: () => ++listInstance,
    headingBase: 3,
    blocks: blockWriters(meeting, view.numbers),
  };
  if (view.items.length === 0) return [muted('Er zijn in deze versie geen agendapunten.')];
  return view.items.flatMap(({ item, number }) => {
    const notes = notesToDocx(item.notes, context);
    // What stands between an item's heading and its notes goes with the notes' first lines.
    const content = [
      ...(item.sharingBasis ? [muted(`Grondslag voor delen: ${sharingBasisText(item.sharingBasis)}`).with({ keepNext: true })] : []),
      ...(item.childInterest.trim() ? [new Paragraph({ style: 'Quote', keepNext: true, children: textRuns(item.childInterest) })] : []),
      // Terugblik op de afspraken: the earlier actions with the status given now (shared/export/review-docx.ts).
      ...(reviews.get(item.id) ?? []),
      ...(notes.length > 0 ? notes : [muted('Geen aantekeningen.')]),
    ];
    return [
      heading(`${number}. ${item.title || `Agendapunt ${number}`}`, HeadingLevel.HEADING_2),
      // A whole confidential item is one passage: everything under its heading is shaded.
      ...(item.confidential
        ? confidentialPassage(
            confidentialMark(restrictionLabel(item.confidential, meeting.participants), 'Dit hele agendapunt is vertrouwelijk.'),
            content,
            confidentialEnd('Einde vertrouwelijk agendapunt'),
          )
        : content),
    ];
  });
}

function decisionsSection(meeting: Meeting, lists: MeetingLists): (Paragraph | Table)[] {
  if (lists.decisions.length === 0) return [heading('Besluitenlijst'), muted('In dit overleg zijn geen besluiten vastgelegd.')];
  return [
    heading('Besluitenlijst'),
    ...lists.decisions.flatMap(({ number, data, itemTitle, restrictions }) => {
      // The mark travels with the decision, on a line of its own, in words as well as colour.
      const mark = restrictionsLabel(restrictions, meeting.participants);
      const entry = keptTogether([
        new Paragraph({
          style: 'Besluit',
          children: [
            new TextRun({ text: `${number} `, bold: true }),
            ...textRuns(data.text),
            ...textRuns(` (${itemTitle})`, { color: '595959' }),
            ...(mark ? [new TextRun({ text: '', break: 1 }), ...textRuns(mark, { bold: true, color: CONFIDENTIAL_COLOUR, size: 20 })] : []),
          ],
        }),
        ...decisionDetails(meeting, data),
      ]);
      return mark ? entry.map(shadedConfidential) : entry;
    }),
  ];
}

const ACTION_HEADERS = ['Nr', 'Wat', 'Wie', 'Uiterlijk', 'Status'];

/**
 * The action table's columns, fitted to what is in them: number, date and
 * status as wide as their longest entry, who as wide as the longest names
 * while what keeps at least 45 % of the width (the task is what people
 * read; it should not wrap over three lines while a name has room to spare).
 */
function actionWidths(rows: readonly { number: string; who: string; due: string; status: string }[]): number[] {
  const widest = (header: string, texts: readonly string[]) => Math.max(tableTextWidth(header, { bold: true }), ...texts.map((text) => tableTextWidth(text)));
  const nr = widest('Nr', rows.map((row) => row.number));
  const due = widest('Uiterlijk', rows.map((row) => row.due));
  const status = widest('Status', rows.map((row) => row.status));
  const rest = CONTENT_WIDTH - nr - due - status;
  const minWhat = Math.ceil(CONTENT_WIDTH * 0.45);
  const who = Math.max(tableTextWidth('Wie', { bold: true }), Math.min(widest('Wie', rows.map((row) => row.who)), rest - minWhat, Math.round(CONTENT_WIDTH * 0.25)));
  return [nr, rest - who, who, due, status];
}

function actionsSection(meeting: Meeting, lists: MeetingLists): (Paragraph | Table)[] {
  const coordinator = meeting.coordinator.name.trim() || ownerName(meeting.coordinator, meeting.participants);
  const coordinatorLine = new Paragraph({
    spacing: { before: 120 },
    children: textRuns(
      coordinator ? `${sentence(`Regievoerder: ${coordinator}`)} De regievoerder bewaakt deze afspraken en is het aanspreekpunt.` : 'Er is nog geen regievoerder aangewezen.',
    ),
  });
  if (lists.actions.length === 0) return [heading('Actielijst / taakverdeling'), muted('In dit overleg zijn geen acties afgesproken.'), coordinatorLine];
  const rows = lists.actions.map(({ number, data }) => ({
    number,
    what: data.what,
    who: ownerNames(data.who, meeting.participants) || 'nog niemand',
    due: data.due ? formatShortDutchDate(data.due) : 'geen datum',
    status: actionStatusLabels[data.status],
  }));
  const marks = lists.actions.map(({ restrictions }) => restrictionsLabel(restrictions, meeting.participants));
  // The action list is what gets forwarded: a confidential action says so in its own row, in words under Wat.
  const what = (text: string, mark: string): string | Paragraph[] =>
    mark
      ? [
          new Paragraph({ style: 'TableText', children: textRuns(text) }),
          new Paragraph({ style: 'TableText', children: textRuns(lowerFirst(mark), { bold: true, color: CONFIDENTIAL_COLOUR, size: 18 }) }),
        ]
      : text;
  return [
    heading('Actielijst / taakverdeling'),
    dataTable(
      ACTION_HEADERS,
      rows.map((row, i) => [row.number, what(row.what, marks[i] ?? ''), row.who, row.due, row.status]),
      actionWidths(rows),
      // The coordinator line under the table says who follows these up: it does not open a page alone.
      { rowFills: marks.map((mark) => (mark ? CONFIDENTIAL_FILL : undefined)), keepWithNext: true },
    ),
    coordinatorLine,
  ];
}

/**
 * Every eigen verklaring of a parent or the young person under its own
 * heading, in their words: each line as written, nothing left out. It is
 * their own view, so every copy has it (names replaced like all text).
 */
function ownStatementsSection(meeting: Meeting): Paragraph[] {
  return printedOwnStatements(meeting).flatMap((statement) => [
    heading(ownStatementHeading(statement, meeting)),
    muted('In eigen woorden; de tekst is niet bewerkt.'),
    ...statementParagraphs(statement.text).map((lines) => new Paragraph({ children: textRuns(lines.join('\n')) })),
  ]);
}

function nextMeetingSection(meeting: Meeting, lists: MeetingLists): Paragraph[] {
  const [when, evaluation] = nextMeetingLines(meeting, lists);
  return [heading('Volgend overleg'), paragraph(when), paragraph(evaluation)];
}

export function buildMinutesDocument(written: Meeting, options: MinutesExportOptions): Document {
  const view = exportView(written, options.options);
  const { meeting, lists } = view;
  const details = minutesDetailRows(view, options.exportedAt);
  const exportedOn = formatDutchDate(options.exportedAt.toISOString().slice(0, 10));
  // A concept says on its first page by when to react ("Concept – reageren vóór donderdag 24 december 2026").
  const status = conceptNotice(meeting) ?? 'Definitief verslag';

  const body = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Verslag multidisciplinair overleg') }),
    new Paragraph({ style: 'Subtitle', children: textRuns(meeting.title) }),
    new Paragraph({ children: [new TextRun({ text: status, bold: true, color: meeting.status === 'definitief' ? '2B6A3D' : '8A5300' })] }),
    ...copyNotice(view, 'verslag').map(noticeBox),
    detailsTable(details),
    ...attendanceSection(meeting),
    heading('Besproken'),
    ...itemsSection(view, reviewSections(written, options.options)),
    ...decisionsSection(meeting, lists),
    ...actionsSection(meeting, lists),
    ...ownStatementsSection(meeting),
    ...nextMeetingSection(meeting, lists),
  ];

  return mdoDocument({
    kind: 'Verslag',
    status: meeting.status === 'definitief' ? 'Definitief' : 'Concept',
    title: `Verslag ${meeting.title}`,
    subject: 'Verslag multidisciplinair overleg',
    creator: meeting.noteTaker.name.trim(),
    view,
    exportedOn,
    houseStyle: options.houseStyle,
    numbering: notesNumbering(),
    children: body,
  });
}
