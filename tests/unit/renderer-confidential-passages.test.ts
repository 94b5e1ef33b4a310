import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  UNDO_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { $createDecisionNode } from '../../shared/notes/lexical/block-nodes';
import { $createConfidentialNode, $isConfidentialNode } from '../../shared/notes/lexical/confidential-node';
import { createNotesEditor, normalizeNotes } from '../../shared/notes/lexical/headless';
import type { Confidentiality, LexicalState } from '../../shared/meeting/meeting-schema';
import {
  $blocksToMark,
  $changeConfidential,
  $leavePassageOnEnter,
  $markConfidential,
  $selectedPassage,
  $unmarkConfidential,
  newPassageData,
} from '../../renderer/src/notes/confidential-passages';
import { sampleMeeting } from '../fixtures/sample-meeting';

type JsonNode = { type: string; children?: JsonNode[]; text?: string; [key: string]: unknown };

const professionals: Confidentiality = { scope: 'professionals', notFor: [] };

function paragraph(text: string) {
  return $createParagraphNode().append($createTextNode(text));
}

/** Notes with three paragraphs and a decision between the first two. */
function editorWithNotes(): LexicalEditor {
  const editor = createNotesEditor();
  editor.update(
    () => {
      $getRoot().append(
        paragraph('Moeder vertelt over de ruzies thuis.'),
        $createDecisionNode({ id: 'b-1', text: 'Consultatie Veilig Thuis.', reason: '', dissent: [] }),
        paragraph('Vader is uit beeld.'),
        paragraph('Noor tekent graag.'),
      );
    },
    { discrete: true },
  );
  return editor;
}

function textOf(index: number): TextNode {
  const block = $getRoot().getChildAtIndex(index);
  const first = block && 'getFirstDescendant' in block ? (block as { getFirstDescendant: () => LexicalNode | null }).getFirstDescendant() : null;
  if (!first) throw new Error(`no text in block ${index}`);
  return first as TextNode;
}

/** Selects from the start of `from`'s text to the end of `to`'s. */
function $selectBlocks(from: number, to: number): void {
  const selection = $createRangeSelection();
  const start = textOf(from);
  const end = textOf(to);
  selection.anchor.set(start.getKey(), 0, 'text');
  selection.focus.set(end.getKey(), end.getTextContentSize(), 'text');
  $setSelection(selection);
}

function rootJson(editor: LexicalEditor): JsonNode[] {
  return (editor.getEditorState().toJSON().root.children as unknown as JsonNode[]);
}

function mark(editor: LexicalEditor, select: () => void, id = 'v-1'): void {
  editor.update(
    () => {
      select();
      $markConfidential($blocksToMark(), newPassageData(id, professionals));
    },
    { discrete: true },
  );
}

describe('marking notes as confidential in the editor', () => {
  it('wraps the selected paragraphs, and the decision between them, in one passage', () => {
    const editor = editorWithNotes();
    mark(editor, () => $selectBlocks(0, 2));
    const [passage, last] = rootJson(editor);
    expect(rootJson(editor)).toHaveLength(2);
    expect(passage).toMatchObject({ type: 'mdo-confidential', id: 'v-1', scope: 'professionals', notFor: [] });
    expect(passage!.children!.map((child) => child.type)).toEqual(['paragraph', 'mdo-decision', 'paragraph']);
    expect(last!.children![0]!.text).toBe('Noor tekent graag.');

    // The decision inside carries the restriction in the derived lists.
    const meeting = sampleMeeting();
    meeting.agendaItems[0]!.notes = editor.getEditorState().toJSON() as unknown as LexicalState;
    const lists = deriveMeetingLists(meeting);
    expect(lists.decisions.find((decision) => decision.data.id === 'b-1')?.restrictions).toEqual([{ scope: 'professionals', notFor: [] }]);
  });

  it('wraps only the block the caret is in when nothing is selected', () => {
    const editor = editorWithNotes();
    mark(editor, () => textOf(2).select(3, 3));
    expect(rootJson(editor).map((node) => node.type)).toEqual(['paragraph', 'mdo-decision', 'mdo-confidential', 'paragraph']);
    expect(editor.getEditorState().read(() => $selectedPassage()?.getData().id)).toBe('v-1');
  });

  it('keeps a passage inside a new one when the selection covers it, so its own audience is not lost', () => {
    const editor = editorWithNotes();
    mark(editor, () => textOf(2).select(0, 0), 'inner');
    editor.update(
      () => {
        const selection = $createRangeSelection();
        const start = textOf(0);
        selection.anchor.set(start.getKey(), 0, 'text');
        const inner = $getRoot().getChildAtIndex(2);
        if (!$isConfidentialNode(inner)) throw new Error('no passage');
        const text = inner.getFirstDescendant()!;
        selection.focus.set(text.getKey(), 2, 'text');
        $setSelection(selection);
        $markConfidential($blocksToMark(), newPassageData('outer', { scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] }));
      },
      { discrete: true },
    );
    const [outer] = rootJson(editor);
    expect(outer).toMatchObject({ type: 'mdo-confidential', id: 'outer', scope: 'niet-voor' });
    expect(outer!.children!.map((child) => child.type)).toEqual(['paragraph', 'mdo-decision', 'mdo-confidential']);
  });

  it('lifts the mark with the text staying in place, and changes the audience keeping the id', () => {
    const editor = editorWithNotes();
    mark(editor, () => $selectBlocks(0, 2));
    const key = editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getKey());
    editor.update(() => $changeConfidential(key, { scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] }), { discrete: true });
    expect(rootJson(editor)[0]).toMatchObject({ id: 'v-1', scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] });

    editor.update(() => $unmarkConfidential(key), { discrete: true });
    expect(rootJson(editor).map((node) => node.type)).toEqual(['paragraph', 'mdo-decision', 'paragraph', 'paragraph']);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('Moeder vertelt over de ruzies thuis.');
  });

  it('undoes marking and unmarking one step at a time', async () => {
    // Undo sets the earlier state on the next tick.
    const undo = async () => {
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    const editor = editorWithNotes();
    registerHistory(editor, createEmptyHistoryState(), 0);
    // The history starts from the notes as they are.
    editor.update(() => textOf(3).select(0, 0), { discrete: true });
    mark(editor, () => $selectBlocks(0, 2));
    expect(rootJson(editor)[0]!.type).toBe('mdo-confidential');
    const key = editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getKey());
    editor.update(() => $unmarkConfidential(key), { discrete: true });
    expect(rootJson(editor)[0]!.type).toBe('paragraph');

    await undo();
    expect(rootJson(editor)[0]!.type).toBe('mdo-confidential');
    await undo();
    expect(rootJson(editor).map((node) => node.type)).toEqual(['paragraph', 'mdo-decision', 'paragraph', 'paragraph']);
  });

  it('leaves the passage on Enter in an empty last paragraph, and only there', () => {
    const editor = createNotesEditor();
    editor.update(
      () => {
        const passage = $createConfidentialNode(newPassageData('v-1', professionals));
        const empty = $createParagraphNode();
        $getRoot().append(passage.append(paragraph('Alleen voor professionals.'), empty));
        empty.select();
      },
      { discrete: true },
    );
    let handled = false;
    editor.update(() => (handled = $leavePassageOnEnter()), { discrete: true });
    expect(handled).toBe(true);
    const children = rootJson(editor);
    expect(children.map((node) => node.type)).toEqual(['mdo-confidential', 'paragraph']);
    expect(children[0]!.children).toHaveLength(1);
    expect(editor.getEditorState().read(() => $selectedPassage())).toBeNull();

    // In a paragraph with text, Enter is an ordinary Enter.
    editor.update(() => (handled = ($getRoot().getFirstChildOrThrow() as unknown as { getFirstDescendant: () => TextNode }).getFirstDescendant().select(3, 3) && $leavePassageOnEnter()), { discrete: true });
    expect(handled).toBe(false);
  });
});

describe('notes with a confidential passage in Node', () => {
  it('open headless and are written back unchanged', () => {
    const editor = editorWithNotes();
    mark(editor, () => $selectBlocks(0, 2));
    const saved = JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as unknown;
    const normalized = normalizeNotes(saved, 'Zorgen');
    expect(normalized.ok).toBe(true);
    if (!normalized.ok) return;
    expect(normalized.value).toEqual(saved);
    const again = createNotesEditor();
    again.setEditorState(again.parseEditorState(JSON.stringify(normalized.value)));
    expect(again.getEditorState().read(() => $getRoot().getTextContent())).toContain('Besluit: Consultatie Veilig Thuis.');
  });

  it('keep a passage whose audience cannot be read confidential for everybody but the professionals', () => {
    const broken = {
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [
          {
            type: 'mdo-confidential', version: 1, scope: 'iedereen', id: 'v-9', direction: null, format: '', indent: 0,
            children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: 'Geheim', detail: 0, format: 0, mode: 'normal', style: '' }] }],
          },
        ],
      },
    };
    const normalized = normalizeNotes(broken, 'Zorgen');
    expect(normalized.ok).toBe(true);
    if (!normalized.ok) return;
    expect(normalized.value.root.children[0]).toMatchObject({ type: 'mdo-confidential', id: 'v-9', scope: 'professionals', notFor: [] });
  });
});
