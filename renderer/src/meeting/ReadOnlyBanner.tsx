import { useId } from 'react';
import type { LockOwner } from '../../../shared/ipc/contract';
import { lockOwnerText } from '../app/lock-owner-text';

interface ReadOnlyBannerProps {
  owner: LockOwner;
  onSaveAs: () => void;
  onTakeOver: () => void;
}

/**
 * The meeting is open to read only, because someone else has it open: said
 * at the top of the page for as long as it lasts, with the two ways on
 * (a new file, or taking over deliberately).
 */
export function ReadOnlyBanner({ owner, onSaveAs, onTakeOver }: ReadOnlyBannerProps) {
  const titleId = useId();
  return (
    <section className="read-only-banner" aria-labelledby={titleId}>
      <p className="read-only-banner__text">
        <strong id={titleId}>Alleen lezen:</strong> {lockOwnerText(owner)}. Opslaan kan niet; met Opslaan als bewaart u uw
        wijzigingen in een nieuw bestand.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={onSaveAs}>
          Opslaan als…
        </button>
        <button type="button" className="button" onClick={onTakeOver}>
          Toch bewerken
        </button>
      </div>
    </section>
  );
}
