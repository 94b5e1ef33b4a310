import type { Meeting } from './meeting-schema';

export interface CreateMeetingOptions {
  now: Date;
  newId: () => string;
  title?: string;
}

/** A new, empty meeting in concept status. */
export function createMeeting({ now, newId, title = 'Nieuw overleg' }: CreateMeetingOptions): Meeting {
  const timestamp = now.toISOString();
  const nobody = { participantId: null, name: '' };
  return {
    id: newId(),
    title,
    date: null,
    startTime: null,
    endTime: null,
    location: '',
    child: { name: '', birthDate: null },
    reason: '',
    goal: '',
    chair: nobody,
    noteTaker: nobody,
    coordinator: nobody,
    participants: [],
    notInvitedReasons: { parents: '', child: '' },
    agendaItems: [],
    nextMeeting: { date: null, time: null },
    sharingBasis: null,
    exportLog: [],
    status: 'concept',
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}
