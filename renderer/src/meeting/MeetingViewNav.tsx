import type { Meeting } from '../../../shared/meeting/meeting-schema';

export type MeetingView = 'details' | 'participants' | 'agenda' | 'minutes';

interface MeetingViewNavProps {
  view: MeetingView;
  onChange: (view: MeetingView) => void;
  meeting: Meeting;
}

/** The parts of a meeting a chair prepares, in the order they are usually filled in. */
export function MeetingViewNav({ view, onChange, meeting }: MeetingViewNavProps) {
  const views: { id: MeetingView; label: string; count?: number }[] = [
    { id: 'details', label: 'Gegevens' },
    { id: 'participants', label: 'Deelnemers', count: meeting.participants.length },
    { id: 'agenda', label: 'Agenda', count: meeting.agendaItems.length },
    { id: 'minutes', label: 'Notuleren' },
  ];
  return (
    <nav className="view-nav" aria-label="Onderdelen van het overleg">
      <ul className="view-nav__list">
        {views.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="view-nav__button"
              aria-current={view === item.id ? 'page' : undefined}
              aria-controls="meeting-view"
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
