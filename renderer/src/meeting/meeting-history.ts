/**
 * Undo and redo for the meeting's details: a list of earlier versions, the
 * current one and the undone ones. Typing in one field is one step, not one
 * step per key: edits of the same field that follow each other quickly are
 * merged into the step before them.
 */

/** One version of the document, named by its revision. */
export interface Version<T> {
  readonly value: T;
  /**
   * From one counter for the whole session, so a revision names exactly one
   * version: an edit, merged or not, makes a new one; undo and redo go back
   * to an earlier one; and a version of another document (or of the same
   * meeting opened again) never has a revision of this one.
   */
  readonly revision: number;
}

export interface History<T> {
  past: readonly Version<T>[];
  present: Version<T>;
  future: readonly Version<T>[];
  /** The field of the last recorded edit and when it was made, for merging. */
  lastField: string | null;
  lastAt: number;
}

/** Edits of the same field less than this far apart become one undo step. */
export const MERGE_WINDOW_MS = 1_000;
/** Enough steps for a meeting; older ones are dropped first. */
export const MAX_UNDO_STEPS = 200;

let lastRevision = 0;

function newVersion<T>(value: T): Version<T> {
  lastRevision += 1;
  return { value, revision: lastRevision };
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present: newVersion(present), future: [], lastField: null, lastAt: 0 };
}

/** Every edit gets a new revision, also one merged into the step before it: its content is new. */
export function recordEdit<T>(history: History<T>, next: T, field: string, at: number): History<T> {
  if (Object.is(next, history.present.value)) return history;
  const merge = field === history.lastField && at - history.lastAt < MERGE_WINDOW_MS && history.future.length === 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-MAX_UNDO_STEPS);
  return { past, present: newVersion(next), future: [], lastField: field, lastAt: at };
}

/**
 * The same change in every version, keeping each version's revision: for
 * facts that are not an edit and must survive undo and redo (see
 * appendExportLog in open-document.ts).
 */
export function changeEveryVersion<T>(history: History<T>, change: (value: T) => T): History<T> {
  const changed = (version: Version<T>): Version<T> => ({ value: change(version.value), revision: version.revision });
  return { ...history, past: history.past.map(changed), present: changed(history.present), future: history.future.map(changed) };
}

/**
 * A step that undo must not take back silently (the minutes made
 * definitive, or opened again, each logged in the meeting): the history
 * starts over from it, so neither undo nor redo can cross it.
 */
export function startOver<T>(history: History<T>, next: T, at: number): History<T> {
  if (Object.is(next, history.present.value)) return history;
  return { past: [], present: newVersion(next), future: [], lastField: null, lastAt: at };
}

/** A new undo step starts with the next edit, even in the same field. */
export function endStep<T>(history: History<T>): History<T> {
  return { ...history, lastField: null };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastField: null,
    lastAt: 0,
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, lastField: null, lastAt: 0 };
}
