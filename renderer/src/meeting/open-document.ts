import type { FileStamp } from '../../../shared/ipc/contract';
import type { ExportLogEntry, Meeting } from '../../../shared/meeting/meeting-schema';
import { isFrozen } from '../../../shared/cycle/minutes-status';
import { changeEveryVersion, endStep, recordEdit, startHistory, startOver, type History } from './meeting-history';

/**
 * The meeting on screen: its edit history, where it lives on disk and which
 * version is on disk. "Unsaved changes" means: the current version is not
 * the saved one, so undoing back to it makes the meeting clean. Versions are
 * compared by revision, never by content: checking costs nothing per
 * keystroke, however long the notes.
 */
export interface OpenDocument {
  history: History<Meeting>;
  /** The same in every version. */
  meetingId: string;
  /** Null until the meeting is saved for the first time. */
  path: string | null;
  /** The revision that is on disk (for a new meeting: the version as it was created). */
  savedRevision: number;
  /**
   * How many export-log entries the file on disk holds. The log only grows,
   * in every version at once (appendExportLog), so a longer log than this
   * is a copy the file does not know of yet.
   */
  savedExportCount: number;
  /** When the file was last written, ISO timestamp; null for a new meeting. */
  savedAt: string | null;
  /**
   * The version of the file this work started from (as read or last
   * written): a save replaces the file only while it still holds that
   * version. Null: nothing to compare with (a new meeting, an old recovery copy).
   */
  stamp: FileStamp | null;
  /**
   * Restored from a recovery copy after a crash: what is on disk is unknown
   * (older, or nothing at all), so the document counts as unsaved until the
   * next save, whatever undo does.
   */
  fromRecovery: boolean;
}

/** One change to the meeting, named by its field so that typing merges into one undo step. */
export interface MeetingEdit {
  field: string;
  apply: (meeting: Meeting) => Meeting;
}

/** A version as it went to disk: which one, and what it held. */
export interface WrittenVersion {
  revision: number;
  meeting: Meeting;
}

function documentOf(meeting: Meeting, path: string | null, savedAt: string | null, fromRecovery: boolean, stamp: FileStamp | null): OpenDocument {
  const history = startHistory(meeting);
  return {
    history,
    meetingId: meeting.id,
    path,
    savedRevision: history.present.revision,
    savedExportCount: meeting.exportLog.length,
    savedAt,
    stamp,
    fromRecovery,
  };
}

export function newDocument(meeting: Meeting): OpenDocument {
  return documentOf(meeting, null, null, false, null);
}

export function openedDocument(meeting: Meeting, path: string, stamp: FileStamp | null = null): OpenDocument {
  return documentOf(meeting, path, meeting.updatedAt, false, stamp);
}

/**
 * Unsaved work from a recovery copy; Opslaan writes to `path`, the file it
 * belonged to, once the file is still the version the work started from (`basedOn`).
 */
export function recoveredDocument(meeting: Meeting, path: string | null, basedOn: FileStamp | null = null): OpenDocument {
  return documentOf(meeting, path, null, true, basedOn);
}

export function currentMeeting(document: OpenDocument): Meeting {
  return document.history.present.value;
}

/** The version a save is about to write. */
export function currentVersion(document: OpenDocument): WrittenVersion {
  return { revision: document.history.present.revision, meeting: document.history.present.value };
}

/**
 * The meeting as it leaves the app in an export, its `updatedAt` naming the
 * version for the export log: the time the file was saved when nothing
 * changed since (what the file itself says), otherwise the time of the last
 * change on screen (`now` when the document was never edited here, as for
 * unsaved work restored after a crash). `updatedAt` in memory is the time
 * the meeting was read or created: a save writes the new time only into the file.
 */
export function exportedVersion(document: OpenDocument, now: number): Meeting {
  const meeting = currentMeeting(document);
  const unsavedChanges = document.fromRecovery || document.history.present.revision !== document.savedRevision;
  if (!unsavedChanges) return document.savedAt === null ? meeting : { ...meeting, updatedAt: document.savedAt };
  const changedAt = document.history.lastAt > 0 ? document.history.lastAt : now;
  return { ...meeting, updatedAt: new Date(changedAt).toISOString() };
}

export function isDirty(document: OpenDocument): boolean {
  return (
    document.fromRecovery ||
    document.history.present.revision !== document.savedRevision ||
    currentMeeting(document).exportLog.length !== document.savedExportCount
  );
}

/**
 * The edit that makes the minutes definitive or opens them again
 * (shared/cycle/minutes-status.ts): the only edit a definitive meeting
 * takes, and a step undo cannot cross (the history starts over from it).
 */
export const MINUTES_STATUS_EDIT = 'minutes-status';

/** Whether the edit would be refused: the minutes are definitive, and it is not Heropenen. */
export function editRefused(document: OpenDocument, edit: MeetingEdit): boolean {
  return edit.field !== MINUTES_STATUS_EDIT && isFrozen(currentMeeting(document));
}

export function applyEdit(document: OpenDocument, edit: MeetingEdit, at: number): OpenDocument {
  if (editRefused(document, edit)) return document;
  const next = edit.apply(currentMeeting(document));
  if (edit.field === MINUTES_STATUS_EDIT) return { ...document, history: startOver(document.history, next, at) };
  return { ...document, history: recordEdit(document.history, next, edit.field, at) };
}

/**
 * After a save of `written`, which may be older than what is on screen now
 * when the user kept typing during the save: then the document stays dirty.
 */
export function markSaved(document: OpenDocument, written: WrittenVersion, path: string, savedAt: string, stamp: FileStamp | null = null): OpenDocument {
  return {
    ...document,
    // A save ends the undo step: typing on in the same field starts a new one.
    history: endStep(document.history),
    path,
    savedRevision: written.revision,
    savedExportCount: written.meeting.exportLog.length,
    savedAt,
    stamp,
    fromRecovery: false,
  };
}

/** After Opslaan als the copy is a meeting of its own: every version in the undo history takes its new id, no revision changes. */
export function withMeetingId(document: OpenDocument, meetingId: string): OpenDocument {
  return { ...document, meetingId, history: changeEveryVersion(document.history, (meeting) => ({ ...meeting, id: meetingId })) };
}

/**
 * Writes down an exported copy. The log records something that happened
 * outside the app, not an edit: undo and redo must never make the app forget
 * that a copy exists. So the entry goes into every version in the undo
 * history (earlier, current and undone ones) instead of being a step of its
 * own, and no revision changes. Until the next save the entry counts as an
 * unsaved change (and the recovery copy keeps it): the log is longer than
 * the one on disk.
 */
export function appendExportLog(document: OpenDocument, entry: ExportLogEntry): OpenDocument {
  return {
    ...document,
    history: changeEveryVersion(document.history, (meeting) => ({ ...meeting, exportLog: [...meeting.exportLog, entry] })),
  };
}
