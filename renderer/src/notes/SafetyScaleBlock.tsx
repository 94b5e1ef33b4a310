import { useEffect, useRef } from 'react';
import { ownerName } from '../../../shared/notes/derive-lists';
import { scaleReason, type SafetyScaleData } from '../../../shared/notes/node-data';
import { TextAreaField } from '../forms/TextAreaField';
import { takeFresh } from './block-ids';
import { useBlockKeys, useBlockUpdater } from './block-hooks';
import { RemoveBlockButton } from './RemoveBlockButton';
import { useNotesContext } from './notes-context';

interface SafetyScaleBlockProps {
  nodeKey: string;
  data: SafetyScaleData;
}

const scoreValues = ['', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

/**
 * Everybody's score on the safety scale (0–10), side by side, each with what
 * that person said about it, and below them the reason for the scale as a
 * whole (what the group said: a `Schaalvraag:` line's reason goes there,
 * once, so nobody appears to have said it alone).
 */
export function SafetyScaleBlock({ nodeKey, data }: SafetyScaleBlockProps) {
  const { participants } = useNotesContext();
  const update = useBlockUpdater<SafetyScaleData>(nodeKey);
  const onKeyDown = useBlockKeys(nodeKey);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const missing = participants.filter((participant) => !data.scores.some((score) => score.who.participantId === participant.id));

  useEffect(() => {
    if (takeFresh(data.id)) wrapperRef.current?.querySelector('select')?.focus();
  }, [data.id]);

  return (
    // Keys bubble up from the fields inside (Enter: next reason; Escape: back to the text); the group itself takes no focus.
    <div ref={wrapperRef} role="group" aria-label="Schaalvraag" data-block-id={data.id} className="notes-block__body" onKeyDown={onKeyDown}>
      <p className="notes-block__label">Schaalvraag</p>
      <p className="notes-block__question">{data.question}</p>
      <table className="scale-table">
        <thead>
          <tr>
            <th scope="col">Wie</th>
            <th scope="col">Cijfer</th>
            <th scope="col">Waarom dit cijfer?</th>
          </tr>
        </thead>
        <tbody>
          {data.scores.map((score, index) => {
            const name = ownerName(score.who, participants);
            const setScore = (patch: Partial<typeof score>) =>
              update({ ...data, scores: data.scores.map((item, at) => (at === index ? { ...item, ...patch } : item)) });
            return (
              <tr key={`${score.who.participantId ?? score.who.name}-${index}`}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    className="field__input scale-table__score"
                    aria-label={`Cijfer van ${name}`}
                    value={score.score === null ? '' : String(score.score)}
                    onChange={(event) => setScore({ score: event.target.value === '' ? null : Number(event.target.value) })}
                  >
                    {scoreValues.map((value) => (
                      <option key={value} value={value}>
                        {value === '' ? '–' : value}
                      </option>
                    ))}
                  </select>
                  <span className="scale-table__bar" aria-hidden="true">
                    <span className="scale-table__fill" style={{ width: `${(score.score ?? 0) * 10}%` }} />
                  </span>
                </td>
                <td>
                  <input
                    type="text"
                    className="field__input"
                    aria-label={`Waarom geeft ${name} dit cijfer?`}
                    value={score.reason}
                    onChange={(event) => setScore({ reason: event.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {missing.length > 0 && (
        <label className="notes-block__add-score">
          Cijfer toevoegen voor{' '}
          <select
            className="field__input"
            value=""
            onChange={(event) => {
              const participant = participants.find((p) => p.id === event.target.value);
              if (participant) update({ ...data, scores: [...data.scores, { who: { participantId: participant.id, name: participant.name }, score: null, reason: '' }] });
            }}
          >
            <option value="">Kies een deelnemer…</option>
            {missing.map((participant) => (
              <option key={participant.id} value={participant.id}>
                {participant.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <TextAreaField
        label="Waarom deze cijfers? (de hele schaal)"
        hint="Wat de groep samen zei. Wat één persoon zei, staat bij dat cijfer."
        rows={1}
        value={scaleReason(data)}
        onChange={(reason) => update({ ...data, reason })}
      />
      <TextAreaField label="Vraag" rows={1} value={data.question} onChange={(question) => update({ ...data, question })} />
      <div className="notes-block__actions">
        <RemoveBlockButton nodeKey={nodeKey}>Schaalvraag verwijderen</RemoveBlockButton>
      </div>
    </div>
  );
}
