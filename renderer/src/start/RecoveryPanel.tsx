import { useId, useRef } from 'react';
import type { RecoveryEntry } from '../../../shared/ipc/contract';
import { formatDutchDate } from '../../../shared/meeting/dutch-format';
import { fileNameOf } from '../format/file-path';
import { dateTimeText } from '../format/display-dates';

interface RecoveryPanelProps {
  entries: RecoveryEntry[];
  onRestore: (entry: RecoveryEntry) => void;
  /** Resolves to whether the copy is gone. */
  onDiscard: (entry: RecoveryEntry) => Promise<boolean>;
}

/**
 * Work the app kept automatically before it was closed unexpectedly. Each
 * button names its meeting, so with several copies a screen reader user
 * knows which one Herstellen or Weggooien acts on.
 */
export function RecoveryPanel({ entries, onRestore, onDiscard }: RecoveryPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function discard(entry: RecoveryEntry): Promise<void> {
    // The button is about to disappear; the panel's heading keeps the focus in place.
    if ((await onDiscard(entry)) && entries.length > 1) headingRef.current?.focus();
  }

  return (
    <section className="panel recovery-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
        Niet opgeslagen werk gevonden
      </h2>
      <p className="recovery-panel__intro">
        De app is afgesloten voordat alles was opgeslagen, bijvoorbeeld door een storing of doordat de computer uitging. Wat u
        had getypt, is automatisch bewaard. Kies <strong>Herstellen</strong> om verder te werken en sla het overleg daarna op,
        of <strong>Weggooien</strong> als u dit werk niet meer nodig hebt.
      </p>
      <ul className="recovery-list">
        {entries.map((entry) => {
          const title = entry.title.trim() || 'Naamloos overleg';
          return (
            <li key={entry.meetingId} className="recovery-card">
              <h3 className="recovery-card__title">{title}</h3>
              <p className="recovery-card__details">
                {entry.date ? `Overleg van ${formatDutchDate(entry.date)}. ` : ''}
                Laatst automatisch bewaard op {dateTimeText(entry.savedAt)}.
              </p>
              <p className="recovery-card__details muted">
                {entry.path === null
                  ? 'Dit overleg was nog nooit opgeslagen.'
                  : `Hoort bij het bestand ${fileNameOf(entry.path)}; Opslaan na herstellen schrijft naar dat bestand.`}
              </p>
              {entry.olderThanFile && (
                <p className="recovery-card__warning">
                  {entry.basedOn
                    ? 'Let op: het bestand is veranderd sinds u aan dit werk begon, door iemand anders of een ander programma. Herstellen kan; bij Opslaan vraagt de app eerst of u uw versie toch opslaat (de andere blijft bewaard als verborgen reservekopie), als nieuw bestand opslaat of het bestand opnieuw opent.'
                    : 'Let op: het bestand is later nog opgeslagen dan deze kopie. Kijk eerst in het bestand zelf; herstellen en opslaan vervangt die nieuwere versie.'}
                </p>
              )}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={`Herstellen: ${title}`}
                  onClick={() => onRestore(entry)}
                >
                  Herstellen
                </button>
                <button type="button" className="button" aria-label={`Weggooien: ${title}`} onClick={() => void discard(entry)}>
                  Weggooien
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
