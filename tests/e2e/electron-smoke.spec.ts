import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * Starts the real Electron app where the runtime is installed (a developer's
 * machine after `npm install`). The build machines cannot download Electron,
 * so there the test skips; every other UI test runs the same renderer in
 * Chromium through tests/support/host.ts.
 */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the Electron app opens its secure window with the start screen', async () => {
  test.skip(binary === null, 'Electron-runtime is niet geïnstalleerd op deze machine (ELECTRON_SKIP_BINARY_DOWNLOAD)');
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [join(import.meta.dirname, '../../out/main/main.js')],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('button', { name: 'Nieuw overleg' })).toBeVisible();
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => Object.keys((window as unknown as { mdo: object }).mdo).sort())).toContain('saveMeeting');
  } finally {
    await app.close();
  }
});
