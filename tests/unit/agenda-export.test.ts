import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { buildAgendaHtml } from '../../shared/export/agenda-html';
import { agendaDetails } from '../../shared/export/agenda-text';
import { htmlTexts } from '../../shared/export/html-name-scan';
import { exportFileName } from '../../shared/export/file-names';
import { packDocx } from '../../shared/export/pack-docx';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { readDocx } from '../support/docx-reader';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const exportedAt = new Date('2026-11-23T10:00:00Z');

function noorWithFullAgenda(): Meeting {
  const meeting = sampleMeeting();
  const titles: [string, number][] = [
    ['Opening en kennismaking', 5], ['Stem van Noor', 10], ['Zorgen', 15], ['Wat gaat goed', 10], ['Veiligheid', 10],
    ['Besluiten en taakverdeling', 25], ['Informatiedeling', 5], ['Evaluatie en volgend overleg', 5], ['Rondvraag en sluiting', 5],
  ];
  meeting.agendaItems = titles.map(([title, minutes], i) => ({
    id: `a${i + 1}`,
    title,
    minutes,
    leadId: i === 1 ? 'p2' : 'p1',
    kind: i === 5 ? 'besluitvorming' : 'bespreking',
    childInterest: `Wat betekent dit voor Noor? (${i + 1})`,
    notes: null,
    sharingBasis: null,
    confidential: null,
  }));
  return meeting;
}

async function exportAgenda(meeting: Meeting) {
  const bytes = await packDocx(buildAgendaDocument(meeting, { exportedAt }));
  return { bytes, docx: readDocx(bytes) };
}

describe('the agenda as a Word document', () => {
  it('has the agenda table with computed clock times, lead and minutes', async () => {
    const { docx } = await exportAgenda(noorWithFullAgenda());
    const agenda = docx.tables.find((table) => table[0]?.join('|') === 'Tijd|Agendapunt|Inbreng|Minuten');
    expect(agenda).toBeDefined();
    const rows = agenda!.slice(1);
    expect(rows.map((row) => row[0])).toEqual([
      '14:00–14:05', '14:05–14:15', '14:15–14:30', '14:30–14:40', '14:40–14:50',
      '14:50–15:15', '15:15–15:20', '15:20–15:25', '15:25–15:30',
    ]);
    expect(rows[1]?.[1]).toContain('2. Stem van Noor');
    expect(rows[1]?.[1]).toContain('Wat betekent dit voor Noor? (2)');
    expect(rows[1]?.[2]).toBe('Joost Bakker');
    expect(rows.map((row) => row[3])).toEqual(['5', '10', '15', '10', '10', '25', '5', '5', '5']);
  });

  it('lists every invited participant with function and organisation', async () => {
    const meeting = noorWithFullAgenda();
    const { docx } = await exportAgenda(meeting);
    const invited = docx.tables.find((table) => table[0]?.join('|') === 'Naam|Functie|Organisatie');
    expect(invited?.slice(1)).toEqual(meeting.participants.map((p) => [p.name, p.function, p.organisation]));
  });

  it('shows the meeting details in Dutch, the goal and the child with age', async () => {
    const { docx } = await exportAgenda(noorWithFullAgenda());
    // Two short details side by side, a long one across the width.
    const details = docx.tables[0]!;
    expect(details).toContainEqual(['Datum', 'donderdag 10 december 2026', 'Tijd', '14:00–15:30']);
    expect(details).toContainEqual(['Kind', 'Noor de V. (7 jaar)', 'Voorzitter', 'Fatima El Amrani']);
    expect(details).toContainEqual(['Notulist', 'Joost Bakker', 'Regievoerder', 'Ömer Yılmaz']);
    expect(details).toContainEqual(['Doel', 'Eén gezamenlijk beeld van Noors veiligheid en ontwikkeling.']);
    expect(docx.paragraphs.find((p) => p.text === 'Uitnodiging multidisciplinair overleg')?.style).toBe('Title');
    expect(docx.paragraphs.find((p) => p.text === 'Agenda')?.style).toBe('Heading1');
  });

  it('marks the copy as confidential with the child\'s initials and numbers the pages', async () => {
    const { docx } = await exportAgenda(noorWithFullAgenda());
    expect(docx.headerFooterText).toContain('Agenda MDO · N.d.V. · 10 december 2026 · Vertrouwelijk');
    expect(docx.headerFooterText).toContain('Pagina');
    expect(docx.parts['word/footer1.xml'] ?? Object.entries(docx.parts).find(([n]) => n.includes('footer'))?.[1]).toMatch(/PAGE/);
    expect(docx.parts['docProps/core.xml']).toContain('<dc:title>Agenda MDO Noor de Vries</dc:title>');
    // The properties say what the file is: an agenda, not the minutes.
    expect(docx.parts['docProps/core.xml']).toContain('Volledige agenda');
    expect(docx.parts['docProps/core.xml']).not.toMatch(/verslag/i);
  });

  it('can be read by an independent reader', async () => {
    const { bytes } = await exportAgenda(noorWithFullAgenda());
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Besluiten en taakverdeling');
    expect(value).toContain("Huisartsenpraktijk 't Hof");
  });

  it('writes a valid file for text that is hostile to XML', async () => {
    const meeting = noorWithFullAgenda();
    meeting.title = 'MDO <script>alert("x")</script> & \'quotes\' 😀 مرحبا ĞğİıŞş';
    meeting.agendaItems[0]!.title = `Control\u0001chars\u0008typed\u001F and a tab\there`;
    meeting.agendaItems[1]!.childInterest = 'x'.repeat(20_000);
    meeting.participants[0]!.name = 'A & B <c> "d"';
    const { bytes, docx } = await exportAgenda(meeting);
    expect(docx.paragraphs.map((p) => p.text)).toContain('MDO <script>alert("x")</script> & \'quotes\' 😀 مرحبا ĞğİıŞş');
    expect(docx.tables.flat(2).join('\n')).toContain('Controlcharstyped and a tab');
    expect(docx.tables.flat(2).join('\n')).toContain('A & B <c> "d"');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('x'.repeat(20_000));
  });

  it('exports an empty new meeting without failing', async () => {
    const meeting: Meeting = { ...sampleMeeting(), agendaItems: [], participants: [], date: null, startTime: null, endTime: null, goal: '' };
    const { docx } = await exportAgenda(meeting);
    expect(docx.paragraphs.map((p) => p.text)).toContain('De agenda is nog leeg.');
  });

  it('has an Inbreng column only when someone brings an item in, or when it is asked for', async () => {
    const withoutLeads = noorWithFullAgenda();
    withoutLeads.agendaItems = withoutLeads.agendaItems.map((item) => ({ ...item, leadId: null }));
    const headers = (docx: ReturnType<typeof readDocx>) => docx.tables.at(-1)?.[0]?.join('|');
    expect(headers((await exportAgenda(withoutLeads)).docx)).toBe('Tijd|Agendapunt|Minuten');
    const asked = readDocx(await packDocx(buildAgendaDocument(withoutLeads, { exportedAt, leadColumn: true })));
    expect(headers(asked)).toBe('Tijd|Agendapunt|Inbreng|Minuten');
    // One lead is enough; the column is no wider than a fifth of the table.
    withoutLeads.agendaItems[1] = { ...withoutLeads.agendaItems[1]!, leadId: 'p2' };
    const { docx } = await exportAgenda(withoutLeads);
    expect(headers(docx)).toBe('Tijd|Agendapunt|Inbreng|Minuten');
    const table = Array.from(docx.document.getElementsByTagNameNS(W, 'tbl')).at(-1)!;
    const widths = Array.from(table.getElementsByTagNameNS(W, 'gridCol')).map((col) => Number(col.getAttributeNS(W, 'w')));
    expect(widths[2]! / widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(0.2);
    expect(widths[1]! / widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.5);
  });

  it('says above the table at which items the child question stands, and nothing when none has one', async () => {
    const intro = async (meeting: Meeting) => {
      const texts = (await exportAgenda(meeting)).docx.paragraphs.map((p) => p.text);
      return texts[texts.indexOf('Agenda') + 1];
    };
    const meeting = noorWithFullAgenda();
    expect(await intro(meeting)).toBe('Bij elk punt staat in cursief de vraag die het kind centraal houdt.');
    const some = (numbers: number[]) => ({ ...meeting, agendaItems: meeting.agendaItems.map((item, i) => (numbers.includes(i + 1) ? item : { ...item, childInterest: ' ' })) });
    expect(await intro(some([2]))).toBe('Bij punt 2 staat in cursief de vraag die het kind centraal houdt.');
    expect(await intro(some([1, 3, 5]))).toBe('Bij de punten 1, 3 en 5 staat in cursief de vraag die het kind centraal houdt.');
    expect(await intro(some([1, 2, 3, 4, 7]))).toBe('Bij de punten 1–4 en 7 staat in cursief de vraag die het kind centraal houdt.');
    // No question anywhere: the table follows the heading (the next paragraph outside it is the total).
    expect(await intro(some([]))).toMatch(/^Totaal 90 minuten/);
  });

  it('says how and to whom to cancel: the chair with an e-mail address, else the coordinator with one, else the chair by name', async () => {
    const cancel = async (meeting: Meeting) => (await exportAgenda(meeting)).docx.paragraphs.map((p) => p.text).find((text) => text.startsWith('Afmelden'));
    const meeting = noorWithFullAgenda();
    expect(await cancel(meeting)).toBe('Afmelden bij Fatima El Amrani (voorzitter, f.elamrani@example.org); stuur dan uw inbreng vooraf.');
    const withAddress = (chair: string, coordinator: string): Meeting => ({
      ...meeting,
      participants: meeting.participants.map((p) => (p.id === 'p1' ? { ...p, email: chair } : p.id === 'p4' ? { ...p, email: coordinator } : p)),
    });
    expect(await cancel(withAddress('', 'o.yilmaz@wijkteam.example'))).toBe('Afmelden bij Ömer Yılmaz (regievoerder, o.yilmaz@wijkteam.example); stuur dan uw inbreng vooraf.');
    expect(await cancel(withAddress('', ''))).toBe('Afmelden bij Fatima El Amrani (voorzitter); stuur dan uw inbreng vooraf.');
  });

  it('says in the parents’ copy that agenda items, not passages, are left out', async () => {
    const docx = readDocx(
      await packDocx(buildAgendaDocument(noorWithFullAgenda(), { exportedAt, options: { audience: { kind: 'ouders', person: null }, pseudonym: { child: false, childAlias: '', parents: false } } })),
    );
    expect(docx.paragraphs.map((p) => p.text)).toContain(
      'Versie voor ouders. Agendapunten die alleen voor professionals bedoeld zijn, zijn weggelaten. De nummers van de agendapunten zijn die van de volledige agenda.',
    );
  });

  it('proposes a file name with date and child', () => {
    expect(exportFileName(sampleMeeting(), 'Agenda')).toBe('2026-12-10 Agenda MDO Noor de V.docx');
    expect(exportFileName({ date: null, title: 'Overleg: wat/nu?', child: { name: '', birthDate: null } }, 'Verslag')).toBe('Verslag Overleg wat nu.docx');
  });
});

describe('the agenda in Word and as a printable page', () => {
  it('says the same details and why the parents and the child are not invited', async () => {
    const meeting = noorWithFullAgenda();
    meeting.participants = meeting.participants.filter((participant) => participant.role !== 'ouder');
    meeting.notInvitedReasons = { parents: 'Moeder is op de hoogte; vader is niet bereikbaar.', child: 'Noor is 7; haar stem is vooraf opgehaald.' };
    const { docx } = await exportAgenda(meeting);
    const word = [...docx.paragraphs.map((paragraph) => paragraph.text), ...docx.tables.flat(2)].join('\n');
    const page = htmlTexts(buildAgendaHtml(meeting, { exportedAt })).join('\n');
    for (const text of [
      'Ouders niet uitgenodigd: Moeder is op de hoogte; vader is niet bereikbaar.',
      'Kind niet uitgenodigd: Noor is 7; haar stem is vooraf opgehaald.',
      ...agendaDetails(meeting, exportedAt).flatMap(({ label, value }) => [label, value].filter(Boolean)),
    ]) {
      expect(word, text).toContain(text);
      expect(page, text).toContain(text);
    }
  });
});
