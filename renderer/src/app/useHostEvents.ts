import { useEffect } from 'react';
import type { AppSession } from './app-session';
import { isEditableTarget } from './editable-target';

/**
 * Menu commands and files opened from the OS. The menu's Ongedaan maken /
 * Opnieuw act on the text field that has the focus, and otherwise on the
 * meeting's details.
 */
export function useHostEvents(session: AppSession): void {
  useEffect(
    () =>
      session.bridge.onHostEvent((event) => {
        if (event.type === 'command' && (event.command === 'undo' || event.command === 'redo')) {
          if (isEditableTarget(document.activeElement)) {
            // execCommand is deprecated but is still the only way to reach a field's native undo.
            document.execCommand(event.command);
          } else if (event.command === 'undo') session.undo();
          else session.redo();
          return;
        }
        session.handleHostEvent(event);
      }),
    [session],
  );
}
