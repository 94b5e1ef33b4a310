import type {
  Attendance,
  Meeting,
  Participant,
  ParticipantRole,
  PersonRef,
} from '../../../../shared/meeting/meeting-schema';
import { participantsWithRole } from '../../../../shared/meeting/roles';
import { moveItem } from '../../lists/reorder';

/**
 * Pure changes to the participant list. Each keeps the meeting consistent:
 * a person in a named role (chair, note-taker, coordinator) who is linked to
 * a participant follows that participant's name, and loses the link (not the
 * name) when the participant is removed; an agenda item led by a removed
 * participant has no lead any more.
 */

export const roleLabels: Record<ParticipantRole, string> = {
  professional: 'Professional',
  ouder: 'Ouder/verzorger',
  kind: 'Kind/jongere',
  netwerk: 'Netwerk',
};

export const attendanceLabels: Record<Attendance, string> = {
  aanwezig: 'Aanwezig',
  afgemeld: 'Afgemeld',
  afwezig: 'Afwezig',
};

export type ParticipantChanges = Partial<Omit<Participant, 'id'>>;

export function emptyParticipant(id: string): Participant {
  return { id, name: '', function: '', organisation: '', email: '', attendance: 'aanwezig', role: null };
}

export function addParticipant(meeting: Meeting, participant: Participant): Meeting {
  return { ...meeting, participants: [...meeting.participants, participant] };
}

function renamedRef(ref: PersonRef, id: string, name: string): PersonRef {
  return ref.participantId === id ? { ...ref, name } : ref;
}

function unlinkedRef(ref: PersonRef, id: string): PersonRef {
  return ref.participantId === id ? { ...ref, participantId: null } : ref;
}

/** The meeting with one participant changed; the same meeting when the id is unknown. */
export function updateParticipant(meeting: Meeting, id: string, changes: ParticipantChanges): Meeting {
  if (!meeting.participants.some((participant) => participant.id === id)) return meeting;
  const participants = meeting.participants.map((participant) => (participant.id === id ? { ...participant, ...changes } : participant));
  const { name } = changes;
  if (name === undefined) return { ...meeting, participants };
  return {
    ...meeting,
    participants,
    chair: renamedRef(meeting.chair, id, name),
    noteTaker: renamedRef(meeting.noteTaker, id, name),
    coordinator: renamedRef(meeting.coordinator, id, name),
  };
}

/** The meeting without the participant, and without any reference to them. */
export function removeParticipant(meeting: Meeting, id: string): Meeting {
  if (!meeting.participants.some((participant) => participant.id === id)) return meeting;
  return {
    ...meeting,
    participants: meeting.participants.filter((participant) => participant.id !== id),
    chair: unlinkedRef(meeting.chair, id),
    noteTaker: unlinkedRef(meeting.noteTaker, id),
    coordinator: unlinkedRef(meeting.coordinator, id),
    agendaItems: meeting.agendaItems.map((item) => (item.leadId === id ? { ...item, leadId: null } : item)),
  };
}

/** The participant moved to another place (0-based); the same meeting when nothing moves. */
export function moveParticipant(meeting: Meeting, id: string, to: number): Meeting {
  const from = meeting.participants.findIndex((participant) => participant.id === id);
  if (from < 0) return meeting;
  const participants = moveItem(meeting.participants, from, to);
  return participants === meeting.participants ? meeting : { ...meeting, participants: [...participants] };
}

/** How a participant is called on screen, also before a name is typed. */
export function displayName(participant: Participant, index: number): string {
  return participant.name.trim() || `Deelnemer ${index + 1}`;
}

/** Being on the list is being invited: who of the family is on it (by the roles the app judges). */
export function invitedFamily(meeting: Meeting): { parents: Participant[]; children: Participant[] } {
  return { parents: participantsWithRole(meeting, 'ouder'), children: participantsWithRole(meeting, 'kind') };
}
