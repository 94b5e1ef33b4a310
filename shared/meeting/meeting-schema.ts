import { format, isValid, parse } from 'date-fns';
import { z } from 'zod';

/**
 * The meeting document as it is held in memory and saved in a `.mdo` file
 * (inside the envelope of meeting-file.ts). Plain data only: everything the
 * app shows (schedule, numbering, warnings) is derived from this.
 */

function isRealIsoDate(value: string): boolean {
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

/** A calendar date as `YYYY-MM-DD`; the file never holds a time zone. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date-format' })
  .refine(isRealIsoDate, { message: 'date-invalid' });

/** A clock time as `HH:MM`, 24-hour. */
export const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'time-format' });

/** An ISO 8601 timestamp with time zone, for bookkeeping (created, changed). */
export const timestampSchema = z.iso.datetime({ offset: true, message: 'timestamp-format' });

export const attendanceValues = ['aanwezig', 'afgemeld', 'afwezig'] as const;
export const participantRoleValues = ['professional', 'ouder', 'kind', 'netwerk'] as const;
export const meetingStatusValues = ['concept', 'definitief'] as const;
export const agendaItemKindValues = ['informatie', 'bespreking', 'besluitvorming'] as const;

const idSchema = z.string().min(1).max(100);

export const participantSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  function: z.string().max(200),
  organisation: z.string().max(200),
  email: z.string().max(320),
  attendance: z.enum(attendanceValues),
  role: z.enum(participantRoleValues),
});

/**
 * A person in a named role (chair, note-taker, coordinator): picked from the
 * participants (participantId set, name kept in step) or typed as free text.
 */
export const personRefSchema = z.object({
  participantId: idSchema.nullable(),
  name: z.string().max(200),
});

/**
 * Lexical's serialized editor state. Only the outer shape is checked here;
 * the node list in shared/ validates the nodes themselves when it loads them.
 */
export const lexicalStateSchema = z
  .object({
    root: z
      .object({
        type: z.literal('root'),
        children: z.array(z.unknown()),
      })
      .passthrough(),
  })
  .passthrough();

export const agendaItemSchema = z.object({
  id: idSchema,
  title: z.string().max(500),
  minutes: z.number().int().min(0).max(24 * 60).nullable(),
  leadId: idSchema.nullable(),
  kind: z.enum(agendaItemKindValues),
  childInterest: z.string().max(5_000),
  notes: lexicalStateSchema.nullable(),
});

export const nextMeetingSchema = z.object({
  date: isoDateSchema.nullable(),
  time: clockTimeSchema.nullable(),
});

export const meetingSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, { message: 'title-empty' }).max(500),
  date: isoDateSchema.nullable(),
  startTime: clockTimeSchema.nullable(),
  endTime: clockTimeSchema.nullable(),
  location: z.string().max(500),
  child: z.object({
    name: z.string().max(200),
    birthDate: isoDateSchema.nullable(),
  }),
  reason: z.string().max(20_000),
  goal: z.string().max(20_000),
  chair: personRefSchema,
  noteTaker: personRefSchema,
  coordinator: personRefSchema,
  participants: z.array(participantSchema).max(500),
  /**
   * Being on the participant list is being invited. When no parent or no
   * child is on it, the chair writes down why (and how their view is heard).
   */
  notInvitedReasons: z.object({
    parents: z.string().max(5_000),
    child: z.string().max(5_000),
  }),
  agendaItems: z.array(agendaItemSchema).max(500),
  nextMeeting: nextMeetingSchema,
  status: z.enum(meetingStatusValues),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type IsoDate = z.infer<typeof isoDateSchema>;
export type Attendance = (typeof attendanceValues)[number];
export type ParticipantRole = (typeof participantRoleValues)[number];
export type MeetingStatus = (typeof meetingStatusValues)[number];
export type AgendaItemKind = (typeof agendaItemKindValues)[number];
export type Participant = z.infer<typeof participantSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;
export type LexicalState = z.infer<typeof lexicalStateSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type NextMeeting = z.infer<typeof nextMeetingSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
