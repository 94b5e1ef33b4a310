import { useId, useState, type FormEvent } from 'react';
import { makeDefinitive, reopen } from '../../../../shared/cycle/minutes-status';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { DialogActions } from '../../app/DialogActions';
import { ModalDialog } from '../../app/ModalDialog';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { MINUTES_STATUS_EDIT, type MeetingEdit } from '../open-document';

interface StatusDialogProps {
  meeting: Meeting;
  onEdit: (edit: MeetingEdit) => void;
  onClose: () => void;
}

/** The note-taker's name, the usual person to make the minutes definitive or to open them again. */
function defaultName(meeting: Meeting): string {
  return meeting.noteTaker.name.trim();
}

/** "Definitief maken…": by whom (the note-taker by default), then the meeting is frozen. */
export function MakeDefinitiveDialog({ meeting, onEdit, onClose }: StatusDialogProps) {
  const [by, setBy] = useState(defaultName(meeting));
  const [problem, setProblem] = useState<string | null>(null);
  const textId = useId();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const now = new Date();
    const made = makeDefinitive(meeting, by, now);
    if (!made.ok) {
      setProblem(made.error.message);
      event.currentTarget.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    onEdit({ field: MINUTES_STATUS_EDIT, apply: (current) => {
      const result = makeDefinitive(current, by, now);
      return result.ok ? result.value : current;
    } });
    onClose();
  }

  return (
    <ModalDialog title="Verslag definitief maken" describedBy={textId} onCancel={onClose}>
      <form className="minutes-status-dialog__form" onSubmit={submit} noValidate>
        <p id={textId}>
          Daarna kan niemand het overleg meer wijzigen. Een correctie kan alleen na Heropenen, met een reden die in het verslag wordt bijgehouden.
        </p>
        <TextField label="Definitief gemaakt door" required value={by} onChange={setBy} hint="Meestal de notulist." />
        {problem && (
          <p className="minutes-status__problem" role="alert">
            {problem}
          </p>
        )}
        <DialogActions submitLabel="Definitief maken" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}

/** "Heropenen…": who and why; the reason is required and kept in the meeting's log. */
export function ReopenDialog({ meeting, onEdit, onClose }: StatusDialogProps) {
  const [by, setBy] = useState(defaultName(meeting));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const textId = useId();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const now = new Date();
    const opened = reopen(meeting, by, reason, now);
    if (!opened.ok) {
      setProblem(opened.error.message);
      // The caret goes to what is missing.
      event.currentTarget.querySelector<HTMLElement>(opened.error.code === 'no-reason' ? 'textarea' : 'input')?.focus();
      return;
    }
    onEdit({ field: MINUTES_STATUS_EDIT, apply: (current) => {
      const result = reopen(current, by, reason, now);
      return result.ok ? result.value : current;
    } });
    onClose();
  }

  return (
    <ModalDialog title="Verslag heropenen" describedBy={textId} onCancel={onClose}>
      <form className="minutes-status-dialog__form" onSubmit={submit} noValidate>
        <p id={textId}>Het verslag wordt weer concept. Waarom het wordt heropend, door wie en wanneer, blijft in het verslag staan.</p>
        <TextField label="Heropend door" required value={by} onChange={setBy} />
        <TextAreaField
          label="Reden (verplicht)"
          rows={3}
          value={reason}
          hint={problem ? undefined : 'Bijvoorbeeld: correctie van een datum op verzoek van moeder.'}
          onChange={setReason}
        />
        {problem && (
          <p className="minutes-status__problem" role="alert">
            {problem}
          </p>
        )}
        <DialogActions submitLabel="Heropenen" onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}

/** The button that opens Heropenen…, with its dialog: on the frozen banner and in the Verslag section. */
export function ReopenButton({ meeting, onEdit, className = 'button' }: Omit<StatusDialogProps, 'onClose'> & { className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        Heropenen…
      </button>
      {open && <ReopenDialog meeting={meeting} onEdit={onEdit} onClose={() => setOpen(false)} />}
    </>
  );
}
