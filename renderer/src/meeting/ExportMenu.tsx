import { useEffect, useId, useRef, useState } from 'react';
import { EXPORT_MENU_LABEL } from '../../../shared/commands/command-table';
import { ariaShortcut, pageName, visibleShortcut } from '../app/page-shortcuts';
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
  const [open, setOpen] = useState(false);
  const listId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstItemRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    firstItemRef.current?.focus();
    function onPointerDown(event: PointerEvent): void {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function close(): void {
    setOpen(false);
    buttonRef.current?.focus();
  }

  const agenda = { id: 'export-agenda', hint: 'Uitnodiging met gegevens, deelnemers en agenda', onChoose: onExportAgenda } as const;
  const minutes = { id: 'export-minutes', hint: 'Aanwezigheid, aantekeningen, besluiten en actielijst', onChoose: onExportMinutes } as const;
  const items = first === 'minutes' ? [minutes, agenda] : [agenda, minutes];
  const keys = items.map(({ id }) => `${pageName(id)}: ${visibleShortcut(id)}`).join(', ');

  return (
    <div
      ref={wrapperRef}
      className="export-menu"
      // Tab out of the open list closes it: a list left open would cover what the keyboard reached next.
      onBlur={(event) => {
        if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
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
      <ul id={listId} className="export-menu__list" hidden={!open}>
        {items.map(({ id, hint, onChoose }, index) => (
          <li key={id}>
            <button
              ref={index === 0 ? firstItemRef : undefined}
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
