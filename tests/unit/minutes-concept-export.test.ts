import { describe, expect, it } from 'vitest';
import { makeDefinitive } from '../../shared/cycle/minutes-status';
import { minutesStatusText, ownStatementHeading } from '../../shared/cycle/own-statement';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { buildMinutesHtml } from '../../shared/export/minutes-html';
import { packDocx } from '../../shared/export/pack-docx';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import type { ExportOptions } from '../../shared/privacy/export-options';
import { readDocx } from '../support/docx-reader';
import { noorWithMinutes } from '../fixtures/noor-minutes';

const exportedAt = new Date('2026-12-18T09:00:00Z');
const PSEUDONYMISED: ExportOptions = { audience: { kind: 'ouders', person: null }, pseudonym: { child: true, childAlias: '', parents: true } };
const STATEMENT = 'Ik ben het niet eens met punt 2.\nEls de Vries zorgt elke dag voor Noor.\n\nWij willen dat dit in het verslag staat.';

function concept(): Meeting {
  return {
    ...noorWithMinutes(),
    status: 'concept',
    reactionDeadline: '2026-12-24',
    corrections: [{ receivedOn: '2026-12-14', from: 'Sanne Visser', text: 'De datum van het huisbezoek is 17 december.' }],
    ownStatements: [{ id: 'st1', by: { participantId: 'p5', name: 'Els de Vries' }, receivedOn: '2026-12-15', text: STATEMENT }],
  };
}

function definitive(): Meeting {
  const made = makeDefinitive(concept(), 'Joost Bakker', new Date('2026-12-17T10:05:00Z'));
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

async function word(meeting: Meeting, options?: ExportOptions) {
  return readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt, options })));
}

/** The text of every header part of the package, one string per header. */
function headers(docx: Awaited<ReturnType<typeof word>>): string[] {
  return Object.entries(docx.parts)
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([, xml]) => xml.replace(/<[^>]+>/g, ''));
}

describe('concept and definitive minutes in Word and PDF', () => {
  it('a concept has CONCEPT in every page header and the reaction date on its first page', async () => {
    const docx = await word(concept());
    const parts = headers(docx);
    expect(parts.length).toBeGreaterThan(0);
    // Every header the document's section refers to (one section, the default header on every page).
    const references = docx.parts['word/document.xml']!.match(/<w:headerReference [^>]*>/g) ?? [];
    expect(references.length).toBeGreaterThan(0);
    expect(references.every((reference) => reference.includes('w:type="default"'))).toBe(true);
    for (const text of parts) expect(text).toMatch(/^CONCEPT · Verslag MDO · N\.d\.V\. · 10 december 2026/);
    expect(docx.paragraphs[2]?.text).toBe('Concept – reageren vóór donderdag 24 december 2026');
    expect(docx.headerFooterText).toContain('Concept');
  });

  it('a definitive export has no concept mark, and has the own statement under its own heading in their words', async () => {
    const docx = await word(definitive());
    const all = `${docx.headerFooterText}\n${docx.paragraphs.map((p) => p.text).join('\n')}`;
    expect(all).not.toMatch(/concept/i);
    for (const text of headers(docx)) expect(text).toMatch(/^Verslag MDO · N\.d\.V\. · 10 december 2026/);
    expect(docx.paragraphs[2]?.text).toBe('Definitief verslag');
    const at = docx.paragraphs.findIndex((p) => p.text === 'Eigen verklaring van Els de Vries (moeder), ontvangen op dinsdag 15 december 2026');
    expect(at).toBeGreaterThan(0);
    expect(docx.paragraphs[at]?.style).toBe('Heading1');
    expect(docx.paragraphs.slice(at + 1, at + 4).map((p) => p.text)).toEqual([
      'In eigen woorden; de tekst is niet bewerkt.',
      'Ik ben het niet eens met punt 2. Els de Vries zorgt elke dag voor Noor.',
      'Wij willen dat dit in het verslag staat.',
    ]);
  });

  it('the own statement is in every copy, with names replaced like all text', async () => {
    const docx = await word(definitive(), PSEUDONYMISED);
    const all = docx.paragraphs.map((p) => p.text).join('\n');
    expect(all).toContain('Eigen verklaring van');
    expect(all).toContain('Wij willen dat dit in het verslag staat.');
    expect(all).not.toContain('Els de Vries');
    expect(all).not.toMatch(/\bNoor\b/);
  });

  it('the PDF path says the same: CONCEPT in the page header of a concept, the own statement in the definitive', () => {
    const conceptHtml = buildMinutesHtml(concept(), { exportedAt });
    expect(conceptHtml).toMatch(/@top-left \{ content: "CONCEPT · Verslag MDO · N\.d\.V\. · 10 december 2026"/);
    expect(conceptHtml).toContain('Concept – reageren vóór donderdag 24 december 2026');
    const html = buildMinutesHtml(definitive(), { exportedAt });
    expect(html).toMatch(/@top-left \{ content: "Verslag MDO · N\.d\.V\. · 10 december 2026"/);
    expect(html.split('<body>')[1]).not.toMatch(/concept/i);
    expect(html).toContain('<h2>Eigen verklaring van Els de Vries (moeder), ontvangen op dinsdag 15 december 2026</h2>');
    expect(html).toContain('<p>Ik ben het niet eens met punt 2.<br>Els de Vries zorgt elke dag voor Noor.</p>');
  });

  it('names the status and the statement for the screen', () => {
    expect(minutesStatusText(concept())).toBe('Concept');
    expect(minutesStatusText(definitive())).toBe('Definitief sinds 17 december 2026 door Joost Bakker');
    expect(ownStatementHeading({ id: 'x', by: { participantId: null, name: 'Noor' }, receivedOn: null, text: '' }, concept())).toBe('Eigen verklaring van Noor');
  });
});
