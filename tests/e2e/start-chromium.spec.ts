import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * `npm run start:chromium` is how the app is opened where Electron's runtime
 * cannot be installed (README, "Zonder Electron"). This runs that very npm
 * script (build included) with --smoke: in a real window under xvfb-run
 * where it is installed, else headless. The script checks that the start
 * screen appears and says so in one line.
 */

const repoRoot = join(import.meta.dirname, '../..');

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

test('npm run start:chromium builds the app and shows its start screen', async () => {
  test.setTimeout(180_000);
  const withXvfb = onPath('xvfb-run');
  const npmArgs = ['run', 'start:chromium', '--', '--smoke', ...(withXvfb ? [] : ['--headless'])];
  const [command, args] = withXvfb ? ['xvfb-run', ['-a', 'npm', ...npmArgs]] : ['npm', npmArgs];
  const run = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', timeout: 170_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.error, output).toBeUndefined();
  expect(run.status, output).toBe(0);
  expect(run.stdout).toContain(`Startscherm van MDO-assistent verschenen in Chromium (${withXvfb ? 'met venster' : 'zonder venster'}).`);
});
