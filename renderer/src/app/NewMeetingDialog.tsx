import { useId, useState } from 'react';
import type { TemplateList } from '../../../shared/ipc/contract';
import { ModalDialog } from './ModalDialog';
import { DialogActions } from './DialogActions';

interface NewMeetingDialogProps {
  templates: TemplateList;
  onCreate: (templateId: string | null) => void;
  onCancel: () => void;
}

const EMPTY = '';
/** The standard sequence of MDO-DOMAIN.md: offered first and chosen already. */
const STANDARD_TEMPLATE = 'mdo-kindgericht';

function summary(itemCount: number, totalMinutes: number): string {
  const items = itemCount === 1 ? '1 agendapunt' : `${itemCount} agendapunten`;
  return `${items}, samen ${totalMinutes} minuten`;
}

/**
 * "Nieuw overleg": choose the agenda to start from. The standard template is
 * chosen already, so Enter starts the usual meeting; Escape cancels.
 */
export function NewMeetingDialog({ templates, onCreate, onCancel }: NewMeetingDialogProps) {
  const groupName = useId();
  const ordered = [...templates.templates].sort(
    (a, b) => Number(b.id === STANDARD_TEMPLATE) - Number(a.id === STANDARD_TEMPLATE),
  );
  const [chosen, setChosen] = useState(ordered[0]?.id ?? EMPTY);
  const [creating, setCreating] = useState(false);

  const options = [
    ...ordered.map((template) => ({
      id: template.id,
      name: template.name,
      description: template.description,
      detail: summary(template.itemCount, template.totalMinutes),
    })),
    { id: EMPTY, name: 'Leeg overleg', description: 'Zonder agendapunten: u stelt de agenda zelf op.', detail: '' },
  ];

  return (
    <ModalDialog title="Nieuw overleg" className="dialog dialog--wide dialog--new-meeting" onCancel={onCancel}>
      <form
        className="new-meeting__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (creating) return;
          setCreating(true);
          onCreate(chosen === EMPTY ? null : chosen);
        }}
      >
        <div className="template-choice" role="radiogroup" aria-labelledby={`${groupName}-legend`}>
          <p id={`${groupName}-legend`} className="template-choice__legend">
            Waarmee wilt u beginnen?
          </p>
          {/* The list scrolls when the window is low; the title and the buttons stay in view. */}
          <div className="template-choice__list">
            {options.map((option, index) => {
              const nameId = `${groupName}-${index}-name`;
              const descriptionId = `${groupName}-${index}-description`;
              return (
                <label key={option.id || 'leeg'} className="template-choice__option">
                  <input
                    type="radio"
                    name={groupName}
                    value={option.id}
                    checked={chosen === option.id}
                    autoFocus={chosen === option.id}
                    aria-labelledby={nameId}
                    aria-describedby={descriptionId}
                    onChange={() => setChosen(option.id)}
                  />
                  <span className="template-choice__text">
                    <span id={nameId} className="template-choice__name">
                      {option.name}
                    </span>
                    <span id={descriptionId} className="template-choice__description">
                      {option.description}
                      {option.detail && <span className="template-choice__detail"> {option.detail}.</span>}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </div>
        {templates.problems.length > 0 && (
          <div className="template-problems">
            <p>Niet alle sjablonen konden worden geladen:</p>
            <ul>
              {templates.problems.map((problem, index) => (
                <li key={`${index}-${problem.message}`}>
                  {problem.message}
                  {problem.details && problem.details.length > 0 && ` ${problem.details.join(' ')}`}
                </li>
              ))}
            </ul>
          </div>
        )}
        <DialogActions submitLabel="Overleg aanmaken" busy={creating} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
