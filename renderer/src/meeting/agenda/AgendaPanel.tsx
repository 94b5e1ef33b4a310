import type { MeetingPanelProps } from '../meeting-panel';

export function AgendaPanel(props: MeetingPanelProps) {
  void props;
  return (
    <section className="panel" aria-label="Agenda">
      <h2 className="panel__title">Agenda</h2>
    </section>
  );
}
