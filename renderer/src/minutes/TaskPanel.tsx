import { memo, useCallback, useId, useMemo, useState, type CSSProperties } from 'react';
import {
  ownerNames,
  tasksPerPerson,
  taskWarnings,
  type MeetingLists,
  type TaskWarning,
  type NumberedAction,
  type NumberedDecision,
} from '../../../shared/notes/derive-lists';
import { patchAction } from '../../../shared/notes/edit-blocks';
import { actionStatusLabels, actionStatusValues, type ActionData } from '../../../shared/notes/node-data';
import { resolvePerson, splitNames } from '../../../shared/notes/typed-conventions';
import { formatShortDutchDate } from '../../../shared/meeting/dutch-format';
import type { Confidentiality, Meeting, Participant } from '../../../shared/meeting/meeting-schema';
import { restrictionLabel } from '../../../shared/privacy/audience';
import { DateField } from '../forms/DateField';
import { moveFocusThroughList, useRovingStop } from '../lists/roving-focus';
import { useBlockNumber } from '../notes/notes-context';
import type { MeetingEdit } from '../meeting/open-document';
import { FIRST_ROWS, useCompleteAfterFirstPaint } from './use-first-paint-first';
import { useSeenOnce } from './use-seen-once';

interface TaskPanelProps {
  id: string;
  /** Closed by the note-taker: the panel stays in the page, hidden, so its toggle always controls something. */
  hidden: boolean;
  /** What the panel reads of the meeting: its own object, so typing notes (a new meeting per key) leaves the panel as it is. */
  meeting: TaskPanelMeeting;
  lists: MeetingLists;
  onEdit: (edit: MeetingEdit) => void;
  /** Shows the agenda item and the block where it was written. */
  onJump: (itemId: string, blockId: string) => void;
}

export type TaskPanelMeeting = Pick<Meeting, 'participants' | 'coordinator' | 'date'>;

type PanelView = 'order' | 'person';

const attendanceWords = { aanwezig: '', afgemeld: 'afgemeld', afwezig: 'afwezig' } as const;

/**
 * "Besluiten & taakverdeling": every decision and action of the meeting,
 * derived live from the notes. Status, owner and date can be changed here;
 * the change is written into the notes, where the block lives. It is a
 * side panel of Notuleren: each action is a small card (a table row laid
 * out as one), so names have the card's width and are never cut.
 *
 * Memoised, and each action row too: the panel renders again only when the
 * lists or the people change (a keystroke in the text between the blocks
 * changes neither), and a row only when its own action does.
 */
export const TaskPanel = memo(function TaskPanel({ id, hidden, meeting, lists, onEdit, onJump }: TaskPanelProps) {
  const headingId = useId();
  const [view, setView] = useState<PanelView>('order');
  const warnings = useMemo(() => taskWarnings(meeting, lists.actions, new Date()), [meeting, lists.actions]);
  // The first cards come with the panel, the rest a moment later (use-first-paint-first.ts).
  const complete = useCompleteAfterFirstPaint();
  const decisions = complete ? lists.decisions : lists.decisions.slice(0, FIRST_ROWS);
  const actions = complete ? lists.actions : lists.actions.slice(0, FIRST_ROWS);
  const groups = byItem(actions);
  // One list of names for every card's Wie field, not one per card.
  const namesId = useId();

  const change = useCallback(
    (action: NumberedAction, field: string, patch: Partial<Omit<ActionData, 'id'>>): void => {
      onEdit({ field: `action:${action.data.id}:${field}`, apply: (m) => patchAction(m, action.itemId, action.data.id, patch) });
    },
    [onEdit],
  );

  return (
    <section id={id} className="task-panel" aria-labelledby={headingId} hidden={hidden}>
      <div className="task-panel__head">
        <h2 id={headingId} className="task-panel__title">
          Besluiten &amp; taakverdeling
        </h2>
        <div className="task-panel__views" role="group" aria-label="Weergave">
          <button type="button" className="task-panel__view" aria-pressed={view === 'order'} onClick={() => setView('order')}>
            Op volgorde
          </button>
          <button type="button" className="task-panel__view" aria-pressed={view === 'person'} onClick={() => setView('person')}>
            Per persoon
          </button>
        </div>
      </div>

      {/* The head stays while this part scrolls: the panel's toggle sits over the head, never over a card. */}
      <div className="task-panel__scroll">
        <TaskWarnings warnings={warnings} />

        {view === 'order' ? (
          <>
            <h3 className="task-panel__subtitle">Besluiten</h3>
            {lists.decisions.length === 0 ? (
              <p className="muted">Nog geen besluiten. Typ “Besluit:” aan het begin van een regel, of kies Besluit invoegen.</p>
            ) : (
              <DecisionList decisions={decisions} participants={meeting.participants} onJump={onJump} />
            )}
            <h3 className="task-panel__subtitle">Acties</h3>
            {lists.actions.length === 0 ? (
              <p className="muted">Nog geen acties. Typ “Actie:” aan het begin van een regel, of kies Actie invoegen.</p>
            ) : (
              // Until it comes near the panel's visible part, the browser sets the whole table aside (minutes.css): its
              // height meanwhile is its groups' estimate.
              <table className="task-table" style={{ '--task-table-groups': groups.length } as CSSProperties}>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">Nr</th>
                    <th scope="col">Wat</th>
                    <th scope="col">Wie</th>
                    <th scope="col">Uiterlijk</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                {groups.map((group) => (
                  <tbody key={group.itemId} className="task-table__group">
                    {group.actions.map((action) => (
                      <ActionRow key={action.data.id} action={action} participants={meeting.participants} namesId={namesId} onChange={change} onJump={onJump} />
                    ))}
                  </tbody>
                ))}
              </table>
            )}
            {lists.actions.length > 0 && (
              <datalist id={namesId}>
                {meeting.participants.map((participant) => (
                  <option key={participant.id} value={participant.name} />
                ))}
              </datalist>
            )}
          </>
        ) : (
          <PerPerson meeting={meeting} lists={lists} onJump={onJump} />
        )}
      </div>
    </section>
  );
});

/**
 * The cards come in groups, an agenda item's actions in a tbody of their
 * own: a group out of sight is not laid out or painted (content-visibility in
 * minutes.css). A group, not each card: the browser keeps a layer and an
 * intersection check for every such element, at every frame, also while the
 * note-taker types. By item, so a new action changes its own group only, and
 * no card moves to another group (where React would make it anew).
 */
function byItem(actions: readonly NumberedAction[]): { itemId: string; actions: NumberedAction[] }[] {
  const groups: { itemId: string; actions: NumberedAction[] }[] = [];
  for (const action of actions) {
    const group = groups.at(-1);
    if (group?.itemId === action.itemId) group.actions.push(action);
    else groups.push({ itemId: action.itemId, actions: [action] });
  }
  return groups;
}

/** Up to this many points to watch show at once; a longer list starts folded, under its count. */
const WARNINGS_OPEN_UP_TO = 5;

/**
 * "Let op": the actions without an owner or a date, and the like. A few are
 * listed at once; a long list (a long meeting, early on, has dozens) is
 * folded under its count, so the cards stay in sight, and opens with a
 * click or Enter. What the note-taker chose stays chosen. Folded, the list
 * is not rendered: a new action, which numbers every point again, then
 * changes nothing on screen above the cards. Rendered again only when what
 * it says changes.
 */
const TaskWarnings = memo(
  function TaskWarnings({ warnings }: { warnings: readonly TaskWarning[] }) {
    const [chosen, setChosen] = useState<boolean | null>(null);
    if (warnings.length === 0) return null;
    const open = chosen ?? warnings.length <= WARNINGS_OPEN_UP_TO;
    return (
      <details
        className="task-panel__warnings"
        open={open}
        onToggle={(event) => {
          if (event.currentTarget.open !== open) setChosen(event.currentTarget.open);
        }}
      >
        <summary className="task-panel__warnings-summary">
          Let op: {warnings.length} {warnings.length === 1 ? 'aandachtspunt' : 'aandachtspunten'}
        </summary>
        {open && (
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.code}-${warning.actionId ?? 'overleg'}-${warning.message}`}>{warning.message}</li>
            ))}
          </ul>
        )}
      </details>
    );
  },
  (before, after) =>
    before.warnings.length === after.warnings.length && before.warnings.every((warning, index) => warning.message === after.warnings[index]?.message),
);

/**
 * The decisions as one stop for Tab, however many there are (↑ ↓ Home End
 * move through them), so the actions below are a Tab away, not sixty. The
 * stop is the decision last focused (the first at the start).
 */
function DecisionList({
  decisions,
  participants,
  onJump,
}: {
  decisions: readonly NumberedDecision[];
  participants: readonly Participant[];
  onJump: (itemId: string, blockId: string) => void;
}) {
  const { stop, onFocus } = useRovingStop(decisions.map((decision) => decision.data.id));
  return (
    <ol className="task-panel__decisions" onKeyDown={(event) => moveFocusThroughList(event, '.task-panel__number')} onFocus={onFocus}>
      {decisions.map((decision) => (
        <DecisionRow key={decision.data.id} decision={decision} tabbable={decision.data.id === stop} participants={participants} onJump={onJump} />
      ))}
    </ol>
  );
}

/** A decision in the list: memoised, so a new action (or a keystroke) leaves the decisions as they are. */
const DecisionRow = memo(function DecisionRow({
  decision,
  tabbable,
  participants,
  onJump,
}: {
  decision: NumberedDecision;
  /** Whether this is the list's stop for Tab. */
  tabbable: boolean;
  participants: readonly Participant[];
  onJump: (itemId: string, blockId: string) => void;
}) {
  return (
    <li>
      <button
        type="button"
        className="task-panel__number"
        aria-label={`Ga naar ${decision.number}`}
        tabIndex={tabbable ? 0 : -1}
        data-roving-id={decision.data.id}
        onClick={() => onJump(decision.itemId, decision.data.id)}
      >
        {decision.number}
      </button>
      <span>
        {decision.data.text || <em>(nog geen tekst)</em>}
        {decision.data.dissent.length > 0 && <span className="task-panel__dissent"> · niet iedereen eens</span>}
        <span className="task-panel__where"> · {decision.itemTitle}</span>
        <Restrictions restrictions={decision.restrictions} participants={participants} />
      </span>
    </li>
  );
});

/**
 * A new action numbers every card after it again. Only what shows the
 * number renders again: the number cell, and the fields of the cards that
 * have them (their names say the number). They read it from the blocks'
 * numbers (BlockNumbersContext, the same Map while the numbering stays);
 * the card itself compares everything but the number (ActionRow below), and
 * its other parts are memoised on the action's data and restrictions, which
 * keep their identity when only the number changes
 * (shared/notes/incremental-lists.ts).
 */
const ActionNumberCell = memo(function ActionNumberCell({
  itemId,
  blockId,
  onJump,
}: {
  itemId: string;
  blockId: string;
  onJump: (itemId: string, blockId: string) => void;
}) {
  const number = useBlockNumber(blockId, 'A');
  return (
    <th scope="row" className="task-table__number">
      <button type="button" className="task-panel__number" aria-label={`Ga naar ${number}`} onClick={() => onJump(itemId, blockId)}>
        {number}
      </button>
    </th>
  );
});

/** What is to be done, and who may not read it: the same before and after the card's fields come. */
const ActionWhatCell = memo(function ActionWhatCell({
  what,
  restrictions,
  participants,
}: {
  what: string;
  restrictions: readonly Confidentiality[];
  participants: readonly Participant[];
}) {
  return (
    <td className="task-table__what">
      {what || <em>(nog geen omschrijving)</em>}
      <Restrictions restrictions={restrictions} participants={participants} />
    </td>
  );
});

function dueText(due: string | null): string {
  return due ? formatShortDutchDate(due) : 'geen datum';
}

/** Until the card nears the visible part of the panel: owner, date and status as text. */
const ActionSummaryCells = memo(function ActionSummaryCells({ data, participants }: { data: ActionData; participants: readonly Participant[] }) {
  return (
    <>
      <td className="task-table__who">
        <span className="task-table__label">Wie: </span>
        {ownerNames(data.who, participants) || 'nog niemand'}
      </td>
      <td className="task-table__due">
        <span className="task-table__label">Uiterlijk: </span>
        {dueText(data.due)}
      </td>
      <td className="task-table__status">
        <span className="task-table__label">Status: </span>
        {actionStatusLabels[data.status]}
      </td>
    </>
  );
});

type ActionChange = (action: NumberedAction, field: string, patch: Partial<Omit<ActionData, 'id'>>) => void;

/** Owner, date and status as fields, named with the card's number. */
function ActionFieldCells({
  action,
  participants,
  namesId,
  onChange,
}: {
  action: NumberedAction;
  participants: readonly Participant[];
  namesId: string;
  onChange: ActionChange;
}) {
  const { data } = action;
  const number = useBlockNumber(data.id, 'A');
  const owners = ownerNames(data.who, participants);
  const [ownerText, setOwnerText] = useState(owners);
  const [shownOwners, setShownOwners] = useState(owners);
  if (shownOwners !== owners) {
    setShownOwners(owners);
    setOwnerText(owners);
  }

  function commitOwners(): void {
    if (ownerText === owners) return;
    onChange(action, 'who', { who: splitNames(ownerText).map((name) => resolvePerson(name, participants)) });
  }

  return (
    <>
      <td className="task-table__who">
        <span className="task-table__label" aria-hidden="true">
          Wie
        </span>
        <input
          type="text"
          className="field__input task-table__input"
          // The names in the name as well: read out in full, and in the tooltip when the field is too narrow for them.
          aria-label={owners ? `Wie doet ${number}? ${owners}` : `Wie doet ${number}?`}
          title={owners || undefined}
          list={namesId}
          value={ownerText}
          onChange={(event) => setOwnerText(event.target.value)}
          onBlur={commitOwners}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitOwners();
          }}
        />
      </td>
      <td className="task-table__due">
        <span className="task-table__label" aria-hidden="true">
          Uiterlijk
        </span>
        <DateField
          label={`Uiterlijk voor ${number}`}
          labelHidden
          inputClassName="field__input task-table__input"
          value={data.due}
          describe={(due) => (due ? formatShortDutchDate(due) : '')}
          onChange={(due) => onChange(action, 'due', { due })}
        />
      </td>
      <td className="task-table__status">
        <span className="task-table__label" aria-hidden="true">
          Status
        </span>
        <select
          className="field__input task-table__input"
          aria-label={`Status van ${number}`}
          value={data.status}
          onChange={(event) => {
            const status = actionStatusValues.find((value) => value === event.target.value);
            if (status) onChange(action, 'status', { status });
          }}
        >
          {actionStatusValues.map((value) => (
            <option key={value} value={value}>
              {actionStatusLabels[value]}
            </option>
          ))}
        </select>
      </td>
    </>
  );
}

const ActionRow = memo(
  function ActionRow({
    action,
    participants,
    namesId,
    onChange,
    onJump,
  }: {
    action: NumberedAction;
    participants: readonly Participant[];
    /** The datalist of the participants' names, shared by every card. */
    namesId: string;
    onChange: ActionChange;
    onJump: (itemId: string, blockId: string) => void;
  }) {
    const { data } = action;
    // The fields come when the card nears the visible part of the panel (use-seen-once.ts); until then the card says the same in text.
    const [cardRef, seen] = useSeenOnce('.task-panel__scroll');
    return (
      <tr ref={cardRef} className="task-table__card">
        <ActionNumberCell itemId={action.itemId} blockId={data.id} onJump={onJump} />
        <ActionWhatCell what={data.what} restrictions={action.restrictions} participants={participants} />
        {seen ? (
          <ActionFieldCells action={action} participants={participants} namesId={namesId} onChange={onChange} />
        ) : (
          <ActionSummaryCells data={data} participants={participants} />
        )}
      </tr>
    );
  },
  // Not the number: the cells that show it read it themselves (ActionNumberCell).
  (before, after) =>
    before.action.data === after.action.data &&
    before.action.restrictions === after.action.restrictions &&
    before.action.itemId === after.action.itemId &&
    before.participants === after.participants &&
    before.namesId === after.namesId &&
    before.onChange === after.onChange &&
    before.onJump === after.onJump,
);

/**
 * Who does what. The actions are one stop for Tab, as the decisions are
 * (↑ ↓ Home End through all of them, person after person), so the list
 * does not put a stop per action between the toggle and the notes.
 */
function PerPerson({ meeting, lists, onJump }: { meeting: TaskPanelMeeting; lists: MeetingLists; onJump: (itemId: string, blockId: string) => void }) {
  const groups = tasksPerPerson(lists.actions, meeting.participants);
  // An action of two people is under both: the stop is one of them.
  const { stop, onFocus } = useRovingStop(groups.flatMap((group) => group.actions.map((action) => `${group.key} ${action.data.id}`)));
  if (groups.length === 0) return <p className="muted">Nog geen acties.</p>;
  return (
    <ul className="task-people" aria-label="Wie doet wat" onKeyDown={(event) => moveFocusThroughList(event, '.task-panel__number')} onFocus={onFocus}>
      {groups.map((group) => {
        const state = group.participant ? attendanceWords[group.participant.attendance] : '';
        return (
          <li key={group.key} className="task-people__person">
            <h3 className="task-people__name">
              {group.name}
              {state && <span className="task-people__state"> ({state})</span>}
            </h3>
            <ul className="task-people__actions">
              {group.actions.map((action) => (
                <li key={action.data.id}>
                  <button
                    type="button"
                    className="task-panel__number"
                    aria-label={`Ga naar ${action.number}`}
                    tabIndex={stop === `${group.key} ${action.data.id}` ? 0 : -1}
                    data-roving-id={`${group.key} ${action.data.id}`}
                    onClick={() => onJump(action.itemId, action.data.id)}
                  >
                    {action.number}
                  </button>
                  <span>
                    {action.data.what || '(nog geen omschrijving)'}
                    <span className="task-panel__where">
                      {' '}
                      · {action.data.due ? `uiterlijk ${formatShortDutchDate(action.data.due)}` : 'geen datum'} · {actionStatusLabels[action.data.status]}
                    </span>
                    <Restrictions restrictions={action.restrictions} participants={meeting.participants} />
                  </span>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Who may not read a decision or action (its item's and passages' marks),
 * so nobody reads one out in front of the wrong person.
 */
function Restrictions({ restrictions, participants }: { restrictions: readonly Confidentiality[]; participants: readonly Participant[] }) {
  if (restrictions.length === 0) return null;
  const labels = [...new Set(restrictions.map((restriction) => restrictionLabel(restriction, participants)))];
  return (
    <span className="task-panel__restrictions">
      {labels.map((label) => (
        <span key={label} className="task-panel__restriction">
          {label}
        </span>
      ))}
    </span>
  );
}
