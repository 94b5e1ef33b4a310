import { useId } from 'react';
import type { UnsavedAnswer } from './app-session';
import { DialogChoices } from './DialogActions';
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
      <DialogChoices
        choices={[
          { answer: 'save', label: 'Opslaan' },
          { answer: 'discard', label: 'Niet opslaan' },
        ]}
        onAnswer={onAnswer}
      />
    </ModalDialog>
  );
}
