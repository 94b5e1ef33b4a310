import { dirname } from 'node:path';
import type { AppError } from '../../shared/result';

const reasons: Record<string, string> = {
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'de schijf is vol',
  EACCES: 'u mag niet schrijven in deze map, of het bestand is nog geopend in Word',
  EPERM: 'u mag niet schrijven in deze map, of het bestand is nog geopend in Word',
  EBUSY: 'het bestand is nog geopend in een ander programma, zoals Word',
  EROFS: 'de schijf is alleen-lezen',
  ENOENT: 'de map bestaat niet (meer)',
  ENOTDIR: 'de map bestaat niet (meer)',
  EISDIR: 'er staat al een map met die naam',
};

/** Why an exported Word file could not be written, in Dutch; the meeting itself is untouched. */
export function exportErrorFor(error: unknown, target: string): AppError {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const reason = reasons[code] ?? `onbekende fout${code ? ` (${code})` : ''}`;
  return {
    code: 'export-failed',
    message: `Het Word-bestand is niet gemaakt in "${dirname(target)}": ${reason}. Uw overleg is niet veranderd. Sluit het bestand in Word of kies een andere map, en probeer het opnieuw.`,
  };
}
