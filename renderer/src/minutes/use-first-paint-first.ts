import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first render of a long list's view, true from the render
 * after it: a view that opens with hundreds of rows (the task panel of a
 * 40-item meeting: 120 action cards with their fields) shows its first rows
 * with the rest of the screen, and the others follow in a transition, which
 * React renders in slices between frames. Switching to Notuleren paints at
 * once, instead of after creating every field of every card.
 */
export function useCompleteAfterFirstPaint(): boolean {
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    startTransition(() => setComplete(true));
  }, []);
  return complete;
}

/** How many rows of a list are rendered before the rest follows: more than a tall window shows. */
export const FIRST_ROWS = 12;
