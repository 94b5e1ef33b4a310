import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { describe, expect, it } from 'vitest';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { $createActionNode, $createDecisionNode, $createSafetyScaleNode } from '../../shared/notes/lexical/block-nodes';
import { $createConfidentialNode } from '../../shared/notes/lexical/confidential-node';
import { createNotesEditor } from '../../shared/notes/lexical/headless';
import { exportMdoMarkdown, importMdoMarkdown, parseMdoMarkdown } from '../../shared/markdown/mdo-markdown';
import { DEFAULT_SAFETY_QUESTION } from '../../shared/notes/node-data';
import type { LexicalState, Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { judgeRole } from '../../shared/meeting/roles';

const NOOR_FILE = join(import.meta.dirname, '../fixtures/markdown/casus-noor.mdo.md');
/** The same case with a passage not for the mother and a professional-only passage holding a decision and an action. */
const NOOR_CONFIDENTIAL_FILE = join(import.meta.dirname, '../fixtures/markdown/casus-noor-vertrouwelijk.mdo.md');
const NOW = new Date('2026-12-01T09:00:00.000Z');

/** The exported text; the export fails only for notes it cannot read. */
function markdownOf(meeting: Meeting): string {
  const result = exportMdoMarkdown(meeting);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Ids in the order they are asked for, so two imports of the same text give the same meeting. */
function options() {
  let count = 0;
  return { now: NOW, newId: () => `id-${++count}` };
}

function imported(text: string): Meeting {
  const result = importMdoMarkdown(text, options());
  if (!result.ok) throw new Error(`${result.error.message}\n${(result.error.details ?? []).join('\n')}`);
  return result.value;
}

function errorsOf(text: string): string[] {
  const result = importMdoMarkdown(text, options());
  expect(result.ok).toBe(false);
  return result.ok ? [] : (result.error.details ?? []);
}

function notesWith(build: () => void): LexicalState {
  const editor = createNotesEditor();
  editor.update(build, { discrete: true });
  return editor.getEditorState().toJSON() as unknown as LexicalState;
}

const noor = () => readFile(NOOR_FILE, 'utf8');
const noorConfidential = () => readFile(NOOR_CONFIDENTIAL_FILE, 'utf8');

function warningsOf(text: string): string[] {
  const result = parseMdoMarkdown(text, options());
  if (!result.ok) throw new Error(`${result.error.message}\n${(result.error.details ?? []).join('\n')}`);
  return result.value.warnings;
}

interface JsonNode {
  type: string;
  children?: JsonNode[];
  text?: string;
  [key: string]: unknown;
}

/** The top-level blocks of an item's notes, as saved. */
function blocksOf(notes: unknown): JsonNode[] {
  return (notes as { root: { children: JsonNode[] } } | null)?.root.children ?? [];
}

const PARTICIPANTS = [
  'deelnemers:',
  '  - naam: Els de Vries',
  '    functie: moeder',
  '  - naam: Joost Bakker',
  '    functie: leerkracht',
  '  - naam: Sanne Visser',
  '    functie: jeugdverpleegkundige',
].join('\n');

const minimal = (frontMatter: string, body = '## Opening (5 min)\nWelkom.\n') => `---\n${frontMatter}\n---\n\n${body}`;

describe('importing casus-noor.mdo.md', () => {
  it('reads the meeting details, the participants with their attendance and the named roles', async () => {
    const meeting = imported(await noor());
    expect(meeting).toMatchObject({
      title: 'MDO Noor de Vries',
      date: '2026-12-10',
      startTime: '14:00',
      endTime: '15:30',
      location: 'OBS De Regenboog, kamer 2.14 (deelnemers op afstand via videobellen)',
      child: { name: 'Noor de V.', birthDate: '2019-03-14' },
      nextMeeting: { date: '2027-01-28', time: '14:00' },
      status: 'concept',
      createdAt: NOW.toISOString(),
    });
    expect(meeting.reason).toMatch(/^Noor komt sinds oktober vaak te laat/);
    expect(meeting.goal).toBe('Eén gezamenlijk beeld van Noors veiligheid en ontwikkeling, en afspraken over wie wat doet.');
    // No `rol:` in the file: no role is chosen, the app judges it from the function and the organisation.
    expect(meeting.participants.map((p) => [p.name, p.attendance, p.role, judgeRole(p, meeting.child).role])).toEqual([
      ['Fatima El Amrani', 'aanwezig', null, 'professional'],
      ['Joost Bakker', 'aanwezig', null, 'professional'],
      ['Sanne Visser', 'aanwezig', null, 'professional'],
      ['Ömer Yılmaz', 'aanwezig', null, 'professional'],
      ['Els de Vries', 'aanwezig', null, 'ouder'],
      ['Karin Jansen', 'afgemeld', null, 'professional'],
      ['Dr. P. Hendriks', 'afwezig', null, 'professional'],
    ]);
    expect(meeting.participants[6]).toMatchObject({ function: 'huisarts', organisation: "Huisartsenpraktijk 't Hof", email: '' });
    const idOf = (name: string) => meeting.participants.find((p) => p.name === name)?.id;
    expect(meeting.chair).toEqual({ participantId: idOf('Fatima El Amrani'), name: 'Fatima El Amrani' });
    expect(meeting.noteTaker).toEqual({ participantId: idOf('Joost Bakker'), name: 'Joost Bakker' });
    expect(meeting.coordinator).toEqual({ participantId: idOf('Ömer Yılmaz'), name: 'Ömer Yılmaz' });
  });

  it('reads nine agenda items with their minutes, child-interest notes and notes', async () => {
    const meeting = imported(await noor());
    expect(meeting.agendaItems.map((item) => [item.title, item.minutes])).toEqual([
      ['Opening en kennismaking', 5],
      ['Stem van Noor', 10],
      ['Zorgen', 15],
      ['Wat gaat goed', 10],
      ['Veiligheid', 10],
      ['Besluiten en taakverdeling', 25],
      ['Informatiedeling', 5],
      ['Evaluatie en volgend overleg', 5],
      ['Rondvraag en sluiting', 5],
    ]);
    expect(meeting.agendaItems.every((item) => item.notes !== null)).toBe(true);
    expect(meeting.agendaItems[1]?.childInterest).toBe('Noor voelt zich verantwoordelijk voor zichzelf; dat past niet bij haar leeftijd.');
    expect(meeting.agendaItems[0]?.childInterest).toBe('');
    const stem = JSON.stringify(meeting.agendaItems[1]?.notes);
    expect(stem).toContain('"text":"\\"\'s ochtends zelf haar brood moet pakken & dat er soms niks is\\"","type":"text"');
    expect(stem).not.toContain('Wat betekent dit voor het kind');
    const zorgen = JSON.stringify(meeting.agendaItems[2]?.notes);
    expect(zorgen).toContain('"listType":"bullet"');
    expect(zorgen).toContain('"text":"26 november"');
    expect(JSON.stringify(meeting.agendaItems[3]?.notes)).toContain('"listType":"number"');
  });

  it('turns Besluit, Reden and Oneens lines into numbered decisions with reason and dissent', async () => {
    const meeting = imported(await noor());
    const els = meeting.participants.find((p) => p.name === 'Els de Vries');
    const { decisions } = deriveMeetingLists(meeting);
    expect(decisions.map((d) => [d.number, d.itemTitle, d.data.text, d.data.reason])).toEqual([
      ['B1', 'Besluiten en taakverdeling', 'Het wijkteam start gezinsbegeleiding (2× per week) met focus op het ochtendritme.', 'Moeder vraagt zelf om hulp en de zorgen hangen samen met de ochtenden.'],
      ['B2', 'Besluiten en taakverdeling', 'De blauwe plekken worden besproken met Veilig Thuis (consultatie, geen melding).', 'Twee keer in korte tijd, verklaring niet eenduidig.'],
    ]);
    expect(decisions[0]?.data.dissent).toEqual([]);
    expect(decisions[1]?.data.dissent).toEqual([{ who: { participantId: els?.id, name: 'Els de Vries' }, why: 'vindt dit een stap te ver.' }]);
  });

  it('turns Actie lines into numbered actions with owners linked to participants and ISO dates', async () => {
    const meeting = imported(await noor());
    const idOf = (name: string) => meeting.participants.find((p) => p.name === name)?.id;
    const { actions, safetyScales } = deriveMeetingLists(meeting);
    expect(actions.map((a) => [a.number, a.data.who, a.data.due, a.data.status])).toEqual([
      ['A1', [{ participantId: idOf('Sanne Visser'), name: 'Sanne Visser' }], '2026-12-18', 'open'],
      ['A2', [{ participantId: idOf('Ömer Yılmaz'), name: 'Ömer Yılmaz' }], '2026-12-17', 'open'],
      ['A3', [{ participantId: idOf('Joost Bakker'), name: 'Joost Bakker' }], '2026-12-14', 'open'],
      ['A4', [{ participantId: idOf('Els de Vries'), name: 'Els de Vries' }], '2026-12-18', 'open'],
      ['A5', [{ participantId: idOf('Fatima El Amrani'), name: 'Fatima El Amrani' }], '2026-12-24', 'open'],
    ]);
    expect(actions[2]?.data.what).toBe('Noor mag vanaf maandag ontbijten op school (schoolontbijt)');
    expect(safetyScales).toHaveLength(1);
    expect(safetyScales[0]?.itemTitle).toBe('Veiligheid');
    expect(safetyScales[0]?.data.question).toBe(DEFAULT_SAFETY_QUESTION);
    // The line's reason is the scale's, once: nobody on the line said it alone.
    expect(safetyScales[0]?.data.reason).toBe('school weegt de blauwe plekken zwaarder.');
    expect(safetyScales[0]?.data.scores.map((s) => [s.who.participantId, s.score, s.reason])).toEqual(
      [
        ['Fatima El Amrani', 5],
        ['Sanne Visser', 6],
        ['Ömer Yılmaz', 6],
        ['Els de Vries', 7],
      ].map(([name, score]) => [idOf(name as string), score, '']),
    );
  });

  it('reads the basis for sharing of the meeting (front matter) and of an item (Grondslag line), without warnings', async () => {
    const result = parseMdoMarkdown(await noor(), options());
    expect(result.ok && result.value.warnings).toEqual([]);
    if (!result.ok) return;
    const { meeting } = result.value;
    expect(meeting.sharingBasis).toEqual({ kind: 'toestemming', consentBy: 'ouders', consentDate: '2026-12-10', reason: '' });
    const sharing = meeting.agendaItems.find((item) => item.title === 'Informatiedeling');
    expect(sharing?.sharingBasis).toEqual({
      kind: 'meldcode',
      consentBy: null,
      consentDate: null,
      reason: 'consultatie Veilig Thuis over de blauwe plekken, anoniem over het kind.',
    });
    expect(JSON.stringify(sharing?.notes)).not.toContain('Grondslag');
    expect(JSON.stringify(sharing?.notes)).toContain('Moeder geeft toestemming om het verslag te delen met de huisarts.');
    expect(meeting.agendaItems.filter((item) => item.sharingBasis !== null)).toHaveLength(1);
    expect(meeting.agendaItems.every((item) => item.confidential === null)).toBe(true);
  });
});

describe('the round trip', () => {
  it('gives back the same meeting: .md → meeting → .md → meeting', async () => {
    const first = imported(await noor());
    expect(imported(markdownOf(first))).toEqual(first);
  });

  it('writes casus-noor back as it was, and byte-identically a second time', async () => {
    const text = await noor();
    const once = markdownOf(imported(text));
    // What changes the first time: nested lists are indented by four spaces.
    const expected = text.replace('  - 12 november\n  - 26 november', '    - 12 november\n    - 26 november');
    expect(once).toBe(expected);
    expect(markdownOf(imported(once))).toBe(once);
  });

  it('keeps hostile text: <, &, quotes, emoji, Arabic and Turkish letters', () => {
    const hostile = `<script>alert("x")</script> & 'één' “citaat” 😀👩🏽‍⚕️ مرحبا بكم Işıl Çağrı İğdır ğüşöç`;
    const text = [
      '---',
      `titel: ${JSON.stringify(`MDO ${hostile}`)}`,
      `locatie: ${JSON.stringify(hostile)}`,
      `kind: Ayşe Yılmaz`,
      `aanleiding: "regel één\\nregel twee: ${hostile.replace(/"/g, '\\"')}"`,
      'voorzitter: Işıl Çağrı',
      'deelnemers:',
      '  - naam: Işıl Çağrı',
      '    functie: "ouder & voogd"',
      '  - naam: محمد العلي',
      "    organisatie: 'Stichting ''t Anker'",
      '---',
      '',
      `## ${hostile} (10 min)`,
      `> Wat betekent dit voor het kind? ${hostile}`,
      '',
      `**${hostile}** en *${hostile}*`,
      '',
      `- ${hostile}`,
      `- [link & zo](https://example.org/?a=1&b=2)`,
      '',
      `Besluit: ${hostile}`,
      `Reden: ${hostile}`,
      `Oneens: محمد العلي — ${hostile}`,
      '',
      `Actie: ${hostile} — Işıl Çağrı en محمد العلي — uiterlijk 2026-12-18`,
      '',
    ].join('\n');
    const first = imported(text);
    expect(first.title).toBe(`MDO ${hostile}`);
    expect(first.location).toBe(hostile);
    expect(first.reason).toBe(`regel één\nregel twee: ${hostile}`);
    expect(first.participants[1]?.organisation).toBe("Stichting 't Anker");
    expect(first.agendaItems[0]?.title).toBe(hostile);
    expect(first.agendaItems[0]?.childInterest).toBe(hostile);
    const { decisions, actions } = deriveMeetingLists(first);
    expect(decisions[0]?.data).toMatchObject({ text: hostile, reason: hostile, dissent: [{ who: { participantId: first.participants[1]?.id }, why: hostile }] });
    expect(actions[0]?.data.who.map((w) => w.participantId)).toEqual(first.participants.map((p) => p.id));
    const again = markdownOf(first);
    expect(imported(again)).toEqual(first);
    expect(markdownOf(imported(again))).toBe(again);
  });

  it('writes notes made in the app so that they read back the same', () => {
    const meeting = sampleMeeting();
    const tricky = [
      '# geen kop',
      '- geen lijst',
      '1. geen lijst',
      '> geen citaat',
      '::: geen passage',
      'Besluit: gewoon tekst, geen besluit',
      '## geen agendapunt',
      'sterretjes * en _ en ` en \\ blijven staan',
    ];
    meeting.agendaItems[1]!.notes = notesWith(() => {
      $getRoot().append(
        ...tricky.map((text) => $createParagraphNode().append($createTextNode(text))),
        $createParagraphNode(),
        $createListNode('bullet').append($createListItemNode().append($createTextNode('punt'))),
        $createDecisionNode({ id: 'b1', text: 'Besluit met\nregelovergang', reason: '', dissent: [] }),
        $createActionNode({ id: 'x1', what: 'Bellen', who: [{ participantId: 'p3', name: 'Sanne Visser' }, { participantId: null, name: 'oma' }], due: null, status: 'gedaan' }),
        $createActionNode({ id: 'x2', what: '', who: [], due: '2026-12-20', status: 'vervallen' }),
        $createSafetyScaleNode({ id: 's1', question: DEFAULT_SAFETY_QUESTION, scores: [{ who: { participantId: 'p5', name: 'Els de Vries' }, score: 7, reason: '' }] }),
      );
    });
    const text = markdownOf(meeting);
    expect(text).toContain('Actie: Bellen — Sanne Visser, oma — gedaan\nActie: — uiterlijk 2026-12-20 — vervallen\n');
    const back = imported(text);
    const item = back.agendaItems[1]!;
    const paragraphs = JSON.stringify(item.notes);
    for (const line of tricky) expect(paragraphs).toContain(JSON.stringify(line));
    const lists = deriveMeetingLists(back);
    expect(lists.decisions.map((d) => d.data.text)).toEqual(['Besluit met regelovergang']);
    expect(lists.actions.map((a) => [a.data.what, a.data.who.map((w) => w.name), a.data.due, a.data.status])).toEqual([
      ['Bellen', ['Sanne Visser', 'oma'], null, 'gedaan'],
      ['', [], '2026-12-20', 'vervallen'],
    ]);
    expect(lists.safetyScales[0]?.data.scores).toMatchObject([{ who: { name: 'Els de Vries' }, score: 7 }]);
    expect(back.agendaItems[0]?.childInterest).toBe('Wat betekent dit voor het kind?');
    expect(back.agendaItems[1]?.childInterest).toBe('Wat zegt Noor zelf, en hoe weten we dat?');
    expect(back.chair.name).toBe('Fatima El Amrani');
    const withoutId = (participants: Meeting['participants']) => participants.map((participant) => ({ ...participant, id: '' }));
    expect(withoutId(back.participants)).toEqual(withoutId(meeting.participants));
    expect(markdownOf(back)).toBe(text);
  });

  it('reads an item without minutes or title, and an action with -- and "en"', () => {
    const meeting = imported(minimal('titel: Kort', '##\n\n## Zonder tijd\nActie: Bellen -- Piet en Joke -- uiterlijk 2026-01-05\n'));
    expect(meeting.agendaItems.map((i) => [i.title, i.minutes, i.notes === null])).toEqual([
      ['', null, true],
      ['Zonder tijd', null, false],
    ]);
    expect(deriveMeetingLists(meeting).actions[0]?.data.who).toEqual([
      { participantId: null, name: 'Piet' },
      { participantId: null, name: 'Joke' },
    ]);
    expect(imported(markdownOf(meeting))).toEqual(meeting);
  });
});

describe('a file that does not follow the grammar', () => {
  it('without a titel: names the opening line and imports nothing', () => {
    const result = importMdoMarkdown(minimal('datum: 2026-12-10'), options());
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-markdown',
        message: 'Dit bestand volgt de vorm van MDO-Markdown niet; er is niets geïmporteerd. Verbeter de genoemde regels en probeer het opnieuw.',
        details: ['Regel 1: titel ontbreekt in de voorkant; verwacht bijvoorbeeld "titel: MDO Noor de Vries".'],
      },
    });
  });

  it('with a date that is not ISO', () => {
    expect(errorsOf(minimal('titel: MDO\ndatum: 31-12-2026'))).toEqual(['Regel 3: datum moet JJJJ-MM-DD zijn, bijvoorbeeld 2026-12-10.']);
    expect(errorsOf(minimal('titel: MDO\ngeboortedatum: 2019-02-30'))).toEqual([
      'Regel 3: geboortedatum 2019-02-30 bestaat niet; kies een datum die in de kalender staat.',
    ]);
  });

  it('with a time, a next meeting or a status that cannot be read', () => {
    expect(errorsOf(minimal('titel: MDO\nbegintijd: "25:00"\nvolgend overleg: over twee weken\nstatus: klaar'))).toEqual([
      'Regel 3: begintijd moet UU:MM zijn, bijvoorbeeld 14:00.',
      'Regel 4: volgend overleg moet JJJJ-MM-DD of JJJJ-MM-DD UU:MM zijn, bijvoorbeeld 2027-01-28 14:00.',
      'Regel 5: status "klaar" is onbekend; verwacht concept of definitief.',
    ]);
  });

  it('with an unknown aanwezigheid, a participant without a name and an unknown field', () => {
    const front = ['titel: MDO', 'deelnemers:', '  - naam: Els', '    aanwezigheid: ziek', '  - functie: huisarts', 'kleur: blauw'].join('\n');
    expect(errorsOf(minimal(front))).toEqual([
      'Regel 5: aanwezigheid "ziek" is onbekend; verwacht aanwezig, afgemeld of afwezig.',
      'Regel 6: deelnemer zonder naam; verwacht "- naam: …", bijvoorbeeld "- naam: Els de Vries".',
      'Regel 7: onbekend veld "kleur"; verwacht een van: titel, datum, begintijd, eindtijd, locatie, kind, geboortedatum, aanleiding, doel, voorzitter, notulist, regievoerder, volgend overleg, status, grondslag, deelnemers.',
    ]);
  });

  it('with a timebox that is not a number of minutes', () => {
    expect(errorsOf(minimal('titel: MDO', '## Opening (5 min)\n\n## Zorgen (abc min)\n'))).toEqual([
      'Regel 7: de tijd van een agendapunt moet een heel aantal minuten zijn (0 tot 1440), bijvoorbeeld "(10 min)"; "(abc min)" is niet te lezen.',
    ]);
  });

  it('with a front matter that is not closed, or missing', () => {
    expect(errorsOf('---\ntitel: MDO\n\n## Opening (5 min)\n')).toEqual([
      'Regel 1: de voorkant die hier met "---" begint, is niet afgesloten; verwacht een regel "---" onder de laatste gegevens (zoals "deelnemers:") en vóór het eerste agendapunt.',
    ]);
    expect(errorsOf('## Opening (5 min)\n')[0]).toMatch(/^Regel 1: verwacht "---" als eerste regel/);
  });

  it('with a due date that is not ISO, an unreadable safety score and text before the first item', () => {
    const body = ['Inleiding zonder kop.', '', '## Taken (10 min)', 'Actie: Bellen — Sanne — uiterlijk vrijdag', 'Schaalvraag: Els zeven, Sanne 6'].join('\n');
    expect(errorsOf(minimal('titel: MDO', body))).toEqual([
      'Regel 5: tekst vóór het eerste agendapunt; begin elk agendapunt met een kop "## Titel (10 min)".',
      'Regel 8: de datum na "uiterlijk" moet JJJJ-MM-DD zijn, bijvoorbeeld 2026-12-18 ("vrijdag" is niet te lezen).',
      'Regel 9: in de schaalvraag is "Els zeven" niet te lezen; verwacht per persoon een naam en een cijfer van 0 tot 10, bijvoorbeeld "Schaalvraag: Els de Vries 7, Sanne Visser 6 — reden".',
    ]);
  });

  it('with a quote that is not closed in the front matter, and a level-1 heading', () => {
    expect(errorsOf(minimal('titel: "MDO', '## Punt\n# Kop\n'))).toEqual([
      'Regel 1: titel ontbreekt in de voorkant; verwacht bijvoorbeeld "titel: MDO Noor de Vries".',
      'Regel 2: titel: de aanhalingstekens (") zijn niet afgesloten.',
      'Regel 6: een kop met één # hoort niet in MDO-Markdown; gebruik "## " voor een agendapunt of "### " voor een tussenkop.',
    ]);
  });
});

describe('the front matter', () => {
  it('reads block texts, single quotes, comments and an empty participant list', () => {
    const front = [
      '# een opmerking',
      "titel: 'MDO ''t Hof'",
      'aanleiding: |',
      '  Eerste regel.',
      '  Tweede regel: met dubbele punt.',
      'doel: >',
      '  Een lange zin',
      '  over twee regels.',
      'deelnemers: []',
    ].join('\n');
    const meeting = imported(minimal(front));
    expect(meeting).toMatchObject({
      title: "MDO 't Hof",
      reason: 'Eerste regel.\nTweede regel: met dubbele punt.',
      goal: 'Een lange zin over twee regels.',
      participants: [],
    });
    expect(imported(markdownOf(meeting))).toEqual(meeting);
  });

  it('quotes what YAML would read as something else, and reads it back as text', () => {
    const values = ['ja', 'no', '123', '1.5', '- streepje', '#hekje', 'a: b', 'a #b', ' spatie', '14:00', '"quotes"', "'enkel'", '[lijst]', 'null', '~', '@', 'regel\nnog een'];
    for (const value of values) {
      const meeting = { ...sampleMeeting(), location: value, goal: value };
      const text = markdownOf(meeting);
      const back = imported(text);
      expect([back.location, back.goal]).toEqual([value.trim(), value.trim()]);
    }
  });
});

describe('exporting notes the app cannot read', () => {
  it('fails with a Dutch message instead of writing part of the meeting', () => {
    const meeting = sampleMeeting();
    meeting.agendaItems[1]!.notes = { root: { type: 'root', children: [{ type: 'uit-de-toekomst', version: 9 }] } };
    expect(exportMdoMarkdown(meeting)).toMatchObject({
      ok: false,
      error: { code: 'notes-unreadable', message: expect.stringContaining('De aantekeningen bij "Stem van Noor" kunnen niet worden gelezen') },
    });
  });
});

describe('confidential passages', () => {
  it('reads a passage with a decision and an action inside as one confidential block; the lists carry its restriction', async () => {
    const meeting = imported(await noorConfidential());
    const item = meeting.agendaItems.find((entry) => entry.title === 'Besluiten en taakverdeling');
    const passage = blocksOf(item?.notes).at(-1);
    expect(passage).toMatchObject({ type: 'mdo-confidential', scope: 'professionals', notFor: [] });
    expect(typeof passage?.id).toBe('string');
    expect(passage?.children?.map((child) => child.type)).toEqual(['paragraph', 'mdo-decision', 'mdo-action']);
    expect(JSON.stringify(passage)).toContain('eerdere melding over het gezin');
    expect(item?.confidential).toBeNull();

    const { decisions, actions } = deriveMeetingLists(meeting);
    const professionalsOnly = [{ scope: 'professionals', notFor: [] }];
    expect(decisions.map((d) => [d.number, d.restrictions])).toEqual([
      ['B1', []],
      ['B2', []],
      ['B3', professionalsOnly],
    ]);
    expect(decisions[2]?.data).toMatchObject({
      text: 'Bij de consultatie vraagt Sanne Visser ook na wat er uit de eerdere melding bekend is.',
      reason: 'Nodig om de blauwe plekken goed te kunnen wegen.',
    });
    expect(actions.map((a) => a.restrictions)).toEqual([[], [], [], [], [], professionalsOnly]);
    expect(actions[5]).toMatchObject({ number: 'A6', data: { what: 'Uitkomst eerdere melding opvragen bij Veilig Thuis', due: '2026-12-18' } });
    expect(actions[5]?.data.who[0]?.participantId).toBe(meeting.participants.find((p) => p.name === 'Sanne Visser')?.id);
  });

  it('links the names after "niet voor" to participants, separated by ", " or " en "', async () => {
    const noorMeeting = imported(await noorConfidential());
    const els = noorMeeting.participants.find((p) => p.name === 'Els de Vries');
    const zorgen = blocksOf(noorMeeting.agendaItems[2]?.notes);
    expect(zorgen.map((block) => block.type)).toEqual(['list', 'mdo-confidential']);
    expect(zorgen[1]).toMatchObject({ scope: 'niet-voor', notFor: [{ participantId: els?.id, name: 'Els de Vries' }] });

    for (const names of ['els de vries en Joost Bakker', 'Els de Vries, Joost']) {
      const text = minimal(`titel: MDO\n${PARTICIPANTS}`, `## Zorgen (10 min)\nOpen tekst.\n\n::: vertrouwelijk niet voor ${names}\nGeheim.\n:::\n`);
      const meeting = imported(text);
      const idOf = (name: string) => meeting.participants.find((p) => p.name === name)?.id;
      const [open, passage] = blocksOf(meeting.agendaItems[0]?.notes);
      expect(open?.type).toBe('paragraph');
      expect(passage).toMatchObject({
        type: 'mdo-confidential',
        scope: 'niet-voor',
        notFor: [
          { participantId: idOf('Els de Vries'), name: 'Els de Vries' },
          { participantId: idOf('Joost Bakker'), name: 'Joost Bakker' },
        ],
      });
      expect(warningsOf(text)).toEqual([]);
      expect(markdownOf(meeting)).toContain('::: vertrouwelijk niet voor Els de Vries, Joost Bakker\nGeheim.\n:::\n');
      expect(imported(markdownOf(meeting))).toEqual(meeting);
    }
  });

  it('keeps a name after "niet voor" that is no participant as written, with a warning', () => {
    const text = minimal(`titel: MDO\n${PARTICIPANTS}`, '## Zorgen (10 min)\n::: vertrouwelijk niet voor oma en Els de Vries\nGeheim.\n:::\nOpen.\n');
    expect(warningsOf(text)).toEqual([
      'Regel 13: "oma" na "niet voor" is geen deelnemer van dit overleg; de naam is bewaard zoals hij er staat. Controleer de naam, zodat de app weet voor wie de passage verborgen blijft.',
    ]);
    expect(blocksOf(imported(text).agendaItems[0]?.notes)[0]?.notFor).toMatchObject([
      { participantId: null, name: 'oma' },
      { participantId: 'id-1', name: 'Els de Vries' },
    ]);
  });

  it('writes a passage back between the same fences: .md → meeting → .md', async () => {
    const text = await noorConfidential();
    const once = markdownOf(imported(text));
    expect(once).toBe(text.replace('  - 12 november\n  - 26 november', '    - 12 november\n    - 26 november'));
    expect(markdownOf(imported(once))).toBe(once);
    expect(imported(once)).toEqual(imported(text));
  });

  it('lets an unclosed passage run to the end of its item, still confidential, with a warning', () => {
    const body = ['## Zorgen (10 min)', 'Open.', '', '::: vertrouwelijk professionals', 'Geheim.', '', 'Actie: Bellen — Sanne Visser', '', '## Volgende (5 min)', 'Weer open.'].join('\n');
    const text = minimal(`titel: MDO\n${PARTICIPANTS}`, body);
    expect(warningsOf(text)).toEqual([
      'Regel 15: de vertrouwelijke passage die hier begint is niet afgesloten met ":::"; hij loopt door tot het einde van agendapunt "Zorgen" en blijft vertrouwelijk.',
    ]);
    const meeting = imported(text);
    const [open, passage] = blocksOf(meeting.agendaItems[0]?.notes);
    expect(open?.children?.[0]?.text).toBe('Open.');
    expect(passage?.type).toBe('mdo-confidential');
    expect(passage?.children?.map((child) => child.type)).toEqual(['paragraph', 'mdo-action']);
    expect(deriveMeetingLists(meeting).actions[0]?.restrictions).toEqual([{ scope: 'professionals', notFor: [] }]);
    expect(blocksOf(meeting.agendaItems[1]?.notes).map((block) => block.type)).toEqual(['paragraph']);
    expect(markdownOf(meeting)).toContain('::: vertrouwelijk professionals\nGeheim.\n\nActie: Bellen — Sanne Visser\n:::\n\n## Volgende (5 min)');
  });

  it('refuses an unknown audience, a passage inside a passage and a closing fence without an opening', () => {
    const body = [
      '## Zorgen (10 min)',
      '::: vertrouwelijk ouders',
      '::: vertrouwelijk niet voor',
      '::: geheim',
      '::: vertrouwelijk professionals',
      '::: vertrouwelijk niet voor Els',
      ':::',
      ':::',
    ].join('\n');
    expect(errorsOf(minimal('titel: MDO', body))).toEqual([
      'Regel 6: voor wie "ouders" vertrouwelijk is, is onbekend; verwacht "::: vertrouwelijk professionals" of "::: vertrouwelijk niet voor NAAM".',
      'Regel 7: na "niet voor" ontbreekt voor wie de passage niet is; verwacht "::: vertrouwelijk professionals" of "::: vertrouwelijk niet voor NAAM", bijvoorbeeld "::: vertrouwelijk niet voor Els de Vries".',
      'Regel 8: "::: geheim" is onbekend; verwacht "::: vertrouwelijk professionals" of "::: vertrouwelijk niet voor NAAM".',
      'Regel 10: een vertrouwelijke passage kan niet binnen een andere beginnen; sluit eerst af met ":::".',
      'Regel 12: ":::" sluit een vertrouwelijke passage af, maar er is hierboven geen geopend.',
    ]);
  });

  it('keeps a child-interest or Grondslag line inside a passage as text of the passage, and leaves out an empty passage', () => {
    const body = [
      '## Zorgen (10 min)',
      '::: vertrouwelijk professionals',
      '> Wat betekent dit voor het kind? Geheim belang.',
      '',
      'Grondslag: meldcode — geheime reden',
      ':::',
      '',
      '::: vertrouwelijk professionals',
      ':::',
    ].join('\n');
    const text = minimal('titel: MDO', body);
    expect(warningsOf(text)).toEqual([
      'Regel 7: "Wat betekent dit voor het kind?" staat in een vertrouwelijke passage; het blijft daar als citaat staan en is niet het belang van het kind bij het agendapunt.',
      'Regel 9: een regel "Grondslag:" in een vertrouwelijke passage blijft gewone tekst in die passage; zet hem buiten de passage om hem als grondslag van het agendapunt te bewaren.',
      'Regel 12: de vertrouwelijke passage die hier begint is leeg en is weggelaten.',
    ]);
    const item = imported(text).agendaItems[0];
    expect(item).toMatchObject({ childInterest: '', sharingBasis: null });
    const blocks = blocksOf(item?.notes);
    expect(blocks.map((block) => block.type)).toEqual(['mdo-confidential']);
    expect(JSON.stringify(blocks[0])).toContain('Geheim belang.');
    expect(JSON.stringify(blocks[0])).toContain('Grondslag: meldcode — geheime reden');
  });

  it('writes a passage inside a passage as one fence that hides what both hid, or refuses when no fence can', () => {
    const meeting = sampleMeeting();
    const nested = (inner: { scope: 'professionals' | 'niet-voor'; notFor: { participantId: string; name: string }[] }) =>
      notesWith(() => {
        $getRoot().append(
          $createConfidentialNode({ id: 'v1', scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] }).append(
            $createParagraphNode().append($createTextNode('Buiten.')),
            $createConfidentialNode({ id: 'v2', ...inner }).append($createParagraphNode().append($createTextNode('Binnen.'))),
          ),
        );
      });
    meeting.agendaItems[1]!.notes = nested({ scope: 'niet-voor', notFor: [{ participantId: 'p2', name: 'Joost Bakker' }] });
    expect(markdownOf(meeting)).toContain('::: vertrouwelijk niet voor Els de Vries, Joost Bakker\nBuiten.\n\nBinnen.\n:::\n');
    meeting.agendaItems[1]!.notes = nested({ scope: 'professionals', notFor: [] });
    expect(markdownOf(meeting)).toContain('::: vertrouwelijk professionals\nBuiten.\n\nBinnen.\n:::\n');

    meeting.agendaItems[1]!.notes = notesWith(() => {
      $getRoot().append(
        $createConfidentialNode({ id: 'v1', scope: 'professionals', notFor: [] }).append(
          $createConfidentialNode({ id: 'v2', scope: 'niet-voor', notFor: [{ participantId: 'p3', name: 'Sanne Visser' }] }).append(
            $createParagraphNode().append($createTextNode('Niet voor Sanne.')),
          ),
        ),
      );
    });
    expect(exportMdoMarkdown(meeting)).toMatchObject({
      ok: false,
      error: { code: 'notes-unwritable', message: expect.stringContaining('Bij "Stem van Noor" staat een vertrouwelijke passage binnen een andere passage') },
    });
  });
});

describe('a whole confidential agenda item', () => {
  it('is written as one fence around its whole body and read back as a confidential item', () => {
    const meeting = sampleMeeting();
    meeting.agendaItems[1]!.confidential = { scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] };
    meeting.agendaItems[1]!.sharingBasis = { kind: 'wettelijke-taak', consentBy: null, consentDate: null, reason: 'Jeugdwet' };
    meeting.agendaItems[0]!.confidential = { scope: 'professionals', notFor: [] };
    meeting.agendaItems[0]!.childInterest = '';
    const text = markdownOf(meeting);
    expect(text).toContain(
      [
        '## Opening en kennismaking (5 min)',
        '::: vertrouwelijk professionals (het hele agendapunt)',
        ':::',
        '',
        '## Stem van Noor (10 min)',
        '::: vertrouwelijk niet voor Els de Vries (het hele agendapunt)',
        '> Wat betekent dit voor het kind? Wat zegt Noor zelf, en hoe weten we dat?',
        '',
        'Grondslag: wettelijke taak — Jeugdwet',
        '',
        "**'s ochtends zelf haar brood pakken & soms is er niks 🍞**",
        ':::',
        '',
      ].join('\n'),
    );
    expect(warningsOf(text)).toEqual([]);
    const back = imported(text);
    expect(back.agendaItems[0]).toMatchObject({ title: 'Opening en kennismaking', confidential: { scope: 'professionals', notFor: [] }, notes: null });
    expect(back.agendaItems[1]).toMatchObject({
      title: 'Stem van Noor',
      childInterest: 'Wat zegt Noor zelf, en hoe weten we dat?',
      sharingBasis: { kind: 'wettelijke-taak', reason: 'Jeugdwet' },
      confidential: { scope: 'niet-voor', notFor: [{ participantId: back.participants[4]?.id, name: 'Els de Vries' }] },
    });
    expect(blocksOf(back.agendaItems[1]?.notes).map((block) => block.type)).toEqual(['paragraph']);
    expect(markdownOf(back)).toBe(text);
  });

  it('keeps a passage inside a whole confidential item', () => {
    const body = ['## Zorgen (10 min)', '::: vertrouwelijk niet voor Els de Vries (het hele agendapunt)', 'Open voor de rest.', '', '::: vertrouwelijk professionals', 'Geheimer.', ':::', ':::'].join('\n');
    const text = minimal(`titel: MDO\n${PARTICIPANTS}`, body);
    const item = imported(text).agendaItems[0];
    expect(item?.confidential).toMatchObject({ scope: 'niet-voor', notFor: [{ name: 'Els de Vries' }] });
    expect(blocksOf(item?.notes).map((block) => [block.type, block.scope])).toEqual([
      ['paragraph', undefined],
      ['mdo-confidential', 'professionals'],
    ]);
    expect(markdownOf(imported(text))).toContain(`${body}\n`);
  });

  it('makes the whole item confidential when the marked fence does not hold all of it, with a warning', () => {
    const body = ['## Zorgen (10 min)', 'Ervoor.', '::: vertrouwelijk professionals (het hele agendapunt)', 'Erin.'].join('\n');
    const text = minimal('titel: MDO', body);
    expect(warningsOf(text)).toEqual([
      'Regel 6: deze tekst staat buiten de regels van het vertrouwelijke agendapunt (regel 7), maar hoort bij hetzelfde agendapunt en is dus ook vertrouwelijk.',
      'Regel 7: het vertrouwelijke agendapunt is niet afgesloten met ":::"; het hele agendapunt "Zorgen" blijft vertrouwelijk.',
    ]);
    const item = imported(text).agendaItems[0];
    expect(item?.confidential).toEqual({ scope: 'professionals', notFor: [] });
    expect(JSON.stringify(item?.notes)).toContain('Ervoor.');
  });

  it('refuses a second whole-item mark in one item', () => {
    const body = ['## Zorgen (10 min)', '::: vertrouwelijk professionals (het hele agendapunt)', 'Een.', ':::', '::: vertrouwelijk professionals (het hele agendapunt)', 'Twee.', ':::'].join('\n');
    expect(errorsOf(minimal('titel: MDO', body))).toEqual([
      'Regel 9: "(het hele agendapunt)" staat maar één keer in een agendapunt, om alle regels onder de kop; hier begint een tweede.',
      'Regel 11: ":::" sluit een vertrouwelijke passage af, maar er is hierboven geen geopend.',
    ]);
  });

  it('reads a hand-written fence around a whole item without the mark as a passage (docs/MDO-MARKDOWN.md)', () => {
    const item = imported(minimal('titel: MDO', '## Zorgen (10 min)\n::: vertrouwelijk professionals\nGeheim.\n:::\n')).agendaItems[0];
    expect(item?.confidential).toBeNull();
    expect(blocksOf(item?.notes).map((block) => block.type)).toEqual(['mdo-confidential']);
  });
});

describe('the basis for sharing', () => {
  const kinds: [string, Meeting['sharingBasis']][] = [
    ['toestemming — ouders — 2026-12-10', { kind: 'toestemming', consentBy: 'ouders', consentDate: '2026-12-10', reason: '' }],
    ['Toestemming -- jongere -- 2026-11-02', { kind: 'toestemming', consentBy: 'jongere', consentDate: '2026-11-02', reason: '' }],
    ['toestemming — ouders en jongere — 2026-12-01', { kind: 'toestemming', consentBy: 'ouders-en-jongere', consentDate: '2026-12-01', reason: '' }],
    ['toestemming — ouders', { kind: 'toestemming', consentBy: 'ouders', consentDate: null, reason: '' }],
    ['meldcode -- zorgen over de veiligheid, Veilig Thuis geraadpleegd', { kind: 'meldcode', consentBy: null, consentDate: null, reason: 'zorgen over de veiligheid, Veilig Thuis geraadpleegd' }],
    ['wettelijke taak — Jeugdwet artikel 7.4.0', { kind: 'wettelijke-taak', consentBy: null, consentDate: null, reason: 'Jeugdwet artikel 7.4.0' }],
  ];

  it('reads every kind from a Grondslag line in an item and from the front matter, and writes it back', () => {
    for (const [line, basis] of kinds) {
      const text = minimal(`titel: MDO\ngrondslag: ${line}`, `## Informatiedeling (5 min)\n> Wat betekent dit voor het kind? Veilig.\nTekst ervoor.\n\nGrondslag: ${line}\n`);
      expect(warningsOf(text)).toEqual([]);
      const meeting = imported(text);
      expect(meeting.sharingBasis).toEqual(basis);
      expect(meeting.agendaItems[0]?.sharingBasis).toEqual(basis);
      expect(JSON.stringify(meeting.agendaItems[0]?.notes)).not.toContain('Grondslag');
      const again = markdownOf(meeting);
      const written = line.replace(/ -- /g, ' — ').replace(/^T/, 't');
      expect(again).toContain(`\nstatus: concept\ngrondslag: ${written}\n---\n`);
      expect(again).toContain(`## Informatiedeling (5 min)\n> Wat betekent dit voor het kind? Veilig.\n\nGrondslag: ${written}\n\nTekst ervoor.\n`);
      expect(imported(again)).toEqual(meeting);
    }
  });

  it('keeps a Grondslag line it cannot read as a note, with a warning, and writes it back as text', () => {
    const body = ['## Informatiedeling (5 min)', 'Grondslag: toestemming — oma — 2026-12-10', '', 'Grondslag: gevoel', '', 'Grondslag: toestemming — ouders — 10-12-2026'].join('\n');
    const text = minimal('titel: MDO', body);
    expect(warningsOf(text)).toEqual([
      'Regel 6: de grondslag is niet te lezen: bij toestemming is "oma" niet te lezen; verwacht "toestemming — ouders — JJJJ-MM-DD" (ouders, jongere of ouders en jongere), "meldcode — reden" of "wettelijke taak — reden". De regel is als gewone aantekening bewaard.',
      'Regel 8: de grondslag is niet te lezen: "gevoel" is geen grondslag; verwacht "toestemming — ouders — JJJJ-MM-DD" (ouders, jongere of ouders en jongere), "meldcode — reden" of "wettelijke taak — reden". De regel is als gewone aantekening bewaard.',
      'Regel 10: de grondslag is niet te lezen: bij toestemming is "10-12-2026" niet te lezen; verwacht "toestemming — ouders — JJJJ-MM-DD" (ouders, jongere of ouders en jongere), "meldcode — reden" of "wettelijke taak — reden". De regel is als gewone aantekening bewaard.',
    ]);
    const meeting = imported(text);
    expect(meeting.agendaItems[0]?.sharingBasis).toBeNull();
    const paragraphs = blocksOf(meeting.agendaItems[0]?.notes).map((block) => block.children?.[0]?.text);
    expect(paragraphs).toEqual(['Grondslag: toestemming — oma — 2026-12-10', 'Grondslag: gevoel', 'Grondslag: toestemming — ouders — 10-12-2026']);
    const again = markdownOf(meeting);
    expect(again).toContain('\\Grondslag: gevoel\n');
    expect(warningsOf(again)).toEqual([]);
    expect(imported(again)).toEqual(meeting);
  });

  it('refuses a second Grondslag line in one item and a grondslag in the front matter it cannot read', () => {
    expect(errorsOf(minimal('titel: MDO\ngrondslag: toestemming — buurvrouw', '## Punt\nGrondslag: meldcode — a\nGrondslag: meldcode — b\n'))).toEqual([
      'Regel 3: grondslag: bij toestemming is "buurvrouw" niet te lezen; verwacht "toestemming — ouders — JJJJ-MM-DD" (ouders, jongere of ouders en jongere), "meldcode — reden" of "wettelijke taak — reden".',
      'Regel 8: dit agendapunt heeft al een grondslag (regel 7); één regel "Grondslag:" per agendapunt.',
    ]);
  });
});
