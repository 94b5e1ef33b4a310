import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { readDocx, textOf, type DocxPackage } from '../support/docx-reader';
import { noorWithMinutes, noorWithSecretPassage } from '../fixtures/noor-minutes';

/**
 * What belongs together stays on one page: a decision with its reason and
 * dissent, an action, a heading with the first lines under it, a
 * confidential passage's mark with its first line and its end line with
 * its last, the action table with the coordinator line under it.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const exportedAt = new Date('2026-12-11T09:00:00Z');

async function minutes(meeting: Meeting): Promise<DocxPackage> {
  return readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt })));
}

/** The body's paragraphs (outside tables), in order. */
function bodyParagraphs(docx: DocxPackage): Element[] {
  const body = docx.document.getElementsByTagNameNS(W, 'body')[0]!;
  return Array.from(body.childNodes).filter((node): node is Element => (node as Element).localName === 'p');
}

function text(p: Element): string {
  const container = p.ownerDocument!.createElementNS(W, 'w:body');
  container.appendChild(p.cloneNode(true));
  return textOf(container);
}

/** Whether a paragraph's own properties turn an on/off setting on (w:keepNext, w:keepLines). */
function has(p: Element, setting: 'keepNext' | 'keepLines'): boolean {
  const pPr = Array.from(p.childNodes).find((node) => (node as Element).localName === 'pPr') as Element | undefined;
  const element = pPr ? Array.from(pPr.childNodes).find((node) => (node as Element).localName === setting) as Element | undefined : undefined;
  if (!element) return false;
  const value = element.getAttributeNS(W, 'val');
  return value === null || value === '' || !['0', 'false', 'off'].includes(value);
}

function paragraph(docx: DocxPackage, startsWith: string, after = 0): Element {
  const found = bodyParagraphs(docx).filter((p) => text(p).startsWith(startsWith))[after];
  if (!found) throw new Error(`no paragraph starting with "${startsWith}"`);
  return found;
}

function next(p: Element): Element {
  let node = p.nextSibling;
  while (node && (node as Element).localName !== 'p' && (node as Element).localName !== 'tbl') node = node.nextSibling;
  return node as Element;
}

describe('a decision', () => {
  it('keeps its reason and who disagreed on its page, in the notes and in the decision list', async () => {
    const docx = await minutes(noorWithMinutes());
    for (const occurrence of [0, 1]) {
      const decision = paragraph(docx, occurrence === 0 ? 'B2 Besluit: Het wijkteam' : 'B2 Het wijkteam');
      const reason = next(decision);
      const dissent = next(reason);
      expect(text(reason)).toBe('Reden: Moeder vraagt om hulp.');
      expect(text(dissent)).toBe('Niet mee eens: Els de Vries — twee keer per week is te veel');
      expect([decision, reason, dissent].map((p) => has(p, 'keepNext'))).toEqual([true, true, false]);
      expect([decision, reason, dissent].every((p) => has(p, 'keepLines'))).toBe(true);
    }
  });

  it('without a reason is not tied to what follows, but never split', async () => {
    const docx = await minutes(noorWithMinutes());
    const decision = paragraph(docx, 'B1 Besluit:');
    expect(has(decision, 'keepNext')).toBe(false);
    expect(has(decision, 'keepLines')).toBe(true);
  });
});

describe('an action, a heading and a passage', () => {
  it('never splits an action over two pages', async () => {
    const docx = await minutes(noorWithMinutes());
    for (const number of ['A1', 'A2', 'A3', 'A4', 'A5']) expect(has(paragraph(docx, `${number} Actie:`), 'keepLines'), number).toBe(true);
  });

  it('keeps a heading with its first lines: heading styles keep with the next paragraph, and so does an item’s child question', async () => {
    const docx = await minutes(noorWithMinutes());
    const styles = docx.parts['word/styles.xml']!;
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title']) {
      expect(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?<w:keepNext/>[\\s\\S]*?</w:style>`).test(styles), id).toBe(true);
    }
    // Widow control in the defaults: the paragraph under a heading brings at least two lines along.
    expect(/<w:pPrDefault><w:pPr>[^]*?<w:widowControl\/>[^]*?<\/w:pPr><\/w:pPrDefault>/.test(styles)).toBe(true);
    const question = paragraph(docx, 'Wat zegt Noor zelf, en hoe weten we dat?');
    expect(has(question, 'keepNext')).toBe(true);
  });

  it('keeps a passage’s mark with its first line and its end line with its last: the end line never opens a page alone', async () => {
    const docx = await minutes(noorWithSecretPassage());
    const mark = paragraph(docx, 'Vertrouwelijk – alleen professionals');
    expect(has(mark, 'keepNext')).toBe(true);
    const end = paragraph(docx, 'Einde vertrouwelijke passage');
    const beforeEnd = end.previousSibling as Element;
    expect(text(beforeEnd)).toContain('A1 Actie: Justitieel dossier van vader opvragen');
    expect(has(beforeEnd, 'keepNext')).toBe(true);
  });

  it('keeps the last row of the action table with the coordinator line, and the agenda’s last row with its total', async () => {
    const docx = await minutes(noorWithMinutes());
    const tables = Array.from(docx.document.getElementsByTagNameNS(W, 'tbl'));
    const actions = tables.find((table) => textOf(table).startsWith('Nr\nWat'))!;
    const lastRow = Array.from(actions.getElementsByTagNameNS(W, 'tr')).at(-1)!;
    for (const p of Array.from(lastRow.getElementsByTagNameNS(W, 'p'))) expect(has(p, 'keepNext')).toBe(true);
    expect(text(next(actions))).toMatch(/^Regievoerder: Ömer Yılmaz\./);

    const agenda = readDocx(await packDocx(buildAgendaDocument(noorWithMinutes(), { exportedAt })));
    const agendaTable = Array.from(agenda.document.getElementsByTagNameNS(W, 'tbl')).at(-1)!;
    const agendaLastRow = Array.from(agendaTable.getElementsByTagNameNS(W, 'tr')).at(-1)!;
    for (const p of Array.from(agendaLastRow.getElementsByTagNameNS(W, 'p'))) expect(has(p, 'keepNext')).toBe(true);
    expect(text(next(agendaTable))).toMatch(/^Totaal 35 minuten/);
  });
});
