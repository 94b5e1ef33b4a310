/**
 * A long meeting for the CLI's whole-process figures: 40 agenda items, 60
 * decisions, 120 actions and about 28,000 words of notes, in the Lexical
 * JSON the app saves (paragraphs, lists, bold text, decision and action
 * blocks between the paragraphs). Deterministic: the same file every run,
 * so figures from different runs compare.
 */
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { notesFromMarkdown } from '../support/lexical-fixtures';

type Notes = NonNullable<Meeting['agendaItems'][number]['notes']>;
type Block = Notes['root']['children'][number];

export const BIG_MEETING_SIZE = { items: 40, decisions: 60, actions: 120, words: 28_000 } as const;

/** A small seeded generator (mulberry32): the same words every run, without Math.random. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['Noor', 'moeder', 'de leerkracht', 'de gezinscoach', 'de jeugdverpleegkundige', 'oma', 'het wijkteam', 'de school', 'de huisarts', 'het gezin'];
const VERBS = ['vertelt', 'merkt', 'ziet', 'geeft aan', 'benoemt', 'herkent', 'beschrijft', 'vraagt', 'constateert', 'bevestigt'];
const OBJECTS = [
  'dat Noor vaker te laat op school komt',
  'dat het ontbijt thuis regelmatig ontbreekt',
  'dat Noor in de klas stiller is dan voorheen',
  'dat de ochtenden thuis onrustig verlopen',
  'dat er sinds de herfst meer spanning in huis is',
  'dat Noor graag tekent en daarover vertelt',
  'dat de afspraken met het wijkteam goed lopen',
  'dat moeder hulp vraagt bij de dagstructuur',
  'dat oma twee middagen per week kan helpen',
  'dat Noor beter slaapt als er een vast ritme is',
  'dat de contacten met school weer op gang komen',
  'dat er zorgen zijn over blauwe plekken op de armen',
];
const TAILS = [
  'volgens de observaties van de afgelopen weken',
  'zoals ook in het vorige overleg besproken',
  'wat past bij het beeld uit de gesprekken thuis',
  'al is dat nog niet bij iedereen bekend',
  'en dat willen we de komende periode blijven volgen',
  'waarbij de stem van Noor voorop blijft staan',
  'terwijl de school vooral de ochtenden ziet',
  'en daar is iedereen het over eens',
];
const ACTION_VERBS = ['Gesprek plannen met', 'Terugkoppelen aan', 'Huisbezoek afleggen bij', 'Verslag sturen naar', 'Afspraak maken met', 'Navragen bij'];
const ACTION_OBJECTS = ['moeder', 'oma Riet', 'de huisarts', 'Veilig Thuis', 'de intern begeleider', 'het consultatiebureau', 'de leerplichtambtenaar'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function sentence(random: () => number): string {
  const text = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}, ${pick(random, TAILS)}.`;
  return text[0]!.toUpperCase() + text.slice(1);
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** About 700 words of notes for one item, as Markdown: paragraphs, now and then bold text and a list. */
function itemMarkdown(random: () => number, index: number): string[] {
  const parts: string[] = [];
  for (let block = 0; block < 5; block++) {
    let text = paragraph(random, block < 2 ? 7 : 6);
    if ((index + block) % 3 === 0) text = text.replace(/^(\S+ \S+)/, '**$1**');
    parts.push(text);
  }
  if (index % 4 === 0) parts.push(Array.from({ length: 4 }, () => `- ${sentence(random)}`).join('\n'));
  if (index % 5 === 0) parts.push(Array.from({ length: 3 }, (_, n) => `${n + 1}. ${sentence(random)}`).join('\n'));
  return parts;
}

function person(meeting: Meeting, index: number): { participantId: string; name: string } {
  const participant = meeting.participants[index % meeting.participants.length]!;
  return { participantId: participant.id, name: participant.name };
}

function dueDate(index: number): string {
  const day = 11 + (index % 18);
  return `2026-12-${String(day).padStart(2, '0')}`;
}

/** The big meeting: the sample meeting's people and details, with 40 items full of notes. */
export function bigMeeting(): Meeting {
  const meeting = sampleMeeting();
  const random = seeded(20261210);
  let decisions = 0;
  let actions = 0;
  meeting.startTime = '09:00';
  meeting.endTime = '16:00';
  meeting.agendaItems = Array.from({ length: BIG_MEETING_SIZE.items }, (_, index) => {
    const texts = itemMarkdown(random, index).map((markdown) => notesFromMarkdown(markdown).root.children);
    const blocks: Block[] = [];
    // 60 decisions: one in every item, a second in every other item.
    for (let n = 0; n < 1 + (index % 2); n++) {
      decisions++;
      blocks.push({
        type: 'mdo-decision',
        version: 1,
        id: `d${decisions}`,
        text: `${sentence(random)} Dit besluit geldt tot het volgende overleg.`,
        reason: decisions % 3 === 0 ? sentence(random) : '',
        dissent: decisions % 7 === 0 ? [{ who: person(meeting, 4), why: 'dat gaat te snel voor het gezin' }] : [],
      });
    }
    // 120 actions: three in every item.
    for (let n = 0; n < 3; n++) {
      actions++;
      blocks.push({
        type: 'mdo-action',
        version: 1,
        id: `x${actions}`,
        what: `${pick(random, ACTION_VERBS)} ${pick(random, ACTION_OBJECTS)} over ${pick(random, OBJECTS).replace(/^dat /, '')}`,
        who: actions % 11 === 0 ? [] : [person(meeting, actions)],
        due: actions % 13 === 0 ? null : dueDate(actions),
        status: actions % 5 === 0 ? 'gedaan' : 'open',
      });
    }
    // Blocks between the paragraphs, as a note-taker types them during the discussion.
    const children: Block[] = [];
    texts.forEach((nodes, position) => {
      children.push(...nodes);
      const block = blocks[position];
      if (block) children.push(block);
    });
    children.push(...blocks.slice(texts.length));
    return {
      id: `a${index + 1}`,
      title: `Agendapunt ${index + 1}: ${pick(random, ['Veiligheid', 'Ontwikkeling', 'School', 'Thuissituatie', 'Netwerk', 'Gezondheid'])}`,
      minutes: 10,
      leadId: person(meeting, index).participantId,
      kind: 'bespreking',
      childInterest: 'Wat betekent dit voor het kind?',
      sharingBasis: null,
      confidential: null,
      notes: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } } as Notes,
    };
  });
  return meeting;
}

/** The words in the notes (text, decisions, actions), to print beside the figures. */
export function wordsInNotes(meeting: Meeting): number {
  const texts: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['text', 'what', 'reason', 'why'].includes(key)) texts.push(value);
      else if (typeof value === 'object') visit(value);
    }
  };
  for (const item of meeting.agendaItems) visit(item.notes);
  return texts.join(' ').split(/\s+/).filter(Boolean).length;
}
