import { isValid, parseISO } from 'date-fns';
import * as z from 'zod';

/**
 * The meeting document as it is held in memory and saved in a `.mdo` file
 * (inside the envelope of meeting-file.ts). Plain data only: everything the
 * app shows (schedule, numbering, warnings) is derived from this.
 */

/** A day that exists (not 2026-02-30); parseISO refuses days past the end of the month. */
function isRealIsoDate(value: string): boolean {
  return isValid(parseISO(value));
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
  /**
   * The role the chair chose; null lets the app judge it from the name and
   * the function (shared/meeting/roles.ts), and when it cannot be sure, the
   * participant is not treated as a professional.
   */
  role: z.enum(participantRoleValues).nullable(),
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

export const consentByValues = ['ouders', 'jongere', 'ouders-en-jongere'] as const;
export const sharingBasisKindValues = ['toestemming', 'meldcode', 'wettelijke-taak'] as const;

/**
 * The basis for sharing information about the child (AVG, beroepsgeheim):
 * consent (of whom, given when) or a legal basis (meldcode, a statutory
 * task) with the reason written down. Flat, so switching the kind in a form
 * keeps what was typed; the agenda check says what is still missing.
 */
export const sharingBasisSchema = z.object({
  kind: z.enum(sharingBasisKindValues),
  /** For consent: who gave it. */
  consentBy: z.enum(consentByValues).nullable(),
  /** For consent: the day it was given. */
  consentDate: isoDateSchema.nullable(),
  /** For a legal basis: why information is shared without consent. */
  reason: z.string().max(5_000),
});

export const confidentialScopeValues = ['professionals', 'niet-voor'] as const;

/**
 * Who may not read a confidential passage or agenda item: everybody but the
 * professionals, or the people named in `notFor`.
 */
export const confidentialitySchema = z.object({
  scope: z.enum(confidentialScopeValues),
  notFor: z.array(personRefSchema).max(100),
});

/** What the next meeting says about an action of an earlier one. */
export const reviewStatusValues = ['gedaan', 'loopt', 'niet-gedaan', 'vervallen'] as const;

/**
 * An action of an earlier meeting, as the "Terugblik op de afspraken" of a
 * follow-up meeting lists it: its original number, meeting and details,
 * and the status the team gives it now (null until it is filled in).
 */
export const reviewActionSchema = z.object({
  /** The action block's id in the meeting that set it. */
  actionId: z.string().min(1).max(100),
  /** "A5": its number in the minutes of that meeting. */
  number: z.string().max(20),
  fromMeetingId: idSchema,
  fromMeetingDate: isoDateSchema.nullable(),
  what: z.string().max(20_000),
  /** The owners' names as they were written then. */
  who: z.string().max(2_000),
  due: isoDateSchema.nullable(),
  status: z.enum(reviewStatusValues).nullable(),
  note: z.string().max(5_000),
  /** What kept the action from some readers then keeps it from them now: a reader must pass each (absent or empty: anyone). */
  restrictions: z.array(confidentialitySchema).max(20).optional(),
});

/** A decision of an earlier meeting that still applies, listed for reference. */
export const reviewDecisionSchema = z.object({
  number: z.string().max(20),
  fromMeetingDate: isoDateSchema.nullable(),
  text: z.string().max(20_000),
  restrictions: z.array(confidentialitySchema).max(20).optional(),
});

export const agendaItemReviewSchema = z.object({
  actions: z.array(reviewActionSchema).max(1_000),
  decisions: z.array(reviewDecisionSchema).max(1_000),
});

export const agendaItemSchema = z.object({
  id: idSchema,
  title: z.string().max(500),
  minutes: z.number().int().min(0).max(24 * 60).nullable(),
  leadId: idSchema.nullable(),
  kind: z.enum(agendaItemKindValues),
  childInterest: z.string().max(5_000),
  /**
   * A guiding question shown as a placeholder in the empty child-question
   * field (from a template, or the app's standard question). A hint only: it
   * is never exported; what the chair writes in childInterest is.
   */
  childInterestHint: z.string().max(5_000).optional(),
  notes: lexicalStateSchema.nullable(),
  /** Basis for sharing what is discussed under this item; null when none is recorded. */
  sharingBasis: sharingBasisSchema.nullable(),
  /** The whole item is confidential; null when it is not. */
  confidential: confidentialitySchema.nullable(),
  /**
   * How long the item's clock in Notuleren has run, in seconds (what it showed
   * when it was last paused); absent until it first ran. The clock runs only
   * after Start, so visiting an item adds nothing.
   */
  clockSeconds: z.number().int().min(0).max(7 * 24 * 60 * 60).optional(),
  /** "Terugblik op de afspraken": the earlier meeting's open actions and standing decisions (a follow-up meeting's review item only). */
  review: agendaItemReviewSchema.optional(),
});

export const nextMeetingSchema = z.object({
  date: isoDateSchema.nullable(),
  time: clockTimeSchema.nullable(),
});

export const exportAudienceKindValues = ['volledig', 'professionals', 'ouders', 'deelnemer'] as const;

/**
 * For whom an exported copy is: the full minutes, the professionals, the
 * parents, or one participant (`person`).
 */
export const exportAudienceSchema = z.object({
  kind: z.enum(exportAudienceKindValues),
  person: personRefSchema.nullable(),
});

/** Names replaced in an exported copy. An empty alias means initials. */
export const pseudonymSchema = z.object({
  child: z.boolean(),
  childAlias: z.string().max(100),
  parents: z.boolean(),
});

export const exportDocumentValues = ['agenda', 'verslag', 'mdo-markdown'] as const;

/** One exported copy: a file outside the app's control, so it is written down. */
export const exportLogEntrySchema = z.object({
  at: timestampSchema,
  document: z.enum(exportDocumentValues),
  audience: exportAudienceSchema,
  pseudonym: pseudonymSchema,
  fileName: z.string().max(1_000),
  /** Which version of the meeting was exported. */
  meetingStatus: z.enum(['concept', 'definitief']),
  meetingUpdatedAt: timestampSchema,
});

/** A correction received on the concept minutes, as the note-taker records it. */
export const correctionSchema = z.object({
  receivedOn: isoDateSchema.nullable(),
  /** Who sent it (a name, free text). */
  from: z.string().max(200),
  text: z.string().max(20_000),
});

/**
 * Eigen verklaring (zienswijze): where parents or the young person disagree
 * with the minutes, their own view, in their words, printed in the
 * definitive minutes under its own heading.
 */
export const ownStatementSchema = z.object({
  id: idSchema,
  by: personRefSchema,
  receivedOn: isoDateSchema.nullable(),
  text: z.string().max(50_000),
});

/** A step in the life of the minutes: made definitive, or opened again (with the reason). */
export const statusLogEntrySchema = z.object({
  at: timestampSchema,
  change: z.enum(['definitief', 'heropend']),
  by: z.string().max(200),
  reason: z.string().max(5_000),
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
  /** Basis for sharing information in this meeting as a whole; null when none is recorded. */
  sharingBasis: sharingBasisSchema.nullable(),
  /** Every exported copy, oldest first. */
  exportLog: z.array(exportLogEntrySchema).max(10_000),
  status: z.enum(meetingStatusValues),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /**
   * The child's dossier: the meetings about one child share it. A follow-up
   * meeting inherits it (or the first meeting's id); absent in files made
   * before follow-ups existed.
   */
  dossierId: idSchema.optional(),
  /** The meeting this one follows up, when it was planned from it. */
  previousMeeting: z.object({ id: idSchema, date: isoDateSchema.nullable() }).optional(),
  /** Concept minutes: the date by which participants can react. */
  reactionDeadline: isoDateSchema.nullable().optional(),
  /** Corrections received on the concept. */
  corrections: z.array(correctionSchema).max(500).optional(),
  /** Own statements of parents or the young person (eigen verklaring). */
  ownStatements: z.array(ownStatementSchema).max(50).optional(),
  /** When and by whom the minutes were made definitive; absent or null while concept. */
  finalized: z.object({ at: timestampSchema, by: z.string().max(200) }).nullable().optional(),
  /** Every time the minutes were made definitive or opened again, oldest first. */
  statusLog: z.array(statusLogEntrySchema).max(1_000).optional(),
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
export type ReviewStatus = (typeof reviewStatusValues)[number];
export type ReviewAction = z.infer<typeof reviewActionSchema>;
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export type AgendaItemReview = z.infer<typeof agendaItemReviewSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type OwnStatement = z.infer<typeof ownStatementSchema>;
export type StatusLogEntry = z.infer<typeof statusLogEntrySchema>;
export type ConsentBy = (typeof consentByValues)[number];
export type SharingBasisKind = (typeof sharingBasisKindValues)[number];
export type SharingBasis = z.infer<typeof sharingBasisSchema>;
export type ConfidentialScope = (typeof confidentialScopeValues)[number];
export type Confidentiality = z.infer<typeof confidentialitySchema>;
export type ExportAudienceKind = (typeof exportAudienceKindValues)[number];
export type ExportAudience = z.infer<typeof exportAudienceSchema>;
export type Pseudonym = z.infer<typeof pseudonymSchema>;
export type ExportDocument = (typeof exportDocumentValues)[number];
export type ExportLogEntry = z.infer<typeof exportLogEntrySchema>;
export type Meeting = z.infer<typeof meetingSchema>;
