import { execFile, execFileSync } from 'node:child_process';
import { chmod, chown, copyFile, link, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Result } from '../../../shared/result';
import type { ProbeRequest } from './permission-probe';

/**
 * File permissions mean nothing to root, and CI runs as root. A test of
 * "no permission" therefore runs its file operation in a child process
 * that is no root: as the user `nobody` (spawn's uid and gid, i.e.
 * setgid/setuid before the child starts) when the tests run as root, as
 * the same user otherwise. Where neither can be (Windows, or a system
 * that refuses to switch users), `skipReason` says why in one line.
 */

export interface Unprivileged {
  /** Null when the checks can run; else the one-line reason to skip them. */
  skipReason: string | null;
  /** Makes a test file or folder the child's own (only needed, and only done, as root). */
  own(path: string): Promise<void>;
  /** Runs a read or save in the child and gives its Result. */
  run<T>(request: ProbeRequest): Promise<Result<T>>;
  dispose(): Promise<void>;
}

interface Identity {
  uid: number;
  gid: number;
}

function idOf(flag: '-u' | '-g', fallback: number): number {
  try {
    return Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  } catch {
    return fallback;
  }
}

function runChild(node: string, script: string, identity: Identity | null, stdin: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(node, [script], { ...(identity ?? {}), timeout: 20_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(stdout);
    });
    child.stdin?.end(stdin);
  });
}

export async function unprivileged(): Promise<Unprivileged> {
  const folder = await mkdtemp(join(tmpdir(), 'mdo-zonder-root-'));
  const dispose = () => rm(folder, { recursive: true, force: true });
  const skipped = (skipReason: string): Unprivileged => ({
    skipReason,
    own: async () => undefined,
    run: () => Promise.reject(new Error(skipReason)),
    dispose,
  });
  if (process.platform === 'win32') return skipped('Windows has no POSIX file modes to test here');

  const asRoot = process.getuid?.() === 0;
  const identity: Identity | null = asRoot ? { uid: idOf('-u', 65534), gid: idOf('-g', 65534) } : null;
  const script = join(folder, 'permission-probe.cjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'permission-probe.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: script,
    logLevel: 'warning',
  });
  // The other user must reach the script: the folder mkdtemp made is the tests' user's alone.
  await chmod(folder, 0o755);
  await chmod(script, 0o644);
  const probe = JSON.stringify({ op: 'read', path: join(folder, 'geen.mdo') });
  let node = process.execPath;
  try {
    await runChild(node, script, identity, probe);
  } catch {
    // A Node in a folder only root may enter (CI fetches one into a fresh mktemp -d): the other user gets a copy beside the script.
    // A hard link where the binary itself is open to others; a copy (never a change to the original) where it is not.
    node = join(folder, 'node');
    try {
      await link(process.execPath, node)
        .then(() => runChild(node, script, identity, probe))
        .catch(async () => {
          await rm(node, { force: true });
          await copyFile(process.execPath, node);
          await chmod(node, 0o755);
          await runChild(node, script, identity, probe);
        });
    } catch (error) {
      await dispose();
      const first = String(error instanceof Error ? error.message : error).split('\n')[0];
      return skipped(`no process could be started as user nobody (uid ${identity?.uid ?? '?'}) to test without root's rights: ${first}`);
    }
  }
  return {
    skipReason: null,
    async own(path) {
      if (identity) await chown(path, identity.uid, identity.gid);
    },
    async run<T>(request: ProbeRequest) {
      return JSON.parse(await runChild(node, script, identity, JSON.stringify(request))) as Result<T>;
    },
    dispose,
  };
}
