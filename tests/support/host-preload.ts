import { createWindowBridge } from '../../electron/preload/window-bridge';
import type { Channel } from '../../shared/ipc/contract';

/**
 * The test host's stand-in for electron/preload/preload.ts, bundled by
 * host.ts and run in the page before the app. It builds `window.mdo` with the
 * real preload's createWindowBridge (the bridge, its freezing and the queue
 * of early host events), with `__mdoHostInvoke` (a Playwright binding to the
 * real Node handlers) in place of ipcRenderer. Host events arrive through
 * `__mdoHostEmit`, which host.ts calls with page.evaluate. Only what
 * contextBridge itself does is imitated here: a property the page cannot
 * replace.
 */

interface HostWindow {
  __mdoHostInvoke(channel: Channel, request: unknown, asJson: true): Promise<unknown>;
}

const hostWindow = window as unknown as HostWindow;
// As JSON text both ways (see host.ts): one string crosses instead of every value of a meeting. No request holds undefined.
const { bridge, deliver } = createWindowBridge(async (channel, request) => {
  const answer = await hostWindow.__mdoHostInvoke(channel, request === undefined ? undefined : JSON.stringify(request), true);
  return JSON.parse(answer as string) as unknown;
});

Object.defineProperty(window, '__mdoHostEmit', { value: deliver });
// Like contextBridge.exposeInMainWorld: a read-only property the page cannot replace.
Object.defineProperty(window, 'mdo', { value: bridge, enumerable: true });
