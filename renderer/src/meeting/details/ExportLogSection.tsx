import { useId } from 'react';
import type { Meeting } from '../../../../shared/meeting/meeting-schema';
import { exportLogRows } from './export-log-rows';

/**
 * "Geëxporteerde kopieën": every Word file made from this meeting. Those
 * files live outside the app, so the list is the only trace of them here.
 */
export function ExportLogSection({ meeting }: { meeting: Meeting }) {
  const headingId = useId();
  const rows = exportLogRows(meeting);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Geëxporteerde kopieën
      </h2>
      <p className="panel__subtitle">
        Deze bestanden beheert de app niet: ze worden niet bijgewerkt en niet verwijderd als u dit overleg verwijdert.
      </p>
      {rows.length === 0 ? (
        <p className="muted">Nog niets geëxporteerd.</p>
      ) : (
        <div className="export-log">
          <table className="export-log__table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Document</th>
                <th scope="col">Voor wie</th>
                <th scope="col">Namen vervangen</th>
                <th scope="col">Bestandsnaam</th>
                <th scope="col">Versie</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>{row.when}</td>
                  <td>{row.document}</td>
                  <td>{row.audience}</td>
                  <td>{row.namesReplaced}</td>
                  <td className="export-log__file">{row.fileName}</td>
                  <td>{row.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
