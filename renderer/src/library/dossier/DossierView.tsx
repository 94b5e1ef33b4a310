import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { actionIsFor, dossierPeople, DOSSIER_STATUS_LABELS, type DossierStatus } from '../../../../shared/cycle/dossier';
import { overdueText } from '../../../../shared/cycle/follow-up';
import type { DossierAction, DossierView as Dossier } from '../../../../shared/ipc/contract';
import { formatDutchDate, formatShortDutchDate } from '../../../../shared/meeting/dutch-format';

interface DossierViewProps {
  dossier: Dossier;
  onBack: () => void;
  onOpen: (path: string) => void;
}

function statusText(status: DossierStatus): string {
  return DOSSIER_STATUS_LABELS[status];
}

function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function historyLine(event: DossierAction['history'][number]): string {
  const when = event.meetingDate ? formatShortDutchDate(event.meetingDate) : 'overleg zonder datum';
  const what = event.kind === 'set' ? `afgesproken (${statusText(event.status)})` : statusText(event.status);
  return `${when}: ${what}${event.note ? ` – ${event.note}` : ''}`;
}

/**
 * Het dossier van het kind: its meetings in order, and every action of
 * the dossier with its latest status and where that came from; open and
 * overdue first, filterable per person.
 */
export function DossierView({ dossier, onBack, onOpen }: DossierViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const personId = useId();
  const openOnlyId = useId();
  const [person, setPerson] = useState('');
  const [openOnly, setOpenOnly] = useState(false);
  const people = useMemo(() => dossierPeople(dossier.actions), [dossier.actions]);
  const today = todayIso();
  const actions = dossier.actions.filter((action) => (!openOnly || action.open) && (person === '' || actionIsFor(action, person)));
  const meetingTitle = new Map(dossier.meetings.map((meeting) => [meeting.meetingId, meeting.date]));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="dossier-view" aria-labelledby={headingId}>
      <div className="dossier-view__head">
        <button type="button" className="button button--quiet button--small" onClick={onBack}>
          <span aria-hidden="true">←</span> Alle dossiers
        </button>
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="dossier-view__title">
          Dossier {dossier.child || 'kind zonder naam'}
          {dossier.birthDate ? <span className="dossier-view__birth"> (geboren {formatDutchDate(dossier.birthDate)})</span> : null}
        </h3>
      </div>

      <h4 className="dossier-view__subtitle">Overleggen</h4>
      <ol className="dossier-meetings">
        {dossier.meetings.map((meeting) => (
          <li key={meeting.path}>
            <button type="button" className="link-button" onClick={() => onOpen(meeting.path)}>
              {meeting.date ? formatDutchDate(meeting.date) : 'Zonder datum'}: {meeting.title || 'Naamloos overleg'}
            </button>
          </li>
        ))}
      </ol>

      <h4 className="dossier-view__subtitle">Acties</h4>
      <div className="dossier-filters">
        <div className="field">
          <label className="field__label" htmlFor={personId}>
            Acties van
          </label>
          <select id={personId} className="field__input field__input--select" value={person} onChange={(event) => setPerson(event.target.value)}>
            <option value="">iedereen</option>
            {people.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <label className="dossier-filters__check" htmlFor={openOnlyId}>
          <input id={openOnlyId} type="checkbox" checked={openOnly} onChange={(event) => setOpenOnly(event.target.checked)} /> Alleen open acties
        </label>
      </div>
      <p className="visually-hidden" role="status">
        {actions.length === 1 ? '1 actie' : `${actions.length} acties`}
      </p>
      {actions.length === 0 ? (
        <p className="muted">Geen acties bij deze keuze.</p>
      ) : (
        <ul className="dossier-actions" aria-label="Acties in dit dossier">
          {actions.map((action) => {
            const late = action.open ? overdueText(action.due, today) : null;
            const first = action.history[0];
            const from = first ? meetingTitle.get(first.meetingId) ?? first.meetingDate : null;
            return (
              <li key={action.key} className={late ? 'dossier-action dossier-action--late' : 'dossier-action'}>
                <div className="dossier-action__main">
                  <p className="dossier-action__what">
                    <span className="dossier-action__number">
                      {action.number}
                      {from ? ` (${formatShortDutchDate(from)})` : ''}
                    </span>{' '}
                    {action.what || '(geen omschrijving)'}
                  </p>
                  <p className="dossier-action__meta">
                    <span>Wie: {action.who || 'niemand genoemd'}</span>
                    <span>Uiterlijk: {action.due ? formatDutchDate(action.due) : 'geen datum'}</span>
                  </p>
                  <ol className="dossier-action__history" aria-label={`Verloop van ${action.number}`}>
                    {action.history.map((event, index) => (
                      <li key={`${event.meetingId}-${index}`}>{historyLine(event)}</li>
                    ))}
                  </ol>
                </div>
                <p className={action.open ? 'dossier-action__status dossier-action__status--open' : 'dossier-action__status'}>
                  <span className="visually-hidden">Status: </span>
                  {statusText(action.status)}
                  {late && (
                    <span className="dossier-action__late">
                      <span aria-hidden="true">⚠ </span>
                      {late}
                    </span>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
