import { memo, useEffect, useRef, type RefObject } from 'react';
import type { Participant } from '../../../shared/meeting/meeting-schema';
import { typedPerson } from '../../../shared/notes/typed-conventions';
import type { DecisionData } from '../../../shared/notes/node-data';
import { TextAreaField } from '../forms/TextAreaField';
import { takeFresh } from './block-ids';
import { useBlockKeys, useBlockUpdater } from './block-hooks';
import { RemoveBlockButton } from './RemoveBlockButton';
import { requestFieldFocus, takeFieldFocus } from './block-requests';
import { useBlockNumber, useNotesContext } from './notes-context';
import { PersonNameInput } from './PersonNameInput';

interface DecisionBlockProps {
  nodeKey: string;
  data: DecisionData;
}

/**
 * A decision where it was taken: the decision, why, and who disagreed.
 * Enter goes from field to field and, on the last, back to the text below;
 * a new disagreement starts in its "Wie" field.
 *
 * The number (B2) changes when a block is added above: this shell shows it,
 * and the fields render again only when the decision itself changes
 * (DecisionFields is memoised).
 */
export function DecisionBlock({ nodeKey, data }: DecisionBlockProps) {
  const { participants } = useNotesContext();
  const update = useBlockUpdater<DecisionData>(nodeKey);
  const onKeyDown = useBlockKeys(nodeKey);
  const number = useBlockNumber(data.id, 'B');
  const wrapperRef = useRef<HTMLDivElement>(null);
  const lastDissentRef = useRef<HTMLInputElement>(null);
  const addDissentRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (takeFresh(data.id)) wrapperRef.current?.querySelector('textarea')?.focus();
  }, [data.id]);

  // A field asked for by the editor (a typed "Reden:" or "Oneens:") or by the buttons below, once it is on screen.
  useEffect(() => {
    const field = takeFieldFocus(data.id);
    if (field === 'reason') wrapperRef.current?.querySelector<HTMLTextAreaElement>('.notes-block__reason textarea')?.focus();
    else if (field === 'last-dissent') (lastDissentRef.current ?? addDissentRef.current)?.focus();
  }, [data]);

  return (
    // Keys bubble up from the fields inside; the group itself takes no focus.
    <div ref={wrapperRef} role="group" aria-label={`Besluit ${number}`} data-block-id={data.id} className="notes-block__body" onKeyDown={onKeyDown}>
      <p className="notes-block__label" aria-hidden="true">
        <span className="notes-block__number">{number}</span> Besluit
      </p>
      <DecisionFields nodeKey={nodeKey} data={data} participants={participants} lastDissentRef={lastDissentRef} />
      <div className="notes-block__actions">
        <button
          ref={addDissentRef}
          type="button"
          className="button button--quiet notes-block__small"
          onClick={() => {
            requestFieldFocus(data.id, 'last-dissent');
            update({ ...data, dissent: [...data.dissent, { who: { participantId: null, name: '' }, why: '' }] });
          }}
        >
          Iemand is het oneens
        </button>
        <RemoveBlockButton nodeKey={nodeKey}>Besluit {number} verwijderen</RemoveBlockButton>
      </div>
    </div>
  );
}

const DecisionFields = memo(function DecisionFields({
  nodeKey,
  data,
  participants,
  lastDissentRef,
}: DecisionBlockProps & { participants: readonly Participant[]; lastDissentRef: RefObject<HTMLInputElement | null> }) {
  const update = useBlockUpdater<DecisionData>(nodeKey);
  return (
    <>
      <TextAreaField label="Besluit" rows={2} value={data.text} onChange={(text) => update({ ...data, text })} />
      <TextAreaField label="Reden (mag leeg)" className="notes-block__reason" rows={1} value={data.reason} onChange={(reason) => update({ ...data, reason })} />
      {data.dissent.map((entry, index) => (
        <div key={index} className="notes-block__row" role="group" aria-label={`Oneens ${index + 1}`}>
          <PersonNameInput
            label="Wie is het oneens?"
            inputRef={index === data.dissent.length - 1 ? lastDissentRef : undefined}
            value={entry.who.name}
            participants={participants}
            onChange={(name) => {
              const dissent = data.dissent.map((item, at) => (at === index ? { ...item, who: typedPerson(name, participants) } : item));
              update({ ...data, dissent });
            }}
          />
          <TextAreaField
            label="Waarom?"
            rows={1}
            value={entry.why}
            onChange={(why) => update({ ...data, dissent: data.dissent.map((item, at) => (at === index ? { ...item, why } : item)) })}
          />
          <button
            type="button"
            className="button button--quiet notes-block__small"
            onClick={() => {
              // The focus goes on to the last disagreement left, or to "Iemand is het oneens".
              requestFieldFocus(data.id, 'last-dissent');
              update({ ...data, dissent: data.dissent.filter((_, at) => at !== index) });
            }}
          >
            Oneens {index + 1} weghalen
          </button>
        </div>
      ))}
    </>
  );
});
