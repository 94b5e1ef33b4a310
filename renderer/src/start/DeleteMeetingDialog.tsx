import { useId, useRef, useState } from 'react';
import type { MeetingSummary } from '../../../shared/ipc/contract';
import { ModalDialog } from '../app/ModalDialog';
import { exportedCopiesText } from './exported-copies-text';

interface DeleteMeetingDialogProps {
  summary: MeetingSummary;
  /** Unsaved work of this meeting was kept after a crash; deleting throws it away too. */
  hasRecoveryCopy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Overleg verwijderen?": a modal question. Annuleren has the focus, so
 * Enter does not delete by accident; Escape cancels.
 */
export function DeleteMeetingDialog({ summary, hasRecoveryCopy, onConfirm, onCancel }: DeleteMeetingDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const [deleting, setDeleting] = useState(false);
  const title = summary.title?.trim() || 'Naamloos overleg';

  return (
    <ModalDialog
      title="Overleg verwijderen?"
      describedBy={`${id}-text`}
      onCancel={onCancel}
      // showModal focuses the first button; the safe answer gets the focus instead.
      initialFocus={() => cancelRef.current?.focus()}
    >
      <div id={`${id}-text`}>
        <p>
          Het bestand van <strong>{title}</strong> ({summary.fileName}) gaat naar de prullenbak. Daar kunt u het terughalen zolang
          de prullenbak niet is geleegd.
        </p>
        {hasRecoveryCopy && <p>Het niet-opgeslagen werk dat van dit overleg is bewaard, wordt ook weggegooid.</p>}
        <p className="delete-dialog__copies">{exportedCopiesText(summary.exportCount)}</p>
      </div>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={deleting}
          onClick={() => {
            setDeleting(true);
            onConfirm();
          }}
        >
          Verwijderen
        </button>
        <button ref={cancelRef} type="button" className="button button--quiet" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </ModalDialog>
  );
}
