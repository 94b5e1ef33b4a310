import { useId } from 'react';

interface OpenWarningsProps {
  warnings: readonly string[];
  onDismiss: () => void;
}

/** How many lines the notice shows; the rest is counted. */
const SHOWN = 5;

/**
 * What reading the file changed, said once when it opens: a link whose
 * target is not http(s) or a plain mailto became plain text, formatting
 * the app does not keep was dropped. The file itself changes only when the
 * user saves; until then this notice stays (or until Begrepen).
 */
export function OpenWarnings({ warnings, onDismiss }: OpenWarningsProps) {
  const titleId = useId();
  if (warnings.length === 0) return null;
  const more = warnings.length - SHOWN;
  return (
    <section className="open-warnings" role="region" aria-labelledby={titleId}>
      <p id={titleId} className="open-warnings__title">
        Bij het openen aangepast (het bestand verandert pas als u opslaat):
      </p>
      <ul>
        {warnings.slice(0, SHOWN).map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
        {more > 0 && <li>en nog {more} {more === 1 ? 'andere aanpassing' : 'andere aanpassingen'}</li>}
      </ul>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Begrepen
      </button>
    </section>
  );
}
