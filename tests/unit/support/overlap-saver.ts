import { createRecoveryStore } from '../../../electron/node/recovery';
import { writeMeetingFile } from '../../../electron/node/storage';
import { RECOVERY_VERSION_OFFSET, recoveryVersion } from './unsaved-typing';
import { VERSION_SAVED_AT, versionedMeeting } from './versioned-meeting';

/**
 * Child process for the kill test. Usage:
 *   node overlap-saver.mjs save|overlap TARGET CONFIG_DIR FIRST_VERSION
 * `save` saves version after version of one meeting to TARGET; `overlap`
 * does that and, at the same time and at its own pace, writes recovery
 * copies (the autosave) of other versions, as the app does when the user
 * presses Opslaan while an autosave is running. Each finished step is
 * printed as `s N` (save) or `r N` (recovery copy). Runs until killed.
 */
const [mode, target, configDir, first] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'overlap') || !target || !configDir || !first) {
  process.stderr.write('Gebruik: overlap-saver save|overlap TARGET CONFIG_DIR FIRST_VERSION\n');
  process.exit(2);
}

const now = () => new Date(VERSION_SAVED_AT);

async function saveForever(): Promise<void> {
  for (let version = Number(first); ; version++) {
    const saved = await writeMeetingFile(target!, versionedMeeting(version), { now });
    if (!saved.ok) throw new Error(`${saved.error.code}: ${saved.error.message}`);
    process.stdout.write(`s ${version}\n`);
  }
}

async function autosaveForever(): Promise<void> {
  const recovery = createRecoveryStore(configDir!, { now });
  for (let version = Number(first) + RECOVERY_VERSION_OFFSET; ; version++) {
    await recovery.write(recoveryVersion(version), target!);
    process.stdout.write(`r ${version}\n`);
  }
}

try {
  await Promise.all(mode === 'overlap' ? [saveForever(), autosaveForever()] : [saveForever()]);
} catch (error) {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
}
