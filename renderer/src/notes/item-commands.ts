import { createContext, useContext } from 'react';

/**
 * Commands about the agenda item whose notes are open, which the notes
 * toolbar offers in its Meer menu. Notuleren provides them; without it the
 * menu has the editor's own commands only.
 */
export interface ItemCommands {
  /** "Hele agendapunt vertrouwelijk…": opens the form; null when the item is confidential already (its band has the buttons). */
  markItemConfidential: (() => void) | null;
}

export const ItemCommandsContext = createContext<ItemCommands>({ markItemConfidential: null });

export function useItemCommands(): ItemCommands {
  return useContext(ItemCommandsContext);
}
