import { useEffect } from 'react';
import type { AppSession } from './app-session';
import { isEditableTarget } from './editable-target';

/**
 * Ctrl+S / Cmd+S saves (with Shift: save as), also while typing in a field;
 * Ctrl+E opens the export dialog for the agenda, Ctrl+Shift+E for the minutes.
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo the meeting's details when
 * the focus is not in a text field; inside one they stay the field's own.
 */
export function useKeyboardShortcuts(session: AppSession): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const state = session.getState();
      if (key === 's') {
        // Never the browser's "save page as".
        event.preventDefault();
        if (state.screen.name !== 'meeting' || state.askingAboutUnsaved) return;
        void (event.shiftKey ? session.saveAs() : session.save());
        return;
      }
      if (key === 'e') {
        event.preventDefault();
        if (state.screen.name === 'meeting' && !state.askingAboutUnsaved && !state.choosingExport) {
          if (event.shiftKey) session.exportMinutes();
          else session.exportAgenda();
        }
        return;
      }
      if (state.screen.name !== 'meeting' || state.askingAboutUnsaved || isEditableTarget(event.target)) return;
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) session.redo();
        else session.undo();
      } else if (key === 'y') {
        event.preventDefault();
        session.redo();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
