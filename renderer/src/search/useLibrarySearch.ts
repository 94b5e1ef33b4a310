import { useEffect, useRef, useState } from 'react';
import type { LibrarySearchAnswer } from '../../../shared/ipc/contract';
import type { MdoBridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/result';
import { callHost } from '../app/bridge-call';

/** A short pause after a keystroke before asking: typing fast asks less often, a pause answers at once. */
const DEBOUNCE_MS = 40;

export type SearchStatus =
  | { state: 'empty' }
  | { state: 'searching'; answer: LibrarySearchAnswer | null }
  | { state: 'done'; answer: LibrarySearchAnswer; query: string }
  | { state: 'failed'; message: string; query: string };

/**
 * Searches the library as the user types: the host holds the index and
 * answers with the meetings and lines; an answer for an older query than the
 * one in the field is dropped. The answer shown stays while the next one is
 * on its way, so the list does not flicker.
 */
export function useLibrarySearch(bridge: MdoBridge, query: string): SearchStatus {
  const [answered, setAnswered] = useState<{ query: string; result: Result<LibrarySearchAnswer> } | null>(null);
  const asked = useRef(0);
  const trimmed = query.trim();

  useEffect(() => {
    const number = ++asked.current;
    if (trimmed === '') return undefined;
    const timer = window.setTimeout(() => {
      void callHost(() => bridge.searchLibrary(trimmed)).then((result) => {
        if (number === asked.current) setAnswered({ query: trimmed, result });
      });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [bridge, trimmed]);

  if (trimmed === '') return { state: 'empty' };
  if (answered?.query === trimmed) {
    return answered.result.ok
      ? { state: 'done', answer: answered.result.value, query: trimmed }
      : { state: 'failed', message: answered.result.error.message, query: trimmed };
  }
  return { state: 'searching', answer: answered?.result.ok ? answered.result.value : null };
}
