import { useId } from 'react';
import type { UnsavedAnswer } from './app-session';
import { ModalDialog } from './ModalDialog';

interface UnsavedChangesDialogProps {
  onAnswer: (answer: UnsavedAnswer) => void;
}

/** A modal question; Escape means Annuleren. */
export function UnsavedChangesDialog({ onAnswer }: UnsavedChangesDialogProps) {
  const textId = useId();

  return (
    <ModalDialog title="Wijzigingen bewaren?" describedBy={textId} onCancel={() => onAnswer('cancel')}>
      <p id={textId}>Er zijn niet-opgeslagen wijzigingen. Wilt u ze bewaren?</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" autoFocus onClick={() => onAnswer('save')}>
          Opslaan
        </button>
        <button type="button" className="button" onClick={() => onAnswer('discard')}>
          Niet opslaan
        </button>
        <button type="button" className="button button--quiet" onClick={() => onAnswer('cancel')}>
          Annuleren
        </button>
      </div>
    </ModalDialog>
  );
}
