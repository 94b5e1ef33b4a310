import * as z from 'zod';
import { exportLogEntrySchema, isoDateSchema, meetingSchema, participantSchema } from '../meeting/meeting-schema';
import { exportOptionsSchema } from '../privacy/export-options';
import type { MenuCommandId } from '../commands/command-table';
import { dossierStatusValues } from '../cycle/dossier-status';
import type { Result } from '../result';

/**
 * The one contract between the renderer and the host. Every channel names a
 * request schema (checked on the host before any handler runs) and the shape
 * of its answer. Answers always travel as Result values: errors are data with
 * a Dutch message, never exceptions across the boundary.
 */

const noRequest = z.undefined();
const absolutePath = z.string().min(1).max(4_096);

export const meetingSummarySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  /** Null when the file could not be read; `problem` then says why, in Dutch. */
  title: z.string().nullable(),
  date: isoDateSchema.nullable(),
  child: z.string(),
  modifiedAt: z.string(),
  problem: z.string().nullable(),
  /** How many copies were exported from it (they stay when the meeting is deleted). */
  exportCount: z.number().int().min(0),
});

/**
 * What the app last read from or wrote to a `.mdo` file. Before a save
 * replaces the file, the host compares the file's content with this (by its
 * hash: a file only touched, with the same bytes, has not changed); size and
 * modification time are kept for a quick look and for messages.
 */
export const fileStampSchema = z.object({
  size: z.number().int().min(0),
  /** Milliseconds since 1970, as the file system reported it. */
  mtimeMs: z.number().min(0),
  /** sha256 of the file's bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Who has a meeting open elsewhere, from the lock file beside it (`.~lock.<name>#`). */
export const lockOwnerSchema = z.object({
  /** The name to show: the person's name, else their login name; empty when the lock says neither. */
  name: z.string(),
  /** The computer the lock was written on. */
  host: z.string(),
  /** The lock was written on this computer (another window, or another program here). */
  sameHost: z.boolean(),
  /** When the meeting was opened there, ISO timestamp; null when the lock does not say. */
  since: z.string().nullable(),
});

/**
 * The lock on a meeting file after opening it: `mine` (this window wrote
 * it), `theirs` (someone else has it open; this window did not take it), or
 * `none` (no lock could be written, e.g. in a read-only folder; the meeting
 * opens all the same). `note` says in Dutch what the user should know.
 */
export const meetingLockSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('mine'), note: z.string().nullable() }),
  z.object({ state: z.literal('theirs'), owner: lockOwnerSchema }),
  z.object({ state: z.literal('none'), note: z.string().nullable() }),
]);

/** A meeting as it is on disk now, with the stamp a later save compares against. */
export const diskMeetingSchema = z.object({ path: z.string(), meeting: meetingSchema, stamp: fileStampSchema });

/**
 * A meeting opened for the user, with its lock and what reading changed in
 * it (a link made plain text, formatting dropped), in Dutch: the app says so
 * until the user saves.
 */
export const openedMeetingSchema = diskMeetingSchema.extend({ lock: meetingLockSchema, warnings: z.array(z.string().max(2_000)).max(500) });

/** `meetingId`: the meeting's id in the file now; after Opslaan als a new one, as the copy is a meeting of its own. */
export const savedMeetingSchema = z.object({ path: z.string(), meetingId: z.string(), savedAt: z.string(), stamp: fileStampSchema });

export const recentFileSchema = z.object({ path: z.string(), fileName: z.string(), exists: z.boolean() });

export const appInfoSchema = z.object({ version: z.string(), libraryDir: z.string() });

export const templateListSchema = z.object({
  templates: z.array(
    z.object({ id: z.string(), name: z.string(), description: z.string(), itemCount: z.number(), totalMinutes: z.number() }),
  ),
  /** Template files that were skipped, each naming the file and the field. */
  problems: z.array(z.object({ code: z.string(), message: z.string(), details: z.array(z.string()).optional() })),
});

/** Where the Word file went; `notice` when it was made, but not quite as the user set up (a broken house style). */
export const exportedFileSchema = z.object({
  path: z.string(),
  notice: z.string().optional(),
  /** The line for the meeting's export log; the renderer adds it to the meeting. */
  logEntry: exportLogEntrySchema,
});

/** A recovery copy of unsaved work, offered on the start screen after a crash. */
export const recoveryEntrySchema = z.object({
  meetingId: z.string(),
  title: z.string(),
  date: isoDateSchema.nullable(),
  /** The `.mdo` file the work belongs to; null for a meeting never saved. */
  path: z.string().nullable(),
  /** When the copy was written, ISO timestamp. */
  savedAt: z.string(),
  /** The `.mdo` file changed on disk since the version this copy's work started from. */
  olderThanFile: z.boolean(),
  /** The stamp of the file version the work started from; null for a new meeting or a copy from before stamps. */
  basedOn: fileStampSchema.nullable(),
  meeting: meetingSchema,
});

/**
 * A person the address book knows from the meetings in the library (only
 * professionals: parents and children come back through "Deelnemers
 * overnemen" from a meeting about the same child). `key` is stable: the
 * folded name the person was first known by.
 */
export const knownPersonSchema = z.object({
  key: z.string(),
  name: z.string(),
  function: z.string(),
  organisation: z.string(),
  email: z.string(),
  /** In how many meetings of the library the person takes part. */
  meetingCount: z.number().int().min(0),
  /** The newest meeting's date, or null when none has a date. */
  lastSeen: isoDateSchema.nullable(),
});

export const addressBookSchema = z.object({ people: z.array(knownPersonSchema) });

const personKey = z.string().min(1).max(200);
const personText = z.string().max(200);

/** The chair's corrections: a person's details, two entries that are one person, or a person to forget. */
export const addressBookCorrectionSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('update'),
      key: personKey,
      changes: z.object({ name: personText.min(1), function: personText, organisation: personText, email: z.string().max(320) }).partial().strict(),
    })
    .strict(),
  z.object({ action: z.literal('merge'), from: personKey, into: personKey }).strict(),
  z.object({ action: z.literal('forget'), key: personKey }).strict(),
]);

/** An earlier meeting about the same child, with its participants to take over. */
export const earlierMeetingSchema = z.object({
  meetingId: z.string(),
  title: z.string(),
  date: isoDateSchema.nullable(),
  participants: z.array(participantSchema),
});

/** One action of a dossier, as shared/cycle/dossier.ts derives it. */
const dossierEventSchema = z.object({
  meetingId: z.string(),
  meetingDate: isoDateSchema.nullable(),
  meetingTitle: z.string(),
  /** set: the meeting that made the action; review: a later meeting that gave it a status. */
  kind: z.enum(['set', 'review']),
  status: z.enum(dossierStatusValues),
  note: z.string(),
});

export const dossierActionSchema = z.object({
  key: z.string(),
  number: z.string(),
  what: z.string(),
  who: z.string(),
  due: isoDateSchema.nullable(),
  /** The latest status: open, gedaan, loopt, niet-gedaan, vervallen. */
  status: z.enum(dossierStatusValues),
  open: z.boolean(),
  /** Days past due on the reference date (today), 0 when not overdue. */
  overdueDays: z.number().int().min(0),
  history: z.array(dossierEventSchema),
});

export const dossierSchema = z.object({
  key: z.string(),
  child: z.string(),
  birthDate: isoDateSchema.nullable(),
  meetings: z.array(z.object({ path: z.string(), meetingId: z.string(), title: z.string(), date: isoDateSchema.nullable() })),
  actions: z.array(dossierActionSchema),
});

/** One meeting found by a search of the library, with the lines that matched per agenda item. */
export const librarySearchResultSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  title: z.string(),
  /** As the file has it (the index reads files unvalidated): an ISO date, or null. */
  date: z.string().nullable(),
  child: z.string(),
  /** itemId null: the meeting's own details and participants matched. */
  hits: z.array(z.object({ itemId: z.string().nullable(), itemNumber: z.number().nullable(), itemTitle: z.string(), lines: z.array(z.string()) })),
  /** Items that matched beyond those listed. */
  moreHits: z.number().int().min(0),
});

export const librarySearchAnswerSchema = z.object({ total: z.number().int().min(0), results: z.array(librarySearchResultSchema) });

export const ipcContract = {
  'app:info': { request: noRequest, response: appInfoSchema },
  'library:list': { request: noRequest, response: z.array(meetingSummarySchema) },
  'templates:list': { request: noRequest, response: templateListSchema },
  /** A new, unsaved meeting; with a template id, its agenda comes from that template. */
  'meeting:new': {
    request: z.object({ templateId: z.string().min(1).max(80).nullable() }).strict().optional(),
    response: meetingSchema,
  },
  'meeting:open': { request: z.object({ path: absolutePath }).strict(), response: openedMeetingSchema },
  /** Asks the user for a file; `null` when they cancel. */
  'meeting:openDialog': { request: noRequest, response: openedMeetingSchema.nullable() },
  /**
   * Saves to `path`, or, for a meeting never saved, to a new file in the
   * library folder. With `expected`, nothing is written when the file's
   * content is no longer what that stamp describes (someone else saved it):
   * the answer is the error `file-changed`.
   */
  'meeting:save': {
    request: z.object({ path: absolutePath.nullable(), meeting: meetingSchema, expected: fileStampSchema.nullable().optional() }).strict(),
    response: savedMeetingSchema,
  },
  /** Reads the file as it is on disk now, without locking it: for the question after `file-changed`. */
  'meeting:read': { request: z.object({ path: absolutePath }).strict(), response: diskMeetingSchema },
  /** Writes this window's lock beside an open meeting; `takeOver` replaces someone else's ("Toch bewerken"). */
  'meeting:lock': {
    request: z.object({ path: absolutePath, takeOver: z.boolean() }).strict(),
    response: meetingLockSchema,
  },
  /** Removes this window's lock when the meeting is closed; someone else's lock is left alone. */
  'meeting:unlock': { request: z.object({ path: absolutePath }).strict(), response: z.null() },
  /** Asks the user where to save; `null` when they cancel. */
  'meeting:saveAs': {
    request: z.object({ meeting: meetingSchema }).strict(),
    response: savedMeetingSchema.nullable(),
  },
  /**
   * Vervolgoverleg plannen: makes the next meeting from the saved meeting in
   * `path` (Evaluatie-MDO with Terugblik op de afspraken, unless `templateId`
   * names another), saves it as a new file in the library and answers with
   * its path, to open next. The error `no-next-date` when the meeting has no
   * date for the next one.
   */
  'meeting:followUp': {
    request: z.object({ path: absolutePath, templateId: z.string().min(1).max(80).nullable().optional() }).strict(),
    response: z.object({ path: z.string(), openActions: z.number().int().min(0) }),
  },
  /** The dossiers of the library: the meetings about one child, and every action with its latest status and history. */
  'library:dossiers': { request: noRequest, response: z.array(dossierSchema) },
  /**
   * Searches the meetings of the library (titles, child, participants, notes,
   * decisions, actions): every word, at the start of a word, accents and case
   * folded. The best meetings first, with the lines that matched per item.
   */
  'library:search': { request: z.object({ query: z.string().max(200) }).strict(), response: librarySearchAnswerSchema },
  /**
   * Uitnodiging (.ics): the calendar invitation for the meeting's next
   * meeting, saved where the user chooses; `null` when they cancel. The error
   * `no-date` (before anything is asked) when the next date or time is missing.
   */
  'export:invitation': { request: z.object({ meeting: meetingSchema }).strict(), response: z.object({ path: z.string() }).nullable() },
  'recent:list': { request: noRequest, response: z.array(recentFileSchema) },
  /** The people the meetings in the library know, with the chair's corrections; nothing leaves the computer. */
  'addressBook:list': { request: noRequest, response: addressBookSchema },
  /** Corrects, merges or forgets a person; the answer is the address book after the change. */
  'addressBook:correct': { request: addressBookCorrectionSchema, response: addressBookSchema },
  /** Other meetings in the library about the child of this name, newest first (not the meeting with `meetingId`). */
  'addressBook:earlierMeetings': {
    request: z.object({ childName: z.string().min(1).max(200), meetingId: z.string().min(1).max(100) }).strict(),
    response: z.array(earlierMeetingSchema),
  },
  /**
   * Moves a meeting file (and its .bak) from the library to the system's
   * trash. Exported copies are not touched: the answer says how many the
   * meeting's log knows of, so the app can say they still exist.
   */
  'library:delete': {
    request: z.object({ path: absolutePath }).strict(),
    response: z.object({ exportCount: z.number().int().min(0) }),
  },
  /** Writes the invitation with agenda as .docx where the user chooses; `null` when they cancel. */
  'export:agenda': {
    request: z.object({ meeting: meetingSchema, options: exportOptionsSchema.optional() }).strict(),
    response: exportedFileSchema.nullable(),
  },
  /** Writes the minutes (verslag) as .docx where the user chooses; `null` when they cancel. */
  'export:minutes': {
    request: z.object({ meeting: meetingSchema, options: exportOptionsSchema.optional() }).strict(),
    response: exportedFileSchema.nullable(),
  },
  /**
   * Writes the minutes or the agenda as PDF where the user chooses: the same
   * copy as the Word export (same reader, same names replaced), printed by
   * Chromium. `null` when they cancel; the error `pdf-unavailable` (before
   * anything is asked or written) when no PDF can be made here.
   */
  'export:pdf': {
    request: z.object({ document: z.enum(['agenda', 'verslag']), meeting: meetingSchema, options: exportOptionsSchema.optional() }).strict(),
    response: exportedFileSchema.nullable(),
  },
  /**
   * Replaces the recovery copy of this meeting; never touches the `.mdo`
   * file itself. `basedOn`: the stamp of the file version the work started from.
   */
  'recovery:save': {
    request: z.object({ meeting: meetingSchema, path: absolutePath.nullable(), basedOn: fileStampSchema.nullable().optional() }).strict(),
    response: z.null(),
  },
  'recovery:list': { request: noRequest, response: z.array(recoveryEntrySchema) },
  /**
   * Removes the recovery copy of this meeting in this file (after a save, or
   * when the user throws the changes away); `path` null: the meeting was never
   * saved. Without `path` (an older renderer): every copy of the meeting.
   */
  'recovery:discard': {
    request: z.object({ meetingId: z.string().min(1).max(100), path: absolutePath.nullable().optional() }).strict(),
    response: z.null(),
  },
  /** Tells the host whether there are unsaved changes, for the prompt on close. */
  'window:setDirty': { request: z.object({ dirty: z.boolean() }).strict(), response: z.null() },
  /** Closes the window after the renderer handled a "save and close". */
  'window:close': { request: noRequest, response: z.null() },
  /** Opens an http(s) link in the system browser, never inside the app. */
  'shell:openExternal': {
    request: z.object({ url: z.string().max(2_048) }).strict(),
    response: z.null(),
  },
} as const;

export type Channel = keyof typeof ipcContract;
export type RequestOf<C extends Channel> = z.infer<(typeof ipcContract)[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<(typeof ipcContract)[C]['response']>;

export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export type OpenedMeeting = z.infer<typeof openedMeetingSchema>;
export type DiskMeeting = z.infer<typeof diskMeetingSchema>;
export type FileStamp = z.infer<typeof fileStampSchema>;
export type LockOwner = z.infer<typeof lockOwnerSchema>;
export type MeetingLock = z.infer<typeof meetingLockSchema>;
export type SavedMeeting = z.infer<typeof savedMeetingSchema>;
export type RecentFile = z.infer<typeof recentFileSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
export type TemplateList = z.infer<typeof templateListSchema>;
export type ExportedFile = z.infer<typeof exportedFileSchema>;
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
export type KnownPerson = z.infer<typeof knownPersonSchema>;
export type AddressBook = z.infer<typeof addressBookSchema>;
export type AddressBookCorrection = z.infer<typeof addressBookCorrectionSchema>;
export type EarlierMeeting = z.infer<typeof earlierMeetingSchema>;
export type DossierAction = z.infer<typeof dossierActionSchema>;
export type DossierView = z.infer<typeof dossierSchema>;
export type LibrarySearchAnswer = z.infer<typeof librarySearchAnswerSchema>;
export type LibrarySearchResult = z.infer<typeof librarySearchResultSchema>;

/** A handler per channel; the host's table of these must be complete. */
export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
export type Handlers = { [C in Channel]: Handler<C> };

export const channels = Object.keys(ipcContract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value);
}

/**
 * Messages the host sends to the renderer: the menu's commands (by their id
 * in the command table), and the answers of the host's close prompt.
 * `save-and-close`: "Opslaan"; `discard-and-close`: "Niet opslaan", so the
 * renderer removes the recovery copy before the window goes. Undo and redo
 * are no host commands: the menu's use Electron's roles.
 */
export type HostCommand = MenuCommandId | 'save-and-close' | 'discard-and-close';

export type HostEvent = { type: 'command'; command: HostCommand } | { type: 'open-file'; path: string };

export const HOST_EVENT_CHANNEL = 'host:event';
