import { createBridge, type MdoBridge, type RawInvoke } from '../../shared/ipc/bridge';
import type { HostEvent } from '../../shared/ipc/contract';

/**
 * What the preload hands the page as `window.mdo`, without Electron: the
 * bridge over a raw invoke, and the hub that passes host events (menu
 * commands, files the OS opens with the app) to the page's listeners. The
 * Electron preload (preload.ts, over ipcRenderer) and the test host
 * (tests/support/host-preload.ts, over a Playwright binding) both build
 * `window.mdo` here, so the tests run this code, not a copy of it.
 */

export interface WindowBridge {
  /** The object the page gets: named functions only, frozen. */
  bridge: Readonly<MdoBridge>;
  /** Hands an event from the host to the page's listeners. */
  deliver(event: HostEvent): void;
}

export function createWindowBridge(rawInvoke: RawInvoke): WindowBridge {
  const listeners = new Set<(event: HostEvent) => void>();
  // Events that arrive before the renderer subscribed (a file passed on the
  // command line, a menu command during start-up) wait here, in order, so
  // none is lost. They go out once the page's first listeners are all there:
  // the page subscribes in React's effects, a component's before its
  // parent's, so the first listener is the search's, and the app's own (which
  // opens the file) comes a moment later in the same run of effects. Handed
  // to the first listener alone, a file opened from the OS at start-up was
  // sometimes dropped.
  const early: HostEvent[] = [];
  let releasing = false;

  function deliver(event: HostEvent): void {
    if (listeners.size === 0 || early.length > 0) {
      early.push(event);
      return;
    }
    for (const listener of listeners) listener(event);
  }

  /** After the subscriptions of this turn (a microtask): every waiting event to every listener, in order. */
  function releaseEarly(): void {
    if (releasing || early.length === 0) return;
    releasing = true;
    queueMicrotask(() => {
      releasing = false;
      for (const event of early.splice(0)) for (const listener of listeners) listener(event);
    });
  }

  const bridge = createBridge(rawInvoke, (listener) => {
    listeners.add(listener);
    releaseEarly();
    return () => {
      listeners.delete(listener);
    };
  });

  // contextBridge copies and freezes what it exposes; freezing here too keeps
  // the page from changing the bridge wherever it is built.
  return { bridge: Object.freeze(bridge), deliver };
}
