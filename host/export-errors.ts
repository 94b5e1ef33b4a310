import { dirname } from 'node:path';
import type { AppError } from '../shared/result';

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
  ENAMETOOLONG: 'de bestandsnaam is te lang, of de map ligt te diep',
};

/** What to do about it: advice about Word is no help when the disk is full. */
const advice: Record<string, string> = {
  ENOSPC: 'Maak ruimte vrij of kies een andere map (bijvoorbeeld op een andere schijf), en probeer het opnieuw.',
  EDQUOT: 'Maak ruimte vrij of kies een andere map (bijvoorbeeld op een andere schijf), en probeer het opnieuw.',
  EROFS: 'Kies een andere map en probeer het opnieuw.',
  ENOENT: 'Kies een andere map en probeer het opnieuw.',
  ENOTDIR: 'Kies een andere map en probeer het opnieuw.',
  EISDIR: 'Kies een andere naam en probeer het opnieuw.',
  ENAMETOOLONG: 'Kies een kortere naam, of een map die minder diep ligt, en probeer het opnieuw.',
};

/**
 * Why an exported Word file could not be written, in Dutch; the meeting
 * itself is untouched, and so is an earlier file of that name (the write
 * is atomic).
 */
export function exportErrorFor(error: unknown, target: string): AppError {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const reason = reasons[code] ?? `onbekende fout${code ? ` (${code})` : ''}`;
  const whatToDo = advice[code] ?? 'Sluit het bestand in Word of kies een andere map, en probeer het opnieuw.';
  return {
    code: 'export-failed',
    message: `Het Word-bestand is niet gemaakt in "${dirname(target)}": ${reason}. Uw overleg is niet veranderd en een eerder Word-bestand met deze naam ook niet. ${whatToDo}`,
  };
}
