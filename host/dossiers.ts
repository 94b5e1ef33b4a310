import { deriveDossiers, type Dossier, type DossierMeetingInput } from '../shared/cycle/dossier';
import { listLibrary } from './library';
import { readMeetingFile } from './storage';

/**
 * The dossiers of the library: every readable meeting file is read (for
 * now, one by one after the listing; unreadable files are left out, the
 * start screen names them already).
 */
export async function readLibraryDossiers(libraryDir: string, today: Date): Promise<Dossier[]> {
  const summaries = await listLibrary(libraryDir);
  const inputs: DossierMeetingInput[] = [];
  for (const summary of summaries) {
    if (summary.problem !== null) continue;
    const read = await readMeetingFile(summary.path);
    if (read.ok) inputs.push({ path: summary.path, meeting: read.value });
  }
  return deriveDossiers(inputs, today);
}
