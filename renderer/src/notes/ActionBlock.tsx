import { memo, useEffect, useRef } from 'react';
import type { Participant } from '../../../shared/meeting/meeting-schema';
import { actionStatusLabels, actionStatusValues, type ActionData } from '../../../shared/notes/node-data';
import { ChoiceField } from '../forms/ChoiceField';
import { TextAreaField } from '../forms/TextAreaField';
import { takeFresh } from './block-ids';
import { useBlockKeys, useBlockUpdater } from './block-hooks';
import { RemoveBlockButton } from './RemoveBlockButton';
import { dueProblemOf, forgetDueProblem } from './block-requests';
import { DueDateField } from './DueDateField';
import { useBlockNumber, useNotesContext } from './notes-context';
import { OwnersField } from './OwnersField';

interface ActionBlockProps {
  nodeKey: string;
  data: ActionData;
}

const statusOptions = actionStatusValues.map((value) => ({ value, label: actionStatusLabels[value] }));

/**
 * Who does what by when, written where it was agreed. Enter goes from
 * field to field and, after the date, back to the text below. A due date
 * that was typed but could not be read is named here until a date is set.
 *
 * The block's number (A3) is the only thing that changes when a block is
 * added above it: this shell shows it, and the fields render again only
 * when the action's own data changes (ActionFields is memoised). Enter on
 * an `Actie:` line renumbers every block below it; the fields stay as they
 * are.
 */
export function ActionBlock({ nodeKey, data }: ActionBlockProps) {
  const { participants, now } = useNotesContext();
  const onKeyDown = useBlockKeys(nodeKey);
  const number = useBlockNumber(data.id, 'A');
  const wrapperRef = useRef<HTMLDivElement>(null);
  const dueProblem = data.due === null ? dueProblemOf(data.id) : null;

  useEffect(() => {
    if (takeFresh(data.id)) wrapperRef.current?.querySelector('textarea')?.focus();
  }, [data.id]);

  useEffect(() => {
    if (data.due !== null) forgetDueProblem(data.id);
  }, [data.id, data.due]);

  return (
    // Keys bubble up from the fields inside; the group itself takes no focus.
    <div ref={wrapperRef} role="group" aria-label={`Actie ${number}`} data-block-id={data.id} className="notes-block__body" onKeyDown={onKeyDown}>
      <p className="notes-block__label" aria-hidden="true">
        <span className="notes-block__number">{number}</span> Actie
      </p>
      <ActionFields nodeKey={nodeKey} data={data} participants={participants} now={now} />
      {dueProblem && (
        <p className="field__hint field__hint--problem" role="status">
          Getypte datum niet gelezen: {dueProblem}
        </p>
      )}
      <div className="notes-block__actions">
        <RemoveBlockButton nodeKey={nodeKey}>Actie {number} verwijderen</RemoveBlockButton>
      </div>
    </div>
  );
}

const ActionFields = memo(function ActionFields({
  nodeKey,
  data,
  participants,
  now,
}: ActionBlockProps & { participants: readonly Participant[]; now: () => Date }) {
  const update = useBlockUpdater<ActionData>(nodeKey);
  return (
    <>
      <TextAreaField label="Wat" rows={1} value={data.what} onChange={(what) => update({ ...data, what })} />
      <div className="notes-block__grid">
        <OwnersField value={data.who} participants={participants} onChange={(who) => update({ ...data, who })} />
        <DueDateField value={data.due} now={now} onChange={(due) => update({ ...data, due })} />
        <ChoiceField label="Status" value={data.status} options={statusOptions} onChange={(status) => update({ ...data, status })} />
      </div>
    </>
  );
});
