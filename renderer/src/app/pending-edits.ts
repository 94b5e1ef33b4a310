/**
 * Edits that are on screen but not yet in the session: the notes editor
 * reports typing in the text to the meeting when the note-taker pauses, not
 * at every key (each report renders the meeting screen, and React then reads
 * and restores the caret over the whole notes; see notes/report-notes.ts).
 * Whatever reads or changes the meeting (save, export, undo, another edit,
 * closing, the recovery copy) first calls flushPendingEdits(), so it sees
 * every letter typed.
 */
const pending = new Set<() => void>();

/** Registers a function that hands its pending edit to the session now; returns the function that unregisters it. */
export function holdPendingEdits(flush: () => void): () => void {
  pending.add(flush);
  return () => {
    pending.delete(flush);
  };
}

/** Hands every pending edit to the session, now. */
export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush();
}
