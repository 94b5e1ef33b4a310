import { describe, expect, it } from 'vitest';
import {
  MAX_NOTE_NODE_DEPTH,
  copyNotesJson,
  plainText,
  replaceNode,
  visitNodes,
  type SerializedNode,
} from '../../shared/notes/lexical-json';
import { NOTE_NODE } from '../../shared/notes/node-types';
import { readNoteBlocks } from '../../shared/notes/note-tree';

function text(value: string): SerializedNode {
  return { type: NOTE_NODE.text, text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 };
}

function paragraph(...children: SerializedNode[]): SerializedNode {
  return { type: NOTE_NODE.paragraph, children, direction: null, format: '', indent: 0, version: 1 };
}

function notesOf(...children: SerializedNode[]): { root: SerializedNode } {
  return { root: { type: NOTE_NODE.root, children, direction: null, format: '', indent: 0, version: 1 } };
}

/** A passage inside a passage … `levels` deep, with `inner` at the bottom. */
function nestedPassages(levels: number, inner: SerializedNode): SerializedNode {
  let node = inner;
  for (let level = 0; level < levels; level++) {
    node = { type: NOTE_NODE.confidential, id: `v${level}`, scope: 'professionals', notFor: [], children: [node], version: 1 };
  }
  return node;
}

describe('the one walker of the notes', () => {
  it('visits every node in document order with its ancestors, and skips children on request', () => {
    const notes = notesOf(paragraph(text('een'), text('twee')), nestedPassages(1, paragraph(text('drie'))));
    const seen: string[] = [];
    visitNodes(notes.root, (node, ancestors) => {
      seen.push(`${ancestors.length}:${node.type === NOTE_NODE.text ? String(node.text) : node.type}`);
      return node.type !== NOTE_NODE.confidential;
    });
    expect(seen).toEqual(['0:root', '1:paragraph', '2:een', '2:twee', '1:mdo-confidential']);
  });

  it('goes no deeper than the depth every reader shares, without running out of stack', () => {
    const deep = notesOf(nestedPassages(100_000, paragraph(text('bodem'))));
    let deepest = 0;
    visitNodes(deep.root, (_node, ancestors) => {
      deepest = Math.max(deepest, ancestors.length + 1);
      return true;
    });
    expect(deepest).toBe(MAX_NOTE_NODE_DEPTH);
  });

  it('keeps text that lies deeper than that as plain text', () => {
    const blocks = readNoteBlocks(notesOf({ type: 'onbekend', children: [nestedPassages(MAX_NOTE_NODE_DEPTH + 5, paragraph(text('diep')))] }));
    expect(JSON.stringify(blocks)).toContain('diep');
    expect(plainText(nestedPassages(100_000, paragraph(text('diep'))))).toBe('diep');
  });

  it('copies all the way down: a passage 100,000 levels deep is dropped and a name that deep is replaced', () => {
    const hidden = { type: NOTE_NODE.confidential, id: 'geheim', scope: 'professionals', notFor: [], children: [paragraph(text('Geheim over Noor'))], version: 1 };
    const notes = notesOf(nestedPassages(100_000, paragraph(text('Noor lacht'), hidden as SerializedNode)));
    // plainText, not JSON.stringify: only an iterative reader can look that deep.
    const textOf = (value: unknown) => plainText((value as { root: SerializedNode }).root);
    expect(textOf(copyNotesJson(notes, { dropNode: (node) => node.id === 'geheim' }))).toBe('Noor lacht');
    expect(textOf(copyNotesJson(notes, { mapText: (value) => value.replaceAll('Noor', 'N.d.V.') }))).toBe('N.d.V. lachtGeheim over N.d.V.');
    expect(textOf(notes)).toBe('Noor lachtGeheim over Noor');
  });

  it('replaces typed text only, never structure such as ids, types and participant links', () => {
    const action = {
      type: NOTE_NODE.action,
      id: 'Noor',
      what: 'Noor ophalen',
      who: [{ participantId: 'Noor', name: 'Noor' }],
      due: null,
      status: 'open',
      version: 1,
    };
    const copy = copyNotesJson(notesOf(action), { mapText: () => 'X' }) as { root: { children: typeof action[] } };
    expect(copy.root.children[0]).toEqual({ ...action, what: 'X', who: [{ participantId: 'Noor', name: 'X' }] });
  });

  it('replaces one node by copying only the path to it', () => {
    const untouched = paragraph(text('blijft'));
    const target = paragraph(text('oud'));
    const notes = notesOf(untouched, nestedPassages(3, target));
    const next = replaceNode(notes, (node) => node === target, () => paragraph(text('nieuw')));
    expect(plainText(next.root)).toBe('blijftnieuw');
    expect(plainText(notes.root)).toBe('blijftoud');
    expect(next.root.children?.[0]).toBe(untouched);
    expect(replaceNode(notes, () => false, () => paragraph())).toBe(notes);
  });
});
