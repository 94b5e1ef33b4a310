import { LineBreakNode, ParagraphNode, RootNode, TabNode, TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { normalizeNotes } from '../../shared/notes/lexical/headless';
import { MDO_NOTE_NODES } from '../../shared/notes/lexical/node-list';
import { parseMeetingDocument, serializeMeeting, validateMeeting } from '../../shared/file/meeting-file';
import type { LexicalState, Meeting } from '../../shared/meeting/meeting-schema';
import { MAX_NOTE_NODE_DEPTH } from '../../shared/notes/lexical-json';
import { KNOWN_NOTE_NODE_TYPES } from '../../shared/notes/node-types';
import { describeNotesProblems, MAX_NOTE_NODES, notesProblem } from '../../shared/notes/notes-validation';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { sampleMeeting } from '../fixtures/sample-meeting';

const LEXICAL_BUILT_INS = [RootNode, ParagraphNode, TextNode, LineBreakNode, TabNode];

function text(value: string): Record<string, unknown> {
  return { type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 };
}

function paragraph(children: unknown[]): Record<string, unknown> {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children };
}

function notesWith(children: unknown[]): LexicalState {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

/** A paragraph inside `depth - 1` quotes: `depth` nodes below the root. */
function nestedQuotes(depth: number): unknown {
  let node: unknown = paragraph([text('diep')]);
  for (let level = 1; level < depth; level++) node = { type: 'quote', version: 1, children: [node] };
  return node;
}

function meetingWithNotes(index: number, notes: unknown): Meeting {
  const meeting = sampleMeeting();
  return {
    ...meeting,
    agendaItems: meeting.agendaItems.map((item, at) => (at === index ? { ...item, notes: notes as LexicalState } : item)),
  };
}

describe('the node types the notes may hold', () => {
  it('are exactly the types of Lexical’s built-ins and of every node in MDO_NOTE_NODES', () => {
    const fromClasses = [...LEXICAL_BUILT_INS, ...MDO_NOTE_NODES].map((klass) => klass.getType());
    expect([...KNOWN_NOTE_NODE_TYPES].sort()).toEqual([...new Set(fromClasses)].sort());
  });
});

describe('checking the notes of an agenda item', () => {
  it('accepts the notes of the sample meetings, and every one also loads in the headless editor', () => {
    for (const meeting of [sampleMeeting(), noorWithMinutes()]) {
      expect(describeNotesProblems(meeting.agendaItems)).toEqual([]);
      for (const item of meeting.agendaItems) {
        if (item.notes) expect(normalizeNotes(item.notes, item.title).ok).toBe(true);
      }
    }
  });

  it('accepts no notes at all', () => {
    expect(notesProblem(null)).toBeNull();
  });

  it('names the agenda item and the unknown node type in Dutch', () => {
    const meeting = meetingWithNotes(1, notesWith([paragraph([text('a')]), { type: 'mdo-poll', version: 1 }]));
    const validated = validateMeeting(meeting);
    expect(validated).toMatchObject({
      ok: false,
      error: { code: 'invalid-meeting', details: ['Agendapunt 2 ("Stem van Noor") › Aantekeningen bevat een onderdeel dat deze versie niet kent ("mdo-poll").'] },
    });
  });

  it('refuses the file with the same detail when it is opened', () => {
    const document = JSON.parse(serializeMeeting(meetingWithNotes(0, notesWith([{ type: 'table', children: [] }])))) as unknown;
    expect(parseMeetingDocument(document)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-file',
        message: expect.stringMatching(/kan niet worden geopend/),
        details: ['Agendapunt 1 ("Opening en kennismaking") › Aantekeningen bevat een onderdeel dat deze versie niet kent ("table").'],
      },
    });
  });

  it.each([
    ['a node without a type', [{ version: 1 }], 'bevat een onderdeel zonder soort'],
    ['a node that is a number', [42], 'bevat een onderdeel dat geen geldig onderdeel is'],
    ['a text without text', [paragraph([{ type: 'text', text: 7 }])], 'bevat een stuk tekst zonder geldige tekst'],
    ['a paragraph without children', [{ type: 'paragraph', version: 1 }], 'bevat een alinea zonder onderdelen'],
    ['a heading with a foreign tag', [{ type: 'heading', tag: 'script', children: [] }], 'bevat een kop met een ongeldig niveau'],
    ['a second root', [{ type: 'root', children: [] }], 'bevat de inhoud nog eens binnen zichzelf'],
    ['text directly in the root', [text('los')], 'bevat een stuk tekst buiten een alinea'],
    ['a line break directly in the root', [{ type: 'linebreak', version: 1 }], 'bevat een regelafbreking buiten een alinea'],
  ])('refuses %s', (_name, children, problem) => {
    expect(notesProblem(notesWith(children))).toBe(problem);
  });

  it('reads notes with an empty root as no notes, because Lexical refuses to load them', () => {
    const validated = validateMeeting(meetingWithNotes(0, notesWith([])));
    expect(validated.ok && validated.value.agendaItems[0]!.notes).toBeNull();
  });

  it('refuses a root of another type', () => {
    expect(notesProblem({ root: paragraph([]) })).toBe('begint niet met de inhoud zelf');
  });

  it('shows a long or multi-line unknown type short and on one line', () => {
    const problem = notesProblem(notesWith([{ type: `x\n${'y'.repeat(500)}` }]));
    expect(problem).toBe(`bevat een onderdeel dat deze versie niet kent ("x ${'y'.repeat(38)}…")`);
  });

  it(`accepts ${MAX_NOTE_NODE_DEPTH} levels of nodes and refuses one more`, () => {
    // The root is level 1, so the deepest allowed node sits MAX - 1 levels below it (its text one more).
    expect(notesProblem(notesWith([nestedQuotes(MAX_NOTE_NODE_DEPTH - 2)]))).toBeNull();
    expect(notesProblem(notesWith([nestedQuotes(MAX_NOTE_NODE_DEPTH)]))).toMatch(/te diep genest/);
  });

  it('ends 100,000 levels of nesting with a message instead of a stack overflow', () => {
    expect(notesProblem(notesWith([nestedQuotes(100_000)]))).toMatch(/te diep genest \(meer dan 100 niveaus\)/);
    let deepArray: unknown = [];
    let deepObject: unknown = {};
    for (let level = 0; level < 100_000; level++) {
      deepArray = [deepArray];
      deepObject = { a: deepObject };
    }
    expect(notesProblem(notesWith([{ ...paragraph([]), format: deepArray }]))).toMatch(/te diep genest/);
    expect(notesProblem({ ...notesWith([]), extra: deepObject })).toMatch(/te diep genest/);
  });

  it('refuses more nodes than any real notes hold', () => {
    const many = Array.from({ length: MAX_NOTE_NODES }, () => ({ type: 'linebreak', version: 1 }));
    expect(notesProblem(notesWith([paragraph(many)]))).toMatch(/^bevat te veel onderdelen: meer dan 4.000 /);
  });

  it('refuses a huge array of plain values inside a node', () => {
    expect(notesProblem(notesWith([{ ...paragraph([]), junk: new Array(2_000_000).fill(0) }]))).toMatch(/te veel onderdelen/);
  });
});
