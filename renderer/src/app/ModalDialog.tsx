import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: ReactNode;
  /** `dialog` plus modifiers, e.g. `dialog dialog--wide`. */
  className?: string;
  /** The id of the text that says what the question is about. */
  describedBy?: string;
  /** Escape: the same as Annuleren. */
  onCancel: () => void;
  /** Where the focus starts; without it, the browser's choice (the first control, or one with autoFocus). */
  initialFocus?: (dialog: HTMLDialogElement) => void;
  children: ReactNode;
}

/**
 * A modal question or form with its title: a native <dialog> opened with
 * showModal, so focus stays inside and the page behind cannot be used;
 * closed when it leaves the screen.
 */
export function ModalDialog({ title, className = 'dialog', describedBy, onCancel, initialFocus, children }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Only the focus at opening counts; a later render does not move it.
  const focusAtOpening = useRef(initialFocus);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    if (!dialog.open) dialog.showModal();
    focusAtOpening.current?.(dialog);
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={className}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
