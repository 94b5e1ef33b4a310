import { useId, useState } from 'react';
import { copyPreview, previewLines } from '../../../../shared/export/copy-preview';
import { initialsOf } from '../../../../shared/meeting/dutch-format';
import type { ExportAudienceKind, Meeting } from '../../../../shared/meeting/meeting-schema';
import type { ExportOptions } from '../../../../shared/privacy/export-options';
import type { ExportFormat, ExportKind } from '../../app/app-session';
import { ModalDialog } from '../../app/ModalDialog';
import { choiceFrom, optionsFrom, type ExportChoice } from './export-choice';
import './export-dialog.css';
import { DialogActions } from '../../app/DialogActions';

interface ExportDialogProps {
  kind: ExportKind;
  meeting: Meeting;
  /** The last choice of this session, the starting point. */
  initial: ExportOptions;
  /** The format of the last export of this session. */
  initialFormat?: ExportFormat;
  onExport: (options: ExportOptions, format: ExportFormat) => void;
  onCancel: () => void;
}

const documentWords: Record<ExportKind, { title: string; full: string; leftOut: string }> = {
  minutes: { title: 'Verslag exporteren', full: 'Volledig verslag (alles)', leftOut: 'passages' },
  agenda: { title: 'Agenda exporteren', full: 'Volledige agenda (alles)', leftOut: 'agendapunten' },
};

const formats: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'word', label: 'Word (.docx)', hint: 'om verder te bewerken' },
  { value: 'pdf', label: 'PDF', hint: 'om te versturen zoals het is; de ontvanger kan het niet bewerken' },
];

/**
 * "Exporteren naar Word → Verslag…" and "→ Agenda…": as Word or PDF, for
 * whom the copy is and which names it replaces, before the host asks where
 * to save it. Word and PDF are the same copy: the choices below apply to
 * both. A modal <dialog>: focus stays inside, Escape cancels.
 */
export function ExportDialog({ kind, meeting, initial, initialFormat = 'word', onExport, onCancel }: ExportDialogProps) {
  const id = useId();
  const participants = meeting.participants.filter((participant) => participant.name.trim() !== '');
  const [choice, setChoice] = useState<ExportChoice>(() => choiceFrom(initial, participants));
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const words = documentWords[kind];
  const update = (change: Partial<ExportChoice>) => setChoice((current) => ({ ...current, ...change }));
  const childInitials = initialsOf(meeting.child.name);
  const chosenOptions = optionsFrom(choice, participants);
  // What this copy leaves out, for the choice as it is now (a few milliseconds): the user exports after seeing it.
  const preview = chosenOptions ? copyPreview(meeting, chosenOptions, kind === 'minutes' ? 'verslag' : 'agenda') : null;
  const lines = preview ? previewLines(preview) : [];
  // The first line is the label (in the heading), the last ones the warnings (shown as notes).
  const details = lines.slice(1, lines.length - (preview?.warnings.length ?? 0));

  const audiences: { value: ExportAudienceKind; label: string }[] = [
    { value: 'volledig', label: words.full },
    { value: 'ouders', label: `Versie voor ouders (zonder ${words.leftOut} alleen voor professionals)` },
    { value: 'professionals', label: 'Versie voor professionals' },
  ];

  return (
    <ModalDialog
      title={words.title}
      className="dialog dialog--wide export-dialog"
      onCancel={onCancel}
      // showModal focuses the first control; the chosen audience is where the user continues.
      initialFocus={(dialog) => dialog.querySelector<HTMLInputElement>(`input[type="radio"][name="${id}-audience"]:checked`)?.focus()}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosenOptions) onExport(chosenOptions, format);
        }}
      >
        <div className="export-dialog__columns">
          <div className="export-dialog__choices">
            <fieldset className="export-dialog__group">
              <legend className="export-dialog__legend">Voor wie is deze kopie?</legend>
              {audiences.map((audience) => (
                <label key={audience.value} className="export-dialog__option">
                  <input
                    type="radio"
                    name={`${id}-audience`}
                    value={audience.value}
                    checked={choice.audience === audience.value}
                    onChange={() => update({ audience: audience.value })}
                  />
                  {audience.label}
                </label>
              ))}
              <div className="export-dialog__option export-dialog__option--person">
                <label>
                  <input
                    type="radio"
                    name={`${id}-audience`}
                    value="deelnemer"
                    checked={choice.audience === 'deelnemer'}
                    disabled={participants.length === 0}
                    aria-describedby={participants.length === 0 ? `${id}-no-participants` : undefined}
                    onChange={() => update({ audience: 'deelnemer' })}
                  />
                  <span id={`${id}-person-label`}>Voor één deelnemer:</span>
                </label>
                <select
                  className="field__input field__input--select"
                  aria-labelledby={`${id}-person-label`}
                  value={choice.participantId}
                  disabled={participants.length === 0}
                  onChange={(event) => update({ audience: 'deelnemer', participantId: event.target.value })}
                >
                  {participants.map((participant) => (
                    <option key={participant.id} value={participant.id}>
                      {participant.name.trim()}
                    </option>
                  ))}
                </select>
                {participants.length === 0 && (
                  <p id={`${id}-no-participants`} className="field__hint">
                    Voeg eerst deelnemers toe bij Deelnemers.
                  </p>
                )}
              </div>
            </fieldset>

            <fieldset className="export-dialog__group">
              <legend className="export-dialog__legend">Namen in de kopie</legend>
              <label className="export-dialog__option">
                <input type="checkbox" checked={choice.replaceChild} onChange={(event) => update({ replaceChild: event.target.checked })} />
                Naam van het kind vervangen
              </label>
              <div className="field export-dialog__alias">
                <label htmlFor={`${id}-alias`} className="field__label">
                  Schuilnaam (leeg = initialen)
                </label>
                <input
                  id={`${id}-alias`}
                  type="text"
                  className="field__input"
                  autoComplete="off"
                  value={choice.childAlias}
                  disabled={!choice.replaceChild}
                  aria-describedby={`${id}-alias-hint`}
                  onChange={(event) => update({ childAlias: event.target.value })}
                />
                <p id={`${id}-alias-hint`} className="field__hint">
                  {childInitials ? `Bijvoorbeeld "kind A". Leeg: ${childInitials}` : 'Bijvoorbeeld "kind A".'}
                </p>
              </div>
              <label className="export-dialog__option">
                <input type="checkbox" checked={choice.replaceParents} onChange={(event) => update({ replaceParents: event.target.checked })} />
                Namen van ouders vervangen
              </label>
            </fieldset>
          </div>

          <div className="export-dialog__side">
            <section className="export-dialog__preview" aria-labelledby={`${id}-preview-title`} aria-live="polite">
              <h3 id={`${id}-preview-title`} className="export-dialog__legend">
                Voorbeeld: {preview?.label ?? 'kies voor wie de kopie is'}
              </h3>
              {details.length > 0 && (
                <ul className="export-dialog__preview-list">
                  {details.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
              {preview?.warnings.map((warning) => (
                <p key={warning} className="export-dialog__warning export-dialog__warning--role" role="note">
                  {warning}
                </p>
              ))}
              <p className="export-dialog__warning">
                Een geëxporteerd bestand beheert de app niet meer: bewaar en deel het volgens de afspraken van uw organisatie.
              </p>
            </section>

            <fieldset className="export-dialog__group">
              <legend className="export-dialog__legend">Bestandsvorm</legend>
              {formats.map((option) => (
                <label key={option.value} className="export-dialog__option">
                  <input
                    type="radio"
                    name={`${id}-format`}
                    value={option.value}
                    checked={format === option.value}
                    onChange={() => setFormat(option.value)}
                  />
                  <span>
                    {option.label} <span className="export-dialog__format-hint">– {option.hint}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          </div>
        </div>

        <DialogActions submitLabel="Exporteren" onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
