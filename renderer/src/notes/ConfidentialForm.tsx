import { useId, useState } from 'react';
import type { Confidentiality, Participant } from '../../../shared/meeting/meeting-schema';
import { DialogActions } from '../app/DialogActions';
import { choiceOf, participantChoiceLabel, restrictionOfChoice, type AudienceChoice } from './confidential-audience';

interface ConfidentialFormProps {
  /** What the form is about, as its group's name: "Vertrouwelijk markeren". */
  title: string;
  participants: readonly Participant[];
  /** The audience it has now (changing), or null (marking). */
  current: Confidentiality | null;
  submitLabel: string;
  onSubmit: (restriction: Confidentiality) => void;
  /** Annuleren or Escape: nothing changes. */
  onCancel: () => void;
}

/**
 * Who may not read a passage or an agenda item: only professionals may,
 * or everybody but the ticked participants. Used by the notes toolbar and
 * the agenda item's header.
 *
 * Marking is always a deliberate choice: a new mark starts with nothing
 * chosen and the submit button off, with the focus on the first choice, so
 * a stray Enter or space (the keys that opened the form) marks nothing.
 */
export function ConfidentialForm({ title, participants, current, submitLabel, onSubmit, onCancel }: ConfidentialFormProps) {
  const id = useId();
  const [choice, setChoice] = useState<AudienceChoice>(() => choiceOf(current, participants));
  // Changing a mark starts from its audience; a new mark from none.
  const [chosen, setChosen] = useState(current !== null);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = `${id}-problem`;
  const waitingId = `${id}-waiting`;

  function choose(next: AudienceChoice): void {
    setChoice(next);
    setChosen(true);
    setProblem(null);
  }

  return (
    <form
      noValidate
      className="confidential-form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        const result = restrictionOfChoice(choice, participants);
        if (!result.ok) {
          setProblem(result.problem);
          return;
        }
        onSubmit(result.restriction);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <fieldset className="confidential-form__audience" aria-describedby={problem ? problemId : undefined}>
        <legend className="confidential-form__legend">{title}: wie mag het niet lezen?</legend>
        <label className="confidential-form__option">
          <input
            type="radio"
            name={`${id}-scope`}
            autoFocus={!chosen || choice.scope === 'professionals'}
            checked={chosen && choice.scope === 'professionals'}
            onChange={() => choose({ ...choice, scope: 'professionals' })}
          />
          Alleen professionals
        </label>
        <label className="confidential-form__option">
          <input
            type="radio"
            name={`${id}-scope`}
            autoFocus={chosen && choice.scope === 'niet-voor'}
            checked={chosen && choice.scope === 'niet-voor'}
            onChange={() => choose({ ...choice, scope: 'niet-voor' })}
          />
          Niet voor:
        </label>
        {participants.length === 0 ? (
          <p className="muted confidential-form__people">Er zijn nog geen deelnemers. Voeg ze toe bij Deelnemers.</p>
        ) : (
          <ul className="confidential-form__people" aria-label="Niet voor">
            {participants.map((participant) => (
              <li key={participant.id}>
                <label className="confidential-form__option">
                  <input
                    type="checkbox"
                    checked={choice.notFor.includes(participant.id)}
                    onChange={(event) =>
                      choose({
                        // Ticking a person means "niet voor": the form follows the hand.
                        scope: event.target.checked ? 'niet-voor' : choice.scope,
                        notFor: event.target.checked
                          ? [...choice.notFor, participant.id]
                          : choice.notFor.filter((other) => other !== participant.id),
                      })
                    }
                  />
                  {participantChoiceLabel(participant)}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {problem && (
        <p id={problemId} className="field__hint field__hint--problem" role="alert">
          {problem}
        </p>
      )}
      {!chosen && (
        <p id={waitingId} className="field__hint">
          Kies eerst wie het niet mag lezen.
        </p>
      )}
      <DialogActions submitLabel={submitLabel} onCancel={onCancel} waitingFor={chosen ? undefined : waitingId} className="button-row" />
    </form>
  );
}
