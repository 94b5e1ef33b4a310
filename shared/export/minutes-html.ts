import { ownerName, ownerNames, type MeetingLists } from '../notes/derive-lists';
import { actionStatusLabels, type DecisionData } from '../notes/node-data';
import { formatDutchDate, formatShortDutchDate } from '../meeting/dutch-format';
import type { Confidentiality, Meeting, Participant } from '../meeting/meeting-schema';
import { restrictionLabel } from '../privacy/audience';
import type { ExportOptions } from '../privacy/export-options';
import { sharingBasisText } from '../privacy/sharing-basis-text';
import { sentence } from './dutch-sentences';
import { copyNotice, exportView, type ExportView } from './export-view';
import { detailsHtml, escapeHtml, escapeLines, htmlDocument, htmlTable, noticeHtml, paragraphHtml } from './html-document';
import { attendanceRows, familyAttendance, minutesDetailRows, nextMeetingLines } from './minutes-text';
import { notesToHtml, type HtmlBlockWriters } from './notes-to-html';
import { conceptNotice } from '../cycle/minutes-status';
import { ownStatementHeading, printedOwnStatements, statementParagraphs } from '../cycle/own-statement';

/**
 * The minutes (verslag) as a printable HTML page, for the PDF export: the
 * same copy as the Word document (exportView: what this reader may read,
 * with the names replaced, numbers of the full minutes) in the same order:
 * title and details, attendance, the notes per agenda item, the list of
 * decisions, the action table and the next meeting. Pure: the app, the CLI
 * and the tests print the same page.
 */

export interface MinutesHtmlOptions {
  /** When the export is made; in the footer, and for the child's age without a meeting date. */
  exportedAt: Date;
  /** For whom the copy is and which names are replaced; without it, the full minutes as written. */
  options?: ExportOptions;
}

/** The mark of a decision or action in the lists, from every restriction it is under; empty when anybody may read it. */
function restrictionsLabel(restrictions: readonly Confidentiality[], participants: readonly Participant[]): string {
  const labels = [...new Set(restrictions.map((restriction) => restrictionLabel(restriction, participants)))];
  return labels.map((label, i) => (i === 0 ? label : label.replace(/^Vertrouwelijk – /, ''))).join('; ');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A passage the copy shows: its label in words, the shaded blocks, and where it ends. */
function confidentialHtml(label: string, inner: string, { note = '', end = 'Einde vertrouwelijke passage' } = {}): string {
  return [
    '<div class="confidential">',
    `<p class="confidential-mark">${escapeHtml(label)}${note ? ` <span class="muted">${escapeHtml(note)}</span>` : ''}</p>`,
    inner,
    `<p class="confidential-end">${escapeHtml(end)}</p>`,
    '</div>',
  ].join('\n');
}

function attendanceSection(meeting: Meeting): string {
  if (meeting.participants.length === 0) return `<h2>Aanwezigheid</h2>\n${paragraphHtml('Er staan geen deelnemers in het overleg.', 'muted')}`;
  return [
    '<h2>Aanwezigheid</h2>',
    htmlTable(['Naam', 'Functie', 'Organisatie', 'Aanwezigheid'], attendanceRows(meeting)),
    paragraphHtml(familyAttendance(meeting, 'ouder')),
    paragraphHtml(familyAttendance(meeting, 'kind')),
  ].join('\n');
}

function decisionDetails(meeting: Meeting, data: DecisionData): string {
  const out: string[] = [];
  if (data.reason.trim()) out.push(`<p class="decision-detail"><span class="label">Reden: </span>${escapeLines(data.reason)}</p>`);
  for (const dissent of data.dissent) {
    const why = dissent.why.trim() ? ` — ${dissent.why.trim()}` : '';
    out.push(`<p class="decision-detail"><span class="label">Niet mee eens: </span>${escapeLines(`${ownerName(dissent.who, meeting.participants)}${why}`)}</p>`);
  }
  return out.join('\n');
}

function blockWriters(meeting: Meeting, numbers: ReadonlyMap<string, string>): HtmlBlockWriters {
  return {
    decision: (data) =>
      `<div class="decision"><p><span class="number">${escapeHtml(numbers.get(data.id) ?? 'B')} Besluit: </span>${escapeLines(data.text)}</p>\n${decisionDetails(meeting, data)}</div>`,
    action: (data) => {
      const who = ownerNames(data.who, meeting.participants);
      const details = [who ? `wie: ${who}` : 'wie: nog niemand', data.due ? `uiterlijk ${formatShortDutchDate(data.due)}` : 'nog geen datum'];
      if (data.status !== 'open') details.push(actionStatusLabels[data.status].toLowerCase());
      return `<p class="action"><span class="number">${escapeHtml(numbers.get(data.id) ?? 'A')} Actie: </span>${escapeLines(data.what)} ${escapeHtml(`(${details.join('; ')})`)}</p>`;
    },
    safetyScale: (data) =>
      `<div class="scale"><p><strong>Schaalvraag. </strong><em>${escapeLines(data.question)}</em></p>\n${htmlTable(
        ['Wie', 'Cijfer', 'Toelichting'],
        data.scores.map((score) => [ownerName(score.who, meeting.participants), score.score === null ? '–' : String(score.score), score.reason]),
      )}</div>`,
    confidential: (data, inner) => confidentialHtml(restrictionLabel(data, meeting.participants), inner),
  };
}

function itemsSection(view: ExportView): string {
  const { meeting } = view;
  if (view.items.length === 0) return paragraphHtml('Er zijn in deze versie geen agendapunten.', 'muted');
  const context = { headingBase: 4 as const, blocks: blockWriters(meeting, view.numbers) };
  return view.items
    .map(({ item, number }) => {
      const notes = notesToHtml(item.notes, context);
      const content = [
        item.sharingBasis ? paragraphHtml(`Grondslag voor delen: ${sharingBasisText(item.sharingBasis)}`, 'muted') : '',
        item.childInterest.trim() ? `<blockquote>${escapeLines(item.childInterest)}</blockquote>` : '',
        notes || paragraphHtml('Geen aantekeningen.', 'muted'),
      ]
        .filter(Boolean)
        .join('\n');
      const heading = `<h3>${escapeHtml(`${number}. ${item.title || `Agendapunt ${number}`}`)}</h3>`;
      const body = item.confidential
        ? confidentialHtml(restrictionLabel(item.confidential, meeting.participants), content, {
            note: 'Dit hele agendapunt is vertrouwelijk.',
            end: 'Einde vertrouwelijk agendapunt',
          })
        : content;
      return `<section class="item">\n${heading}\n${body}\n</section>`;
    })
    .join('\n');
}

function decisionsSection(meeting: Meeting, lists: MeetingLists): string {
  if (lists.decisions.length === 0) return `<h2>Besluitenlijst</h2>\n${paragraphHtml('In dit overleg zijn geen besluiten vastgelegd.', 'muted')}`;
  const entries = lists.decisions.map(({ number, data, itemTitle, restrictions }) => {
    const mark = restrictionsLabel(restrictions, meeting.participants);
    return [
      `<div class="decision${mark ? ' confidential' : ''}">`,
      `<p><span class="number">${escapeHtml(number)} </span>${escapeLines(data.text)} <span class="kind">${escapeHtml(`(${itemTitle})`)}</span>${mark ? `<span class="list-mark">${escapeHtml(mark)}</span>` : ''}</p>`,
      decisionDetails(meeting, data),
      '</div>',
    ].join('\n');
  });
  return ['<h2>Besluitenlijst</h2>', ...entries].join('\n');
}

function actionsSection(meeting: Meeting, lists: MeetingLists): string {
  const coordinator = meeting.coordinator.name.trim() || ownerName(meeting.coordinator, meeting.participants);
  const coordinatorLine = paragraphHtml(
    coordinator ? `${sentence(`Regievoerder: ${coordinator}`)} De regievoerder bewaakt deze afspraken en is het aanspreekpunt.` : 'Er is nog geen regievoerder aangewezen.',
  );
  if (lists.actions.length === 0) {
    return ['<h2>Actielijst / taakverdeling</h2>', paragraphHtml('In dit overleg zijn geen acties afgesproken.', 'muted'), coordinatorLine].join('\n');
  }
  const marks = lists.actions.map(({ restrictions }) => restrictionsLabel(restrictions, meeting.participants));
  const rows = lists.actions.map(({ number, data }, i) => {
    const mark = marks[i] ?? '';
    // The action list is what gets forwarded: a confidential action says so in its own row, in words under Wat.
    const what = mark ? { html: `${escapeLines(data.what)}<span class="list-mark">${escapeHtml(lowerFirst(mark))}</span>` } : data.what;
    return [
      number,
      what,
      ownerNames(data.who, meeting.participants) || 'nog niemand',
      data.due ? formatShortDutchDate(data.due) : 'geen datum',
      actionStatusLabels[data.status],
    ];
  });
  return [
    '<h2>Actielijst / taakverdeling</h2>',
    htmlTable(['Nr', 'Wat', 'Wie', 'Uiterlijk', 'Status'], rows, {
      className: 'actions',
      cols: ['number', 'what', 'who', 'due', 'status'],
      rowClasses: marks.map((mark) => (mark ? 'confidential-row' : undefined)),
    }),
    coordinatorLine,
  ].join('\n');
}

function nextMeetingSection(meeting: Meeting, lists: MeetingLists): string {
  const [when, evaluation] = nextMeetingLines(meeting, lists);
  return ['<h2>Volgend overleg</h2>', paragraphHtml(when), paragraphHtml(evaluation)].join('\n');
}

/** The minutes of this copy as one HTML page with a print stylesheet. */
/** Every eigen verklaring under its own heading, in the words of the parent or young person (as in the Word minutes). */
function ownStatementsSection(meeting: Meeting): string {
  return printedOwnStatements(meeting)
    .map((statement) =>
      [
        `<h2>${escapeHtml(ownStatementHeading(statement, meeting))}</h2>`,
        paragraphHtml('In eigen woorden; de tekst is niet bewerkt.', 'muted'),
        ...statementParagraphs(statement.text).map((lines) => paragraphHtml(lines.join('\n'))),
      ].join('\n'),
    )
    .join('\n');
}

export function buildMinutesHtml(written: Meeting, options: MinutesHtmlOptions): string {
  const view = exportView(written, options.options);
  const { meeting, lists } = view;
  const details = minutesDetailRows(view, options.exportedAt);
  const definitive = meeting.status === 'definitief';
  const body = [
    '<header>',
    '<h1>Verslag multidisciplinair overleg</h1>',
    paragraphHtml(meeting.title, 'subtitle'),
    paragraphHtml(conceptNotice(meeting) ?? 'Definitief verslag', `status status--${definitive ? 'definitief' : 'concept'}`),
    '</header>',
    ...copyNotice(view, 'verslag').map(noticeHtml),
    detailsHtml(details),
    attendanceSection(meeting),
    '<h2>Besproken</h2>',
    itemsSection(view),
    decisionsSection(meeting, lists),
    actionsSection(meeting, lists),
    ownStatementsSection(meeting),
    nextMeetingSection(meeting, lists),
  ].join('\n');
  return htmlDocument({
    kind: 'Verslag',
    title: `Verslag ${meeting.title}`,
    view,
    exportedOn: formatDutchDate(options.exportedAt.toISOString().slice(0, 10)),
    status: definitive ? 'Definitief' : 'Concept',
    body,
  });
}
