import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
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

/**
 * The one input file and the `-o` output of a command that makes one file
 * from a meeting, the output ending in `extension`; null (after saying why,
 * with the usage) when the command line is not that.
 */
export function oneInputOneOutput(
  positionals: readonly string[],
  output: string | undefined,
  extension: string,
  usage: string,
  io: CliIo,
): { input: string; output: string } | null {
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0 || !output) {
    io.err(`Geef precies één overleg-bestand en een uitvoerbestand met -o.\n${usage}`);
    return null;
  }
  if (extname(output).toLocaleLowerCase('en') !== extension) {
    io.err(`Het uitvoerbestand moet eindigen op ${extension}.\n${usage}`);
    return null;
  }
  return { input, output };
}
