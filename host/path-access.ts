import { dirname, isAbsolute, resolve } from 'node:path';
import { MEETING_FILE_EXTENSION } from '../shared/file/meeting-file';
import { fail, type Result } from '../shared/result';

/**
 * Which files the page may have the host open, save, lock or delete: only
 * those the user chose in this session. The main process hands out a path
 * from its own dialogs, from the library listing, from the list of recent
 * files (and of recovery copies), and from "open with" (the command line
 * or the OS's open-file event); any other path the page names is refused
 * before the file system is asked anything, so the answer never tells
 * whether a file exists. Saves go to `.mdo` files only, deletes stay in the
 * library. Electron and the test host share these rules through the
 * handlers.
 */

export interface PathGrants {
  /** The user chose this file: a dialog, the library, the recent list or "open with". */
  grant(path: string): void;
  isGranted(path: string): boolean;
}

/** Windows and macOS treat `Noor.mdo` and `noor.mdo` as one file. */
function pathKey(path: string): string {
  const absolute = resolve(path);
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? absolute.toLowerCase() : absolute;
}

/** One per window (session): what was granted is forgotten when the app stops. */
export function createPathGrants(): PathGrants {
  const granted = new Set<string>();
  return {
    grant(path) {
      if (isAbsolute(path)) granted.add(pathKey(path));
    },
    isGranted: (path) => isAbsolute(path) && granted.has(pathKey(path)),
  };
}

const CHOOSE_AGAIN = 'De app werkt alleen met bestanden die u zelf hebt gekozen: via Openen, Opslaan als, de lijst met overleggen, de recente bestanden of door het bestand met MDO-assistent te openen.';

export interface PathAccess extends PathGrants {
  /** Why this file may not be opened or read, or null when it may. */
  refuseOpen(path: string): Result<never> | null;
  /** Why a meeting may not be saved here, or null when it may: a chosen `.mdo` file. */
  refuseSave(path: string): Result<never> | null;
  /** Why the autosave may not name this file for its copy, or null when it may. */
  refuseRecovery(path: string): Result<never> | null;
  /** Why this file may not be deleted, or null when it may: a chosen `.mdo` file directly in the library. */
  refuseDelete(path: string): Result<never> | null;
}

export function createPathAccess(grants: PathGrants, libraryDir: string): PathAccess {
  const isMeetingFileName = (path: string) => path.toLowerCase().endsWith(MEETING_FILE_EXTENSION);
  return {
    grant: (path) => grants.grant(path),
    isGranted: (path) => grants.isGranted(path),
    refuseOpen(path) {
      if (grants.isGranted(path)) return null;
      return fail('not-chosen', `Dit bestand is niet geopend. ${CHOOSE_AGAIN} Kies het bestand via Openen.`);
    },
    refuseSave(path) {
      if (!grants.isGranted(path)) {
        return fail(
          'not-chosen',
          `Het overleg is niet opgeslagen: de app bewaart alleen in een bestand dat u zelf hebt gekozen. ${CHOOSE_AGAIN} Uw wijzigingen staan nog in de app; kies Opslaan als.`,
        );
      }
      if (!isMeetingFileName(path)) {
        return fail(
          'not-a-meeting-name',
          `Het overleg is niet opgeslagen: een overleg wordt alleen bewaard in een bestand dat eindigt op ${MEETING_FILE_EXTENSION}. Er is niets overschreven en uw wijzigingen staan nog in de app; kies Opslaan als en geef een naam die eindigt op ${MEETING_FILE_EXTENSION}.`,
        );
      }
      return null;
    },
    refuseRecovery(path) {
      if (grants.isGranted(path)) return null;
      return fail(
        'not-chosen',
        `De automatische herstelkopie is niet bewaard: het overleg hoort bij een bestand dat niet via de app is gekozen. Sla het overleg op met Opslaan als om uw werk veilig te stellen.`,
      );
    },
    refuseDelete(path) {
      if (grants.isGranted(path) && isMeetingFileName(path) && pathKey(dirname(path)) === pathKey(libraryDir)) return null;
      return fail(
        'not-deleted',
        `Dit overleg kan niet worden verwijderd: de app verwijdert alleen overleggen (.mdo) uit de lijst met overleggen, in de map "${resolve(libraryDir)}". Er is niets verwijderd.`,
      );
    },
  };
}
