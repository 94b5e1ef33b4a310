/**
 * A quiet line about the lock when there is something to know but nothing
 * to decide: no lock could be made in this folder, or a lock left by a
 * crash was cleared. Empty (and silent) otherwise.
 */
export function LockNote({ note }: { note: string | null }) {
  if (note === null) return null;
  return <p className="lock-note">{note}</p>;
}
