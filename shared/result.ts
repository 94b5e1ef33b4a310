/**
 * Errors cross every boundary (IPC, storage, CLI) as values, never as thrown
 * exceptions, so the UI always has a Dutch sentence to show.
 */
export interface AppError {
  /** Stable machine-readable code, e.g. `invalid-file`, `not-found`. */
  code: string;
  /** One plain Dutch sentence (or two) for the user: what is wrong and what to do. */
  message: string;
  /** Optional list of specifics, e.g. one line per invalid field. */
  details?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string, details?: string[]): Result<T> {
  return details && details.length > 0
    ? { ok: false, error: { code, message, details } }
    : { ok: false, error: { code, message } };
}
