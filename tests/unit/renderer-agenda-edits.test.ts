import { describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  dropIndex,
  itemLabel,
  itemsPastEnd,
  moveAgendaItem,
  moveAnnouncement,
  newAgendaItem,
  removeAgendaItem,
  spareText,
  updateAgendaItem,
} from '../../renderer/src/meeting/agenda/agenda-edits';
import { hintCountText, hintTitle } from '../../renderer/src/meeting/agenda/agenda-hint-titles';
import { sampleMeeting } from '../fixtures/sample-meeting';

const titles = (meeting: ReturnType<typeof sampleMeeting>) => meeting.agendaItems.map((item) => item.title);

function withItems(...names: string[]) {
  const meeting = sampleMeeting();
  return { ...meeting, agendaItems: names.map((name, index) => ({ ...newAgendaItem(`a${index + 1}`), title: name })) };
}

describe('agenda edits', () => {
  it('adds a ten-minute discussion item with the question about the child as a hint, not as content', () => {
    const meeting = addAgendaItem(withItems('Opening'), newAgendaItem('a-new'));
    expect(meeting.agendaItems.at(-1)).toEqual({
      id: 'a-new',
      title: '',
      minutes: 10,
      leadId: null,
      kind: 'bespreking',
      childInterest: '',
      childInterestHint: 'Wat betekent dit voor het kind?',
      sharingBasis: null,
      confidential: null,
      notes: null,
    });
  });

  it('changes one item and keeps its notes as they are', () => {
    const before = sampleMeeting();
    const after = updateAgendaItem(before, 'a2', { minutes: 20, title: 'Stem van Noor (Drie Huizen)' });
    expect(after.agendaItems[1]).toMatchObject({ minutes: 20, title: 'Stem van Noor (Drie Huizen)' });
    expect(after.agendaItems[1]?.notes).toBe(before.agendaItems[1]?.notes);
    expect(after.agendaItems[0]).toBe(before.agendaItems[0]);
  });

  it('leaves the meeting alone when the item is gone', () => {
    const meeting = sampleMeeting();
    expect(updateAgendaItem(meeting, 'weg', { title: 'x' })).toBe(meeting);
    expect(removeAgendaItem(meeting, 'weg')).toBe(meeting);
    expect(moveAgendaItem(meeting, 'weg', 0)).toBe(meeting);
  });

  it('removes an item by id', () => {
    expect(titles(removeAgendaItem(withItems('A', 'B', 'C'), 'a2'))).toEqual(['A', 'C']);
  });

  it('moves an item by id to a place, clamped to the list', () => {
    const meeting = withItems('A', 'B', 'C', 'D');
    expect(titles(moveAgendaItem(meeting, 'a3', 0))).toEqual(['C', 'A', 'B', 'D']);
    expect(titles(moveAgendaItem(meeting, 'a1', 2))).toEqual(['B', 'C', 'A', 'D']);
    expect(titles(moveAgendaItem(meeting, 'a2', 99))).toEqual(['A', 'C', 'D', 'B']);
    expect(moveAgendaItem(meeting, 'a2', 1)).toBe(meeting);
  });
});

describe('dropping a dragged item', () => {
  it('lands above or below the item it is dropped on', () => {
    // Dragging the 4th item (index 3) up.
    expect(dropIndex(3, 0, 'before')).toBe(0);
    expect(dropIndex(3, 0, 'after')).toBe(1);
    // Dragging the 1st item down: it leaves its place first.
    expect(dropIndex(0, 2, 'before')).toBe(1);
    expect(dropIndex(0, 2, 'after')).toBe(2);
  });

  it('stays in place when dropped on itself or on the edge next to it', () => {
    expect(dropIndex(2, 2, 'before')).toBe(2);
    expect(dropIndex(2, 2, 'after')).toBe(2);
    expect(dropIndex(2, 1, 'after')).toBe(2);
    expect(dropIndex(2, 3, 'before')).toBe(2);
  });
});

describe('agenda texts', () => {
  it('names an item by its title, or its place while it has none', () => {
    expect(itemLabel({ title: '  Zorgen ' }, 3)).toBe('Zorgen');
    expect(itemLabel({ title: '' }, 3)).toBe('Agendapunt 3');
  });

  it('announces a move with the new place', () => {
    expect(moveAnnouncement('Zorgen en wat goed gaat', 2, 8)).toBe('Zorgen en wat goed gaat staat nu op plaats 2 van 8.');
  });

  it('says how much time is left or how far over', () => {
    expect(spareText(5)).toBe('5 minuten ruimte');
    expect(spareText(1)).toBe('1 minuut ruimte');
    expect(spareText(0)).toBe('Precies op tijd klaar');
    expect(spareText(-15)).toBe('15 minuten over de eindtijd');
  });

  it('marks the items that end after the planned end', () => {
    expect(itemsPastEnd([{ minutes: 30 }, { minutes: 30 }, { minutes: 31 }], 90)).toEqual([false, false, true]);
    expect(itemsPastEnd([{ minutes: 30 }, { minutes: 60 }], 90)).toEqual([false, false]);
    expect(itemsPastEnd([{ minutes: null }, { minutes: 200 }], 90)).toEqual([false, false]);
    expect(itemsPastEnd([{ minutes: 200 }], null)).toEqual([false]);
  });

  it('titles every hint of the agenda check and counts them in Dutch', () => {
    expect(hintTitle({ rule: 'overrun' })).toBe('Agenda te lang');
    expect(hintTitle({ rule: 'child-interest-missing' })).toBe('Belang van het kind');
    expect(hintCountText(1)).toBe('1 aandachtspunt');
    expect(hintCountText(3)).toBe('3 aandachtspunten');
  });
});
