import { describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import type { ExportOptions } from '../../shared/privacy/export-options';
import { copySharingBasisText } from '../../shared/privacy/sharing-basis-text';
import { readDocx } from '../support/docx-reader';
import { noorWithMinutes, withBlocks } from '../fixtures/noor-minutes';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const exportedAt = new Date('2026-12-11T09:00:00Z');

async function exportMinutes(meeting: Meeting) {
  return readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt })));
}

describe('the minutes in Word', () => {
  it('has title, status and the details with the date in Dutch', async () => {
    const docx = await exportMinutes(noorWithMinutes());
    expect(docx.paragraphs[0]).toEqual({ style: 'Title', text: 'Verslag multidisciplinair overleg' });
    expect(docx.paragraphs[1]).toEqual({ style: 'Subtitle', text: 'MDO Noor de Vries' });
    expect(docx.paragraphs[2]?.text).toBe('Concept – nog niet vastgesteld');
    const details = docx.tables[0]!;
    expect(details).toContainEqual(['Datum', 'donderdag 10 december 2026']);
    expect(details).toContainEqual(['Tijd', '14:00–15:30']);
    expect(details).toContainEqual(['Regievoerder', 'Ömer Yılmaz']);
    expect(details.find((row) => row[0] === 'Kind')?.[1]).toBe('Noor de V. (7 jaar)');
  });

  it('lists every participant with their attendance, grouped present, excused, absent', async () => {
    const meeting = noorWithMinutes();
    const docx = await exportMinutes(meeting);
    const attendance = docx.tables.find((table) => table[0]?.[3] === 'Aanwezigheid')!;
    expect(attendance.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ['Fatima El Amrani', 'aanwezig'],
      ['Joost Bakker', 'aanwezig'],
      ['Sanne Visser', 'aanwezig'],
      ['Ömer Yılmaz', 'aanwezig'],
      ['Els de Vries', 'aanwezig'],
      ['Karin Jansen', 'afgemeld'],
      ['Dr. P. Hendriks', 'afwezig'],
    ]);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('Ouders: aanwezig (Els de Vries).');
    expect(texts).toContain('Kind: niet uitgenodigd (Noor is 7; haar stem is vooraf opgehaald met de Drie Huizen.).');
  });

  it('shows decisions and actions where they were written, numbered in agenda order, in styles of their own', async () => {
    const docx = await exportMinutes(noorWithMinutes());
    const marked = docx.paragraphs.filter((p) => p.style === 'Besluit' || p.style === 'Actie').map((p) => `${p.style}|${p.text}`);
    expect(marked.slice(0, 7)).toEqual([
      'Besluit|B1 Besluit: Noor mag ontbijten op school.',
      'Actie|A1 Actie: Consultatie Veilig Thuis (wie: Sanne Visser; uiterlijk vr 18 dec 2026)',
      'Actie|A2 Actie: Huisarts informeren (wie: Dr. P. Hendriks; uiterlijk do 24 dec 2026)',
      'Besluit|B2 Besluit: Het wijkteam start gezinsbegeleiding.',
      'Besluit|Reden: Moeder vraagt om hulp.',
      'Besluit|Niet mee eens: Els de Vries — twee keer per week is te veel',
      'Actie|A3 Actie: Eerste huisbezoek (wie: Ömer Yılmaz; uiterlijk do 17 dec 2026)',
    ]);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings).toEqual(['1. Opening en kennismaking', '2. Stem van Noor', '3. Veiligheid', '4. Besluiten en taakverdeling']);
    const scale = docx.tables.find((table) => table[0]?.[1] === 'Cijfer')!;
    expect(scale.slice(1)).toEqual([
      ['Fatima El Amrani', '5', 'blauwe plekken'],
      ['Els de Vries', '7', 'oma helpt'],
    ]);
  });

  it('ends with the list of decisions, the action table with Dutch dates and the coordinator, and the next meeting', async () => {
    const docx = await exportMinutes(noorWithMinutes());
    const texts = docx.paragraphs.map((p) => p.text);
    const list = texts.indexOf('Besluitenlijst');
    expect(texts.slice(list + 1, list + 5)).toEqual([
      'B1 Noor mag ontbijten op school. (Stem van Noor)',
      'B2 Het wijkteam start gezinsbegeleiding. (Besluiten en taakverdeling)',
      'Reden: Moeder vraagt om hulp.',
      'Niet mee eens: Els de Vries — twee keer per week is te veel',
    ]);
    const actions = docx.tables.find((table) => table[0]?.join('|') === 'Nr|Wat|Wie|Uiterlijk|Status')!;
    expect(actions.slice(1)).toEqual([
      ['A1', 'Consultatie Veilig Thuis', 'Sanne Visser', 'vr 18 dec 2026', 'Open'],
      ['A2', 'Huisarts informeren', 'Dr. P. Hendriks', 'do 24 dec 2026', 'Open'],
      ['A3', 'Eerste huisbezoek', 'Ömer Yılmaz', 'do 17 dec 2026', 'Open'],
      ['A4', 'Oma vragen', 'Els de Vries, oma Riet', 'vr 18 dec 2026', 'Gedaan'],
      ['A5', 'Schoolontbijt regelen', 'nog niemand', 'geen datum', 'Open'],
    ]);
    expect(texts).toContain('Regievoerder: Ömer Yılmaz. De regievoerder bewaakt deze afspraken en is het aanspreekpunt.');
    const next = texts.indexOf('Volgend overleg');
    expect(texts[next + 1]).toBe('donderdag 28 januari 2027, 14:00 uur.');
    expect(texts[next + 2]).toContain('A1, A2, A3, A5');
    expect(docx.headerFooterText).toContain('Verslag MDO · N.d.V. · 10 december 2026 · Vertrouwelijk');
    expect(docx.headerFooterText).toContain('Geëxporteerd op vrijdag 11 december 2026');
    expect(docx.parts['docProps/core.xml']).toContain('<dc:creator>Joost Bakker</dc:creator>');
    expect(docx.parts['docProps/core.xml']).toContain('<dc:title>Verslag MDO Noor de Vries</dc:title>');
  });

  it('keeps bold, italic, links and numbered lists that each restart at 1', async () => {
    const docx = await exportMinutes(noorWithMinutes());
    const runs = Array.from(docx.document.getElementsByTagNameNS(W, 'r'));
    const bold = runs.find((run) => run.textContent === 'toestemming');
    expect(bold?.getElementsByTagNameNS(W, 'b').length).toBe(1);
    const italic = runs.find((run) => run.textContent === 'delen');
    expect(italic?.getElementsByTagNameNS(W, 'i').length).toBe(1);
    expect(docx.parts['word/_rels/document.xml.rels']).toContain('Target="https://www.veiligthuis.nl/"');
    // Two numbered lists in the notes: two numbering instances, each starting again.
    const numIds = new Set(
      docx.paragraphs.filter((p) => p.style === 'ListNumber').map((p) => p.text).length > 0
        ? Array.from(docx.document.getElementsByTagNameNS(W, 'numId')).map((el) => el.getAttributeNS(W, 'val'))
        : [],
    );
    expect(numIds.size).toBeGreaterThanOrEqual(3);
    expect(docx.parts['word/numbering.xml']).toContain('w:startOverride');
  });

  it('writes a valid file for hostile text', async () => {
    const meeting = noorWithMinutes();
    const hostile = 'Tekst met < & > "quotes" \'apostrof\' 😀 مرحبا ğüşıöç İ \u0001\u0008\u000b\u001f\uFFFE einde';
    meeting.title = `MDO ${hostile}`;
    meeting.participants[0]!.name = hostile;
    meeting.agendaItems[0]!.notes = withBlocks(`${hostile}\n\n${'lang '.repeat(4_000)}`, [
      { type: 'mdo-action', id: 'h1', what: hostile, who: [{ participantId: null, name: hostile }], due: null, status: 'open' },
      { type: 'mdo-onbekend', id: 'z', children: 'geen lijst' },
    ]);
    const docx = await exportMinutes(meeting);
    const all = [...docx.paragraphs.map((p) => p.text), ...docx.tables.flat(2)].join('\n');
    expect(all).toContain('Tekst met < & > "quotes" \'apostrof\' 😀 مرحبا ğüşıöç İ');
    for (const forbidden of ['\u0001', '\u0008', '\u000b', '\u001f', '\uFFFE']) expect(all).not.toContain(forbidden);
    expect(all).toContain('lang lang lang');
  });
});

describe('Word styles in the minutes', () => {
  it('uses the built-in style names and Table Grid with explicit column widths', async () => {
    const docx = await exportMinutes(noorWithMinutes());
    const styles = docx.parts['word/styles.xml']!;
    for (const name of ['Title', 'Subtitle', 'heading 1', 'heading 2', 'Quote', 'List Bullet', 'List Number', 'Table Grid', 'Besluit', 'Actie']) {
      expect(styles, name).toMatch(new RegExp(`<w:name w:val="${name}"/>`, 'i'));
    }
    const tables = Array.from(docx.document.getElementsByTagNameNS(W, 'tbl'));
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) {
      expect(table.getElementsByTagNameNS(W, 'tblStyle')[0]?.getAttributeNS(W, 'val')).toBe('TableGrid');
      const widths = Array.from(table.getElementsByTagNameNS(W, 'gridCol')).map((col) => Number(col.getAttributeNS(W, 'w')));
      expect(widths.every((width) => width > 0)).toBe(true);
    }
  });
});

describe('the basis for sharing on page 1', () => {
  const meldcode = { kind: 'meldcode', consentBy: null, consentDate: null, reason: 'Blauwe plekken gezien.' } as const;
  const consent = 'Toestemming van ouders, gegeven op 10 december 2026';
  const basisRow = async (meeting: Meeting, options?: ExportOptions) => {
    const docx = readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt, ...(options ? { options } : {}) })));
    return docx.tables[0]?.find((row) => row[0] === 'Grondslag voor delen')?.[1];
  };
  const withItemBasis = (meeting: Meeting, indexes: number[]): Meeting => ({
    ...meeting,
    agendaItems: meeting.agendaItems.map((item, i) => (indexes.includes(i) ? { ...item, sharingBasis: meldcode } : item)),
  });

  it('is the meeting’s basis when no item records its own', async () => {
    expect(await basisRow(noorWithMinutes())).toBe(consent);
  });

  it('names the items that record their own, next to the meeting’s basis or without one', async () => {
    expect(await basisRow(withItemBasis(noorWithMinutes(), [2, 3]))).toBe(`${consent}; voor agendapunt 3 en 4 apart vastgelegd`);
    const noMeetingBasis = { ...noorWithMinutes(), sharingBasis: null };
    expect(await basisRow(withItemBasis(noMeetingBasis, [2]))).toBe('Voor het overleg niet vastgelegd; voor agendapunt 3 apart vastgelegd');
    expect(await basisRow(withItemBasis(noMeetingBasis, [0, 1, 2, 3]))).toBe('Per agendapunt vastgelegd, zie de punten');
    expect(await basisRow(withItemBasis(noorWithMinutes(), [0, 1, 2, 3]))).toBe(`${consent}; per agendapunt vastgelegd, zie de punten`);
  });

  it('says "Niet vastgelegd" only when nothing the copy shows records a basis', async () => {
    const noMeetingBasis = { ...noorWithMinutes(), sharingBasis: null };
    expect(await basisRow(noMeetingBasis)).toBe('Niet vastgelegd');
    // Item 3 records its own, but is for professionals only: the parents' copy does not show it.
    const secret = withItemBasis(noMeetingBasis, [2]);
    secret.agendaItems[2] = { ...secret.agendaItems[2]!, confidential: { scope: 'professionals', notFor: [] } };
    expect(await basisRow(secret)).toBe('Voor het overleg niet vastgelegd; voor agendapunt 3 apart vastgelegd');
    const ouders: ExportOptions = { audience: { kind: 'ouders', person: null }, pseudonym: { child: false, childAlias: '', parents: false } };
    expect(await basisRow(secret, ouders)).toBe('Niet vastgelegd');
  });

  it('lists three or more items the Dutch way', () => {
    const items = [1, 3, 5].map((number) => ({ number, basis: meldcode }));
    expect(copySharingBasisText(null, [...items, { number: 6, basis: null }])).toBe('Voor het overleg niet vastgelegd; voor agendapunt 1, 3 en 5 apart vastgelegd');
    expect(copySharingBasisText(null, [])).toBe('Niet vastgelegd');
    expect(copySharingBasisText(meldcode, [{ number: 2, basis: meldcode }])).toBe('Meldcode: Blauwe plekken gezien; voor agendapunt 2 apart vastgelegd');
  });
});
