import type { Element } from '@xmldom/xmldom';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { ExportAudience, Meeting } from '../../shared/meeting/meeting-schema';
import { FULL_EXPORT, type ExportOptions } from '../../shared/privacy/export-options';
import { readDocx, type DocxPackage } from '../support/docx-reader';
import { noorWithMinutes } from '../fixtures/noor-minutes';

/**
 * What a page says when it comes loose from the rest: the header ties it to
 * its meeting and date, the footer says for whom the copy is, and gives the
 * reader the line that fits them. The file's properties say what it is.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const exportedAt = new Date('2026-12-11T09:00:00Z');

const copyFor = (audience: ExportAudience, pseudonym: Partial<ExportOptions['pseudonym']> = {}): ExportOptions => ({
  audience,
  pseudonym: { ...FULL_EXPORT.pseudonym, ...pseudonym },
});
const parents: ExportAudience = { kind: 'ouders', person: null };

async function minutes(meeting: Meeting, options: ExportOptions = FULL_EXPORT): Promise<DocxPackage> {
  return readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt, options })));
}

async function agenda(meeting: Meeting, options: ExportOptions = FULL_EXPORT): Promise<DocxPackage> {
  return readDocx(await packDocx(buildAgendaDocument(meeting, { exportedAt, options })));
}

function part(docx: DocxPackage, name: string): string {
  return docx.parts[name] ?? '';
}

function lines(docx: DocxPackage, name: 'word/header1.xml' | 'word/footer1.xml'): string[] {
  const root = new DOMParser().parseFromString(part(docx, name), 'text/xml').documentElement as unknown as Element;
  return Array.from(root.getElementsByTagNameNS(W, 'p')).map((p) => Array.from(p.getElementsByTagNameNS(W, 't')).map((t) => t.textContent ?? '').join(''));
}

/** Two full stops where one was meant; an ellipsis is fine. */
const DOUBLE_FULL_STOP = /(?<!\.)\.\.(?!\.)/;

describe('the page header', () => {
  it('says the kind of document, the child’s initials, the meeting date and Vertrouwelijk', async () => {
    // Concept minutes say so first, on every page; definitive minutes and the agenda carry no such mark.
    expect(lines(await minutes(noorWithMinutes()), 'word/header1.xml')).toEqual(['CONCEPT · Verslag MDO · N.d.V. · 10 december 2026 · Vertrouwelijk']);
    expect(lines(await minutes({ ...noorWithMinutes(), status: 'definitief' }), 'word/header1.xml')).toEqual(['Verslag MDO · N.d.V. · 10 december 2026 · Vertrouwelijk']);
    expect(lines(await agenda(noorWithMinutes()), 'word/header1.xml')).toEqual(['Agenda MDO · N.d.V. · 10 december 2026 · Vertrouwelijk']);
  });

  it('names the child as the copy does (an alias), and leaves out what the meeting does not know', async () => {
    const alias = await minutes(noorWithMinutes(), copyFor(parents, { child: true, childAlias: 'kind A' }));
    expect(lines(alias, 'word/header1.xml')).toEqual(['CONCEPT · Verslag MDO · kind A · 10 december 2026 · Vertrouwelijk']);
    const unknown = { ...noorWithMinutes(), date: null, child: { name: '', birthDate: null } };
    expect(lines(await minutes(unknown), 'word/header1.xml')).toEqual(['CONCEPT · Verslag MDO · Vertrouwelijk']);
  });
});

describe('the page footer', () => {
  it('numbers the pages with fields that carry a value before they are worked out', async () => {
    const docx = await minutes(noorWithMinutes());
    const footer = new DOMParser().parseFromString(part(docx, 'word/footer1.xml'), 'text/xml').documentElement as unknown as Element;
    // Walk the runs: after each field's separate character comes its result, then its end.
    const events = Array.from(footer.getElementsByTagNameNS(W, '*')).flatMap((el): string[] => {
      if (el.localName === 'fldChar') return [el.getAttributeNS(W, 'fldCharType') ?? ''];
      if (el.localName === 'instrText') return [`instr:${(el.textContent ?? '').trim()}`];
      if (el.localName === 't') return [`t:${el.textContent ?? ''}`];
      return [];
    });
    const fields = events.join('|').match(/begin\|instr:[A-Z]+\|separate\|t:[^|]*\|end/g);
    expect(fields).toEqual(['begin|instr:PAGE|separate|t:1|end', 'begin|instr:NUMPAGES|separate|t:1|end']);
    expect(lines(docx, 'word/footer1.xml')[0]).toBe('Pagina 1 van 1 · Volledig verslag · Concept · Geëxporteerd op vrijdag 11 december 2026');
  });

  it('tells a professional how to keep the copy', async () => {
    const meeting = noorWithMinutes();
    const sanne: ExportAudience = { kind: 'deelnemer', person: { participantId: 'p3', name: 'Sanne Visser' } };
    for (const docx of [await minutes(meeting), await minutes(meeting, copyFor({ kind: 'professionals', person: null })), await minutes(meeting, copyFor(sanne))]) {
      expect(lines(docx, 'word/footer1.xml')[1]).toBe('MDO-assistent beheert deze kopie niet. Bewaar en deel haar volgens de privacyregels van uw organisatie.');
    }
  });

  it('tells parents whom to ask: the coordinator for the minutes, the chair for the agenda, by name', async () => {
    const meeting = noorWithMinutes();
    const els: ExportAudience = { kind: 'deelnemer', person: { participantId: 'p5', name: 'Els de Vries' } };
    for (const docx of [await minutes(meeting, copyFor(parents)), await minutes(meeting, copyFor(els, { parents: true }))]) {
      const footer = lines(docx, 'word/footer1.xml');
      expect(footer[1]).toBe('Vragen over dit verslag, of klopt er iets niet? Neem contact op met Ömer Yılmaz (regievoerder).');
      expect(footer.join('\n')).not.toContain('privacyregels');
    }
    const invitation = lines(await agenda(meeting, copyFor(parents)), 'word/footer1.xml');
    expect(invitation).toEqual([
      'Pagina 1 van 1 · Versie voor ouders · Geëxporteerd op vrijdag 11 december 2026',
      'Vragen over dit overleg? Neem contact op met Fatima El Amrani (voorzitter, f.elamrani@example.org).',
    ]);
  });
});

describe('the properties of the file', () => {
  it('call the agenda an agenda, and the minutes minutes', async () => {
    const core = part(await agenda(noorWithMinutes()), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Agenda MDO Noor de Vries</dc:title>');
    expect(core).toContain('<dc:subject>Uitnodiging en agenda multidisciplinair overleg – Volledige agenda</dc:subject>');
    expect(core).toContain('<cp:keywords>MDO; agenda; Volledige agenda</cp:keywords>');
    expect(core).toContain('<dc:description>Volledige agenda. Gemaakt met MDO-assistent.</dc:description>');
    expect(core).not.toMatch(/verslag/i);
    const minutesCore = part(await minutes(noorWithMinutes()), 'docProps/core.xml');
    expect(minutesCore).toContain('<dc:subject>Verslag multidisciplinair overleg – Volledig verslag</dc:subject>');
    expect(part(await agenda(noorWithMinutes(), copyFor(parents)), 'docProps/core.xml')).toContain('<dc:subject>Uitnodiging en agenda multidisciplinair overleg – Versie voor ouders</dc:subject>');
  });
});

describe('names that end in a full stop', () => {
  /** Amir B. is the child and takes part; the coordinator signs as Ömer Y. */
  function amirMeeting(): Meeting {
    const meeting = noorWithMinutes();
    meeting.child = { name: 'Amir B.', birthDate: '2012-05-01' };
    meeting.participants = [
      ...meeting.participants.map((p) => (p.id === 'p4' ? { ...p, name: 'Ömer Y.' } : p)),
      { id: 'p8', name: 'Amir B.', function: 'leerling', organisation: '', email: '', attendance: 'aanwezig', role: 'kind' },
    ];
    meeting.coordinator = { participantId: 'p4', name: 'Ömer Y.' };
    return meeting;
  }

  it('get no second full stop in the copy for Amir B.: not in the text, the header, the footer or the properties', async () => {
    const amir: ExportAudience = { kind: 'deelnemer', person: { participantId: 'p8', name: 'Amir B.' } };
    for (const docx of [await minutes(amirMeeting(), copyFor(amir)), await agenda(amirMeeting(), copyFor(amir)), await minutes(amirMeeting())]) {
      const texts = [...docx.paragraphs.map((p) => p.text), ...docx.tables.flat(2), docx.headerFooterText, part(docx, 'docProps/core.xml')];
      expect(texts.filter((text) => DOUBLE_FULL_STOP.test(text))).toEqual([]);
    }
    const copy = await minutes(amirMeeting(), copyFor(amir));
    expect(copy.paragraphs.map((p) => p.text)).toContain('Regievoerder: Ömer Y. De regievoerder bewaakt deze afspraken en is het aanspreekpunt.');
    expect(part(copy, 'docProps/core.xml')).toContain('<dc:description>Versie voor Amir B. Gemaakt met MDO-assistent.</dc:description>');
    expect(copy.paragraphs.some((p) => p.text.startsWith('Versie voor Amir B. Passages die niet voor Amir B. bedoeld zijn'))).toBe(true);
  });
});
