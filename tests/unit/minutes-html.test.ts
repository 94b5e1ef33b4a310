import { describe, expect, it } from 'vitest';
import { buildAgendaHtml } from '../../shared/export/agenda-html';
import { cssString, escapeHtml } from '../../shared/export/html-document';
import { htmlTexts, scanHtmlForNames } from '../../shared/export/html-name-scan';
import { buildMinutesHtml } from '../../shared/export/minutes-html';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { isNameMiss } from '../../shared/privacy/name-scan';
import type { ExportOptions } from '../../shared/privacy/export-options';
import { SECRET_PASSAGE, noorWithMinutes, noorWithSecretPassage, withBlocks } from '../fixtures/noor-minutes';

const exportedAt = new Date('2026-12-11T09:00:00Z');
const FOR_PARENTS: ExportOptions = { audience: { kind: 'ouders', person: null }, pseudonym: { child: false, childAlias: '', parents: false } };
const PSEUDONYMISED: ExportOptions = { audience: { kind: 'ouders', person: null }, pseudonym: { child: true, childAlias: '', parents: true } };

/** What a reader of the printed page sees, as one text. */
function readable(html: string): string {
  return htmlTexts(html).join('\n');
}

/** The rows of the action table: each cell's text. */
function actionRows(html: string): string[][] {
  const table = /<table class="actions">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => readable(cell[1] ?? '').replace(/\n/g, ' ')),
  );
}

describe('the minutes as a printable page', () => {
  it('is a Dutch page that loads nothing and runs no script', () => {
    const html = buildMinutesHtml(noorWithMinutes(), { exportedAt });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|url\(/i);
    expect(html).toContain('<title>Verslag MDO Noor de Vries</title>');
  });

  it('puts type, initials and date in the header of every page, and page numbers and the reader in the footer', () => {
    const html = buildMinutesHtml(noorWithMinutes(), { exportedAt });
    const page = /@page \{[\s\S]*?\n\}/.exec(html)?.[0] ?? '';
    // Concept minutes may say so first ("CONCEPT · …"), as the Word header does.
    expect(page).toMatch(/@top-left \{ content: "[^"]*Verslag MDO · N\.d\.V\. · 10 december 2026";/);
    expect(page).toContain('@top-right { content: "Vertrouwelijk";');
    expect(page).toContain('Geëxporteerd op vrijdag 11 december 2026 · Pagina " counter(page) " van " counter(pages)');
    expect(readable(html)).toContain('Volledig verslag · Concept · Geëxporteerd op vrijdag 11 december 2026');
    expect(readable(html)).toContain('Bewaar en deel haar volgens de privacyregels van uw organisatie.');
  });

  it('has the sections in the order of the Word minutes', () => {
    const html = buildMinutesHtml(noorWithMinutes(), { exportedAt });
    const headings = [...html.matchAll(/<h([123])>([^<]*)<\/h\1>/g)].map((match) => `${match[1]} ${match[2]}`);
    expect(headings).toEqual([
      '1 Verslag multidisciplinair overleg',
      '2 Aanwezigheid',
      '2 Besproken',
      '3 1. Opening en kennismaking',
      '3 2. Stem van Noor',
      '3 3. Veiligheid',
      '3 4. Besluiten en taakverdeling',
      '2 Besluitenlijst',
      '2 Actielijst / taakverdeling',
      '2 Volgend overleg',
    ]);
  });

  it('has the action table with number, task, owner, date and status, its header repeated on every page', () => {
    const html = buildMinutesHtml(noorWithMinutes(), { exportedAt });
    expect(actionRows(html)).toEqual([
      ['Nr', 'Wat', 'Wie', 'Uiterlijk', 'Status'],
      ['A1', 'Consultatie Veilig Thuis', 'Sanne Visser', 'vr 18 dec 2026', 'Open'],
      ['A2', 'Huisarts informeren', 'Dr. P. Hendriks', 'do 24 dec 2026', 'Open'],
      ['A3', 'Eerste huisbezoek', 'Ömer Yılmaz', 'do 17 dec 2026', 'Open'],
      ['A4', 'Oma vragen', 'Els de Vries, oma Riet', 'vr 18 dec 2026', 'Gedaan'],
      ['A5', 'Schoolontbijt regelen', 'nog niemand', 'geen datum', 'Open'],
    ]);
    expect(html).toMatch(/<table class="actions"><colgroup>.*<\/colgroup><thead>/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('table.actions col.what { width: 48%; }');
  });

  it('writes decisions, actions and passages where they were written, with their numbers', () => {
    const text = readable(buildMinutesHtml(noorWithSecretPassage(), { exportedAt }));
    expect(text).toContain('B3 Besluit: Het wijkteam start gezinsbegeleiding.');
    expect(text).toContain('Reden: Moeder vraagt om hulp.');
    expect(text).toContain('Niet mee eens: Els de Vries — twee keer per week is te veel');
    expect(text).toContain('Vertrouwelijk – alleen professionals');
    expect(text).toContain(SECRET_PASSAGE.text);
    expect(text).toContain('Einde vertrouwelijke passage');
    expect(text).toContain('Volledig verslag – bevat vertrouwelijke passages.');
  });

  it('escapes every text: markup typed into a meeting stays text, in the body, the title and the header', () => {
    const meeting: Meeting = noorWithMinutes();
    meeting.title = 'MDO <script>alert(1)</script> & "Noor"';
    meeting.child.name = 'Noor"; } body { display: none } </style><script>x()</script>';
    meeting.location = "<img src=x onerror='alert(2)'>";
    meeting.agendaItems[0]!.notes = withBlocks('Tekst met <b>vet</b> en &amp; letterlijk.', [
      { type: 'mdo-action', id: 'x9', what: '<a href="javascript:alert(3)">klik</a>', who: [], due: null, status: 'open' },
    ]);
    const html = buildMinutesHtml(meeting, { exportedAt });
    expect(html).not.toMatch(/<script|<img|<b>|<a href="javascript/i);
    // One style element, closed once: the child's name in the header cannot close it.
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    const text = readable(html);
    expect(text).toContain('MDO <script>alert(1)</script> & "Noor"');
    expect(text).toContain("<img src=x onerror='alert(2)'>");
    expect(text).toContain('Tekst met <b>vet</b> en &amp; letterlijk.');
    expect(text).toContain('<a href="javascript:alert(3)">klik</a>');
  });

  it('makes only http(s) and mailto links clickable', () => {
    const meeting = noorWithMinutes();
    meeting.agendaItems[0]!.notes = withBlocks('[web](https://www.nji.nl/) [script](javascript:alert(1)) [mail](mailto:a@example.org)', []);
    const html = buildMinutesHtml(meeting, { exportedAt });
    expect(html).toContain('<a href="https://www.nji.nl/">web</a>');
    expect(html).toContain('<a href="mailto:a@example.org">mail</a>');
    expect(html).not.toContain('javascript:');
  });

  it('escapes for HTML and for CSS strings', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(escapeHtml('a\u0000b\u0007c')).toBe('abc');
    expect(cssString('Noor "de" V.\\ </style>')).toBe('"Noor \\22 de\\22  V.\\5c  \\3c /style\\3e "');
  });
});

describe('the printed copy for a reader', () => {
  it('leaves out of the parents’ copy what only professionals may read, with its decision and action, and keeps the numbers', () => {
    const html = buildMinutesHtml(noorWithSecretPassage(), { exportedAt, options: FOR_PARENTS });
    const text = readable(html);
    for (const secret of [SECRET_PASSAGE.text, SECRET_PASSAGE.decision, SECRET_PASSAGE.action, 'Er is geen omgangsregeling.']) {
      expect(text).not.toContain(secret);
      expect(html).not.toContain(escapeHtml(secret));
    }
    expect(text).not.toContain('Vertrouwelijk – alleen professionals');
    expect(text).toContain('Versie voor ouders. Passages die alleen voor professionals bedoeld zijn, zijn weggelaten.');
    // The full minutes number the secret action A1: the parents' copy starts at A2.
    expect(actionRows(html).map((row) => row[0])).toEqual(['Nr', 'A2', 'A3', 'A4', 'A5', 'A6']);
    expect(text).toContain('Versie voor ouders · Concept · Geëxporteerd op');
    expect(text).toContain('Vragen over dit verslag, of klopt er iets niet? Neem contact op met Ömer Yılmaz (regievoerder).');
    expect(text).not.toContain('privacyregels van uw organisatie');
  });

  it('replaces the names everywhere on the page, the header included, and the final scan finds none left', () => {
    const meeting = noorWithSecretPassage();
    const html = buildMinutesHtml(meeting, { exportedAt, options: PSEUDONYMISED });
    expect(html).not.toMatch(/Noor|Els de Vries/);
    expect(html).toMatch(/@top-left \{ content: "[^"]*Verslag MDO · N\.d\.V\. · 10 december 2026";/);
    expect(scanHtmlForNames(html, meeting, PSEUDONYMISED.pseudonym).filter(isNameMiss)).toEqual([]);
  });

  it('the final scan reads the header and footer in the stylesheet, link targets and split text', () => {
    const meeting = noorWithMinutes();
    const planted = buildMinutesHtml(meeting, { exportedAt })
      .replace('Verslag MDO · N.d.V.', 'Verslag MDO · Noortje')
      .replace('<a href="https://www.veiligthuis.nl/">', '<a href="https://example.org/els.devries">')
      .replace('Sanne Visser', 'No<strong>or</strong>');
    const found = scanHtmlForNames(planted, meeting, PSEUDONYMISED.pseudonym).filter(isNameMiss).map((residue) => residue.text);
    expect(found).toEqual(expect.arrayContaining(['Noortje', 'Noor']));
    expect(found.some((text) => /devries/i.test(text))).toBe(true);
  });
});

describe('the agenda as a printable page', () => {
  it('has the invitation, how to cancel and the agenda with clock times, under the agenda header', () => {
    const html = buildAgendaHtml(noorWithMinutes(), { exportedAt });
    const text = readable(html);
    expect(html).toContain('<html lang="nl">');
    expect(html).toMatch(/@top-left \{ content: "[^"]*Agenda MDO · N\.d\.V\. · 10 december 2026";/);
    expect(text).toContain('Uitnodiging multidisciplinair overleg');
    expect(text).toContain('Afmelden bij Fatima El Amrani (voorzitter, f.elamrani@example.org); stuur dan uw inbreng vooraf.');
    expect(text).toContain('Volledige agenda · Geëxporteerd op vrijdag 11 december 2026');
    expect(text).toMatch(/14:00–14:05\n1\. Opening en kennismaking/);
  });

  it('leaves a confidential item out of the parents’ agenda, keeping the numbers', () => {
    const meeting = noorWithMinutes();
    meeting.agendaItems[2] = { ...meeting.agendaItems[2]!, title: 'Zorgen over vader', confidential: { scope: 'professionals', notFor: [] } };
    const full = readable(buildAgendaHtml(meeting, { exportedAt }));
    const parents = readable(buildAgendaHtml(meeting, { exportedAt, options: FOR_PARENTS }));
    expect(full).toContain('3. Zorgen over vader');
    expect(parents).not.toContain('Zorgen over vader');
    expect(parents).toContain('4. Besluiten en taakverdeling');
  });
});
