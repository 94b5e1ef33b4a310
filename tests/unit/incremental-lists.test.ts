import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { createListsDeriver } from '../../shared/notes/incremental-lists';
import { bigMeeting } from '../bench/big-meeting';
import { noorWithMinutes } from '../fixtures/noor-minutes';

type Notes = NonNullable<Meeting['agendaItems'][number]['notes']>;
type Node = Record<string, unknown> & { children?: Node[] };

/** The meeting after the editor of one item reported new notes (a new object, as Lexical's toJSON gives). */
function withNotes(meeting: Meeting, index: number, change: (children: Node[]) => void): Meeting {
  const agendaItems = meeting.agendaItems.map((item, position) => {
    if (position !== index) return item;
    const notes = structuredClone(item.notes) as Notes;
    change(notes.root.children as unknown as Node[]);
    return { ...item, notes };
  });
  return { ...meeting, agendaItems };
}

function firstText(children: Node[]): Node {
  const stack = [...children];
  for (let node = stack.shift(); node; node = stack.shift()) {
    if (node.type === 'text') return node;
    stack.unshift(...(node.children ?? []));
  }
  throw new Error('no text node');
}

const newAction = (id: string): Node => ({ type: 'mdo-action', version: 1, id, what: 'Dossier opvragen', who: [{ participantId: null, name: 'Bas' }], due: '2028-02-28', status: 'open' });

describe('decision and action lists derived a keystroke at a time', () => {
  it('gives what deriveMeetingLists gives, for the big meeting and for Noor', () => {
    for (const meeting of [bigMeeting(), noorWithMinutes()]) {
      expect(createListsDeriver()(meeting)).toEqual(deriveMeetingLists(meeting));
    }
  });

  it('gives the very same lists while text between the blocks is typed', () => {
    const derive = createListsDeriver();
    let meeting = bigMeeting();
    const first = derive(meeting);
    for (let key = 0; key < 5; key++) {
      meeting = withNotes(meeting, 3, (children) => {
        const text = firstText(children);
        text.text = `${String(text.text)}x`;
      });
      expect(derive(meeting)).toBe(first);
    }
  });

  it('renews only the action whose text changed', () => {
    const derive = createListsDeriver();
    const meeting = bigMeeting();
    const before = derive(meeting);
    const changed = withNotes(meeting, 0, (children) => {
      const action = children.find((node) => node.type === 'mdo-action')!;
      action.what = 'Iets anders';
    });
    const after = derive(changed);
    expect(after).toEqual(deriveMeetingLists(changed));
    expect(after.decisions).toBe(before.decisions);
    const renewed = after.actions.filter((action, index) => action !== before.actions[index]);
    expect(renewed.map((action) => action.data.what)).toEqual(['Iets anders']);
  });

  it('numbers on after an action is added in the first item, and keeps the decisions', () => {
    const derive = createListsDeriver();
    const meeting = bigMeeting();
    const before = derive(meeting);
    const changed = withNotes(meeting, 0, (children) => children.splice(1, 0, newAction('nieuw')));
    const after = derive(changed);
    expect(after).toEqual(deriveMeetingLists(changed));
    expect(after.actions).toHaveLength(before.actions.length + 1);
    expect(after.decisions).toBe(before.decisions);
    // The actions after the new one have new numbers, and keep their data and restrictions (a task card compares them).
    const renumbered = after.actions.filter((action) => action.data.id !== 'nieuw' && before.actions.find((old) => old.data.id === action.data.id)!.number !== action.number);
    expect(renumbered.length).toBeGreaterThan(100);
    for (const action of renumbered) {
      const old = before.actions.find((entry) => entry.data.id === action.data.id)!;
      expect(action.data).toBe(old.data);
      expect(action.restrictions).toBe(old.restrictions);
    }
  });

  it('gives blocks without an id the same fallback ids as deriveMeetingLists, also after a block is added before them', () => {
    const derive = createListsDeriver();
    const withoutId = withNotes(bigMeeting(), 5, (children) => {
      const action = children.find((node) => node.type === 'mdo-action')!;
      delete action.id;
    });
    expect(derive(withoutId)).toEqual(deriveMeetingLists(withoutId));
    const added = withNotes(withoutId, 1, (children) => children.splice(0, 0, newAction('ervoor')));
    expect(derive(added)).toEqual(deriveMeetingLists(added));
  });

  it('follows an item marked confidential and a new item title', () => {
    const derive = createListsDeriver();
    const meeting = bigMeeting();
    derive(meeting);
    const marked: Meeting = {
      ...meeting,
      agendaItems: meeting.agendaItems.map((item, index) =>
        index === 2 ? { ...item, title: 'Nieuwe titel', confidential: { scope: 'professionals', notFor: [] } } : item,
      ),
    };
    const after = derive(marked);
    expect(after).toEqual(deriveMeetingLists(marked));
    expect(after.actions.filter((action) => action.itemIndex === 2).every((action) => action.restrictions.length === 1)).toBe(true);
  });

  it('follows agenda items reordered and removed', () => {
    const derive = createListsDeriver();
    const meeting = bigMeeting();
    derive(meeting);
    const reordered = { ...meeting, agendaItems: [...meeting.agendaItems].reverse().slice(1) };
    expect(derive(reordered)).toEqual(deriveMeetingLists(reordered));
    expect(derive(meeting)).toEqual(deriveMeetingLists(meeting));
  });
});
