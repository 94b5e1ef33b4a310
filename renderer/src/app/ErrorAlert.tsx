import type { AppError } from '../../../shared/result';

interface ErrorAlertProps {
  error: AppError | null;
  onDismiss: () => void;
}

/**
 * The one place where problems are shown. The region stays in the page so a
 * screen reader announces a message the moment it appears.
 */
export function ErrorAlert({ error, onDismiss }: ErrorAlertProps) {
  return (
    <div role="alert" className={error ? 'alert' : 'alert alert--empty'}>
      {error && (
        <>
          <div className="alert__body">
            <p className="alert__message">{error.message}</p>
            {error.details && error.details.length > 0 && (
              <ul className="alert__details">
                {error.details.map((detail, index) => (
                  <li key={`${index}-${detail}`}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" className="button button--quiet alert__dismiss" onClick={onDismiss}>
            Melding sluiten
          </button>
        </>
      )}
    </div>
  );
}
