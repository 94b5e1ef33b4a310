import { useMenuButton } from '../forms/use-menu-button';
import { ToolIcon, type ToolIconName } from '../icons/ToolIcon';

export interface MoreMenuEntry {
  id: string;
  label: string;
  icon: ToolIconName;
  /** As in aria-keyshortcuts, e.g. `Control+K`; shown at the right and in the tooltip. */
  shortcut?: string;
  /** Said in the tooltip after the shortcut, e.g. where the command works. */
  note?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** A line above it: a command about the item, not the text. */
  separated?: boolean;
  onChoose: () => void;
}

/**
 * "Meer": the notes' rarer commands. A disclosure like Exporteren naar Word
 * (a button and a list of buttons): ↓ and ↑ move through the list. It
 * closes on Escape (the focus goes back to Meer), on choosing an entry
 * (typing goes on in the notes), on a click elsewhere and on Tab out of it:
 * closed, it is hidden and covers nothing.
 */
export function NotesMoreMenu({ entries }: { entries: readonly MoreMenuEntry[] }) {
  const { open, setOpen, listId, buttonRef, listRef, wrapperProps } = useMenuButton({ arrows: true });

  return (
    <div {...wrapperProps} className="tool-menu">
      <button
        ref={buttonRef}
        type="button"
        className="notes-toolbar__button"
        aria-expanded={open}
        aria-controls={listId}
        title={`Meer: ${entries.map((entry) => entry.label.replace('…', '').toLowerCase()).join(', ')}`}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen((current) => !current)}
      >
        <span className="notes-toolbar__text">Meer</span>
        <ToolIcon name="chevron" />
      </button>
      <ul ref={listRef} id={listId} className="tool-menu__list" hidden={!open}>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.separated ? 'tool-menu__entry tool-menu__entry--separated' : 'tool-menu__entry'}>
            <button
              type="button"
              className="tool-menu__item"
              aria-pressed={entry.pressed}
              disabled={entry.disabled}
              aria-keyshortcuts={entry.shortcut}
              title={entryTooltip(entry)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setOpen(false);
                entry.onChoose();
              }}
            >
              <ToolIcon name={entry.icon} />
              <span className="tool-menu__label">{entry.label}</span>
              {entry.shortcut && (
                <kbd className="tool-menu__shortcut" aria-hidden="true">
                  {entry.shortcut.replace('Control', 'Ctrl')}
                </kbd>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Inspringen (Tab): in een opsomming of nummering" */
function entryTooltip({ label, shortcut, note }: MoreMenuEntry): string {
  const words = shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : label;
  return note ? `${words}: ${note}` : words;
}
