import type { ExportLogEntry, Meeting } from '../../../shared/meeting/meeting-schema';
import { recordEdit, startHistory, type History } from './meeting-history';

/**
 * The meeting on screen: its edit history, where it lives on disk and the
 * version that is on disk. "Unsaved changes" means: the current version
 * differs from the saved one, so undoing back to it makes the meeting clean.
 */
export interface OpenDocument {
  history: History<Meeting>;
  /** Null until the meeting is saved for the first time. */
  path: string | null;
  /** The content as it is on disk (for a new meeting: as it was created). */
  saved: Meeting;
  /** When the file was last written, ISO timestamp; null for a new meeting. */
  savedAt: string | null;
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

export function newDocument(meeting: Meeting): OpenDocument {
  return { history: startHistory(meeting), path: null, saved: meeting, savedAt: null, fromRecovery: false };
}

export function openedDocument(meeting: Meeting, path: string): OpenDocument {
  return { history: startHistory(meeting), path, saved: meeting, savedAt: meeting.updatedAt, fromRecovery: false };
}

/** Unsaved work from a recovery copy; Opslaan writes to `path`, the file it belonged to. */
export function recoveredDocument(meeting: Meeting, path: string | null): OpenDocument {
  return { history: startHistory(meeting), path, saved: meeting, savedAt: null, fromRecovery: true };
}

export function currentMeeting(document: OpenDocument): Meeting {
  return document.history.present;
}

/** `updatedAt` is bookkeeping the host sets on save; it is not a change of the user. */
function sameContent(a: Meeting, b: Meeting): boolean {
  if (a === b) return true;
  return JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
}

export function isDirty(document: OpenDocument): boolean {
  return document.fromRecovery || !sameContent(document.history.present, document.saved);
}

export function applyEdit(document: OpenDocument, edit: MeetingEdit, at: number): OpenDocument {
  const next = edit.apply(document.history.present);
  return { ...document, history: recordEdit(document.history, next, edit.field, at) };
}

/**
 * After a save of `written` (which may be older than what is on screen now,
 * when the user kept typing during the save).
 */
export function markSaved(document: OpenDocument, written: Meeting, path: string, savedAt: string): OpenDocument {
  // A save ends the undo step: typing on in the same field starts a new one.
  const history = { ...document.history, lastField: null };
  return { ...document, history, path, saved: { ...written, updatedAt: savedAt }, savedAt, fromRecovery: false };
}

/**
 * Writes down an exported copy. The log records something that happened
 * outside the app, not an edit: undo and redo must never make the app forget
 * that a copy exists. So the entry goes into every version in the undo
 * history (earlier, current and undone ones) instead of being a step of its
 * own. The saved version stays as it is, so until the next save the entry
 * counts as an unsaved change (and the recovery copy keeps it).
 */
export function appendExportLog(document: OpenDocument, entry: ExportLogEntry): OpenDocument {
  const withEntry = (meeting: Meeting): Meeting => ({ ...meeting, exportLog: [...meeting.exportLog, entry] });
  const { history } = document;
  return {
    ...document,
    history: { ...history, past: history.past.map(withEntry), present: withEntry(history.present), future: history.future.map(withEntry) },
  };
}
