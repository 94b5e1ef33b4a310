import { fail, type Result } from '../../../shared/result';

/**
 * Calls the host and always comes back with a Result. The host answers with
 * error values itself; this also turns a broken connection (a thrown or
 * rejected call) into a Dutch message instead of a crash.
 */
export async function callHost<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch {
    return fail(
      'host-unreachable',
      'De app kon deze opdracht niet uitvoeren. Er is niets gewijzigd. Probeer het opnieuw; lukt het niet, sluit de app dan en start haar opnieuw.',
    );
  }
}
