import { useEffect } from 'react';
import type { CommandId } from '../../../shared/commands/command-table';
import type { AppSession, SessionCommand } from './app-session';
import { isEditableTarget } from './editable-target';
import { commandForKey } from './page-shortcuts';

/**
 * The command table's keys that the page handles itself, and whether they
 * also work while typing in a text field. Saving and exporting do (Ctrl+S in
 * the title field saves); undo and redo of the meeting's details do not,
 * there the field's own undo and redo stay. Nieuw overleg, Openen and the
 * window's keys are the menu's alone.
 */
const pageCommands = {
  save: { inTextFields: true },
  'save-as': { inTextFields: true },
  'export-agenda': { inTextFields: true },
  'export-minutes': { inTextFields: true },
  undo: { inTextFields: false },
  redo: { inTextFields: false },
} as const satisfies Partial<Record<CommandId & SessionCommand, { inTextFields: boolean }>>;

type PageCommand = keyof typeof pageCommands;

function isPageCommand(id: CommandId): id is PageCommand {
  return Object.hasOwn(pageCommands, id);
}

export function useKeyboardShortcuts(session: AppSession): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const id = commandForKey(event);
      if (!id || !isPageCommand(id)) return;
      const state = session.getState();
      const applies = state.screen.name === 'meeting' && !state.askingAboutUnsaved;
      if (pageCommands[id].inTextFields) {
        // Never the browser's own meaning (save the page, go to the address bar), also where it does not apply.
        event.preventDefault();
        if (applies) session.runCommand(id);
        return;
      }
      if (!applies || isEditableTarget(event.target)) return;
      event.preventDefault();
      session.runCommand(id);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [session]);
}
