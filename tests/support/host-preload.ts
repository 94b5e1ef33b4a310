import { createBridge } from '../../shared/ipc/bridge';
import type { Channel, HostEvent } from '../../shared/ipc/contract';

/**
 * The test host's stand-in for electron/preload/preload.ts, bundled by
 * host.ts and run in the page before the app: `window.mdo` is the same
 * bridge, with `__mdoHostInvoke` (a Playwright binding to the real Node
 * handlers) in place of ipcRenderer. Host events arrive through
 * `__mdoHostEmit`, which host.ts calls with page.evaluate.
 */

interface HostWindow {
  __mdoHostInvoke(channel: Channel, request: unknown): Promise<unknown>;
}

const hostWindow = window as unknown as HostWindow;
const listeners = new Set<(event: HostEvent) => void>();
// Events sent before the app subscribed wait here, as in the Electron preload.
const early: HostEvent[] = [];

function emit(event: HostEvent): void {
  if (listeners.size === 0) early.push(event);
  for (const listener of listeners) listener(event);
}

const bridge = createBridge(
  (channel, request) => hostWindow.__mdoHostInvoke(channel, request),
  (listener) => {
    listeners.add(listener);
    for (const event of early.splice(0)) listener(event);
    return () => listeners.delete(listener);
  },
);

Object.defineProperty(window, '__mdoHostEmit', { value: emit });
// Like contextBridge: the page cannot replace or extend the bridge.
Object.defineProperty(window, 'mdo', { value: Object.freeze(bridge), enumerable: true });
