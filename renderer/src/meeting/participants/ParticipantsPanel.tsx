import type { MeetingPanelProps } from '../meeting-panel';

export function ParticipantsPanel(props: MeetingPanelProps) {
  void props;
  return (
    <section className="panel" aria-label="Deelnemers">
      <h2 className="panel__title">Deelnemers</h2>
    </section>
  );
}
