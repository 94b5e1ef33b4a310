import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers } from '../../host/handlers';
import type { Handlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { exportFileName } from '../../shared/export/file-names';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { ExportAudience, Meeting, Pseudonym } from '../../shared/meeting/meeting-schema';
import { FULL_EXPORT, type ExportOptions } from '../../shared/privacy/export-options';
import { nameReplacer, pseudonymiseMeeting } from '../../shared/privacy/pseudonymise';
import { sharingBasisText } from '../../shared/privacy/sharing-basis-text';
import { readDocx, type DocxPackage } from '../support/docx-reader';
import { notesFromMarkdown } from '../support/lexical-fixtures';
import { noorWithMinutes } from '../fixtures/noor-minutes';

const exportedAt = new Date('2026-12-11T09:00:00Z');
const NO_PSEUDONYM: Pseudonym = { child: false, childAlias: '', parents: false };

const PASSAGE_TEXT = 'Vader verblijft sinds november in detentie; alleen voor professionals.';
const PASSAGE_DECISION = 'Veilig Thuis wordt om advies gevraagd over het contact met vader.';
const PASSAGE_ACTION = 'Justitieel dossier van vader opvragen';

function paragraphNode(text: string): Record<string, unknown> {
  return notesFromMarkdown(text).root.children[0] as Record<string, unknown>;
}

/** A confidential passage as the editor saves it: an element around a paragraph, a decision and an action. */
function passage(restriction: Pick<Record<string, unknown>, 'scope' | 'notFor'>, texts = { text: PASSAGE_TEXT, decision: PASSAGE_DECISION, action: PASSAGE_ACTION }) {
  return {
    type: 'mdo-confidential',
    version: 1,
    id: 'c1',
    ...restriction,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      paragraphNode(texts.text),
      { type: 'mdo-decision', version: 1, id: 'd9', text: texts.decision, reason: 'Er is geen omgangsregeling.', dissent: [] },
      { type: 'mdo-action', version: 1, id: 'x9', what: texts.action, who: [{ participantId: 'p6', name: 'Karin Jansen' }], due: '2026-12-20', status: 'open' },
    ],
  };
}

/** The Noor minutes with the passage in item 3 (Veiligheid), before its actions: it holds B2 and A1. */
function noorWithPassage(restriction: Pick<Record<string, unknown>, 'scope' | 'notFor'> = { scope: 'professionals', notFor: [] }): Meeting {
  const meeting = noorWithMinutes();
  const safety = meeting.agendaItems[2]!;
  const children = safety.notes!.root.children;
  // After the two list paragraphs and the safety scale.
  const scaleIndex = children.findIndex((child) => (child as { type?: string }).type === 'mdo-safety-scale');
  children.splice(scaleIndex + 1, 0, passage(restriction));
  return meeting;
}

function options(audience: ExportAudience, pseudonym: Pseudonym = NO_PSEUDONYM): ExportOptions {
  return { audience, pseudonym };
}

async function minutes(meeting: Meeting, exportOptions: ExportOptions): Promise<DocxPackage> {
  return readDocx(await packDocx(buildMinutesDocument(meeting, { exportedAt, options: exportOptions })));
}

/** Every XML part of the package as text (document, headers, footers, properties, numbering, …). */
function everything(docx: DocxPackage): string {
  return Object.values(docx.parts).join('\n');
}

/** The text of all parts as a reader sees it, XML tags removed (Word may split text over runs). */
function allText(docx: DocxPackage): string {
  return Object.values(docx.parts)
    .map((xml) => xml.replace(/<[^>]+>/g, ''))
    .join('\n');
}

const ouders: ExportAudience = { kind: 'ouders', person: null };
const professionals: ExportAudience = { kind: 'professionals', person: null };
const forEls: ExportAudience = { kind: 'deelnemer', person: { participantId: 'p5', name: 'Els de Vries' } };
const forSanne: ExportAudience = { kind: 'deelnemer', person: { participantId: 'p3', name: 'Sanne Visser' } };

describe('the copy for the parents (acceptance test of issue 6)', () => {
  const childHidden: Pseudonym = { child: true, childAlias: '', parents: false };

  it('leaves out the professional-only passage with its decision and action, and the child’s name, from every part of the package', async () => {
    const meeting = noorWithPassage();
    const docx = await minutes(meeting, options(ouders, childHidden));
    const xml = everything(docx);
    const text = allText(docx);
    for (const secret of [PASSAGE_TEXT, PASSAGE_DECISION, PASSAGE_ACTION, 'detentie', 'Justitieel dossier']) {
      expect(xml).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/Noor de Vries/i);
    expect(text).not.toMatch(/Noor/i);
    expect(xml).not.toMatch(/Noor/i);
    for (const part of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml', 'docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']) {
      expect(docx.parts[part], part).toBeDefined();
    }
    expect(docx.parts['word/header1.xml']).toContain('Verslag MDO · N.d.V. · 10 december 2026 · ');
    expect(docx.parts['docProps/core.xml']).toContain('<dc:title>Verslag MDO N.d.V.</dc:title>');
    expect(docx.parts['docProps/core.xml']).toContain('Versie voor ouders');
  });

  it('keeps the other decisions and actions with their numbers from the full minutes', async () => {
    const docx = await minutes(noorWithPassage(), options(ouders, childHidden));
    const texts = docx.paragraphs.map((p) => p.text);
    const inNotes = docx.paragraphs.filter((p) => p.style === 'Besluit' || p.style === 'Actie').map((p) => p.text.split(' ')[0]);
    expect(inNotes).toContain('B1');
    expect(inNotes).toContain('B3');
    expect(inNotes).not.toContain('B2');
    expect(inNotes).not.toContain('A1');
    expect(texts).toContain('A2 Actie: Consultatie Veilig Thuis (wie: Sanne Visser; uiterlijk vr 18 dec 2026)');
    const list = texts.indexOf('Besluitenlijst');
    expect(texts.slice(list + 1, list + 3)).toEqual([
      'B1 N.d.V. mag ontbijten op school. (Stem van N.d.V.)',
      'B3 Het wijkteam start gezinsbegeleiding. (Besluiten en taakverdeling)',
    ]);
    const actions = docx.tables.find((table) => table[0]?.join('|') === 'Nr|Wat|Wie|Uiterlijk|Status')!;
    expect(actions.slice(1).map((row) => row[0])).toEqual(['A2', 'A3', 'A4', 'A5', 'A6']);
    expect(texts.some((t) => t.startsWith('Dan evalueren we de afspraken uit dit verslag: A2, A3, A4, A6,'))).toBe(true);
  });

  it('says on its first page for whom it is, and its file name says so too', async () => {
    const meeting = noorWithPassage();
    const docx = await minutes(meeting, options(ouders, childHidden));
    const texts = docx.paragraphs.map((p) => p.text);
    const details = texts.indexOf('Aanwezigheid');
    const firstPage = texts.slice(0, details).join('\n');
    expect(firstPage).toContain(
      'Versie voor ouders. Passages die alleen voor professionals bedoeld zijn, zijn weggelaten. De nummers van besluiten en acties zijn die van het volledige verslag.',
    );
    expect(firstPage).toContain('In deze kopie is de naam van het kind vervangen door initialen.');
    expect(exportFileName(meeting, 'Verslag', options(ouders, childHidden))).toBe('2026-12-10 Verslag MDO N.d.V. voor ouders.docx');
    expect(exportFileName(meeting, 'Verslag', options(ouders))).toBe('2026-12-10 Verslag MDO Noor de V. voor ouders.docx');
    expect(exportFileName(meeting, 'Verslag', FULL_EXPORT)).toBe('2026-12-10 Verslag MDO Noor de V.docx');
    expect(exportFileName(meeting, 'Agenda', options(forEls, { child: true, childAlias: 'kind A', parents: true }))).toBe(
      '2026-12-10 Agenda MDO kind A voor moeder.docx',
    );
  });

  it('leaves the full copy complete, with the confidential passage marked and a warning on the first page', async () => {
    const docx = await minutes(noorWithPassage(), FULL_EXPORT);
    const text = allText(docx);
    for (const shown of [PASSAGE_TEXT, PASSAGE_DECISION, PASSAGE_ACTION, 'Noor de Vries']) expect(text).toContain(shown);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('B2 Besluit: Veilig Thuis wordt om advies gevraagd over het contact met vader.');
    const mark = texts.indexOf('Vertrouwelijk – alleen professionals');
    expect(mark).toBeGreaterThan(0);
    expect(texts[mark + 1]).toBe(PASSAGE_TEXT);
    expect(texts.indexOf('Einde vertrouwelijke passage')).toBeGreaterThan(mark);
    expect(texts.slice(0, 5).join('\n')).toContain('Volledig verslag – bevat vertrouwelijke passages');
    expect(docx.parts['docProps/core.xml']).toContain('Volledig verslag');
    // The full minutes of a meeting without confidential parts say nothing new.
    const plain = await minutes(noorWithMinutes(), FULL_EXPORT);
    expect(plain.paragraphs.map((p) => p.text).join('\n')).not.toContain('vertrouwelijke passages');
  });
});

describe('a passage "niet voor" a named parent', () => {
  const notForEls = { scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] };

  it('is absent in the copies for that parent and for the parents, present for the professionals and another participant', async () => {
    const meeting = noorWithPassage(notForEls);
    for (const audience of [forEls, ouders]) {
      const text = allText(await minutes(meeting, options(audience)));
      expect(text, audience.kind).not.toContain(PASSAGE_TEXT);
      expect(text, audience.kind).not.toContain(PASSAGE_DECISION);
    }
    for (const audience of [professionals, forSanne]) {
      const docx = await minutes(meeting, options(audience));
      expect(allText(docx), audience.kind).toContain(PASSAGE_TEXT);
      expect(docx.paragraphs.map((p) => p.text)).toContain('Vertrouwelijk – niet voor Els de Vries');
    }
    const forHer = await minutes(meeting, options(forEls));
    expect(forHer.paragraphs.map((p) => p.text).join('\n')).toContain(
      'Versie voor Els de Vries. Passages die niet voor Els de Vries bedoeld zijn, zijn weggelaten.',
    );
  });

  it('names the parent by role when the parents are pseudonymised, also in the mark, and the child by the alias in the header', async () => {
    const meeting = noorWithPassage(notForEls);
    const docx = await minutes(meeting, options(professionals, { child: true, childAlias: 'kind A', parents: true }));
    const text = allText(docx);
    expect(text).not.toContain('Els');
    expect(text).not.toMatch(/Noor/);
    expect(docx.paragraphs.map((p) => p.text)).toContain('Vertrouwelijk – niet voor moeder');
    expect(docx.parts['word/header1.xml']).toContain('Verslag MDO · kind A · 10 december 2026 · ');
    expect(docx.tables.find((t) => t[0]?.[3] === 'Aanwezigheid')).toContainEqual(['moeder', 'moeder', '', 'aanwezig']);
  });
});

describe('a whole confidential agenda item', () => {
  function withSecretItem(): Meeting {
    const meeting = noorWithMinutes();
    meeting.agendaItems[2] = { ...meeting.agendaItems[2]!, confidential: { scope: 'professionals', notFor: [] } };
    return meeting;
  }

  it('is left out of the parents’ minutes with its blocks; the other items keep their numbers', async () => {
    const docx = await minutes(withSecretItem(), options(ouders));
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings).toEqual(['1. Opening en kennismaking', '2. Stem van Noor', '4. Besluiten en taakverdeling']);
    const text = allText(docx);
    for (const secret of ['Veiligheid', 'Hoe veilig is Noor thuis?', 'Consultatie Veilig Thuis', 'Huisarts informeren', 'blauwe plekken (', 'oma helpt']) {
      expect(text).not.toContain(secret);
    }
    const actions = docx.tables.find((table) => table[0]?.join('|') === 'Nr|Wat|Wie|Uiterlijk|Status')!;
    expect(actions.slice(1).map((row) => row[0])).toEqual(['A3', 'A4', 'A5']);
  });

  it('is marked in the full minutes and left out of the parents’ agenda, numbered as in the full agenda', async () => {
    const full = await minutes(withSecretItem(), FULL_EXPORT);
    const texts = full.paragraphs.map((p) => p.text);
    const heading = texts.indexOf('3. Veiligheid');
    expect(texts[heading + 1]).toBe('Vertrouwelijk – alleen professionals  Dit hele agendapunt is vertrouwelijk.');

    const agenda = readDocx(await packDocx(buildAgendaDocument(withSecretItem(), { exportedAt, options: options(ouders) })));
    const table = agenda.tables.find((t) => t[0]?.[0] === 'Tijd')!;
    expect(table.slice(1).map((row) => row[1]?.split('  ')[0])).toEqual(['1. Opening en kennismaking', '2. Stem van Noor', '4. Besluiten en taakverdeling']);
    expect(allText(agenda)).not.toContain('Veiligheid');
    expect(agenda.paragraphs.map((p) => p.text).join('\n')).toContain('De nummers van de agendapunten zijn die van de volledige agenda.');

    const fullAgenda = readDocx(await packDocx(buildAgendaDocument(withSecretItem(), { exportedAt })));
    expect(fullAgenda.tables.find((t) => t[0]?.[0] === 'Tijd')?.[3]?.[1]).toContain('Vertrouwelijk – alleen professionals');
    expect(fullAgenda.paragraphs.map((p) => p.text).join('\n')).toContain('Volledige agenda – bevat vertrouwelijke agendapunten.');
    // Passages in the notes are not on the agenda, so they do not make it warn.
    const passagesOnly = readDocx(await packDocx(buildAgendaDocument(noorWithPassage(), { exportedAt })));
    expect(passagesOnly.paragraphs.map((p) => p.text).join('\n')).not.toContain('vertrouwelijke');
  });
});

describe('the basis for sharing', () => {
  it('is formatted in Dutch for every kind', () => {
    expect(sharingBasisText(null)).toBe('Niet vastgelegd');
    expect(sharingBasisText({ kind: 'toestemming', consentBy: 'ouders', consentDate: '2026-12-10', reason: '' })).toBe(
      'Toestemming van ouders, gegeven op 10 december 2026',
    );
    expect(sharingBasisText({ kind: 'toestemming', consentBy: 'ouders-en-jongere', consentDate: null, reason: '' })).toBe(
      'Toestemming van ouders en jongere, datum niet vastgelegd',
    );
    expect(sharingBasisText({ kind: 'meldcode', consentBy: null, consentDate: null, reason: 'Zorgen over  veiligheid.' })).toBe('Meldcode: Zorgen over veiligheid.');
    expect(sharingBasisText({ kind: 'wettelijke-taak', consentBy: null, consentDate: null, reason: '' })).toBe('Wettelijke taak: reden niet vastgelegd');
  });

  it('is in the details of the minutes and under each item that has its own', async () => {
    const meeting = noorWithMinutes();
    meeting.agendaItems[2] = { ...meeting.agendaItems[2]!, sharingBasis: { kind: 'meldcode', consentBy: null, consentDate: null, reason: 'Blauwe plekken gezien.' } };
    const docx = await minutes(meeting, FULL_EXPORT);
    expect(docx.tables[0]).toContainEqual(['Grondslag voor delen', 'Toestemming van ouders, gegeven op 10 december 2026; voor agendapunt 3 apart vastgelegd']);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts[texts.indexOf('3. Veiligheid') + 1]).toBe('Grondslag voor delen: Meldcode: Blauwe plekken gezien.');
    // Page 1 never says "niet vastgelegd" while an item records its own basis.
    const itemOnly = await minutes({ ...meeting, sharingBasis: null }, FULL_EXPORT);
    expect(itemOnly.tables[0]).toContainEqual(['Grondslag voor delen', 'Voor het overleg niet vastgelegd; voor agendapunt 3 apart vastgelegd']);
    const none = await minutes({ ...noorWithMinutes(), sharingBasis: null }, FULL_EXPORT);
    expect(none.tables[0]).toContainEqual(['Grondslag voor delen', 'Niet vastgelegd']);
  });
});

describe('pseudonymise', () => {
  const child = (name: string): Meeting => ({ ...noorWithMinutes(), child: { name, birthDate: null } });
  const replaceFor = (name: string, pseudonym: Pseudonym = { child: true, childAlias: '', parents: false }) => nameReplacer(child(name), pseudonym);

  it('replaces the full name, the first name and the surname with and without tussenvoegsel, case-insensitively', () => {
    const replace = replaceFor('Noor de Vries');
    expect(replace('Noor de Vries komt te laat.')).toBe('N.d.V. komt te laat.');
    expect(replace('NOOR zegt het zelf; noor lacht.')).toBe('N.d.V. zegt het zelf; N.d.V. lacht.');
    expect(replace('Gesprek met familie De Vries.')).toBe('Gesprek met familie N.d.V..');
    expect(replace('Vries')).toBe('N.d.V.');
  });

  it('keeps possessives, and never replaces a bare tussenvoegsel or part of another word', () => {
    const replace = replaceFor('Noor de Vries');
    expect(replace('Noors veiligheid en Noor’s tekening')).toBe("N.d.V.'s veiligheid en N.d.V.'s tekening");
    expect(replace('De school en de kat van de buren in Noordwijk')).toBe('De school en de kat van de buren in Noordwijk');
    expect(replace('Vriesland')).toBe('Vriesland');
  });

  it('leaves other people’s names whole, also when they share the surname', () => {
    const replace = replaceFor('Noor de Vries');
    expect(replace('Els de Vries (moeder) en Noor')).toBe('Els de Vries (moeder) en N.d.V.');
  });

  it('uses an alias such as "kind A", and an initial in the name matches the written-out surname', () => {
    const replace = replaceFor('Noor de V.', { child: true, childAlias: 'kind A', parents: false });
    expect(replace('MDO Noor de Vries: Noor de V. en Noors broertje')).toBe("MDO kind A: kind A en kind A's broertje");
    expect(replace('Els de Vries')).toBe('Els de Vries');
  });

  it('matches accented names on Unicode word boundaries', () => {
    const replace = replaceFor('Zoë Çelik');
    expect(replace('zoë en ÇELIK; Zoëlla niet')).toBe('Z.Ç. en Z.Ç.; Zoëlla niet');
  });

  it('replaces the parents by their role, and the meeting everywhere without changing the input', () => {
    const meeting = noorWithPassage({ scope: 'niet-voor', notFor: [{ participantId: null, name: 'Els de Vries' }] });
    const before = JSON.stringify(meeting);
    const named = pseudonymiseMeeting(meeting, { child: true, childAlias: 'kind A', parents: true });
    expect(JSON.stringify(meeting)).toBe(before);
    const json = JSON.stringify(named);
    expect(json).not.toMatch(/Noor|Els/);
    expect(named.title).toBe('MDO kind A');
    expect(named.child.name).toBe('kind A');
    expect(named.goal).toBe("Eén gezamenlijk beeld van kind A's veiligheid en ontwikkeling.");
    expect(named.participants.find((p) => p.id === 'p5')).toMatchObject({ name: 'moeder', function: 'moeder', email: '' });
    expect(named.participants.find((p) => p.id === 'p3')?.name).toBe('Sanne Visser');
    expect(json).toContain('"scope":"niet-voor","notFor":[{"participantId":null,"name":"moeder"}]');
    expect(json).toContain('"type":"mdo-decision"');
  });

  it('reaches text nested deeper than the exporter renders, and strips deep unreadable passages', async () => {
    const meeting = noorWithMinutes();
    let deep: Record<string, unknown> = passage({ scope: 'professionals', notFor: [] }, { text: 'Diep geheim over Noor', decision: 'Diep besluit', action: 'Diepe actie' });
    for (let level = 0; level < 300; level++) deep = { type: 'quote', version: 1, children: [deep, paragraphNode(`laag ${level} Noor`)] };
    meeting.agendaItems[0]!.notes!.root.children.push(deep);
    const docx = await minutes(meeting, options(ouders, { child: true, childAlias: '', parents: false }));
    const text = allText(docx);
    expect(text).not.toMatch(/Noor|Diep geheim|Diep besluit|Diepe actie/);
    expect(text).toContain('laag 299 N.d.V.');
  });
});

describe('the app’s export (IPC export:minutes)', () => {
  it('builds the copy and proposes the file name for the chosen audience and pseudonym, and logs them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mdo-export-privacy-'));
    try {
      const proposed: string[] = [];
      const target = join(dir, 'gekozen.docx');
      const handlers: Handlers = {
        ...createNodeHandlers({
          libraryDir: join(dir, 'MDO'),
          configDir: join(dir, 'config'),
          version: '0.0.0-test',
          now: () => exportedAt,
          dialogs: {
            chooseOpenPath: async () => null,
            chooseSavePath: async (path) => {
              proposed.push(path);
              return target;
            },
          },
        }),
        'window:setDirty': async () => ok(null),
        'window:close': async () => ok(null),
        'shell:openExternal': async () => ok(null),
      };
      const exportOptions = options(ouders, { child: true, childAlias: '', parents: false });
      const result = await dispatch(handlers, 'export:minutes', { meeting: noorWithPassage(), options: exportOptions });
      expect(result).toMatchObject({ ok: true, value: { path: target, logEntry: { document: 'verslag', audience: ouders, pseudonym: exportOptions.pseudonym } } });
      expect(proposed).toEqual([join(dir, 'MDO', '2026-12-10 Verslag MDO N.d.V. voor ouders.docx')]);
      const text = allText(readDocx(new Uint8Array(await readFile(target))));
      expect(text).not.toContain(PASSAGE_TEXT);
      expect(text).not.toMatch(/Noor/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('names as people write them, in the copy for the parents (the issue: names survived in word/document.xml)', () => {
  // Loaded here so this block stays apart from the ones above.
  const load = async () => ({
    ...(await import('../fixtures/pseudonym-corpus')),
    ...(await import('../../shared/privacy/name-scan')),
  });

  it('leaves no diminutive, address, handle, link, diacritic variant or family name, and no link rewritten into an invalid one', async () => {
    const { corpusMeeting, CORPUS_PSEUDONYM, scanDocxForNames } = await load();
    const meeting = corpusMeeting();
    const notes = [
      'Amirtje vertelt over school; Leila (zonder trema) en Leïla zijn dezelfde moeder.',
      'Mail amir_b@hotmail.com of benali_leila@gmail.com, of kijk op https://example.org/amir_b en [zijn kanaal](https://example.org/amir_b).',
      'Huisbezoek bij familie Bouzid; meneer Bouzid en mevrouw Bouzid waren er. Amir is akkoord.',
    ].join('\n\n');
    meeting.agendaItems[1] = { ...meeting.agendaItems[1]!, notes: notesFromMarkdown(notes) as Meeting['agendaItems'][number]['notes'] };
    const bytes = await packDocx(buildMinutesDocument(meeting, { exportedAt, options: options(ouders, CORPUS_PSEUDONYM) }));
    const docx = readDocx(bytes);
    const xml = everything(docx);
    for (const name of ['Amirtje', 'amir_b', 'benali_leila', 'example.org', 'Leila', 'Leïla', 'Bouzid', 'Amir ']) expect(xml, name).not.toContain(name);
    expect(scanDocxForNames(bytes, meeting, CORPUS_PSEUDONYM)).toEqual([]);
    for (const target of (docx.parts['word/_rels/document.xml.rels'] ?? '').matchAll(/Target="([^"]*)"/g)) expect(target[1], 'a link target').not.toMatch(/\s/);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('Kind A vertelt over school; moeder (zonder trema) en moeder zijn dezelfde moeder.');
    expect(texts).toContain('Mail [e-mailadres weggelaten] of [e-mailadres weggelaten], of kijk op [link weggelaten] en zijn kanaal.');
    expect(texts).toContain('Huisbezoek bij familie kind A; vader en moeder waren er. Kind A is akkoord.');
  });
});
