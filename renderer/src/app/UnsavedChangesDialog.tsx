import { useEffect, useId, useRef } from 'react';
import type { UnsavedAnswer } from './app-session';

interface UnsavedChangesDialogProps {
  onAnswer: (answer: UnsavedAnswer) => void;
}

/** A modal question; Escape means Annuleren. */
export function UnsavedChangesDialog({ onAnswer }: UnsavedChangesDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer('cancel');
      }}
    >
      <h2 id={titleId} className="dialog__title">
        Wijzigingen bewaren?
      </h2>
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
    </dialog>
  );
}
