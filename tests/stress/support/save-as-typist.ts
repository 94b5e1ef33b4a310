import { createNodeHandlers } from '../../../host/handlers';
import type { Meeting } from '../../../shared/meeting/meeting-schema';
import type { Result } from '../../../shared/result';

/**
 * Child process for the save-as kill test. Usage:
 *   node save-as-typist.mjs LIBRARY_DIR CONFIG_DIR DECEMBER JANUARY old-id|new-id
 * As the app does for a user: lists the library, opens December, saves it
 * as January (Opslaan als), then keeps typing in January: recovery copy
 * after recovery copy, with the id the renderer holds (`old-id`: December's,
 * as a renderer that does not take the new id over; `new-id`: January's).
 * Prints `a <new id>` after Opslaan als and `r N` after each copy. Runs
 * until killed.
 */

function valueOf<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

async function run(args: string[]): Promise<never> {
  const [libraryDir, configDir, december, january, idMode] = args;
  if (!libraryDir || !configDir || !december || !january || (idMode !== 'old-id' && idMode !== 'new-id')) {
    process.stderr.write('Gebruik: save-as-typist LIBRARY_DIR CONFIG_DIR DECEMBER JANUARY old-id|new-id\n');
    process.exit(2);
  }
  const handlers = createNodeHandlers({
    libraryDir,
    configDir,
    version: 'kill',
    dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => january },
  });
  valueOf(await handlers['library:list'](undefined), 'library:list');
  const opened = valueOf(await handlers['meeting:open']({ path: december }), 'meeting:open').meeting;
  const saved = valueOf(await handlers['meeting:saveAs']({ meeting: opened }), 'meeting:saveAs');
  if (!saved) throw new Error('meeting:saveAs: cancelled');
  process.stdout.write(`a ${saved.meetingId}\n`);
  const id = idMode === 'new-id' ? saved.meetingId : opened.id;
  for (let version = 1; ; version++) {
    const typed: Meeting = { ...opened, id, title: `Januari, getypt ${version}` };
    valueOf(await handlers['recovery:save']({ meeting: typed, path: saved.path }), 'recovery:save');
    process.stdout.write(`r ${version}\n`);
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
