import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { DossierView as Dossier } from '../../../../shared/ipc/contract';
import { formatDutchDate } from '../../../../shared/meeting/dutch-format';
import type { AppSession } from '../../app/app-session';
import { callHost } from '../../app/bridge-call';
import { DossierView } from './DossierView';
import './dossier.css';

interface LibraryViewsProps {
  session: AppSession;
  /** The meetings one by one, as the start screen lists them. */
  list: ReactNode;
}

type Shown = { name: 'meetings' } | { name: 'dossiers' } | { name: 'dossier'; key: string };

function openCount(dossier: Dossier): number {
  return dossier.actions.filter((action) => action.open).length;
}

function lateCount(dossier: Dossier): number {
  return dossier.actions.filter((action) => action.open && action.overdueDays > 0).length;
}

/**
 * The library per meeting, or per dossier (the meetings about one child):
 * a dossier opens in a view with its meetings in order and every action
 * with its latest status and history.
 */
export function LibraryViews({ session, list }: LibraryViewsProps) {
  const [shown, setShown] = useState<Shown>({ name: 'meetings' });
  const [dossiers, setDossiers] = useState<Dossier[] | null>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<string | null>(null);
  const listHeadingId = useId();

  useEffect(() => {
    if (shown.name === 'meetings' || dossiers !== null) return undefined;
    let current = true;
    void (async () => {
      const result = await callHost(() => session.bridge.listDossiers());
      if (!current) return;
      if (result.ok) setDossiers(result.value);
      else {
        session.showError(result.error);
        setDossiers([]);
      }
    })();
    return () => {
      current = false;
    };
  }, [shown.name, dossiers, session]);

  useEffect(() => {
    // Back from a dossier: the focus goes to the button that opened it.
    if (shown.name === 'dossiers' && returnFocus.current) {
      document.querySelector<HTMLElement>(`[data-dossier-key="${CSS.escape(returnFocus.current)}"]`)?.focus();
      returnFocus.current = null;
    }
  }, [shown]);

  const dossier = shown.name === 'dossier' ? dossiers?.find((candidate) => candidate.key === shown.key) : undefined;

  return (
    <div className="library-views">
      <div className="library-views__switch" role="group" aria-label="Weergave van de overleggen">
        <button
          type="button"
          className="button button--small"
          aria-pressed={shown.name === 'meetings'}
          onClick={() => setShown({ name: 'meetings' })}
        >
          Per overleg
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={shown.name !== 'meetings'}
          onClick={() => {
            setDossiers(null);
            setShown({ name: 'dossiers' });
          }}
        >
          Per kind (dossiers)
        </button>
      </div>
      {shown.name === 'meetings' && list}
      {shown.name !== 'meetings' && dossiers === null && (
        <p className="muted" role="status">
          De dossiers worden gelezen…
        </p>
      )}
      {shown.name === 'dossiers' && dossiers !== null && (
        <section aria-labelledby={listHeadingId}>
          <h3 id={listHeadingId} ref={listHeadingRef} tabIndex={-1} className="visually-hidden">
            Dossiers
          </h3>
          {dossiers.length === 0 ? (
            <p className="muted">Er staan nog geen overleggen in de map.</p>
          ) : (
            <ul className="dossier-list">
              {dossiers.map((entry) => {
                const open = openCount(entry);
                const late = lateCount(entry);
                const last = entry.meetings.at(-1);
                return (
                  <li key={entry.key} className="dossier-card">
                    <h4 className="dossier-card__title">
                      <button
                        type="button"
                        className="meeting-card__open"
                        data-dossier-key={entry.key}
                        onClick={() => setShown({ name: 'dossier', key: entry.key })}
                      >
                        {entry.child || 'Kind zonder naam'}
                      </button>
                    </h4>
                    <p className="dossier-card__meta">
                      {entry.birthDate ? `Geboren ${formatDutchDate(entry.birthDate)} · ` : ''}
                      {entry.meetings.length === 1 ? '1 overleg' : `${entry.meetings.length} overleggen`}
                      {last?.date ? `, laatste ${formatDutchDate(last.date)}` : ''}
                    </p>
                    <p className={late > 0 ? 'dossier-card__open dossier-card__open--late' : 'dossier-card__open'}>
                      {open === 0 ? 'Geen open acties' : `${open} open ${open === 1 ? 'actie' : 'acties'}`}
                      {late > 0 ? `, waarvan ${late} over tijd` : ''}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      {shown.name === 'dossier' && dossier && (
        <DossierView
          dossier={dossier}
          onBack={() => {
            returnFocus.current = dossier.key;
            setShown({ name: 'dossiers' });
          }}
          onOpen={(path) => void session.openPath(path)}
        />
      )}
    </div>
  );
}
