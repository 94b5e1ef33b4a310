import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** The toolbar's own buttons that can be used now; not the entries of an open Meer list. */
function toolbarButtons(toolbar: HTMLElement): HTMLButtonElement[] {
  return [...toolbar.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.closest('.tool-menu__list'));
}

const moves: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (index, last) => (index >= last ? 0 : index + 1),
  ArrowLeft: (index, last) => (index <= 0 ? last : index - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The notes toolbar is one stop for Tab, as a toolbar is (WAI-ARIA): the
 * button used last, else the first, takes the focus; ← → Home End move
 * through the others. So the notes are a Tab away from the item's heading,
 * not ten, and every button also has its shortcut.
 */
export function useToolbarKeys(toolbarRef: RefObject<HTMLElement | null>): {
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
} {
  const lastRef = useRef<HTMLButtonElement | null>(null);

  // After every render: the buttons change (Vertrouwelijk… becomes Wijzigen… in a passage), the stop must stay one.
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    const buttons = toolbarButtons(toolbar);
    const usable = buttons.filter((button) => !button.disabled);
    const stop = usable.find((button) => button === lastRef.current) ?? usable[0];
    for (const button of buttons) {
      const tabIndex = button === stop ? 0 : -1;
      if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
    }
  });

  function onFocus(event: FocusEvent<HTMLElement>): void {
    const toolbar = toolbarRef.current;
    if (!toolbar || !(event.target instanceof HTMLButtonElement) || event.target.closest('.tool-menu__list')) return;
    lastRef.current = event.target;
    for (const button of toolbarButtons(toolbar)) button.tabIndex = button === event.target ? 0 : -1;
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    const move = moves[event.key];
    const toolbar = toolbarRef.current;
    if (!move || !toolbar || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    if (!(event.target instanceof HTMLButtonElement) || event.target.closest('.tool-menu__list')) return;
    const usable = toolbarButtons(toolbar).filter((button) => !button.disabled);
    const index = usable.indexOf(event.target);
    if (index < 0) return;
    event.preventDefault();
    usable[move(index, usable.length - 1)]?.focus();
  }

  return { onFocus, onKeyDown };
}
