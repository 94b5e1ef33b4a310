import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs electron/start-app.mjs. These run the script as npm does,
 * with plain Node: without the Electron runtime (as on this machine) it says
 * so in one line; with one it hands over to electron-vite preview.
 */

const repoRoot = join(import.meta.dirname, '../..');
const script = join(repoRoot, 'electron/start-app.mjs');
/** The build machines have none (ELECTRON_SKIP_BINARY_DOWNLOAD); a developer's machine may. */
const runtimeInstalled = existsSync(join(repoRoot, 'node_modules/electron/path.txt'));

function runStart(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [script, ...args], { cwd: repoRoot, encoding: 'utf8', env, timeout: 60_000 });
}

describe('npm start', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-start-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function expectMissingRuntimeLine(run: ReturnType<typeof runStart>): void {
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^MDO-assistent kan niet starten: de Electron-runtime is niet geïnstalleerd/);
    expect(lines[0]).toContain('`npm run start:chromium` toont dezelfde app in Chromium.');
  }

  it.skipIf(runtimeInstalled)('says in one Dutch line that the Electron runtime is missing and that start:chromium shows the app, and fails', () => {
    const env = { ...process.env };
    delete env.ELECTRON_EXEC_PATH;
    expectMissingRuntimeLine(runStart([], env));
  });

  it('says the same when ELECTRON_EXEC_PATH names a runtime that is not there', () => {
    expectMissingRuntimeLine(runStart([], { ...process.env, ELECTRON_EXEC_PATH: join(dir, 'geen-electron') }));
  });

  it('hands over to electron-vite preview when a runtime is there, with its exit code', async () => {
    // A stand-in runtime that says what it was started with.
    const fakeElectron = join(dir, 'electron');
    await writeFile(fakeElectron, '#!/bin/sh\necho "electron gestart met: $*"\nexit 3\n');
    await chmod(fakeElectron, 0o755);
    const run = runStart(['--skipBuild'], { ...process.env, ELECTRON_EXEC_PATH: fakeElectron, ELECTRON_ENTRY: 'out/main/main.js' });
    expect(run.stdout).toContain('electron gestart met: out/main/main.js');
    expect(run.stderr).not.toContain('Electron-runtime');
    expect(run.status).toBe(3);
  });
});
