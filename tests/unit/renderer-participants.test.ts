import { describe, expect, it } from 'vitest';
import { personRefFromText, linkedParticipant } from '../../renderer/src/meeting/details/person-ref';
import {
  addParticipant,
  displayName,
  emptyParticipant,
  invitedFamily,
  moveParticipant,
  removeParticipant,
  updateParticipant,
} from '../../renderer/src/meeting/participants/participant-edits';
import { sampleMeeting } from '../fixtures/sample-meeting';

describe('participant edits', () => {
  it('adds an empty participant at the end, present, with no role chosen yet', () => {
    const meeting = addParticipant(sampleMeeting(), emptyParticipant('p8'));
    expect(meeting.participants).toHaveLength(8);
    expect(meeting.participants.at(-1)).toEqual({
      id: 'p8',
      name: '',
      function: '',
      organisation: '',
      email: '',
      attendance: 'aanwezig',
      role: null,
    });
  });

  it('renaming the chair keeps the chair name in step, other roles untouched', () => {
    const meeting = updateParticipant(sampleMeeting(), 'p1', { name: 'Fatima El Amrani-Bos' });
    expect(meeting.participants[0]?.name).toBe('Fatima El Amrani-Bos');
    expect(meeting.chair).toEqual({ participantId: 'p1', name: 'Fatima El Amrani-Bos' });
    expect(meeting.noteTaker).toEqual({ participantId: 'p2', name: 'Joost Bakker' });
  });

  it('a typed (unlinked) role with the same name does not follow a rename', () => {
    const typed = { ...sampleMeeting(), coordinator: { participantId: null, name: 'Ömer Yılmaz' } };
    const meeting = updateParticipant(typed, 'p4', { name: 'Ömer Yilmaz' });
    expect(meeting.coordinator).toEqual({ participantId: null, name: 'Ömer Yılmaz' });
  });

  it('changing another field leaves the roles alone', () => {
    const before = sampleMeeting();
    const meeting = updateParticipant(before, 'p1', { attendance: 'afgemeld', role: 'netwerk' });
    expect(meeting.participants[0]).toMatchObject({ attendance: 'afgemeld', role: 'netwerk' });
    expect(meeting.chair).toBe(before.chair);
  });

  it('an unknown id changes nothing', () => {
    const before = sampleMeeting();
    expect(updateParticipant(before, 'nobody', { name: 'X' })).toBe(before);
    expect(removeParticipant(before, 'nobody')).toBe(before);
    expect(moveParticipant(before, 'nobody', 0)).toBe(before);
  });

  it('removing the chair keeps the name as text and clears the agenda lead', () => {
    const meeting = removeParticipant(sampleMeeting(), 'p1');
    expect(meeting.participants.map((participant) => participant.id)).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(meeting.chair).toEqual({ participantId: null, name: 'Fatima El Amrani' });
    expect(meeting.noteTaker.participantId).toBe('p2');
    expect(meeting.agendaItems.map((item) => item.leadId)).toEqual([null, 'p2']);
  });

  it('moves a participant and leaves the meeting as it is at the ends', () => {
    const before = sampleMeeting();
    const moved = moveParticipant(before, 'p1', 1);
    expect(moved.participants.slice(0, 3).map((participant) => participant.id)).toEqual(['p2', 'p1', 'p3']);
    expect(moveParticipant(before, 'p1', 0)).toBe(before);
    expect(moveParticipant(before, 'p7', 7)).toBe(before);
  });

  it('names a participant without a name by place', () => {
    expect(displayName(emptyParticipant('x'), 2)).toBe('Deelnemer 3');
    expect(displayName({ ...emptyParticipant('x'), name: '  Els de Vries ' }, 0)).toBe('Els de Vries');
  });

  it('finds the invited parents and children by role', () => {
    const family = invitedFamily(sampleMeeting());
    expect(family.parents.map((participant) => participant.name)).toEqual(['Els de Vries']);
    expect(family.children).toEqual([]);
  });
});

describe('person reference from typed text', () => {
  const { participants } = sampleMeeting();

  it('links to the participant whose name is typed exactly', () => {
    expect(personRefFromText('Joost Bakker', participants)).toEqual({ participantId: 'p2', name: 'Joost Bakker' });
    expect(personRefFromText(' Joost Bakker ', participants)).toEqual({ participantId: 'p2', name: ' Joost Bakker ' });
  });

  it('keeps other text as a name without a link', () => {
    expect(personRefFromText('joost bakker', participants)).toEqual({ participantId: null, name: 'joost bakker' });
    expect(personRefFromText('Joost Bakker jr.', participants)).toEqual({ participantId: null, name: 'Joost Bakker jr.' });
    expect(personRefFromText('', participants)).toEqual({ participantId: null, name: '' });
  });

  it('does not link empty text to a participant without a name', () => {
    expect(personRefFromText('  ', [{ ...participants[0]!, name: '' }])).toEqual({ participantId: null, name: '  ' });
  });

  it('finds the linked participant only while it exists', () => {
    expect(linkedParticipant({ participantId: 'p4', name: 'Ömer Yılmaz' }, participants)?.organisation).toBe('Wijkteam Oost');
    expect(linkedParticipant({ participantId: 'gone', name: 'X' }, participants)).toBeUndefined();
    expect(linkedParticipant({ participantId: null, name: 'X' }, participants)).toBeUndefined();
  });
});
