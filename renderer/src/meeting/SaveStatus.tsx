import { savedAtText } from '../format/display-dates';

interface SaveStatusProps {
  dirty: boolean;
  saving: boolean;
  savedAt: string | null;
}

/** Whether the work is safe on disk, in words (the dot is decoration). */
export function SaveStatus({ dirty, saving, savedAt }: SaveStatusProps) {
  const [tone, text] = saving
    ? ['busy', 'Bezig met opslaan…']
    : dirty
      ? ['dirty', 'Niet opgeslagen wijzigingen']
      : savedAt
        ? ['saved', savedAtText(savedAt)]
        : ['new', 'Nog niet opgeslagen'];
  return (
    <p role="status" className={`save-status save-status--${tone}`}>
      <span className="save-status__dot" aria-hidden="true" />
      {text}
    </p>
  );
}
