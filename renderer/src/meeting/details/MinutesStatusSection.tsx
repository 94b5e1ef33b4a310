import { format, isValid, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale';
import { useEffect, useId, useRef, useState } from 'react';
import { isFrozen, statusLogLines } from '../../../../shared/cycle/minutes-status';
import { minutesStatusText } from '../../../../shared/cycle/own-statement';
import type { Correction, OwnStatement } from '../../../../shared/meeting/meeting-schema';
import { participantsWithRole } from '../../../../shared/meeting/roles';
import { DateField } from '../../forms/DateField';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { newItemId } from '../../lists/reorder';
import type { MeetingPanelProps } from '../meeting-panel';
import { MakeDefinitiveDialog, ReopenButton } from './MinutesStatusDialogs';
import { PersonRefField } from './PersonRefField';
import './minutes-status.css';

function logTime(timestamp: string): string {
  const date = parseISO(timestamp);
  return isValid(date) ? format(date, "d MMMM yyyy 'om' HH:mm", { locale: nl }) : timestamp;
}

/**
 * Verslag, in Gegevens: concept → definitief. While concept: the date by
 * which participants can react, the corrections received and the own
 * statements (eigen verklaring) of parents or the young person, then
 * Definitief maken…; once definitive, everything is read only until
 * Heropenen… (with a reason). Every step is listed.
 */
export function MinutesStatusSection({ meeting, onEdit }: Pick<MeetingPanelProps, 'meeting' | 'onEdit'>) {
  const headingId = useId();
  const statusId = useId();
  const familyListId = useId();
  const [making, setMaking] = useState(false);
  const frozen = isFrozen(meeting);
  const corrections = meeting.corrections ?? [];
  const statements = meeting.ownStatements ?? [];
  const family = [...new Set(
    [...participantsWithRole(meeting, 'ouder'), ...participantsWithRole(meeting, 'kind')].map((p) => p.name.trim()).filter(Boolean),
  )];
  const log = statusLogLines(meeting, logTime);
  const sectionRef = useRef<HTMLElement>(null);
  // After adding a row the caret goes to its first field; after removing one, to the list's Toevoegen button.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const selector = focusNext.current;
    if (selector === null) return;
    focusNext.current = null;
    const targets = sectionRef.current?.querySelectorAll<HTMLElement>(selector);
    const last = targets?.[targets.length - 1];
    const target = last?.matches('fieldset') ? last.querySelector<HTMLElement>('input, textarea') : last;
    target?.focus();
  });

  const setCorrections = (change: (list: Correction[]) => Correction[]) =>
    onEdit({ field: 'corrections', apply: (current) => ({ ...current, corrections: change(current.corrections ?? []) }) });
  const setStatements = (change: (list: OwnStatement[]) => OwnStatement[]) =>
    onEdit({ field: 'ownStatements', apply: (current) => ({ ...current, ownStatements: change(current.ownStatements ?? []) }) });
  const changeCorrection = (index: number, patch: Partial<Correction>) =>
    setCorrections((list) => list.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const changeStatement = (id: string, patch: Partial<OwnStatement>) =>
    setStatements((list) => list.map((s) => (s.id === id ? { ...s, ...patch } : s)));

  return (
    <section ref={sectionRef} className="panel minutes-status" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Verslag
      </h2>
      <p className="minutes-status__state">
        <span className="minutes-status__label">Status: </span>
        <strong id={statusId} className={frozen ? 'minutes-status__value minutes-status__value--definitief' : 'minutes-status__value'}>
          {minutesStatusText(meeting)}
        </strong>
      </p>
      <p className="panel__subtitle">
        {frozen
          ? 'Het verslag is vastgesteld: niemand kan het overleg wijzigen. Voor een correctie kiest u Heropenen, met de reden; die blijft in het verslag staan.'
          : 'Het verslag gaat als concept naar de deelnemers. Leg hier vast wat er binnenkomt; ouders of de jongere die het er niet mee eens zijn, kunnen hun eigen verklaring laten opnemen.'}
      </p>

      <fieldset className="minutes-status__fields" disabled={frozen}>
        <legend className="visually-hidden">Reacties op het concept</legend>
        <div className="field-grid">
          <DateField
            label="Reageren vóór"
            value={meeting.reactionDeadline ?? null}
            describe={(value) => (value ? `Staat op het concept: reageren vóór ${format(parseISO(value), 'EEEE d MMMM yyyy', { locale: nl })}.` : 'Nog geen datum; vaak een of twee weken na het overleg.')}
            onChange={(date) => onEdit({ field: 'reactionDeadline', apply: (current) => ({ ...current, reactionDeadline: date }) })}
          />
        </div>

        <h3 className="minutes-status__subtitle">Correcties ontvangen</h3>
        {corrections.length === 0 && <p className="muted">Nog geen correcties vastgelegd.</p>}
        {corrections.map((correction, index) => (
          <fieldset key={index} className="minutes-status__row minutes-status__row--correction">
            <legend className="minutes-status__legend">Correctie {index + 1}</legend>
            <div className="field-grid">
              <DateField
                label="Ontvangen op"
                value={correction.receivedOn}
                withoutYear="last"
                onChange={(receivedOn) => changeCorrection(index, { receivedOn })}
              />
              <TextField label="Van" value={correction.from} onChange={(from) => changeCorrection(index, { from })} />
              <TextAreaField
                label="Wat"
                className="field--wide"
                rows={2}
                value={correction.text}
                hint="Wat er volgens de afzender niet klopt, en wat u hebt aangepast."
                onChange={(text) => changeCorrection(index, { text })}
              />
            </div>
            {!frozen && (
              <ListButton
                quiet
                label={`Correctie ${index + 1} verwijderen`}
                then="add--correction"
                focusNextRef={focusNext}
                onClick={() => setCorrections((list) => list.filter((_, i) => i !== index))}
              />
            )}
          </fieldset>
        ))}
        {!frozen && (
          <ListButton
            label="Correctie toevoegen"
            className="minutes-status__add--correction"
            then="row--correction"
            focusNextRef={focusNext}
            onClick={() => setCorrections((list) => [...list, { receivedOn: null, from: '', text: '' }])}
          />
        )}

        <h3 className="minutes-status__subtitle">Eigen verklaring</h3>
        <datalist id={familyListId}>
          {family.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {statements.length === 0 && (
          <p className="muted">Geen eigen verklaring. Ouders of de jongere die het niet eens zijn met het verslag, mogen hun eigen kijk laten opnemen.</p>
        )}
        {statements.map((statement, index) => (
          <fieldset key={statement.id} className="minutes-status__row minutes-status__row--statement">
            <legend className="minutes-status__legend">Eigen verklaring {index + 1}</legend>
            <div className="field-grid">
              <PersonRefField
                label="Van (ouder of jongere)"
                value={statement.by}
                participants={meeting.participants}
                listId={familyListId}
                onChange={(by) => changeStatement(statement.id, { by })}
              />
              <DateField
                label="Ontvangen op"
                value={statement.receivedOn}
                withoutYear="last"
                onChange={(receivedOn) => changeStatement(statement.id, { receivedOn })}
              />
              <TextAreaField
                label="Tekst, in hun eigen woorden"
                className="field--wide"
                rows={5}
                value={statement.text}
                hint="Neem de tekst over zoals u hem kreeg; niet inkorten of verbeteren. Hij komt onder een eigen kop in het verslag."
                onChange={(text) => changeStatement(statement.id, { text })}
              />
            </div>
            {!frozen && (
              <ListButton
                quiet
                label={`Eigen verklaring ${index + 1} verwijderen`}
                then="add--statement"
                focusNextRef={focusNext}
                onClick={() => setStatements((list) => list.filter((s) => s.id !== statement.id))}
              />
            )}
          </fieldset>
        ))}
        {!frozen && (
          <ListButton
            label="Eigen verklaring toevoegen"
            className="minutes-status__add--statement"
            then="row--statement"
            focusNextRef={focusNext}
            onClick={() => setStatements((list) => [...list, { id: newItemId('statement'), by: { participantId: null, name: '' }, receivedOn: null, text: '' }])}
          />
        )}
      </fieldset>

      <div className="button-row minutes-status__actions">
        {frozen ? (
          <ReopenButton meeting={meeting} onEdit={onEdit} />
        ) : (
          <button type="button" className="button button--primary" onClick={() => setMaking(true)}>
            Definitief maken…
          </button>
        )}
      </div>
      {making && !frozen && <MakeDefinitiveDialog meeting={meeting} onEdit={onEdit} onClose={() => setMaking(false)} />}

      <h3 className="minutes-status__subtitle">Verloop</h3>
      {log.length === 0 ? (
        <p className="muted">Nog niet definitief gemaakt.</p>
      ) : (
        <ol className="minutes-status__log" aria-label="Verloop van het verslag">
          {log.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

interface ListButtonProps {
  label: string;
  /** A quiet button (Verwijderen) or a plain one (Toevoegen). */
  quiet?: boolean;
  className?: string;
  /** Where the caret goes after the change: the last `.minutes-status__…` of that kind (see focusNext above). */
  then: string;
  focusNextRef: React.RefObject<string | null>;
  onClick: () => void;
}

/** Toevoegen or Verwijderen in the lists of corrections and own statements. */
function ListButton({ label, quiet = false, className, then, focusNextRef, onClick }: ListButtonProps) {
  return (
    <button
      type="button"
      className={['button', quiet ? 'button--quiet' : '', className ?? ''].filter(Boolean).join(' ')}
      onClick={() => {
        focusNextRef.current = `.minutes-status__${then}`;
        onClick();
      }}
    >
      {label}
    </button>
  );
}
