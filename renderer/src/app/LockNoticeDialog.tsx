import { useId } from 'react';
import type { LockOwner } from '../../../shared/ipc/contract';
import type { LockAnswer } from './app-session';
import { lockOwnerText } from './lock-owner-text';
import { DialogChoices } from './DialogActions';
import { ModalDialog } from './ModalDialog';

interface LockNoticeDialogProps {
  owner: LockOwner;
  onAnswer: (answer: LockAnswer) => void;
}

/**
 * Someone else has the meeting open (their lock file is beside it). The
 * meeting is already on screen, read-only; Alleen lezen is the default,
 * Escape means Annuleren (back to the overview).
 */
export function LockNoticeDialog({ owner, onAnswer }: LockNoticeDialogProps) {
  const textId = useId();

  return (
    <ModalDialog title="Dit overleg is al geopend" className="dialog dialog--wide" describedBy={textId} onCancel={() => onAnswer('cancel')}>
      <div id={textId}>
        <p>{lockOwnerText(owner)}. Als u het allebei bewerkt, kan de een het werk van de ander overschrijven.</p>
        <p className="dialog__hint">
          Met <strong>Alleen lezen</strong> bekijkt u het overleg; opslaan kan dan alleen als nieuw bestand (Opslaan als). Kies{' '}
          <strong>Toch bewerken</strong> alleen als u zeker weet dat niemand anders er nog aan werkt, bijvoorbeeld omdat de app daar
          is vastgelopen.
        </p>
      </div>
      <DialogChoices
        choices={[
          { answer: 'read-only', label: 'Alleen lezen' },
          { answer: 'take-over', label: 'Toch bewerken' },
        ]}
        onAnswer={onAnswer}
      />
    </ModalDialog>
  );
}
