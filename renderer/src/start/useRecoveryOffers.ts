import { useCallback, useEffect, useState } from 'react';
import type { RecoveryEntry } from '../../../shared/ipc/contract';
import type { AppSession } from '../app/app-session';
import { callHost } from '../app/bridge-call';

export interface RecoveryOffers {
  entries: RecoveryEntry[];
  /** Removes the copy; resolves to whether it is gone. */
  discard(entry: RecoveryEntry): Promise<boolean>;
  /** Reads the copies again (deleting a meeting removes its copy too). */
  reload(): void;
}

/**
 * Unsaved work left behind by a crash, read once per visit of the start
 * screen. A list that cannot be read is not worth an error message: there is
 * then simply nothing to offer.
 */
export function useRecoveryOffers(session: AppSession): RecoveryOffers {
  const [entries, setEntries] = useState<RecoveryEntry[]>([]);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void callHost(() => session.bridge.listRecovery()).then((result) => {
      if (current && result.ok) setEntries(result.value);
    });
    return () => {
      current = false;
    };
  }, [session, generation]);

  const discard = useCallback(
    async (entry: RecoveryEntry) => {
      const gone = await session.discardRecovery(entry);
      if (gone) setEntries((known) => known.filter((other) => other.meetingId !== entry.meetingId));
      return gone;
    },
    [session],
  );

  const reload = useCallback(() => setGeneration((current) => current + 1), []);
  return { entries, discard, reload };
}
