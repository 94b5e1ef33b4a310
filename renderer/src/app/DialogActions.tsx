interface DialogActionsProps {
  submitLabel: string;
  onCancel: () => void;
  /** While the work runs (creating a meeting), the submit button waits. */
  busy?: boolean;
  /** The id of the text that says what the submit still waits for (a choice to make); off until that is done. */
  waitingFor?: string;
  className?: string;
}

/** The submit and Annuleren buttons at the foot of a form in a dialog; Annuleren is never the default. */
export function DialogActions({ submitLabel, onCancel, busy = false, waitingFor, className = 'dialog__actions' }: DialogActionsProps) {
  return (
    <div className={className}>
      <button type="submit" className="button button--primary" disabled={busy || waitingFor !== undefined} aria-describedby={waitingFor}>
        {submitLabel}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Annuleren
      </button>
    </div>
  );
}

interface Choice<Answer extends string> {
  answer: Answer;
  label: string;
}

/**
 * The foot of a question with two answers and Annuleren (Opslaan / Niet
 * opslaan, Alleen lezen / Toch bewerken): the first answer is the default
 * and has the focus; Annuleren comes last.
 */
export function DialogChoices<Answer extends string>({
  choices: [first, second],
  onAnswer,
}: {
  choices: readonly [Choice<Answer>, Choice<Answer>];
  onAnswer: (answer: Answer | 'cancel') => void;
}) {
  return (
    <div className="dialog__actions">
      <button type="button" className="button button--primary" autoFocus onClick={() => onAnswer(first.answer)}>
        {first.label}
      </button>
      <button type="button" className="button" onClick={() => onAnswer(second.answer)}>
        {second.label}
      </button>
      <button type="button" className="button button--quiet" onClick={() => onAnswer('cancel')}>
        Annuleren
      </button>
    </div>
  );
}
