import type { MdoBridge } from '../../../shared/ipc/bridge';
import type { FileStamp } from '../../../shared/ipc/contract';
import type { Meeting } from '../../../shared/meeting/meeting-schema';
import { callHost } from './bridge-call';

/**
 * Autosave to a recovery copy (never to the `.mdo` file itself): a copy is
 * written once typing pauses, and at the latest a few seconds after the
 * first change, so that steady typing is covered too. Invariant: a copy
 * exists only while the meeting on screen has unsaved changes; the session
 * discards it after a save and when the user throws the changes away.
 * Failures never interrupt typing: they are reported as a quiet line and
 * the next change tries again.
 */

/** Quiet time after the last change before the copy is written. */
export const RECOVERY_DELAY_MS = 1_500;
/** Steady typing without pauses is still copied this often. */
export const RECOVERY_MAX_WAIT_MS = 5_000;

export interface UnsavedWork {
  meeting: Meeting;
  path: string | null;
  /** The file version the work started from, so a restore can tell whether the file changed since. */
  basedOn?: FileStamp | null;
}

export interface RecoveryAutosaveOptions {
  bridge: MdoBridge;
  /** The meeting on screen when it has unsaved changes, else null. */
  unsavedWork: () => UnsavedWork | null;
  /** Why the last write failed (the host's Dutch message, e.g. a full disk), or null when it worked; for the quiet line on screen. */
  onProblem: (problem: string | null) => void;
  clock?: () => number;
}

export interface RecoveryAutosave {
  /** After a change: the copy follows once typing pauses. */
  schedule(): void;
  /** Writes a pending change now (window blur, page hidden, before closing). */
  flush(): Promise<void>;
  /** The changes are saved or thrown away: no pending write, and the copy goes. */
  /** Removes the copy of this meeting's work on this file (null: a meeting never saved). */
  discard(meetingId: string, path: string | null): Promise<void>;
}

export function createRecoveryAutosave({ bridge, unsavedWork, onProblem, clock = Date.now }: RecoveryAutosaveOptions): RecoveryAutosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingSince: number | null = null;
  // The content last copied (or deliberately dropped): nothing to do while it is on screen.
  let handled: Meeting | null = null;
  let problem: string | null = null;

  function cancel(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingSince = null;
  }

  function report(nowProblem: string | null): void {
    if (nowProblem === problem) return;
    problem = nowProblem;
    onProblem(nowProblem);
  }

  async function flush(): Promise<void> {
    cancel();
    const work = unsavedWork();
    if (!work || work.meeting === handled) return;
    handled = work.meeting;
    const result = await callHost(() => bridge.saveRecovery(work.meeting, work.path, work.basedOn ?? null));
    if (!result.ok && handled === work.meeting) handled = null;
    report(result.ok ? null : result.error.message);
  }

  return {
    schedule() {
      const now = clock();
      pendingSince ??= now;
      if (timer !== null) clearTimeout(timer);
      const wait = Math.max(0, Math.min(RECOVERY_DELAY_MS, pendingSince + RECOVERY_MAX_WAIT_MS - now));
      timer = setTimeout(() => void flush(), wait);
    },
    flush,
    async discard(meetingId, path) {
      // A save that finished after the user moved on to another meeting leaves that one's autosave alone.
      const work = unsavedWork();
      if (!work || work.meeting.id === meetingId) {
        cancel();
        handled = work?.meeting ?? null;
      }
      await callHost(() => bridge.discardRecovery(meetingId, path));
      // A copy that could not be removed is harmless: it is offered once more at the next start.
      report(null);
    },
  };
}
