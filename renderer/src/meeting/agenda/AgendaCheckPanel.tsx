import type { Meeting } from '../../../../shared/meeting/meeting-schema';

export function AgendaCheckPanel(props: { meeting: Meeting }) {
  void props;
  return (
    <section className="panel" aria-label="Agendacheck">
      <h2 className="panel__title">Agendacheck</h2>
    </section>
  );
}
