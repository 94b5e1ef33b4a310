import { createContext, useContext } from 'react';
import type { Participant } from '../../../shared/meeting/meeting-schema';

/**
 * What the blocks inside the notes need from the meeting: the participants
 * (to pick owners) and the day quick entries like "vrijdag" are counted
 * from. The same object while the participants stay the same: typing, and
 * a new block, leave every reader of it (the toolbar, the plugins, the
 * blocks' fields) as it is.
 */
export interface NotesContextValue {
  participants: readonly Participant[];
  /** "Vrijdag" means the Friday after this moment. */
  now: () => Date;
}

export const NotesContext = createContext<NotesContextValue>({
  participants: [],
  now: () => new Date(),
});

export function useNotesContext(): NotesContextValue {
  return useContext(NotesContext);
}

/**
 * The blocks' numbers (B1, A1) by block id, derived from the whole meeting:
 * a context of its own, as a new block numbers every block after it again.
 * Only the blocks' small shells read it (their number and the names that
 * carry it).
 */
export const BlockNumbersContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useBlockNumber(blockId: string, fallback: string): string {
  return useContext(BlockNumbersContext).get(blockId) ?? fallback;
}
