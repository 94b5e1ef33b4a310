/**
 * Undo and redo for the meeting's details: a list of earlier versions, the
 * current one and the undone ones. Typing in one field is one step, not one
 * step per key: edits of the same field that follow each other quickly are
 * merged into the step before them.
 */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** The field of the last recorded edit and when it was made, for merging. */
  lastField: string | null;
  lastAt: number;
}

/** Edits of the same field less than this far apart become one undo step. */
export const MERGE_WINDOW_MS = 1_000;
/** Enough steps for a meeting; older ones are dropped first. */
export const MAX_UNDO_STEPS = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastField: null, lastAt: 0 };
}

export function recordEdit<T>(history: History<T>, next: T, field: string, at: number): History<T> {
  if (Object.is(next, history.present)) return history;
  const merge = field === history.lastField && at - history.lastAt < MERGE_WINDOW_MS && history.future.length === 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-MAX_UNDO_STEPS);
  return { past, present: next, future: [], lastField: field, lastAt: at };
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
