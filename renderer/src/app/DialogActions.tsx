interface DialogActionsProps {
  submitLabel: string;
  onCancel: () => void;
  /** While the work runs (creating a meeting), the submit button waits. */
  busy?: boolean;
  className?: string;
}

/** The submit and Annuleren buttons at the foot of a form in a dialog; Annuleren is never the default. */
export function DialogActions({ submitLabel, onCancel, busy = false, className = 'dialog__actions' }: DialogActionsProps) {
  return (
    <div className={className}>
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Annuleren
      </button>
    </div>
  );
}
