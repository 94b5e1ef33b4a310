import { useEffect } from 'react';
import type { AppSession } from './app-session';

/**
 * Menu commands, the answer to the host's close prompt, and files opened
 * from the OS. The menu's Ongedaan maken / Opnieuw are Electron roles: they
 * act on the text field that has the focus and never come here.
 */
export function useHostEvents(session: AppSession): void {
  useEffect(() => session.bridge.onHostEvent((event) => session.handleHostEvent(event)), [session]);
}
