import { stat } from 'node:fs/promises';
import type { CliIo } from './cli-io';

/**
 * Whether a command may write `output`: a file that is already there is
 * replaced only with --overschrijven. Says so in Dutch (and returns false)
 * when it may not.
 */
export async function mayWriteOutput(output: string, overwrite: boolean | undefined, io: CliIo): Promise<boolean> {
  if (overwrite) return true;
  const present = await stat(output).then(
    () => true,
    () => false,
  );
  if (!present) return true;
  io.err(`Het bestand "${output}" bestaat al en is niet veranderd. Kies een andere naam, of gebruik --overschrijven om het te vervangen.`);
  return false;
}
