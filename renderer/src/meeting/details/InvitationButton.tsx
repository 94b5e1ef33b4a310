import { useId, useState } from 'react';
import type { MdoBridge } from '../../../../shared/ipc/bridge';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { callHost } from '../../app/bridge-call';
import { FileLocation } from '../FileLocation';

interface InvitationButtonProps {
  bridge: MdoBridge;
  /** The meeting as on screen, also with changes not yet saved. */
  meeting: Meeting;
}

type Outcome = { kind: 'saved'; path: string } | { kind: 'problem'; message: string } | null;

/**
 * "Uitnodiging (.ics)", under Volgend overleg: saves the calendar invitation
 * for the next meeting where the user chooses (date, time and place; of the
 * child only the initials). Why it cannot be made is said beside it.
 */
export function InvitationButton({ bridge, meeting }: InvitationButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const problemId = useId();

  async function save(): Promise<void> {
    if (busy) return;
    setBusy(true);
    setOutcome(null);
    try {
      const result = await callHost(() => bridge.exportInvitation(meeting));
      if (!result.ok) setOutcome({ kind: 'problem', message: result.error.message });
      else if (result.value) setOutcome({ kind: 'saved', path: result.value.path });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="invitation field--wide">
      <button
        type="button"
        className="button"
        aria-describedby={outcome?.kind === 'problem' ? `${hintId} ${problemId}` : hintId}
        aria-disabled={busy || undefined}
        onClick={() => void save()}
      >
        Uitnodiging (.ics)
      </button>
      <p id={hintId} className="field__hint">
        Slaat een agenda-uitnodiging voor het volgende overleg op, om te mailen of in uw agenda te zetten. Van het kind staan er alleen de
        initialen in.
      </p>
      {/* A live region, not role=status: the screen's one status is the save status. */}
      <div aria-live="polite">
        {outcome?.kind === 'saved' && (
          <div className="invitation__saved">
            Uitnodiging opgeslagen.
            <FileLocation path={outcome.path} />
          </div>
        )}
      </div>
      {outcome?.kind === 'problem' && (
        <p id={problemId} role="alert" className="invitation__problem">
          {outcome.message}
        </p>
      )}
    </div>
  );
}
