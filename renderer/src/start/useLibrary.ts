import { useCallback, useEffect, useState } from 'react';
import type { MdoBridge } from '../../../shared/ipc/bridge';
import type { MeetingSummary, RecentFile } from '../../../shared/ipc/contract';
import type { AppError } from '../../../shared/result';
import { callHost } from '../app/bridge-call';

export interface LibraryView {
  loading: boolean;
  meetings: MeetingSummary[];
  recent: RecentFile[];
  libraryDir: string | null;
}

export interface Library extends LibraryView {
  /** Reads the folder again (after a meeting was deleted). */
  reload(): void;
}

/** The meetings in the library folder and the recent files, read once per visit of the start screen and after a deletion. */
export function useLibrary(bridge: MdoBridge, onError: (error: AppError) => void): Library {
  const [view, setView] = useState<LibraryView>({ loading: true, meetings: [], recent: [], libraryDir: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void (async () => {
      const [meetings, recent, info] = await Promise.all([
        callHost(() => bridge.listLibrary()),
        callHost(() => bridge.listRecent()),
        callHost(() => bridge.appInfo()),
      ]);
      if (!current) return;
      const failed = [meetings, recent, info].find((result) => !result.ok);
      if (failed && !failed.ok) onError(failed.error);
      setView({
        loading: false,
        meetings: meetings.ok ? meetings.value : [],
        recent: recent.ok ? recent.value : [],
        libraryDir: info.ok ? info.value.libraryDir : null,
      });
    })();
    return () => {
      current = false;
    };
  }, [bridge, onError, generation]);

  const reload = useCallback(() => setGeneration((current) => current + 1), []);
  return { ...view, reload };
}
