import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LibrarySearchAnswer } from '../../../shared/ipc/contract';
import type { MdoBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/result';
import { callHost } from '../app/bridge-call';

export type SearchStatus =
  | { state: 'empty' }
  | { state: 'short' }
  /** The answer shown meanwhile is the one to `shownQuery` (its words stay marked until the new answer comes). */
  | { state: 'searching'; answer: LibrarySearchAnswer | null; shownQuery: string | null }
  | { state: 'done'; answer: LibrarySearchAnswer; query: string }
  | { state: 'failed'; message: string; query: string };

interface Answered {
  query: string;
  result: Result<LibrarySearchAnswer>;
}

/**
 * Asks the host for one query at a time: a keystroke asks at once when no
 * question is on its way; keystrokes while one is on its way are gathered,
 * and only the last text is asked when the answer is in. So a slow answer
 * never piles up questions, and a quick one never waits for a timer.
 */
function createAsker(bridge: MdoBridge, onAnswer: (answered: Answered) => void): { want(query: string): void } {
  let busy = false;
  let wanted = '';
  function ask(query: string): void {
    busy = true;
    void callHost(() => bridge.searchLibrary(query)).then((result) => {
      busy = false;
      onAnswer({ query, result });
      if (wanted !== '' && wanted !== query) ask(wanted);
    });
  }
  return {
    want(query) {
      wanted = query;
      if (query !== '' && !busy) ask(query);
    },
  };
}

/** One letter finds half the library: the search starts at two. */
function searchable(query: string): string {
  const trimmed = query.trim();
  return /[\p{L}\p{N}]{2}/u.test(trimmed) ? trimmed : '';
}

/**
 * Searches the library as the user types: the host holds the index and
 * answers with the meetings and lines. The question goes out from the
 * keystroke itself (not after React has painted the field). The answer
 * shown stays while the next one is on its way, so the list does not flicker.
 * The answer is rendered in the task that brings it (flushSync): left to
 * React's scheduler it often waited a frame, a third of a keystroke's time.
 */
export function useLibrarySearch(bridge: MdoBridge): { query: string; setQuery: (query: string) => void; status: SearchStatus } {
  const [query, setQueryState] = useState('');
  const [answered, setAnswered] = useState<Answered | null>(null);
  const asker = useMemo(() => createAsker(bridge, (next) => flushSync(() => setAnswered(next))), [bridge]);
  const setQuery = useCallback(
    (next: string) => {
      setQueryState(next);
      asker.want(searchable(next));
    },
    [asker],
  );

  const trimmed = query.trim();
  let status: SearchStatus;
  if (trimmed === '') status = { state: 'empty' };
  else if (searchable(query) === '') status = { state: 'short' };
  else if (answered?.query === trimmed) {
    status = answered.result.ok
      ? { state: 'done', answer: answered.result.value, query: trimmed }
      : { state: 'failed', message: answered.result.error.message, query: trimmed };
  } else {
    const shown = answered?.result.ok ? answered : null;
    status = { state: 'searching', answer: shown?.result.ok ? shown.result.value : null, shownQuery: shown?.query ?? null };
  }
  return { query, setQuery, status };
}
