import { describe, expect, it } from 'vitest';
import { CONTENT_WIDTH, fittedWidths, tableTextWidth } from '../../shared/export/docx-building-blocks';
import { dutchList, numberRangeParts, numberRanges, sentence, withoutDoubleFullStops } from '../../shared/export/dutch-sentences';
import { copyPreview, previewLines } from '../../shared/export/copy-preview';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { readDocx, type DocxPackage } from '../support/docx-reader';
import { noorWithMinutes, noorWithSecretPassage, withBlocks } from '../fixtures/noor-minutes';

/**
 * The action list is what gets forwarded and printed: the task gets the
 * room. And the sentences put together around numbers and names: long
 * lists of numbers as ranges, one full stop after an initial.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const exportedAt = new Date('2026-12-11T09:00:00Z');

async function minutes(meeting: Meeting): Promise<DocxPackage> {
  return readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt })));
}

/** The grid widths of the action table, by header. */
function actionColumns(docx: DocxPackage): Record<string, number> {
  const table = Array.from(docx.document.getElementsByTagNameNS(W, 'tbl')).find((candidate) =>
    Array.from(candidate.getElementsByTagNameNS(W, 't')).slice(0, 2).map((t) => t.textContent).join('|') === 'Nr|Wat',
  )!;
  const widths = Array.from(table.getElementsByTagNameNS(W, 'gridCol')).map((col) => Number(col.getAttributeNS(W, 'w')));
  return Object.fromEntries(['Nr', 'Wat', 'Wie', 'Uiterlijk', 'Status'].map((header, i) => [header, widths[i] ?? 0]));
}

/** The Noor meeting with 120 actions, half of them for someone with a long name and title. */
function manyActions(): Meeting {
  const meeting = noorWithMinutes();
  const people = [
    { participantId: 'p4', name: 'Ömer Yılmaz' },
    { participantId: null, name: 'mevrouw Van den Heuvel-Schoonderwoerd (leerplichtambtenaar gemeente)' },
  ];
  const actions = Array.from({ length: 120 }, (_, i) => ({
    type: 'mdo-action',
    id: `m${i}`,
    what: `Taak ${i + 1}: het plan voor het ochtendritme bespreken met moeder en oma, en terugkoppelen aan school`,
    who: i % 2 === 0 ? [people[0]] : people,
    due: '2027-01-15',
    status: 'open',
  }));
  meeting.agendaItems = [meeting.agendaItems[0]!, { ...meeting.agendaItems[1]!, notes: withBlocks('Veel afspraken.', actions) }];
  return meeting;
}

describe('the action table', () => {
  it('gives Wat at least 45 % of the width and fits number, date and status to what is in them', async () => {
    const columns = actionColumns(await minutes(noorWithMinutes()));
    const total = Object.values(columns).reduce((a, b) => a + b, 0);
    expect(total).toBe(CONTENT_WIDTH);
    expect(columns.Wat! / total).toBeGreaterThanOrEqual(0.45);
    expect(columns.Wat!).toBeGreaterThan(columns.Wie!);
    expect(columns.Nr!).toBeLessThan(900);
    expect(columns.Uiterlijk!).toBeGreaterThanOrEqual(tableTextWidth('vr 18 dec 2026'));
    expect(columns.Status!).toBeGreaterThanOrEqual(tableTextWidth('Gedaan'));
  });

  it('keeps Wat at 45 % or more when the names are long, with room for A120', async () => {
    const docx = await minutes(manyActions());
    const columns = actionColumns(docx);
    const total = Object.values(columns).reduce((a, b) => a + b, 0);
    expect(total).toBe(CONTENT_WIDTH);
    expect(columns.Wat! / total).toBeGreaterThanOrEqual(0.45);
    expect(columns.Wie! / total).toBeLessThanOrEqual(0.25);
    expect(columns.Nr!).toBeGreaterThanOrEqual(tableTextWidth('A120'));
  });
});

describe('a table of plain text (the attendance list)', () => {
  it('gives a short column just its room and shares the rest by the longest entries', () => {
    const headers = ['Naam', 'Functie', 'Organisatie', 'Aanwezigheid'];
    const rows = [
      ['Fatima El Amrani', 'voorzitter, intern begeleider', 'OBS De Regenboog', 'aanwezig'],
      ['Dr. P. Hendriks', 'huisarts', "Huisartsenpraktijk 't Hof", 'afwezig'],
      ['Karin Jansen', 'aandachtsfunctionaris bij Veilig Thuis Hollands Midden', 'Veilig Thuis', 'afgemeld'],
    ];
    const widths = fittedWidths(headers, rows);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
    expect(widths[3]).toBe(tableTextWidth('Aanwezigheid', { bold: true }));
    expect(widths[0]).toBe(tableTextWidth('Fatima El Amrani'));
    expect(widths[1]!).toBeGreaterThan(widths[2]!);

    const short = fittedWidths(['Nr', 'Wat'], [['1', 'kort']]);
    expect(short.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
  });
});

describe('numbers, names and sentences in Dutch', () => {
  it('lists up to four numbers one by one and longer lists in ranges of three or more', () => {
    expect(numberRanges(['A2', 'A3', 'A4', 'A6'])).toBe('A2, A3, A4, A6');
    expect(numberRanges(['A1', 'A2', 'A3', 'A4', 'A7'])).toBe('A1–A4, A7');
    expect(numberRanges(['A1', 'A2', 'A4', 'A5', 'A7', 'A9'])).toBe('A1, A2, A4, A5, A7, A9');
    expect(numberRanges(Array.from({ length: 120 }, (_, i) => `A${i + 1}`))).toBe('A1–A120');
    expect(numberRanges(['B1', 'B2', 'B3', 'A4', 'A5', 'A6'])).toBe('B1–B3, A4–A6');
    expect(numberRanges(['1', '2', '3', '5', '6'])).toBe('1–3, 5, 6');
    expect(numberRanges([])).toBe('');
    expect(dutchList(numberRangeParts(['A1', 'A2', 'A3', 'A4', 'A7']))).toBe('A1–A4 en A7');
  });

  it('gives ranges where the minutes and the preview of a copy list many numbers', async () => {
    const docx = await minutes(manyActions());
    expect(docx.paragraphs.map((p) => p.text).filter((t) => t.startsWith('Dan eval'))).toEqual(['Dan evalueren we de afspraken uit dit verslag: A1–A120, en wat ze voor Noor de V. betekend hebben.']);

    // Six actions in the professionals-only passage: the parents' preview names them as one range.
    const meeting = noorWithSecretPassage();
    const passage = meeting.agendaItems[2]!.notes!.root.children.find((child) => (child as { type?: string }).type === 'mdo-confidential') as { children: Record<string, unknown>[] };
    const action = passage.children.find((child) => child.type === 'mdo-action')!;
    passage.children.push(...Array.from({ length: 5 }, (_, i) => ({ ...action, id: `x9${i}`, what: `Extra taak ${i + 1}` })));
    const lines = previewLines(copyPreview(meeting, { audience: { kind: 'ouders', person: null }, pseudonym: { child: false, childAlias: '', parents: false } }));
    expect(lines).toContain('Daarmee ook weggelaten: besluit B2 en acties A1–A6.');
  });

  it('ends a sentence with one full stop, also after an initial', () => {
    expect(sentence('Versie voor ouders')).toBe('Versie voor ouders.');
    expect(sentence('Versie voor Amir B.')).toBe('Versie voor Amir B.');
    expect(withoutDoubleFullStops('Versie voor Amir B.. Passages … en zo...')).toBe('Versie voor Amir B. Passages … en zo...');
    expect(dutchList(['1', '3', '5'])).toBe('1, 3 en 5');
  });
});
