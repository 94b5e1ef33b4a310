import { readdir } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { createWindowBridge } from '../../electron/preload/window-bridge';
import { launchApp, type AppHandle } from '../support/host';

/**
 * `window.mdo` in the page is built by the real preload's createWindowBridge
 * (electron/preload/window-bridge.ts); the test host only puts the Node
 * handlers behind it instead of ipcRenderer.
 */

type RawInvoke = (channel: unknown, payload: unknown) => Promise<unknown>;

const bridgeFunctionNames = Object.keys(createWindowBridge(() => Promise.resolve(null)).bridge).sort();

let app: AppHandle;

test.beforeEach(async () => {
  app = await launchApp();
});

test.afterEach(async () => {
  await app.close();
});

test('window.mdo offers only the named bridge functions, and nothing of Node or Electron', async () => {
  const shape = await app.page.evaluate(() => {
    const bridge = (window as unknown as { mdo: Record<string, unknown> }).mdo;
    const keys = Object.keys(bridge).sort();
    const replaced = Reflect.set(window, 'mdo', {});
    return {
      keys,
      allFunctions: keys.every((key) => typeof bridge[key] === 'function'),
      frozen: Object.isFrozen(bridge),
      replaced,
      globals: ['require', 'process', 'ipcRenderer', 'electron', 'module'].filter((name) => name in window),
    };
  });
  // Exactly what the preload's bridge offers: no raw invoke, no ipcRenderer; frozen by createWindowBridge.
  expect(shape.keys).toEqual(bridgeFunctionNames);
  expect(shape.keys).toContain('saveMeeting');
  expect(shape.allFunctions).toBe(true);
  expect(shape.frozen).toBe(true);
  expect(shape.replaced).toBe(false);
  expect(shape.globals).toEqual([]);
});

test('a bad payload sent straight to the host comes back as an error value', async () => {
  const answers = await app.page.evaluate(async () => {
    const invoke = (window as unknown as { __mdoHostInvoke: RawInvoke }).__mdoHostInvoke;
    return {
      wrongType: await invoke('meeting:open', { path: 42 }),
      extraField: await invoke('meeting:open', { path: '/tmp/x.mdo', andAlso: 'meer' }),
      invalidMeeting: await invoke('meeting:save', { path: null, meeting: { title: 'Half overleg' } }),
      unknownChannel: await invoke('fs:deleteEverything', { path: '/' }),
    };
  });
  for (const answer of Object.values(answers)) {
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^De app deed een verzoek/) } });
  }
  expect(answers.wrongType).toMatchObject({ error: { code: 'invalid-request' } });
  expect(answers.unknownChannel).toMatchObject({ error: { code: 'unknown-channel' } });
  expect(await readdir(app.libraryDir)).toEqual([]);
});

test('only web links go to the system browser', async () => {
  const answers = await app.page.evaluate(async () => {
    const bridge = (window as unknown as { mdo: { openExternal(url: string): Promise<{ ok: boolean }> } }).mdo;
    return Promise.all(
      ['https://www.nji.nl/', 'javascript:alert(1)', 'file:///etc/passwd'].map(async (url) => (await bridge.openExternal(url)).ok),
    );
  });
  expect(answers).toEqual([true, false, false]);
  expect(app.host.externalUrls).toEqual(['https://www.nji.nl/']);
});
