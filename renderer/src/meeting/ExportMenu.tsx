import { useEffect, useId, useRef, useState } from 'react';

interface ExportMenuProps {
  onExportAgenda: () => void;
  onExportMinutes: () => void;
}

/**
 * "Exporteren naar Word" opens a short list of what can be exported; each
 * item opens the export dialog (for whom the copy is) first, hence the
 * ellipsis (left out of the name, so the name stays "Verslag"). A
 * disclosure (button + list of buttons): Escape or a click elsewhere closes
 * it, and focus goes back to the button.
 */
export function ExportMenu({ onExportAgenda, onExportMinutes }: ExportMenuProps) {
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

  return (
    <div
      ref={wrapperRef}
      className="export-menu"
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
        aria-expanded={open}
        aria-controls={listId}
        aria-keyshortcuts="Control+E"
        onClick={() => setOpen((current) => !current)}
      >
        Exporteren naar Word <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="export-menu__list" hidden={!open}>
        <li>
          <button
            ref={firstItemRef}
            type="button"
            className="export-menu__item"
            aria-label="Agenda"
            aria-describedby={`${listId}-agenda`}
            onClick={() => {
              close();
              onExportAgenda();
            }}
          >
            Agenda<span aria-hidden="true">…</span>
            <span id={`${listId}-agenda`} className="export-menu__hint">Uitnodiging met gegevens, deelnemers en agenda</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="export-menu__item"
            aria-label="Verslag"
            aria-describedby={`${listId}-verslag`}
            aria-keyshortcuts="Control+Shift+E"
            onClick={() => {
              close();
              onExportMinutes();
            }}
          >
            Verslag<span aria-hidden="true">…</span>
            <span id={`${listId}-verslag`} className="export-menu__hint">Aanwezigheid, aantekeningen, besluiten en actielijst</span>
          </button>
        </li>
      </ul>
    </div>
  );
}
