import { isRecord, type JsonRecord } from '../json';
/**
 * Ordered, pure upgrades of the raw JSON of a `.mdo` file. A file written by
 * any earlier version is brought up to the current schemaVersion before it is
 * validated, so a file written today opens in every later version.
 *
 * Invariant: migrations[n] turns a document of version n into version n + 1.
 * A migration receives untrusted JSON: it must not throw on an odd shape, but
 * leave what it does not recognise for validation to report.
 */

export interface Migration {
  from: number;
  describe: string;
  migrate: (meeting: JsonRecord) => JsonRecord;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function records(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

const parentWords = /\b(moeder|vader|ouder|pleegouder|stiefmoeder|stiefvader|mama|papa)\b/i;

/**
 * Version 1 was the first file format: the child as two flat fields, the
 * chair, note-taker and coordinator as plain names, attendance in `present`,
 * the agenda item's lead as a name, and only a date for the next meeting.
 */
const v1ToV2: Migration = {
  from: 1,
  describe: 'kind als groep velden, rollen gekoppeld aan deelnemers, rol per deelnemer, soort agendapunt',
  migrate(meeting) {
    const participants = records(meeting.participants).map((participant): JsonRecord => {
      const { present, ...rest } = participant;
      return {
        ...rest,
        attendance: present ?? 'aanwezig',
        role: parentWords.test(text(participant.function)) ? 'ouder' : 'professional',
      };
    });
    const idForName = (name: string): string | null => {
      const match = participants.find((p) => text(p.name).trim() === name.trim() && name.trim() !== '');
      return match ? text(match.id) || null : null;
    };
    const personRef = (value: unknown) => ({ participantId: idForName(text(value)), name: text(value) });

    const {
      childName,
      childBirthDate,
      nextMeetingDate,
      chair,
      noteTaker,
      coordinator,
      agendaItems,
      ...rest
    } = meeting;
    return {
      ...rest,
      child: { name: text(childName), birthDate: childBirthDate ?? null },
      chair: personRef(chair),
      noteTaker: personRef(noteTaker),
      coordinator: personRef(coordinator),
      participants: Array.isArray(meeting.participants) ? participants : meeting.participants,
      agendaItems: Array.isArray(agendaItems)
        ? records(agendaItems).map((item) => {
            const { lead, ...itemRest } = item;
            return { ...itemRest, leadId: idForName(text(lead)), kind: 'bespreking' };
          })
        : agendaItems,
      nextMeeting: { date: nextMeetingDate ?? null, time: null },
    };
  },
};

/** Version 3 records why parents or child are not invited (agenda check). */
const v2ToV3: Migration = {
  from: 2,
  describe: 'reden waarom ouders of kind niet zijn uitgenodigd',
  migrate(meeting) {
    return { ...meeting, notInvitedReasons: { parents: '', child: '' } };
  },
};

/**
 * Version 4 adds privacy: the basis for sharing (meeting and item), whole
 * confidential items and the log of exported copies. Confidential passages
 * inside the notes are a node type of their own and need no migration.
 */
const v3ToV4: Migration = {
  from: 3,
  describe: 'grondslag voor delen, vertrouwelijke agendapunten, logboek van exports',
  migrate(meeting) {
    const { agendaItems } = meeting;
    return {
      ...meeting,
      sharingBasis: null,
      exportLog: [],
      agendaItems: Array.isArray(agendaItems)
        ? agendaItems.map((item: unknown) => (isRecord(item) ? { ...item, sharingBasis: null, confidential: null } : item))
        : agendaItems,
    };
  },
};

/**
 * Version 5 makes a participant's role a choice of the chair, or null: then
 * the app judges it (shared/meeting/roles.ts). Earlier versions wrote
 * "professional" for everyone the app knew no family word for, a default
 * nobody chose, so it becomes null; a family role (ouder, kind, netwerk) was
 * chosen or read from the function and stays.
 */
const v4ToV5: Migration = {
  from: 4,
  describe: 'rol van een deelnemer: gekozen, of afgeleid (niet langer standaard professional)',
  migrate(meeting) {
    const { participants } = meeting;
    return {
      ...meeting,
      participants: Array.isArray(participants)
        ? participants.map((participant: unknown) =>
            isRecord(participant) && participant.role === 'professional' ? { ...participant, role: null } : participant,
          )
        : participants,
    };
  },
};

export const migrations: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5];

export const CURRENT_SCHEMA_VERSION = 1 + migrations.length;

/** Applies every migration from `version` up to the current version. */
export function migrateMeeting(meeting: JsonRecord, version: number): JsonRecord {
  let current = meeting;
  for (const migration of migrations) {
    if (migration.from >= version) current = migration.migrate(current);
  }
  return current;
}
