import { useId, useRef, useState } from 'react';
import type { AppError } from '../../../shared/result';
import type { AppSession } from '../app/app-session';
import { ModalDialog } from '../app/ModalDialog';
import { planFollowUpFlow, type SaveFirstAnswer } from './plan-follow-up';
import './cycle.css';

interface FollowUpButtonProps {
  session: AppSession;
}

/**
 * "Vervolgoverleg plannen", under Volgend overleg: makes the next meeting
 * (Evaluatie-MDO, with Terugblik op de afspraken) and opens it. Why it
 * cannot be made yet is said beside the button.
 */
export function FollowUpButton({ session }: FollowUpButtonProps) {
  const [problem, setProblem] = useState<AppError | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const answer = useRef<((value: SaveFirstAnswer) => void) | null>(null);
  const hintId = useId();
  const problemId = useId();
  const textId = useId();

  function ask(): Promise<SaveFirstAnswer> {
    return new Promise((resolve) => {
      answer.current = resolve;
      setAsking(true);
    });
  }

  function reply(value: SaveFirstAnswer): void {
    setAsking(false);
    answer.current?.(value);
    answer.current = null;
  }

  async function plan(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      setProblem(await planFollowUpFlow(session, ask));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="follow-up field--wide">
      <button
        type="button"
        className="button"
        aria-describedby={problem ? `${hintId} ${problemId}` : hintId}
        aria-disabled={busy || undefined}
        onClick={() => void plan()}
      >
        {busy ? 'Vervolgoverleg wordt gemaakt…' : 'Vervolgoverleg plannen'}
      </button>
      <p id={hintId} className="field__hint follow-up__hint">
        Maakt het volgende overleg op deze datum, met dezelfde deelnemers en als eerste punt de terugblik op de afspraken die nog niet
        gedaan zijn.
      </p>
      {problem && (
        <p id={problemId} role="alert" className="follow-up__problem">
          {problem.message}
        </p>
      )}
      {asking && (
        <ModalDialog title="Eerst opslaan?" describedBy={textId} onCancel={() => reply('cancel')}>
          <p id={textId}>
            Het vervolgoverleg wordt gemaakt uit het opgeslagen overleg. Er zijn niet-opgeslagen wijzigingen: sla ze eerst op, dan komen ze
            mee.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" autoFocus onClick={() => reply('save')}>
              Opslaan en plannen
            </button>
            <button type="button" className="button button--quiet" onClick={() => reply('cancel')}>
              Annuleren
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
