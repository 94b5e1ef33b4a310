import { startupSnapshot } from 'node:v8';
import { createRecoveryStore } from '../../../host/recovery';
import { writeMeetingFile } from '../../../host/storage';
import { RECOVERY_VERSION_OFFSET, recoveryVersion } from './unsaved-typing';
import { VERSION_SAVED_AT, versionedMeeting } from '../../unit/support/versioned-meeting';

/**
 * Child process for the kill test. Usage:
 *   node overlap-saver.cjs save|overlap TARGET CONFIG_DIR FIRST_VERSION
 * `save` saves version after version of one meeting to TARGET; `overlap`
 * does that and, at the same time and at its own pace, writes recovery
 * copies (the autosave) of other versions, as the app does when the user
 * presses Opslaan while an autosave is running. Each finished step is
 * printed as `s N` (save) or `r N` (recovery copy). Runs until killed.
 */

const now = () => new Date(VERSION_SAVED_AT);

async function saveForever(target: string, first: number): Promise<never> {
  for (let version = first; ; version++) {
    const saved = await writeMeetingFile(target, versionedMeeting(version), { now });
    if (!saved.ok) throw new Error(`${saved.error.code}: ${saved.error.message}`);
    process.stdout.write(`s ${version}\n`);
  }
}

async function autosaveForever(target: string, configDir: string, first: number): Promise<never> {
  const recovery = createRecoveryStore(configDir, { now });
  for (let version = first + RECOVERY_VERSION_OFFSET; ; version++) {
    await recovery.write(recoveryVersion(version), target);
    process.stdout.write(`r ${version}\n`);
  }
}

function start(args: string[]): void {
  const [mode, target, configDir, first] = args;
  if ((mode !== 'save' && mode !== 'overlap') || !target || !configDir || !first) {
    process.stderr.write('Gebruik: overlap-saver save|overlap TARGET CONFIG_DIR FIRST_VERSION\n');
    process.exit(2);
  }
  const loops = [saveForever(target, Number(first))];
  if (mode === 'overlap') loops.push(autosaveForever(target, configDir, Number(first)));
  Promise.all(loops).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}

// The kill test builds this into a V8 startup snapshot where it can: the
// modules are then loaded before the child starts, which saves much of its
// start-up time over hundreds of trials. Started from a snapshot, argv has
// no script path.
if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.setDeserializeMainFunction(() => start(process.argv.slice(1)));
else start(process.argv.slice(2));
