import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { deriveMeetingLists, blockNumbers, tasksPerPerson, taskWarnings } from '../../shared/notes/derive-lists';
import {
  $createActionNode,
  $createDecisionNode,
  $createSafetyScaleNode,
  $isActionNode,
  ActionNode,
} from '../../shared/notes/lexical/block-nodes';
import { createNotesEditor, normalizeNotes } from '../../shared/notes/lexical/headless';
import type { ActionData, DecisionData } from '../../shared/notes/node-data';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';

function decision(id: string, text: string, extra: Partial<DecisionData> = {}): DecisionData {
  return { id, text, reason: '', dissent: [], ...extra };
}

function action(id: string, what: string, extra: Partial<ActionData> = {}): ActionData {
  return { id, what, who: [], due: null, status: 'open', ...extra };
}

/** Notes written by the headless editor, as the app would save them. */
function notesWith(build: () => void): unknown {
  const editor = createNotesEditor();
  editor.update(build, { discrete: true });
  return editor.getEditorState().toJSON();
}

function paragraph(text: string) {
  return $createParagraphNode().append($createTextNode(text));
}

describe('the decision, action and safety-scale nodes', () => {
  it('keep their data in the saved JSON with a type and a version, and read it back unchanged', () => {
    const data = action('a-1', 'Consultatie Veilig Thuis', {
      who: [{ participantId: 'p3', name: 'Sanne Visser' }, { participantId: null, name: 'oma' }],
      due: '2026-12-18',
    });
    const notes = notesWith(() => {
      $getRoot().append(
        paragraph('Moeder vertelt over de ochtenden.'),
        $createDecisionNode(decision('b-1', 'Het wijkteam start gezinsbegeleiding.', {
          reason: 'Moeder vraagt zelf om hulp.',
          dissent: [{ who: { participantId: 'p5', name: 'Els de Vries' }, why: 'Twee keer per week is te veel.' }],
        })),
        $createActionNode(data),
        $createSafetyScaleNode({ id: 's-1', question: 'Hoe veilig?', scores: [{ who: { participantId: 'p5', name: 'Els de Vries' }, score: 6, reason: 'Oma helpt.' }] }),
      );
    });
    const json = JSON.stringify(notes);
    expect(json).toContain('"type":"mdo-decision"');
    expect(json).toContain('"type":"mdo-action"');
    expect(json).toContain('"type":"mdo-safety-scale"');
    const blocks = (notes as { root: { children: Record<string, unknown>[] } }).root.children;
    expect(blocks[2]).toMatchObject({ ...data, type: 'mdo-action', version: 1 });

    const normalized = normalizeNotes(notes, 'Stem van Noor');
    expect(normalized.ok && JSON.stringify(normalized.value)).toBe(json);
  });

  it('can be read and changed through the headless editor', () => {
    const editor = createNotesEditor();
    editor.update(() => $getRoot().append($createActionNode(action('a-1', 'Huisarts informeren'))), { discrete: true });
    editor.update(
      () => {
        const node = $getRoot().getFirstChild();
        if ($isActionNode(node)) node.setData({ ...node.getData(), status: 'gedaan' });
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const node = $getRoot().getFirstChild();
      expect(node).toBeInstanceOf(ActionNode);
      expect($isActionNode(node) && node.getData().status).toBe('gedaan');
      expect($getRoot().getTextContent()).toContain('Actie: Huisarts informeren');
    });
  });

  it('open with safe defaults when a field in the file is wrong, and keep the text', () => {
    const notes = {
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [{ type: 'mdo-action', version: 1, id: 'a-9', what: 'Oma bellen', who: 'niet een lijst', due: '2026-13-45', status: 'misschien' }],
      },
    };
    const normalized = normalizeNotes(notes, 'Afspraken');
    expect(normalized.ok).toBe(true);
    const block = normalized.ok ? normalized.value.root.children[0] : undefined;
    expect(block).toMatchObject({ type: 'mdo-action', id: 'a-9', what: 'Oma bellen', who: [], due: null, status: 'open' });
  });

  it('say in Dutch which item has notes of an unknown kind', () => {
    const notes = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'toekomstig-blok', version: 3 }] } };
    const normalized = normalizeNotes(notes, 'Stem van Noor');
    expect(normalized.ok).toBe(false);
    expect(!normalized.ok && normalized.error.message).toContain('"Stem van Noor"');
  });
});

describe('the lists derived from the notes', () => {
  function meetingWithNotes(): Meeting {
    const meeting = sampleMeeting();
    meeting.agendaItems.push({ ...meeting.agendaItems[1]!, id: 'a3', title: 'Afspraken' });
    const [first, second, third] = meeting.agendaItems;
    if (!first || !second || !third) throw new Error('sample meeting has too few items');
    first.notes = notesWith(() => {
      $getRoot().append(paragraph('Opening.'), $createActionNode(action('act-x', 'Verslag rondsturen', { who: [{ participantId: 'p2', name: 'Joost Bakker' }], due: '2026-12-11' })));
    }) as Meeting['agendaItems'][number]['notes'];
    second.notes = notesWith(() => {
      $getRoot().append(
        $createDecisionNode(decision('dec-1', 'Gezinsbegeleiding start.')),
        $createActionNode(action('act-y', 'Consultatie Veilig Thuis', { who: [{ participantId: 'p3', name: 'Sanne Visser' }, { participantId: 'p7', name: 'Dr. P. Hendriks' }], due: '2026-12-18' })),
      );
    }) as Meeting['agendaItems'][number]['notes'];
    third.notes = notesWith(() => {
      $getRoot().append($createDecisionNode(decision('dec-2', 'Evaluatie over zes weken.')), $createActionNode(action('act-z', 'Oma vragen')));
    }) as Meeting['agendaItems'][number]['notes'];
    return meeting;
  }

  it('number decisions and actions across the meeting in agenda order', () => {
    const lists = deriveMeetingLists(meetingWithNotes());
    expect(lists.decisions.map((d) => [d.number, d.data.id])).toEqual([['B1', 'dec-1'], ['B2', 'dec-2']]);
    expect(lists.actions.map((a) => [a.number, a.data.id])).toEqual([['A1', 'act-x'], ['A2', 'act-y'], ['A3', 'act-z']]);
    expect(blockNumbers(lists).get('act-y')).toBe('A2');
  });

  it('renumber when agenda items are reordered', () => {
    const meeting = meetingWithNotes();
    const [first, second, third, ...rest] = meeting.agendaItems;
    const reordered = { ...meeting, agendaItems: [third!, first!, second!, ...rest] };
    const lists = deriveMeetingLists(reordered);
    expect(lists.decisions.map((d) => [d.number, d.data.id])).toEqual([['B1', 'dec-2'], ['B2', 'dec-1']]);
    expect(lists.actions.map((a) => [a.number, a.data.id])).toEqual([['A1', 'act-z'], ['A2', 'act-x'], ['A3', 'act-y']]);
  });

  it('group the actions per person, an action with two owners under both, and unowned ones last', () => {
    const meeting = meetingWithNotes();
    const groups = tasksPerPerson(deriveMeetingLists(meeting).actions, meeting.participants);
    expect(groups.map((group) => [group.name, group.actions.map((a) => a.number)])).toEqual([
      ['Joost Bakker', ['A1']],
      ['Sanne Visser', ['A2']],
      ['Dr. P. Hendriks', ['A2']],
      ['Nog niemand', ['A3']],
    ]);
  });

  it('warn about an absent owner, no owner, no date, a date in the past and no coordinator', () => {
    const meeting = { ...meetingWithNotes(), coordinator: { participantId: null, name: '' } };
    const { actions } = deriveMeetingLists(meeting);
    const late = { ...actions[0]!, data: { ...actions[0]!.data, due: '2026-12-01' } };
    const warnings = taskWarnings(meeting, [late, ...actions.slice(1)], new Date('2026-11-23T12:00:00'));
    expect(warnings.map((w) => [w.code, w.number])).toEqual([
      ['due-in-past', 'A1'],
      ['owner-absent', 'A2'],
      ['no-owner', 'A3'],
      ['no-due-date', 'A3'],
      ['no-coordinator', null],
    ]);
    expect(warnings[1]?.message).toBe('A2 is voor Dr. P. Hendriks, die afwezig is. Spreek af wie het aan Dr. P. Hendriks vraagt.');
  });

  it('ignore finished actions in the warnings, and survive notes nested thousands deep', () => {
    let deep: Record<string, unknown> = { type: 'mdo-action', version: 1, id: 'diep', what: 'x', who: [], due: null, status: 'open' };
    for (let level = 0; level < 5_000; level++) deep = { type: 'listitem', version: 1, children: [deep] };
    const meeting = { ...sampleMeeting(), agendaItems: [{ ...sampleMeeting().agendaItems[0]!, notes: { root: { type: 'root' as const, children: [deep] } } }] };
    expect(deriveMeetingLists(meeting).actions).toEqual([]);
    const done = { itemId: 'a', itemTitle: 'x', itemIndex: 0, restrictions: [], number: 'A1', data: action('z', 'klaar', { status: 'gedaan' }) };
    expect(taskWarnings(sampleMeeting(), [done], new Date())).toEqual([]);
  });
});

describe('changing an action from the task panel', () => {
  it('changes only that action in the notes, and the lists follow', async () => {
    const { patchAction } = await import('../../shared/notes/edit-blocks');
    const meeting = sampleMeeting();
    meeting.agendaItems[1]!.notes = notesWith(() => {
      $getRoot().append(
        paragraph('Eerst tekst.'),
        $createActionNode(action('act-1', 'Huisarts informeren')),
        $createActionNode(action('act-2', 'Oma vragen')),
      );
    }) as Meeting['agendaItems'][number]['notes'];
    const before = meeting.agendaItems[1]!.notes;
    const changed = patchAction(meeting, 'a2', 'act-2', { status: 'gedaan', due: '2026-12-18', who: [{ participantId: 'p5', name: 'Els de Vries' }] });
    const lists = deriveMeetingLists(changed);
    expect(lists.actions.map((a) => [a.number, a.data.status, a.data.due])).toEqual([
      ['A1', 'open', null],
      ['A2', 'gedaan', '2026-12-18'],
    ]);
    expect(meeting.agendaItems[1]!.notes).toBe(before);
    expect(normalizeNotes(changed.agendaItems[1]!.notes, 'x').ok).toBe(true);
    expect(patchAction(meeting, 'a2', 'bestaat-niet', { status: 'gedaan' }).agendaItems[1]!.notes).toBe(before);
  });
});
