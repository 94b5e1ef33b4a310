import { readMeetingFile, writeMeetingFile } from '../../../host/storage';
import type { Meeting } from '../../../shared/meeting/meeting-schema';

/**
 * Child process for tests/unit/support/unprivileged.ts: reads one request
 * as JSON on stdin, runs it with the storage functions the app uses, and
 * prints the Result as JSON on stdout. Started as a user without root's
 * rights, so the file system's permission checks apply.
 */

export type ProbeRequest = { op: 'read'; path: string } | { op: 'save'; path: string; meeting: Meeting; now: string };

async function run(request: ProbeRequest): Promise<unknown> {
  if (request.op === 'read') return readMeetingFile(request.path);
  return writeMeetingFile(request.path, request.meeting, { now: () => new Date(request.now) });
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  input += chunk;
});
process.stdin.on('end', () => {
  run(JSON.parse(input) as ProbeRequest).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error: unknown) => {
      process.stderr.write(String(error));
      process.exitCode = 1;
    },
  );
});
