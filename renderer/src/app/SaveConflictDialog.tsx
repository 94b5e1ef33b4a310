import { useId } from 'react';
import { fileNameOf } from '../format/file-path';
import type { ConflictAnswer, SaveConflict } from './app-session';
import { ConflictChoice } from './ConflictChoice';
import { momentText } from './lock-owner-text';
import { ModalDialog } from './ModalDialog';

interface SaveConflictDialogProps {
  conflict: SaveConflict;
  onAnswer: (answer: ConflictAnswer) => void;
}

/** More would push the choices off a small screen; the rest is counted. */
const MAX_LISTED_DIFFERENCES = 6;

const choices: readonly { answer: ConflictAnswer; label: string; explanation: string }[] = [
  {
    answer: 'save-as',
    label: 'Opslaan als…',
    explanation: 'Uw versie komt in een nieuw bestand. Het bestand van de ander blijft zoals het is.',
  },
  {
    answer: 'overwrite',
    label: 'Toch opslaan',
    explanation: 'Uw versie komt in het bestand. De andere versie blijft bewaard als verborgen reservekopie (.bak) in dezelfde map.',
  },
  {
    answer: 'reload',
    label: 'Opnieuw openen',
    explanation: 'U ziet het bestand zoals het nu is. Uw eigen wijzigingen gaan verloren.',
  },
  {
    answer: 'cancel',
    label: 'Annuleren',
    explanation: 'Er gebeurt niets. Uw wijzigingen blijven in de app en in de herstelkopie.',
  },
];

/**
 * The file changed on disk since the user's version was read or saved,
 * and nothing was written. Each choice is a button with its consequence
 * beside it; Opslaan als (nothing is replaced) has the focus, Escape means
 * Annuleren.
 */
export function SaveConflictDialog({ conflict, onAnswer }: SaveConflictDialogProps) {
  const textId = useId();
  const listed = conflict.differences.slice(0, MAX_LISTED_DIFFERENCES);
  const more = conflict.differences.length - listed.length;

  return (
    <ModalDialog
      title="Het bestand is intussen veranderd"
      className="dialog dialog--wide dialog--conflict"
      describedBy={textId}
      onCancel={() => onAnswer('cancel')}
    >
      <div id={textId}>
        <p>
          Iemand anders of een ander programma heeft <span className="conflict__file">{fileNameOf(conflict.path)}</span> opgeslagen
          sinds u het opende of voor het laatst opsloeg ({momentText(conflict.changedAt) ?? 'onbekend wanneer'}). Er is nog niets
          overschreven.
        </p>
        {listed.length === 0 ? (
          <p className="conflict__differences-intro">Uw versie en het bestand zeggen hetzelfde; alleen het moment van opslaan verschilt.</p>
        ) : (
          <>
            <p className="conflict__differences-intro">Hier verschillen uw versie en het bestand:</p>
            <ul className="conflict__differences">
              {listed.map((line) => (
                <li key={line}>{line}</li>
              ))}
              {more > 0 && <li>en nog {more === 1 ? '1 ander verschil' : `${more} andere verschillen`}</li>}
            </ul>
          </>
        )}
      </div>
      <ul className="conflict__choices" aria-label="Wat wilt u doen?">
        {choices.map(({ answer, label, explanation }) => (
          <ConflictChoice key={answer} label={label} explanation={explanation} primary={answer === 'save-as'} onChoose={() => onAnswer(answer)} />
        ))}
      </ul>
    </ModalDialog>
  );
}
