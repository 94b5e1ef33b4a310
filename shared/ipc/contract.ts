import * as z from 'zod';
import { exportLogEntrySchema, isoDateSchema, meetingSchema } from '../meeting/meeting-schema';
import { exportOptionsSchema } from '../privacy/export-options';
import type { MenuCommandId } from '../commands/command-table';
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

export const openedMeetingSchema = z.object({ path: z.string(), meeting: meetingSchema });

export const savedMeetingSchema = z.object({ path: z.string(), savedAt: z.string() });

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
  /** The `.mdo` file changed on disk after this copy was made. */
  olderThanFile: z.boolean(),
  meeting: meetingSchema,
});

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
  /** Saves to `path`, or, for a meeting never saved, to a new file in the library folder. */
  'meeting:save': {
    request: z.object({ path: absolutePath.nullable(), meeting: meetingSchema }).strict(),
    response: savedMeetingSchema,
  },
  /** Asks the user where to save; `null` when they cancel. */
  'meeting:saveAs': {
    request: z.object({ meeting: meetingSchema }).strict(),
    response: savedMeetingSchema.nullable(),
  },
  'recent:list': { request: noRequest, response: z.array(recentFileSchema) },
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
  /** Replaces the recovery copy of this meeting; never touches the `.mdo` file itself. */
  'recovery:save': {
    request: z.object({ meeting: meetingSchema, path: absolutePath.nullable() }).strict(),
    response: z.null(),
  },
  'recovery:list': { request: noRequest, response: z.array(recoveryEntrySchema) },
  /** Removes the recovery copy of this meeting (after a save, or when the user throws the changes away). */
  'recovery:discard': {
    request: z.object({ meetingId: z.string().min(1).max(100) }).strict(),
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
export type SavedMeeting = z.infer<typeof savedMeetingSchema>;
export type RecentFile = z.infer<typeof recentFileSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
export type TemplateList = z.infer<typeof templateListSchema>;
export type ExportedFile = z.infer<typeof exportedFileSchema>;
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;

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
