import { createContext, useContext } from 'react';
import type { Participant } from '../../../shared/meeting/meeting-schema';

/**
 * What the blocks inside the notes need from the meeting: the participants
 * (to pick owners), the numbers B1/A1 (derived from the whole meeting), and
 * the day quick entries like "vrijdag" are counted from.
 */
export interface NotesContextValue {
  participants: readonly Participant[];
  numbers: ReadonlyMap<string, string>;
  /** "Vrijdag" means the Friday after this moment. */
  now: () => Date;
}

export const NotesContext = createContext<NotesContextValue>({
  participants: [],
  numbers: new Map(),
  now: () => new Date(),
});

export function useNotesContext(): NotesContextValue {
  return useContext(NotesContext);
}
