import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { readHouseStyle } from '../../shared/export/house-style';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { Confidentiality, ExportAudience, Meeting } from '../../shared/meeting/meeting-schema';
import type { HouseStyle } from '../../shared/export/house-style';
import { FULL_EXPORT, type ExportOptions } from '../../shared/privacy/export-options';
import { readDocx, textOf, type DocxPackage } from '../support/docx-reader';
import { notesFromMarkdown } from '../support/lexical-fixtures';
import { noorWithMinutes } from '../fixtures/noor-minutes';

/**
 * Confidential parts in a copy that shows them: marked in the decision and
 * action lists too, and shaded over their whole length in the notes.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const exportedAt = new Date('2026-12-11T09:00:00Z');

const professionalsOnly: Confidentiality = { scope: 'professionals', notFor: [] };
const notForDoctor: Confidentiality = { scope: 'niet-voor', notFor: [{ participantId: 'p7', name: 'Dr. P. Hendriks' }] };
const notForEls: Confidentiality = { scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] };

function blocks(markdown: string): Record<string, unknown>[] {
  return notesFromMarkdown(markdown).root.children as Record<string, unknown>[];
}

function passage(id: string, restriction: Confidentiality, children: Record<string, unknown>[]): Record<string, unknown> {
  return { type: 'mdo-confidential', version: 1, id, ...restriction, direction: 'ltr', format: '', indent: 0, children };
}

/**
 * The Noor minutes with, in item 3 after the safety scale, a passage for
 * professionals only: text, a list, a decision (B2), an action (A1), a
 * safety scale, and inside it a passage not for the GP with an action (A2).
 * Item 4 is left as it is; an item 5 is confidential as a whole (not for the
 * mother), with a decision (B4) and an action (A8).
 */
function noorWithPassages(): Meeting {
  const meeting = noorWithMinutes();
  const children = meeting.agendaItems[2]!.notes!.root.children as Record<string, unknown>[];
  const scale = children.findIndex((child) => child.type === 'mdo-safety-scale');
  children.splice(
    scale + 1,
    0,
    passage('c1', professionalsOnly, [
      ...blocks('Vader verblijft sinds november in detentie.'),
      ...blocks('- contact via de reclassering\n- geen omgangsregeling\n    - moeder wil dat zo houden'),
      { type: 'mdo-decision', version: 1, id: 'd9', text: 'Veilig Thuis wordt om advies gevraagd.', reason: 'Er is geen omgangsregeling.', dissent: [] },
      { type: 'mdo-action', version: 1, id: 'x9', what: 'Justitieel dossier opvragen', who: [{ participantId: 'p6', name: 'Karin Jansen' }], due: '2026-12-20', status: 'open' },
      {
        type: 'mdo-safety-scale', version: 1, id: 's9', question: 'Hoe veilig is het contact met vader?',
        scores: [{ who: { participantId: 'p6', name: 'Karin Jansen' }, score: 3, reason: 'eerdere dreiging' }],
      },
      passage('c2', notForDoctor, [
        ...blocks('De huisarts weet nog niet van de melding.'),
        { type: 'mdo-action', version: 1, id: 'x10', what: 'Melding bespreken', who: [{ participantId: 'p3', name: 'Sanne Visser' }], due: '2026-12-16', status: 'open' },
      ]),
      ...blocks('Laatste zin van de passage.'),
    ]),
  );
  const notes = notesFromMarkdown('Het wijkteam deelt het verslag alleen met de huisarts.');
  (notes.root.children as Record<string, unknown>[]).push(
    { type: 'mdo-decision', version: 1, id: 'd10', text: 'Het verslag gaat naar de huisarts.', reason: '', dissent: [] },
    { type: 'mdo-action', version: 1, id: 'x11', what: 'Verslag naar de huisarts', who: [{ participantId: 'p4', name: 'Ömer Yılmaz' }], due: '2026-12-22', status: 'open' },
  );
  meeting.agendaItems.push({
    ...meeting.agendaItems[1]!,
    id: 'a5',
    title: 'Informatiedeling',
    childInterest: 'Wat mag Noor weten?',
    confidential: notForEls,
    notes: notes as Meeting['agendaItems'][number]['notes'],
  });
  return meeting;
}

async function minutes(meeting: Meeting, options: ExportOptions = FULL_EXPORT, houseStyle?: HouseStyle): Promise<DocxPackage> {
  return readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt, options, ...(houseStyle ? { houseStyle } : {}) })));
}

function copyFor(audience: ExportAudience): ExportOptions {
  return { audience, pseudonym: { child: false, childAlias: '', parents: false } };
}

function direct(parent: Element, localName: string): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => (node as Element).localName === localName && (node as Element).namespaceURI === W);
}

/** The body's paragraphs and tables in order, as Word reads them. */
function bodyBlocks(docx: DocxPackage): Element[] {
  const body = docx.document.getElementsByTagNameNS(W, 'body')[0]!;
  return Array.from(body.childNodes).filter((node): node is Element => ['p', 'tbl'].includes((node as Element).localName ?? ''));
}

function paragraphText(p: Element): string {
  return Array.from(p.getElementsByTagNameNS(W, 't'), (t) => t.textContent ?? '').join('');
}

/** The fill of a paragraph's own shading (w:pPr/w:shd), or null. */
function paragraphFill(p: Element): string | null {
  const pPr = direct(p, 'pPr')[0];
  const shd = pPr ? direct(pPr, 'shd')[0] : undefined;
  return shd?.getAttributeNS(W, 'fill') ?? null;
}

/** The blocks from the mark with this text up to and including the end line that closes it. */
function passageBlocks(docx: DocxPackage, markText: string, endText = 'Einde vertrouwelijke passage'): Element[] {
  const all = bodyBlocks(docx);
  const start = all.findIndex((block) => block.localName === 'p' && paragraphText(block).startsWith(markText));
  expect(start, markText).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (let i = start + 1; i < all.length; i++) {
    const text = all[i]!.localName === 'p' ? paragraphText(all[i]!) : '';
    if (/^Vertrouwelijk – /.test(text)) depth += 1;
    if (text === endText || text === 'Einde vertrouwelijke passage') {
      if (depth === 0 && text === endText) return all.slice(start, i + 1);
      depth -= 1;
    }
  }
  throw new Error(`no end after ${markText}`);
}

const actionHeader = 'Nr|Wat|Wie|Uiterlijk|Status';

describe('marks in the decision and action lists', () => {
  it('mark every decision and action from a passage or a confidential item in the full minutes, in words', async () => {
    const docx = await minutes(noorWithPassages());
    const texts = docx.paragraphs.map((p) => p.text);
    const list = texts.indexOf('Besluitenlijst');
    expect(texts.slice(list + 1, list + 8)).toEqual([
      'B1 Noor mag ontbijten op school. (Stem van Noor)',
      'B2 Veilig Thuis wordt om advies gevraagd. (Veiligheid) Vertrouwelijk – alleen professionals',
      'Reden: Er is geen omgangsregeling.',
      'B3 Het wijkteam start gezinsbegeleiding. (Besluiten en taakverdeling)',
      'Reden: Moeder vraagt om hulp.',
      'Niet mee eens: Els de Vries — twee keer per week is te veel',
      'B4 Het verslag gaat naar de huisarts. (Informatiedeling) Vertrouwelijk – niet voor Els de Vries',
    ]);
    const actions = docx.tables.find((table) => table[0]?.join('|') === actionHeader)!;
    expect(actions.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ['A1', 'Justitieel dossier opvragen\nvertrouwelijk – alleen professionals'],
      ['A2', 'Melding bespreken\nvertrouwelijk – alleen professionals; niet voor Dr. P. Hendriks'],
      ['A3', 'Consultatie Veilig Thuis'],
      ['A4', 'Huisarts informeren'],
      ['A5', 'Eerste huisbezoek'],
      ['A6', 'Oma vragen'],
      ['A7', 'Schoolontbijt regelen'],
      ['A8', 'Verslag naar de huisarts\nvertrouwelijk – niet voor Els de Vries'],
    ]);
  });

  it('put the mark on a line of its own, bold in the confidential colour, and shade the entry and the row', async () => {
    const docx = await minutes(noorWithPassages());
    const all = bodyBlocks(docx);
    const b2 = all.find((block) => block.localName === 'p' && paragraphText(block).startsWith('B2 Veilig Thuis'))!;
    expect(b2.getElementsByTagNameNS(W, 'br').length).toBe(1);
    const markRun = Array.from(b2.getElementsByTagNameNS(W, 'r')).find((run) => run.textContent === 'Vertrouwelijk – alleen professionals')!;
    expect(markRun.getElementsByTagNameNS(W, 'b').length).toBe(1);
    expect(markRun.getElementsByTagNameNS(W, 'color')[0]?.getAttributeNS(W, 'val')).toBe('B3261E');
    expect(paragraphFill(b2)).not.toBeNull();
    const b1 = all.find((block) => block.localName === 'p' && paragraphText(block).startsWith('B1 Noor'))!;
    expect(paragraphFill(b1)).toBeNull();

    const table = Array.from(docx.document.getElementsByTagNameNS(W, 'tbl')).find((t) => textOf(t).startsWith('Nr\nWat'))!;
    const rows = direct(table, 'tr');
    const fills = (row: Element) => direct(row, 'tc').map((cell) => cell.getElementsByTagNameNS(W, 'shd')[0]?.getAttributeNS(W, 'fill') ?? null);
    expect(new Set(fills(rows[1]!)).size).toBe(1);
    expect(fills(rows[1]!)[0]).not.toBeNull();
    expect(fills(rows[3]!)).toEqual([null, null, null, null, null]);
  });

  it('are in the professionals’ copy for what it shows, and the passage not for a professional is gone with its action', async () => {
    const docx = await minutes(noorWithPassages(), copyFor({ kind: 'professionals', person: null }));
    const actions = docx.tables.find((table) => table[0]?.join('|') === actionHeader)!;
    expect(actions.slice(1).map((row) => row[0])).toEqual(['A1', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(actions[1]?.[1]).toBe('Justitieel dossier opvragen\nvertrouwelijk – alleen professionals');
    expect(actions[7]?.[1]).toBe('Verslag naar de huisarts\nvertrouwelijk – niet voor Els de Vries');
    expect(docx.paragraphs.map((p) => p.text)).toContain('B2 Veilig Thuis wordt om advies gevraagd. (Veiligheid) Vertrouwelijk – alleen professionals');
  });

  it('are nowhere in the parents’ copy, where the confidential blocks are gone', async () => {
    const docx = await minutes(noorWithPassages(), copyFor({ kind: 'ouders', person: null }));
    const texts = docx.paragraphs.map((p) => p.text);
    const list = texts.indexOf('Besluitenlijst');
    expect(texts.slice(list + 1, list + 3)).toEqual(['B1 Noor mag ontbijten op school. (Stem van Noor)', 'B3 Het wijkteam start gezinsbegeleiding. (Besluiten en taakverdeling)']);
    const actions = docx.tables.find((table) => table[0]?.join('|') === actionHeader)!;
    expect(actions.slice(1).map((row) => row[1])).toEqual(['Consultatie Veilig Thuis', 'Huisarts informeren', 'Eerste huisbezoek', 'Oma vragen', 'Schoolontbijt regelen']);
    const document = docx.parts['word/document.xml']!;
    expect(document).not.toMatch(/ertrouwelijk – (alleen|niet voor)/);
    expect(document).not.toContain('Einde vertrouwelijk');
  });

  it('are absent from minutes without confidential parts', async () => {
    const docx = await minutes(noorWithMinutes());
    expect(docx.parts['word/document.xml']).not.toMatch(/ertrouwelijk – (alleen|niet voor)/);
  });
});

describe('a confidential passage in the notes', () => {
  it('shades every paragraph between the mark and the end line, lists, decisions and actions included', async () => {
    const docx = await minutes(noorWithPassages());
    const passageParts = passageBlocks(docx, 'Vertrouwelijk – alleen professionals');
    const paragraphs = passageParts.filter((block) => block.localName === 'p');
    expect(paragraphs.map(paragraphText)).toEqual(
      expect.arrayContaining(['Vader verblijft sinds november in detentie.', 'moeder wil dat zo houden', 'B2 Besluit: Veilig Thuis wordt om advies gevraagd.', 'Laatste zin van de passage.']),
    );
    expect(paragraphs.length).toBeGreaterThanOrEqual(14);
    for (const p of paragraphs) expect(paragraphFill(p), paragraphText(p)).toMatch(/^[0-9A-F]{6}$/);
  });

  it('keeps the decision and action styles inside it, and gives the other paragraphs the red left rule of the mark', async () => {
    const docx = await minutes(noorWithPassages());
    const paragraphs = passageBlocks(docx, 'Vertrouwelijk – alleen professionals').filter((block) => block.localName === 'p');
    const style = (p: Element) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '';
    const leftRule = (p: Element) => p.getElementsByTagNameNS(W, 'pBdr')[0]?.getElementsByTagNameNS(W, 'left')[0]?.getAttributeNS(W, 'color') ?? null;
    const decision = paragraphs.find((p) => paragraphText(p).startsWith('B2 Besluit'))!;
    expect(style(decision)).toBe('Besluit');
    expect(leftRule(decision)).toBeNull();
    for (const p of paragraphs.filter((paragraph) => !['Besluit', 'Actie'].includes(style(paragraph)))) expect(leftRule(p), paragraphText(p)).toBe('B3261E');
  });

  it('shades the cells of a safety scale inside it', async () => {
    const docx = await minutes(noorWithPassages());
    const [table, ...more] = passageBlocks(docx, 'Vertrouwelijk – alleen professionals').filter((block) => block.localName === 'tbl');
    expect(more).toEqual([]);
    expect(textOf(table!)).toContain('eerdere dreiging');
    for (const cell of Array.from(table!.getElementsByTagNameNS(W, 'tc'))) {
      const tcPr = direct(cell, 'tcPr')[0]!;
      expect(direct(tcPr, 'shd')[0]?.getAttributeNS(W, 'fill'), textOf(cell)).toMatch(/^[0-9A-F]{6}$/);
    }
    // The scale outside the passage keeps its white cells.
    const outside = Array.from(docx.document.getElementsByTagNameNS(W, 'tbl')).find((t) => textOf(t).startsWith('Wie\nCijfer') && textOf(t).includes('blauwe plekken'))!;
    const bodyCells = direct(outside, 'tr').slice(1).flatMap((row) => direct(row, 'tc'));
    for (const cell of bodyCells) expect(cell.getElementsByTagNameNS(W, 'shd').length).toBe(0);
  });

  it('shades a passage inside it a shade darker, with its own mark and end line', async () => {
    const docx = await minutes(noorWithPassages());
    const outer = passageBlocks(docx, 'Vertrouwelijk – alleen professionals');
    const inner = passageBlocks(docx, 'Vertrouwelijk – niet voor Dr. P. Hendriks');
    const outerFill = paragraphFill(outer.find((p) => paragraphText(p) === 'Vader verblijft sinds november in detentie.')!);
    const innerFills = new Set(inner.map(paragraphFill));
    expect(innerFills.size).toBe(1);
    expect([...innerFills][0]).not.toBe(outerFill);
    expect(inner.map(paragraphText)).toEqual([
      'Vertrouwelijk – niet voor Dr. P. Hendriks',
      'De huisarts weet nog niet van de melding.',
      'A2 Actie: Melding bespreken (wie: Sanne Visser; uiterlijk wo 16 dec 2026)',
      'Einde vertrouwelijke passage',
    ]);
    // After the inner end line the outer passage goes on in its own shade.
    expect(paragraphFill(outer.at(-2)!)).toBe(outerFill);
    expect(paragraphText(outer.at(-2)!)).toBe('Laatste zin van de passage.');
  });

  it('keeps the end line with the last line of the passage, so it never opens a page alone', async () => {
    const docx = await minutes(noorWithPassages());
    for (const mark of ['Vertrouwelijk – alleen professionals', 'Vertrouwelijk – niet voor Dr. P. Hendriks']) {
      const found = passageBlocks(docx, mark);
      const beforeEnd = found.at(-2)!;
      expect(direct(direct(beforeEnd, 'pPr')[0]!, 'keepNext').length, mark).toBe(1);
      expect(direct(direct(found[0]!, 'pPr')[0]!, 'keepNext').length, mark).toBe(1);
    }
  });

  it('shades a whole confidential item under its heading, up to its own end line', async () => {
    const docx = await minutes(noorWithPassages());
    const item = passageBlocks(docx, 'Vertrouwelijk – niet voor Els de Vries', 'Einde vertrouwelijk agendapunt');
    expect(item.map(paragraphText)).toEqual([
      'Vertrouwelijk – niet voor Els de Vries  Dit hele agendapunt is vertrouwelijk.',
      'Wat mag Noor weten?',
      'Het wijkteam deelt het verslag alleen met de huisarts.',
      'B4 Besluit: Het verslag gaat naar de huisarts.',
      'A8 Actie: Verslag naar de huisarts (wie: Ömer Yılmaz; uiterlijk di 22 dec 2026)',
      'Einde vertrouwelijk agendapunt',
    ]);
    for (const p of item) expect(paragraphFill(p), paragraphText(p)).not.toBeNull();
    const texts = docx.paragraphs.map((p) => p.text);
    expect(paragraphFill(bodyBlocks(docx).find((p) => paragraphText(p) === '5. Informatiedeling')!)).toBeNull();
    expect(texts[texts.indexOf('5. Informatiedeling') + 1]).toBe('Vertrouwelijk – niet voor Els de Vries  Dit hele agendapunt is vertrouwelijk.');
  });

  it('is shaded the same way with a house style, whose styles stay by id', async () => {
    const read = readHouseStyle(await readFile(join(import.meta.dirname, '../../templates/huisstijl/neutraal.docx')), 'neutraal.docx');
    if (!read.ok) throw new Error(read.error.message);
    const docx = await minutes(noorWithPassages(), FULL_EXPORT, read.value);
    const paragraphs = passageBlocks(docx, 'Vertrouwelijk – alleen professionals').filter((block) => block.localName === 'p');
    for (const p of paragraphs) expect(paragraphFill(p), paragraphText(p)).not.toBeNull();
    const styles = paragraphs.map((p) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val'));
    expect(styles).toEqual(expect.arrayContaining(['ListBullet', 'Besluit', 'Actie']));
    expect(docx.parts['word/styles.xml']?.match(/w:styleId="Besluit"/g)?.length).toBe(1);
  });
});
