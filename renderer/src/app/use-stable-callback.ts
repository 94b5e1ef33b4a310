import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback with the same identity for the component's whole life that
 * always runs the latest `callback`: for a prop of a memoised child (the task
 * panel), which would render again for every new closure otherwise. Only for
 * event handlers: the latest callback is in place once the render is committed.
 */
export function useStableCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
