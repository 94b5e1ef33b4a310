import { useId, useMemo } from 'react';
import { checkAgenda } from '../../../../shared/agenda/agenda-check';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { hintCountText, hintTitle } from './agenda-hint-titles';
import './agenda-check.css';

/**
 * The agenda check beside every part of the meeting. Hints are advice and
 * never block. No live region: the list changes with every keystroke, which
 * would flood a screen reader; the count in the heading says what changed.
 */
export function AgendaCheckPanel({ meeting }: { meeting: Meeting }) {
  const headingId = useId();
  const hints = useMemo(() => checkAgenda(meeting), [meeting]);
  return (
    <section className="panel agenda-check" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title agenda-check__title">
        Agendacheck
        {hints.length > 0 && <span className="agenda-check__count"> {hintCountText(hints.length)}</span>}
      </h2>
      {hints.length === 0 ? (
        <p className="agenda-check__ok">
          <span aria-hidden="true" className="agenda-check__ok-mark">
            ✓
          </span>{' '}
          Alles lijkt in orde.
        </p>
      ) : (
        <>
          <p className="agenda-check__intro">Tips voor een agenda rond het kind. U beslist zelf wat u ermee doet.</p>
          <ul className="agenda-check__list">
            {hints.map((hint) => (
              <li key={`${hint.rule}-${hint.itemId ?? ''}`} className="agenda-check__hint">
                <h3 className="agenda-check__hint-title">{hintTitle(hint)}</h3>
                <p className="agenda-check__hint-text">{hint.message}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
