import { EXPORT_MENU_LABEL } from '../../../shared/commands/command-table';
import { ariaShortcut, pageName, visibleShortcut } from '../app/page-shortcuts';
import { useMenuButton } from '../forms/use-menu-button';
import './export-menu.css';

export type ExportChoice = 'agenda' | 'minutes';

interface ExportMenuProps {
  onExportAgenda: () => void;
  onExportMinutes: () => void;
  /** The entry on top: in Notuleren the minutes come first, elsewhere the agenda. */
  first: ExportChoice;
}

/**
 * "Exporteren naar Word" opens a short list of what can be exported; each
 * item opens the export dialog (for whom the copy is) first, hence the
 * ellipsis, and shows its shortcut from the command table. Both stay out of
 * the accessible name, so the name stays "Verslag"; `aria-keyshortcuts`
 * carries the key. The order follows the screen: while taking the minutes
 * Verslag is on top, while preparing the meeting Agenda. A disclosure (button + list of buttons): Escape or a
 * click elsewhere closes it, and focus goes back to the button.
 */
export function ExportMenu({ onExportAgenda, onExportMinutes, first }: ExportMenuProps) {
  const { open, setOpen, close, listId, buttonRef, listRef, wrapperProps } = useMenuButton({ arrows: false });

  const agenda = { id: 'export-agenda', hint: 'Uitnodiging met gegevens, deelnemers en agenda', onChoose: onExportAgenda } as const;
  const minutes = { id: 'export-minutes', hint: 'Aanwezigheid, aantekeningen, besluiten en actielijst', onChoose: onExportMinutes } as const;
  const items = first === 'minutes' ? [minutes, agenda] : [agenda, minutes];
  const keys = items.map(({ id }) => `${pageName(id)}: ${visibleShortcut(id)}`).join(', ');

  return (
    <div {...wrapperProps} className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-label={EXPORT_MENU_LABEL}
        aria-expanded={open}
        aria-controls={listId}
        title={`${EXPORT_MENU_LABEL} (${keys})`}
        onClick={() => setOpen((current) => !current)}
      >
        {/* In a narrow window the button says "Exporteren"; its name stays the whole label. */}
        <span className="export-menu__label">{EXPORT_MENU_LABEL}</span>
        <span className="export-menu__short" aria-hidden="true">
          Exporteren
        </span>{' '}
        <span aria-hidden="true">▾</span>
      </button>
      <ul ref={listRef} id={listId} className="export-menu__list" hidden={!open}>
        {items.map(({ id, hint, onChoose }) => (
          <li key={id}>
            <button
              type="button"
              className="export-menu__item"
              aria-label={pageName(id)}
              aria-describedby={`${listId}-${id}`}
              aria-keyshortcuts={ariaShortcut(id)}
              onClick={() => {
                close();
                onChoose();
              }}
            >
              <span className="export-menu__line">
                <span>
                  {pageName(id)}
                  <span aria-hidden="true">…</span>
                </span>
                <kbd className="export-menu__shortcut" aria-hidden="true">
                  {visibleShortcut(id)}
                </kbd>
              </span>
              <span id={`${listId}-${id}`} className="export-menu__hint">
                {hint}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
