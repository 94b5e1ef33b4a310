import { useCallback, useState, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * A long list of buttons as one stop for Tab: ↑ ↓ Home End move the focus
 * through it (the agenda rail, the task panel's decisions and its actions
 * per person). The buttons but one have tabindex -1; which one keeps 0 is
 * the list's own choice.
 */
const listKeys: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(last, index + 1),
  ArrowUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/** The keydown handler of such a list: `selector` finds its buttons. */
export function moveFocusThroughList(event: KeyboardEvent<HTMLElement>, selector: string): void {
  const step = listKeys[event.key];
  if (!step || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLElement>(selector)];
  const index = buttons.findIndex((button) => button === document.activeElement);
  if (index < 0) return;
  event.preventDefault();
  buttons[step(index, buttons.length - 1)]?.focus();
}

/**
 * The stop of such a list: the button focused last while it is still in
 * the list, else the first. The buttons say who they are in
 * `data-roving-id`; `onFocus` goes on the list.
 */
export function useRovingStop(ids: readonly string[]): { stop: string | null; onFocus: (event: FocusEvent<HTMLElement>) => void } {
  const [focused, setFocused] = useState<string | null>(null);
  const stop = focused !== null && ids.includes(focused) ? focused : (ids[0] ?? null);
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const id = event.target instanceof HTMLElement ? event.target.dataset.rovingId : undefined;
    if (id !== undefined) setFocused(id);
  }, []);
  return { stop, onFocus };
}
