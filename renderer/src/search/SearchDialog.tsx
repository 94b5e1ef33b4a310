import { ModalDialog } from '../app/ModalDialog';
import type { AppSession } from '../app/app-session';
import { searchShortcutHint } from './search-keys';
import { SearchPanel } from './SearchPanel';

interface SearchDialogProps {
  session: AppSession;
  /** `chosen`: a result was chosen (its meeting opens), so the focus does not go back. */
  onClose: (chosen: boolean) => void;
}

/** "Zoeken in alle overleggen": the search as a dialog, over whatever is on screen (Ctrl+K, Ctrl+Shift+F). */
export function SearchDialog({ session, onClose }: SearchDialogProps) {
  return (
    <ModalDialog
      title="Zoeken in alle overleggen"
      className="dialog dialog--search"
      onCancel={() => onClose(false)}
      initialFocus={(dialog) => dialog.querySelector<HTMLInputElement>('input')?.focus()}
    >
      <SearchPanel session={session} label="Zoekwoorden" hint={`${searchShortcutHint()} Esc sluit.`} variant="dialog" onChoose={() => onClose(true)} />
      <div className="dialog__actions">
        <button type="button" className="button button--quiet" onClick={() => onClose(false)}>
          Sluiten
        </button>
      </div>
    </ModalDialog>
  );
}
