import { useEffect, useRef } from 'react';
import type { Meeting } from '../../../shared/meeting/meeting-schema';

export type MeetingView = 'details' | 'participants' | 'agenda' | 'minutes';

interface MeetingViewNavProps {
  view: MeetingView;
  onChange: (view: MeetingView) => void;
  meeting: Meeting;
}

/**
 * Where the caret goes when a part is opened with its key: the element the
 * part marks with `data-view-start` (the quick-add line of Deelnemers and
 * Agenda), else its first field.
 */
function focusViewStart(): void {
  const view = document.getElementById('meeting-view');
  const start =
    view?.querySelector<HTMLElement>('[data-view-start]') ??
    view?.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), textarea, select, [contenteditable="true"]');
  // A part opens at its top; the sticky header never hides the caret.
  window.scrollTo({ top: 0 });
  start?.focus({ preventScroll: true });
  // As Tab does: what is in the field is selected, so typing replaces it ("Nieuw overleg" as the title).
  if (start instanceof HTMLInputElement || start instanceof HTMLTextAreaElement) start.select();
}

/**
 * The parts of a meeting a chair prepares, in the order they are usually
 * filled in. Alt+1 … Alt+4 open a part from anywhere and put the caret in it,
 * so a meeting can be prepared with the keyboard alone.
 */
export function MeetingViewNav({ view, onChange, meeting }: MeetingViewNavProps) {
  const views: { id: MeetingView; label: string; count?: number }[] = [
    { id: 'details', label: 'Gegevens' },
    { id: 'participants', label: 'Deelnemers', count: meeting.participants.length },
    { id: 'agenda', label: 'Agenda', count: meeting.agendaItems.length },
    { id: 'minutes', label: 'Notuleren' },
  ];
  const focusAfterSwitch = useRef(false);
  const ids = views.map((item) => item.id).join(' ');

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const index = ['Digit1', 'Digit2', 'Digit3', 'Digit4'].indexOf(event.code);
      const target = ids.split(' ')[index] as MeetingView | undefined;
      if (!target || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      focusAfterSwitch.current = true;
      onChange(target);
      // Already there: the effect below does not run again, so put the caret in place now.
      if (target === view) focusViewStart();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [ids, onChange, view]);

  useEffect(() => {
    if (!focusAfterSwitch.current) return;
    focusAfterSwitch.current = false;
    focusViewStart();
  }, [view]);

  return (
    <nav className="view-nav" aria-label="Onderdelen van het overleg">
      <ul className="view-nav__list">
        {views.map((item, index) => (
          <li key={item.id}>
            <button
              type="button"
              className="view-nav__button"
              aria-current={view === item.id ? 'page' : undefined}
              aria-controls="meeting-view"
              aria-keyshortcuts={`Alt+${index + 1}`}
              title={`Alt+${index + 1}`}
              onClick={() => onChange(item.id)}
            >
              {item.label}
              {item.count !== undefined && <span className="view-nav__count"> ({item.count})</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
