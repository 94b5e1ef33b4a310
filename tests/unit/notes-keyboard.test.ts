import { $createListItemNode, $createListNode, $isListItemNode, $isListNode, type ListItemNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  type LexicalEditor,
  type LexicalNode,
  type ParagraphNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createActionNode, $createDecisionNode, $isDecisionNode } from '../../shared/notes/lexical/block-nodes';
import { createNotesEditor } from '../../shared/notes/lexical/headless';
import type { DecisionData } from '../../shared/notes/node-data';
import { $caretBeside, blockKeyIntent, type BlockKeyPress } from '../../renderer/src/notes/block-navigation';
import { takeFieldFocus } from '../../renderer/src/notes/block-requests';
import { $foldIntoDecision, $indentListItems, $selectNotesEnd, MAX_LIST_INDENT } from '../../renderer/src/notes/notes-plugins';
import { sampleMeeting } from '../fixtures/sample-meeting';

const participants = sampleMeeting().participants;

function paragraph(text: string): ParagraphNode {
  return text === '' ? $createParagraphNode() : $createParagraphNode().append($createTextNode(text));
}

function decision(extra: Partial<DecisionData> = {}): DecisionData {
  return { id: 'b-1', text: 'Het wijkteam start gezinsbegeleiding.', reason: '', dissent: [], ...extra };
}

function editorWith(build: () => LexicalNode[]): LexicalEditor {
  const editor = createNotesEditor();
  editor.update(() => $getRoot().append(...build()), { discrete: true });
  return editor;
}

function update(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

function decisionData(editor: LexicalEditor): DecisionData | null {
  return editor.getEditorState().read(() => {
    const node = $getRoot().getChildren().find($isDecisionNode);
    return node ? node.getData() : null;
  });
}

/** Where the caret is: the index of its top-level block, its text, and the offset in it. */
function caret(editor: LexicalEditor): { block: number; text: string; offset: number } | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
    const root = $getRoot();
    const top = selection.anchor.getNode().getParents().find((node) => node.getParent()?.is(root)) ?? selection.anchor.getNode();
    return { block: top.getIndexWithinParent(), text: top.getTextContent(), offset: selection.anchor.offset };
  });
}

describe('typing Reden: and Oneens: right below a decision', () => {
  it('folds a reason into the decision and empties the line for the next one', () => {
    const editor = editorWith(() => [$createDecisionNode(decision()), paragraph('Reden: Moeder vraagt zelf om hulp.')]);
    let folded = false;
    update(editor, () => {
      folded = $foldIntoDecision($getRoot().getChildAtIndex(1) as ParagraphNode, participants);
    });
    expect(folded).toBe(true);
    expect(decisionData(editor)?.reason).toBe('Moeder vraagt zelf om hulp.');
    expect(caret(editor)).toEqual({ block: 1, text: '', offset: 0 });

    // A second reason line goes on after the first, as in a file.
    update(editor, () => {
      const line = $getRoot().getChildAtIndex(1) as ParagraphNode;
      line.append($createTextNode('reden: En de school ziet het ook.'));
      $foldIntoDecision(line, participants);
    });
    expect(decisionData(editor)?.reason).toBe('Moeder vraagt zelf om hulp. En de school ziet het ook.');
  });

  it('folds a disagreement typed with a hyphen, linking the name to the participant', () => {
    const editor = editorWith(() => [$createDecisionNode(decision()), paragraph('Oneens: Els - vindt twee keer per week te veel')]);
    update(editor, () => void $foldIntoDecision($getRoot().getChildAtIndex(1) as ParagraphNode, participants));
    expect(decisionData(editor)?.dissent).toEqual([{ who: { participantId: 'p5', name: 'Els de Vries' }, why: 'vindt twee keer per week te veel' }]);
    expect(takeFieldFocus('b-1')).toBeNull();
  });

  it('asks for the focus in the field when only "Reden:" or "Oneens:" is typed', () => {
    const editor = editorWith(() => [$createDecisionNode(decision()), paragraph('Oneens:')]);
    update(editor, () => void $foldIntoDecision($getRoot().getChildAtIndex(1) as ParagraphNode, participants));
    expect(decisionData(editor)?.dissent).toHaveLength(1);
    expect(takeFieldFocus('b-1')).toBe('last-dissent');
    update(editor, () => {
      const line = $getRoot().getChildAtIndex(1) as ParagraphNode;
      line.append($createTextNode('Reden:'));
      $foldIntoDecision(line, participants);
    });
    expect(takeFieldFocus('b-1')).toBe('reason');
  });

  it('leaves the line alone anywhere else', () => {
    const editor = editorWith(() => [
      paragraph('Reden: niet onder een besluit.'),
      $createDecisionNode(decision()),
      paragraph('Moeder vertelt.'),
      paragraph('Reden: een regel verder.'),
    ]);
    const results: boolean[] = [];
    update(editor, () => {
      for (const index of [0, 2, 3]) results.push($foldIntoDecision($getRoot().getChildAtIndex(index) as ParagraphNode, participants));
    });
    expect(results).toEqual([false, false, false]);
    expect(decisionData(editor)?.reason).toBe('');
  });
});

describe('Tab in a list', () => {
  function listEditor(): LexicalEditor {
    return editorWith(() => [
      paragraph('Gewone tekst.'),
      $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('eerste')),
        $createListItemNode().append($createTextNode('tweede')),
      ),
    ]);
  }

  function $item(text: string): ListItemNode {
    const found = $getRoot()
      .getAllTextNodes()
      .find((node) => node.getTextContent() === text)
      ?.getParent();
    if (!$isListItemNode(found)) throw new Error(`geen lijstitem ${text}`);
    return found;
  }

  function depth(editor: LexicalEditor, text: string): number {
    return editor.getEditorState().read(() => $item(text).getIndent());
  }

  it('indents and outdents the item with the caret, keeping every word', () => {
    const editor = listEditor();
    const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
    const before = text();
    update(editor, () => {
      $item('tweede').select(1, 1);
      $indentListItems(1);
    });
    expect(depth(editor, 'tweede')).toBe(1);
    expect(text()).toContain('tweede');
    for (let press = 0; press < 2; press++) {
      update(editor, () => {
        $item('tweede').select(1, 1);
        $indentListItems(-1);
      });
    }
    expect(depth(editor, 'tweede')).toBe(0);
    expect(text()).toBe(before);
  });

  it(`stops at ${MAX_LIST_INDENT + 1} levels, as many as Word's lists`, () => {
    const editor = listEditor();
    for (let press = 0; press < 12; press++) {
      update(editor, () => {
        $item('tweede').select(1, 1);
        $indentListItems(1);
      });
    }
    expect(depth(editor, 'tweede')).toBe(MAX_LIST_INDENT);
  });

  it('does not indent a paragraph', () => {
    const editor = listEditor();
    update(editor, () => {
      ($getRoot().getFirstChild() as ParagraphNode).select(0, 0);
      $indentListItems(1);
    });
    expect(editor.getEditorState().read(() => ($getRoot().getFirstChild() as ParagraphNode).getIndent())).toBe(0);
  });
});

describe('from a block back to the text', () => {
  function blockEditor(after: string | null, before: string | null = 'Voor het besluit.'): LexicalEditor {
    return editorWith(() => [
      ...(before === null ? [] : [paragraph(before)]),
      $createDecisionNode(decision()),
      ...(after === null ? [] : [paragraph(after)]),
    ]);
  }

  function leave(editor: LexicalEditor, direction: 'down' | 'up' | 'below'): void {
    update(editor, () => {
      const block = $getRoot().getChildren().find($isDecisionNode);
      if (block) $caretBeside(block, direction);
    });
  }

  it('Escape and ↓ go to the start of the text below, or a new paragraph when the block is last', () => {
    const editor = blockEditor('Na het besluit.');
    leave(editor, 'down');
    expect(caret(editor)).toEqual({ block: 2, text: 'Na het besluit.', offset: 0 });

    const last = blockEditor(null);
    leave(last, 'down');
    expect(caret(last)).toEqual({ block: 2, text: '', offset: 0 });
  });

  it('Enter on the last field goes to an empty paragraph right below: the one there, or a new one', () => {
    const empty = blockEditor('');
    leave(empty, 'below');
    expect(caret(empty)).toEqual({ block: 2, text: '', offset: 0 });
    expect(empty.getEditorState().read(() => $getRoot().getChildrenSize())).toBe(3);

    const full = blockEditor('Na het besluit.');
    leave(full, 'below');
    expect(caret(full)).toEqual({ block: 2, text: '', offset: 0 });
    expect(full.getEditorState().read(() => $getRoot().getChildAtIndex(3)?.getTextContent())).toBe('Na het besluit.');
  });

  it('↑ goes to the end of the text above, or a new paragraph when the block is first', () => {
    const editor = blockEditor('Na het besluit.');
    leave(editor, 'up');
    expect(caret(editor)).toEqual({ block: 0, text: 'Voor het besluit.', offset: 'Voor het besluit.'.length });

    const first = blockEditor('Na het besluit.', null);
    leave(first, 'up');
    expect(caret(first)).toEqual({ block: 0, text: '', offset: 0 });
    expect(first.getEditorState().read(() => $isDecisionNode($getRoot().getChildAtIndex(1)))).toBe(true);
  });

  it('another block right below is passed for a new paragraph between them', () => {
    const editor = editorWith(() => [
      $createDecisionNode(decision()),
      $createActionNode({ id: 'a-1', what: 'Bellen', who: [], due: null, status: 'open' }),
    ]);
    leave(editor, 'down');
    expect(caret(editor)).toEqual({ block: 1, text: '', offset: 0 });
    expect(editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getType()))).toEqual([
      'mdo-decision',
      'paragraph',
      'mdo-action',
    ]);
  });
});

describe('the next item’s notes after Ctrl+↓', () => {
  it('puts the caret at the end of the text', () => {
    const editor = editorWith(() => [paragraph('Eerste.'), $createListNode('number').append($createListItemNode().append($createTextNode('punt')))]);
    update(editor, $selectNotesEnd);
    expect(caret(editor)).toEqual({ block: 1, text: 'punt', offset: 4 });
  });

  it('adds a paragraph to type in after a block at the end, and one in empty notes', () => {
    const editor = editorWith(() => [paragraph('Eerste.'), $createDecisionNode(decision())]);
    update(editor, $selectNotesEnd);
    expect(caret(editor)).toEqual({ block: 2, text: '', offset: 0 });
    expect(editor.getEditorState().read(() => $isParagraphNode($getRoot().getLastChild()))).toBe(true);

    const empty = editorWith(() => []);
    update(empty, $selectNotesEnd);
    expect(caret(empty)).toEqual({ block: 0, text: '', offset: 0 });
    expect(empty.getEditorState().read(() => $isListNode($getRoot().getFirstChild()))).toBe(false);
  });
});

describe('keys in a block’s fields', () => {
  const base: BlockKeyPress = {
    key: 'Enter',
    shiftKey: false,
    field: 'multiline',
    atStart: false,
    atEnd: false,
    readByField: false,
    firstControl: false,
    lastControl: false,
    hasNextField: true,
  };

  it.each<[string, Partial<BlockKeyPress>, ReturnType<typeof blockKeyIntent>]>([
    ['Enter in a field goes to the next field', {}, 'next-field'],
    ['Enter in the last field goes back to the text below', { hasNextField: false }, 'leave-below'],
    ['Shift+Enter is a new line in the field', { shiftKey: true }, null],
    ['Enter that a name or date field read stays there', { field: 'suggest', readByField: true }, null],
    ['Enter in an empty name field moves on', { field: 'suggest' }, 'next-field'],
    ['Enter on a button presses it', { field: 'button' }, null],
    ['Enter on the status, after the last text field, leaves', { field: 'choice', hasNextField: false }, 'leave-below'],
    ['Escape leaves, from any field', { key: 'Escape', field: 'choice' }, 'leave-down'],
    ['↓ at the end of a text leaves', { key: 'ArrowDown', atEnd: true }, 'leave-down'],
    ['↓ inside a text moves the caret', { key: 'ArrowDown' }, null],
    ['↓ in a name field opens its suggestions', { key: 'ArrowDown', field: 'suggest', atEnd: true }, null],
    ['↓ in a select changes it', { key: 'ArrowDown', field: 'choice' }, null],
    ['↑ at the start of a text leaves upward', { key: 'ArrowUp', field: 'text', atStart: true }, 'leave-up'],
    ['Tab on the last control leaves', { key: 'Tab', field: 'button', lastControl: true }, 'leave-down'],
    ['Tab inside the block goes to the next control', { key: 'Tab' }, null],
    ['Shift+Tab on the first control leaves upward', { key: 'Tab', shiftKey: true, firstControl: true }, 'leave-up'],
  ])('%s', (_name, press, intent) => {
    expect(blockKeyIntent({ ...base, ...press })).toBe(intent);
  });
});
