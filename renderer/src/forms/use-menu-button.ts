import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * A menu button (a disclosure: a button and a list of buttons), as the
 * toolbar's Meer and Exporteren naar Word use it. Opening puts the focus on
 * the first entry that can be chosen; Escape closes and gives the focus back
 * to the button; a click elsewhere or Tab out of it closes it (a list left
 * open would cover what the keyboard reached next). With `arrows`, ↓ and ↑
 * move through the entries.
 */
export function useMenuButton({ arrows }: { arrows: boolean }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const entries = (): HTMLButtonElement[] => [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];

  useEffect(() => {
    if (!open) return;
    entries()[0]?.focus();
    function onPointerDown(event: PointerEvent): void {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  /** Closes the list; the focus goes back to the button. */
  function close(): void {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function move(step: 1 | -1): void {
    const buttons = entries();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
  }

  /** For the element around the button and the list. */
  const wrapperProps = {
    ref: wrapperRef,
    onBlur: (event: FocusEvent<HTMLDivElement>) => {
      if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
    },
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      if (!open) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close();
      } else if (arrows && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
      }
    },
  };

  return { open, setOpen, close, listId, buttonRef, listRef, wrapperProps };
}
