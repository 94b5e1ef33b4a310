import { useEffect, useRef, useState } from 'react';
import type { AppSession } from '../app/app-session';
import { isSearchKey } from './search-keys';
import { SearchDialog } from './SearchDialog';

/** The start screen's own search field, which Ctrl+K goes to there instead of a dialog. */
export const START_SEARCH_ATTRIBUTE = 'data-start-search';

/**
 * Zoeken in alle overleggen from anywhere: Ctrl+K (not in the notes, where
 * it is Link), Ctrl+Shift+F, or the menu. On the start screen the keys go
 * to its search field; elsewhere the search opens as a dialog, and Escape
 * closes it and gives the focus back to where it was.
 */
export function SearchLauncher({ session }: { session: AppSession }) {
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    function start(): void {
      const field = document.querySelector<HTMLInputElement>(`[${START_SEARCH_ATTRIBUTE}]`);
      if (field) {
        field.focus();
        field.select();
        return;
      }
      const openDialog = document.querySelector('dialog[open]');
      if (openDialog && !openDialog.classList.contains('dialog--search')) return;
      if (!openDialog) returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
      openDialog?.querySelector<HTMLInputElement>('input')?.select();
    }
    function onKeyDown(event: KeyboardEvent): void {
      if (!isSearchKey(event)) return;
      event.preventDefault();
      start();
    }
    document.addEventListener('keydown', onKeyDown);
    const unsubscribe = session.bridge.onHostEvent((event) => {
      if (event.type === 'command' && event.command === 'search') start();
    });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [session]);

  function close(chosen: boolean): void {
    setOpen(false);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (!chosen && target?.isConnected) requestAnimationFrame(() => target.focus());
  }

  return open ? <SearchDialog session={session} onClose={close} /> : null;
}
