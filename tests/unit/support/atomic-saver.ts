import { writeMeetingFile } from '../../../electron/node/storage';
import { VERSION_SAVED_AT, versionedMeeting } from './versioned-meeting';

/**
 * Child process for the kill test: saves version after version of one meeting
 * to the target until it is killed, printing each version number once its
 * save has returned. Usage: node atomic-saver.mjs TARGET FIRST_VERSION
 */
const [target, first] = process.argv.slice(2);
if (!target || !first) {
  process.stderr.write('Gebruik: atomic-saver TARGET FIRST_VERSION\n');
  process.exit(2);
}

for (let version = Number(first); ; version++) {
  const saved = await writeMeetingFile(target, versionedMeeting(version), { now: () => new Date(VERSION_SAVED_AT) });
  if (!saved.ok) {
    process.stderr.write(`${saved.error.code}: ${saved.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`${version}\n`);
}
