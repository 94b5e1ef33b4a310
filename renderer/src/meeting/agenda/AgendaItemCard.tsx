import { type DragEvent, type KeyboardEvent, type Ref } from 'react';
import type { ScheduledItem } from '../../../../shared/agenda/schedule';
import type { AgendaItem, AgendaItemKind, Participant } from '../../../../shared/meeting/meeting-schema';
import type { SharingBasisField } from '../sharing/sharing-basis-edits';
import { SharingBasisDetails } from '../sharing/SharingBasisDetails';
import { SharingBasisKindField } from '../sharing/SharingBasisKindField';
import { NumberField } from '../../forms/NumberField';
import { SelectField, type SelectOption } from '../../forms/SelectField';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { itemLabel } from './agenda-edits';

const kindOptions: readonly SelectOption<AgendaItemKind>[] = [
  { value: 'informatie', label: 'Informatie' },
  { value: 'bespreking', label: 'Bespreking' },
  { value: 'besluitvorming', label: 'Besluitvorming' },
];

/** Which field an edit is about: with the item id it names the undo step. */
export type AgendaItemField = 'title' | 'minutes' | 'lead' | 'kind' | 'childInterest' | `sharingBasis.${SharingBasisField}`;

export type DropHalf = 'before' | 'after';

interface AgendaItemCardProps {
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

/** One agenda item: a named group of its fields, its clock time, and its move and remove buttons. */
export function AgendaItemCard(props: AgendaItemCardProps) {
  const { item, position, count, scheduled, hasStartTime, pastEnd, participants, consentHint, cardRef, onChange, onMove, onRemove } = props;
  const label = itemLabel(item, position);
  const legend = item.title.trim() ? `Agendapunt ${position}: ${item.title.trim()}` : `Agendapunt ${position}`;
  const first = position === 1;
  const basisChange = (field: SharingBasisField, sharingBasis: AgendaItem['sharingBasis']) =>
    onChange(`sharingBasis.${field}`, { sharingBasis });
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
      <legend className="visually-hidden">
        {legend}
      </legend>
      <div className="agenda-item__aside">
        <div className="agenda-item__grip">
          {/* Dragging is for the mouse; keyboard users have Omhoog and Omlaag. */}
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
        {hasStartTime && (
          <p className="agenda-item__time">
            <span className="agenda-item__range">{timeRange(scheduled)}</span>
            {scheduled?.endsNextDay && <span className="agenda-item__flag">volgende dag</span>}
            {pastEnd && <span className="agenda-item__flag agenda-item__flag--over">na de eindtijd</span>}
          </p>
        )}
        <div className="agenda-item__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={`${label} omhoog`}
            aria-disabled={first || undefined}
            onClick={(event) => onMove(position - 2, event.currentTarget)}
          >
            <span aria-hidden="true">↑</span> Omhoog
          </button>
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={`${label} omlaag`}
            aria-disabled={last || undefined}
            onClick={(event) => onMove(position, event.currentTarget)}
          >
            <span aria-hidden="true">↓</span> Omlaag
          </button>
          <button
            type="button"
            className="button button--quiet button--small agenda-item__remove"
            aria-label={`${label} verwijderen`}
            onClick={onRemove}
          >
            <span aria-hidden="true">×</span> Verwijderen
          </button>
        </div>
      </div>
      <div className="agenda-item__fields">
        <TextField
          label="Onderwerp"
          className="agenda-item__title"
          value={item.title}
          onChange={(title) => onChange('title', { title })}
        />
        <div className="agenda-item__row">
          <NumberField
            label="Minuten"
            className="agenda-item__minutes"
            value={item.minutes}
            onChange={(minutes) => onChange('minutes', { minutes })}
          />
          <SelectField
            label="Wie leidt dit punt?"
            className="agenda-item__lead"
            value={item.leadId ?? ''}
            options={leadOptions(participants, item.leadId)}
            onChange={(leadId) => onChange('lead', { leadId: leadId === '' ? null : leadId })}
          />
          <SelectField
            label="Soort"
            className="agenda-item__kind"
            value={item.kind}
            options={kindOptions}
            onChange={(kind) => onChange('kind', { kind })}
          />
        </div>
        <div className="agenda-item__row agenda-item__row--child">
          <TextAreaField
            label="Wat betekent dit voor het kind?"
            className="agenda-item__child"
            rows={1}
            value={item.childInterest}
            onChange={(childInterest) => onChange('childInterest', { childInterest })}
          />
          <SharingBasisKindField
            label="Grondslag voor dit punt"
            noneLabel="Zelfde als het overleg"
            className="agenda-item__basis-kind"
            value={item.sharingBasis}
            onChange={basisChange}
          />
        </div>
        {item.sharingBasis && (
          <div className="agenda-item__basis">
            <SharingBasisDetails
              value={item.sharingBasis}
              consentHint={consentHint}
              fieldClassName="agenda-item__basis-field"
              wideClassName="agenda-item__basis-reason"
              onChange={basisChange}
            />
          </div>
        )}
      </div>
    </fieldset>
  );
}
