import { useSyncExternalStore } from 'react';
import type { AppSession, SessionState } from './app-session';

export function useAppSession(session: AppSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
