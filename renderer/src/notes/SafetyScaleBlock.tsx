import { useEffect, useId, useRef } from 'react';
import type { Participant } from '../../../shared/meeting/meeting-schema';
import { ownerName } from '../../../shared/notes/derive-lists';
import { scaleReason, type SafetyScaleData } from '../../../shared/notes/node-data';
import { ParsedTextField, type FieldReading } from '../forms/ParsedTextField';
import { TextAreaField } from '../forms/TextAreaField';
import { takeFresh } from './block-ids';
import { useBlockKeys, useBlockUpdater } from './block-hooks';
import { requestFieldFocus, takeFieldFocus } from './block-requests';
import { RemoveBlockButton } from './RemoveBlockButton';
import { useNotesContext } from './notes-context';

interface SafetyScaleBlockProps {
  nodeKey: string;
  data: SafetyScaleData;
}

const SCORE_FIELDS = '.scale-table__score input';
const MAX_SCORE = 10;

/**
 * A score, typed: a whole number from 0 to 10 (↑ and ↓ step it), or empty.
 * Not a drop-down list: a <select> anywhere in the notes makes Chromium lay
 * out the whole page at every keystroke in them (minutes.css).
 */
function ScoreField({ name, score, onChange }: { name: string; score: number | null; onChange: (score: number | null) => void }) {
  return (
    <ParsedTextField
      label={`Cijfer van ${name}`}
      labelHidden
      className="scale-table__score"
      value={score === null ? null : String(score)}
      onChange={(value) => onChange(value === null ? null : Number(value))}
      read={(text): FieldReading => {
        const digits = text.trim();
        const value = /^\d{1,2}$/.test(digits) ? Number(digits) : Number.NaN;
        return value >= 0 && value <= MAX_SCORE ? { ok: true, value: String(value) } : { ok: false, message: `Een cijfer is een heel getal van 0 tot en met ${MAX_SCORE}.` };
      }}
      write={(value) => value}
      describe={() => null}
      kept={(value) => `Het cijfer blijft ${value}.`}
      step={(value, direction) => String(Math.min(MAX_SCORE, Math.max(0, value === null ? (direction > 0 ? 0 : MAX_SCORE) : Number(value) + direction)))}
      placeholder="–"
      inputMode="numeric"
      inputClassName="field__input"
    />
  );
}

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

  const addScoreId = useId();

  // A new scale: the focus in its first score. A score added for someone: the focus in theirs (the last row), once it is on screen.
  useEffect(() => {
    if (takeFresh(data.id)) wrapperRef.current?.querySelector<HTMLInputElement>(SCORE_FIELDS)?.focus();
  }, [data.id]);
  useEffect(() => {
    if (takeFieldFocus(data.id) === 'last-score') [...(wrapperRef.current?.querySelectorAll<HTMLInputElement>(SCORE_FIELDS) ?? [])].at(-1)?.focus();
  }, [data]);

  function addScore(participant: Participant): void {
    requestFieldFocus(data.id, 'last-score');
    update({ ...data, scores: [...data.scores, { who: { participantId: participant.id, name: participant.name }, score: null, reason: '' }] });
  }

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
                  <ScoreField name={name} score={score.score} onChange={(value) => setScore({ score: value })} />
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
        <div className="notes-block__add-score" role="group" aria-labelledby={addScoreId}>
          <span id={addScoreId}>Cijfer toevoegen voor</span>
          {missing.map((participant) => (
            <button
              key={participant.id}
              type="button"
              className="button button--quiet notes-block__small"
              onClick={() => addScore(participant)}
            >
              + {participant.name}
            </button>
          ))}
        </div>
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
