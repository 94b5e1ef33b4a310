import { useId, useState, type DragEvent, type KeyboardEvent, type Ref } from 'react';
import type { ScheduledItem } from '../../../../shared/agenda/schedule';
import type { AgendaItem, AgendaItemKind, Participant } from '../../../../shared/meeting/meeting-schema';
import { FieldShell } from '../../forms/field-shell';
import { NumberField } from '../../forms/NumberField';
import { SelectField, type SelectOption } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import type { SharingBasisField } from '../sharing/sharing-basis-edits';
import { SharingBasisDetails } from '../sharing/SharingBasisDetails';
import { SharingBasisKindField } from '../sharing/SharingBasisKindField';
import { DEFAULT_CHILD_INTEREST, itemLabel } from './agenda-edits';

const kindOptions: readonly SelectOption<AgendaItemKind>[] = [
  { value: 'informatie', label: 'Informatie' },
  { value: 'bespreking', label: 'Bespreking' },
  { value: 'besluitvorming', label: 'Besluitvorming' },
];

/** Which field an edit is about: with the item id it names the undo step. */
export type AgendaItemField = 'title' | 'minutes' | 'lead' | 'kind' | 'childInterest' | `sharingBasis.${SharingBasisField}`;

export type DropHalf = 'before' | 'after';

interface AgendaItemRowProps {
  item: AgendaItem;
  /** 1-based place in the agenda. */
  position: number;
  count: number;
  scheduled: ScheduledItem | undefined;
  /** Whether the meeting has a start time at all (otherwise no clock times are shown). */
  hasStartTime: boolean;
  /** The item ends after the planned end time. */
  pastEnd: boolean;
  participants: readonly Participant[];
  /** Who consents at the child's age, for the item's own basis. */
  consentHint: string;
  cardRef: Ref<HTMLFieldSetElement>;
  onChange: (field: AgendaItemField, change: Partial<Omit<AgendaItem, 'id'>>) => void;
  /** Move to a 0-based place; `keepFocusOn` is focused again once the list is redrawn. */
  onMove: (to: number, keepFocusOn: HTMLElement) => void;
  onRemove: () => void;
  dragging: boolean;
  dropHalf: DropHalf | null;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  /** For dragenter and dragover alike: both say where the item would land. */
  onDragOver: (event: DragEvent<HTMLFieldSetElement>) => void;
  onDragLeave: (event: DragEvent<HTMLFieldSetElement>) => void;
  onDrop: (event: DragEvent<HTMLFieldSetElement>) => void;
}

function leadOptions(participants: readonly Participant[], leadId: string | null): SelectOption<string>[] {
  const options: SelectOption<string>[] = [
    { value: '', label: 'Nog niemand' },
    ...participants.map((participant) => ({ value: participant.id, label: participant.name.trim() || 'Deelnemer zonder naam' })),
  ];
  // Keep a lead whose participant was removed, rather than silently showing "Nog niemand".
  if (leadId !== null && !participants.some((participant) => participant.id === leadId)) {
    options.push({ value: leadId, label: 'Niet meer bij de deelnemers' });
  }
  return options;
}

function timeRange(scheduled: ScheduledItem | undefined): string {
  if (!scheduled?.start) return 'Tijd onbekend';
  if (!scheduled.end) return `Vanaf ${scheduled.start}`;
  return `${scheduled.start}–${scheduled.end}`;
}

/**
 * One agenda item as one row: clock time, subject, minutes, lead and kind,
 * then its buttons. The child's question and the basis for sharing are in
 * a detail under the row, opened with "Details" (open by itself when the
 * item has a basis of its own). A named group per item; Alt+↑/↓ moves it.
 */
export function AgendaItemRow(props: AgendaItemRowProps) {
  const { item, position, count, scheduled, hasStartTime, pastEnd, participants, consentHint, cardRef, onChange, onMove, onRemove } = props;
  const label = itemLabel(item, position);
  const legend = item.title.trim() ? `Agendapunt ${position}: ${item.title.trim()}` : `Agendapunt ${position}`;
  const detailId = useId();
  const childId = useId();
  const [opened, setOpened] = useState<boolean | null>(null);
  const open = opened ?? item.sharingBasis !== null;
  const hasChildAnswer = item.childInterest.trim() !== '';
  const basisChange = (field: SharingBasisField, sharingBasis: AgendaItem['sharingBasis']) => onChange(`sharingBasis.${field}`, { sharingBasis });
  const first = position === 1;
  const last = position === count;

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const target = event.target instanceof HTMLElement ? event.target : event.currentTarget;
    onMove(event.key === 'ArrowUp' ? position - 2 : position, target);
  }

  let className = 'agenda-item';
  if (props.dragging) className += ' agenda-item--dragging';
  if (props.dropHalf) className += ` agenda-item--drop-${props.dropHalf}`;
  if (pastEnd) className += ' agenda-item--past-end';
  if (open) className += ' agenda-item--open';

  const summary = [hasChildAnswer ? 'vraag over het kind ingevuld' : '', item.sharingBasis ? 'eigen grondslag' : ''].filter(Boolean).join(', ');

  return (
    <fieldset
      ref={cardRef}
      className={className}
      onKeyDown={onKeyDown}
      onDragEnter={props.onDragOver}
      onDragOver={props.onDragOver}
      onDragLeave={props.onDragLeave}
      onDrop={props.onDrop}
    >
      <legend className="visually-hidden">{legend}</legend>
      <div className="agenda-item__grip">
        {/* Dragging is for the mouse; keyboard users have Omhoog and Omlaag, or Alt+↑/↓. */}
        <span
          className="agenda-item__handle"
          aria-hidden="true"
          draggable="true"
          title="Slepen om te verplaatsen"
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
        >
          ⠿
        </span>
        <span className="agenda-item__number" aria-hidden="true">
          {position}
        </span>
      </div>
      <p className="agenda-item__time">
        {hasStartTime ? <span className="agenda-item__range">{timeRange(scheduled)}</span> : <span className="agenda-item__range">–</span>}
        {scheduled?.endsNextDay && <span className="agenda-item__flag">volgende dag</span>}
        {pastEnd && <span className="agenda-item__flag agenda-item__flag--over">na de eindtijd</span>}
      </p>
      <TextField label="Onderwerp" className="agenda-item__title" value={item.title} onChange={(title) => onChange('title', { title })} />
      <NumberField label="Minuten" className="agenda-item__minutes" value={item.minutes} onChange={(minutes) => onChange('minutes', { minutes })} />
      <SelectField
        label="Wie leidt dit punt?"
        className="agenda-item__lead"
        value={item.leadId ?? ''}
        options={leadOptions(participants, item.leadId)}
        onChange={(leadId) => onChange('lead', { leadId: leadId === '' ? null : leadId })}
      />
      <SelectField label="Soort" className="agenda-item__kind" value={item.kind} options={kindOptions} onChange={(kind) => onChange('kind', { kind })} />
      {/* Details last: Tab goes from it straight into the detail it opens. */}
      <div className="agenda-item__actions">
        <button
          type="button"
          className="button button--quiet button--small agenda-item__icon"
          aria-label={`${label} omhoog`}
          aria-disabled={first || undefined}
          title="Omhoog (Alt+↑)"
          onClick={(event) => onMove(position - 2, event.currentTarget)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--small agenda-item__icon"
          aria-label={`${label} omlaag`}
          aria-disabled={last || undefined}
          title="Omlaag (Alt+↓)"
          onClick={(event) => onMove(position, event.currentTarget)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--small agenda-item__icon agenda-item__remove"
          aria-label={`${label} verwijderen`}
          title="Verwijderen"
          onClick={onRemove}
        >
          <span aria-hidden="true">×</span>
        </button>
        <button
          type="button"
          className="button button--quiet button--small agenda-item__details-toggle"
          aria-expanded={open}
          aria-controls={detailId}
          aria-label={`Details van ${label}`}
          title="Wat betekent dit voor het kind? en de grondslag"
          onClick={() => setOpened(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Details
          {summary && <span className="agenda-item__details-mark" aria-hidden="true"> •</span>}
        </button>
      </div>
      {open && (
        <div id={detailId} className="agenda-item__detail">
          <FieldShell id={childId} label="Wat betekent dit voor het kind?" className="agenda-item__child">
            <textarea
              id={childId}
              className="field__input field__input--multiline"
              rows={2}
              value={item.childInterest}
              // The guiding question is a hint: it shows while the field is empty and is never exported.
              placeholder={item.childInterestHint ?? DEFAULT_CHILD_INTEREST}
              onChange={(event) => onChange('childInterest', { childInterest: event.target.value })}
            />
          </FieldShell>
          <div className="agenda-item__basis">
            <SharingBasisKindField
              label="Grondslag voor dit punt"
              noneLabel="Zelfde als het overleg"
              className="agenda-item__basis-kind"
              value={item.sharingBasis}
              onChange={basisChange}
            />
            {item.sharingBasis && (
              <SharingBasisDetails
                value={item.sharingBasis}
                consentHint={consentHint}
                fieldClassName="agenda-item__basis-field"
                wideClassName="agenda-item__basis-reason"
                onChange={basisChange}
              />
            )}
          </div>
        </div>
      )}
    </fieldset>
  );
}
