import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../../shared/ipc/bridge';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../../shared/ipc/contract';

/**
 * Exposes `window.mdo` and nothing else: named functions over
 * ipcRenderer.invoke, never ipcRenderer itself.
 */

const listeners = new Set<(event: HostEvent) => void>();
// Events that arrive before the renderer subscribed (e.g. a file passed on
// the command line) wait here, so none is lost during start-up.
const early: HostEvent[] = [];

ipcRenderer.on(HOST_EVENT_CHANNEL, (_event, hostEvent: HostEvent) => {
  if (listeners.size === 0) early.push(hostEvent);
  for (const listener of listeners) listener(hostEvent);
});

const bridge = createBridge(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (listener) => {
    listeners.add(listener);
    for (const hostEvent of early.splice(0)) listener(hostEvent);
    return () => listeners.delete(listener);
  },
);

contextBridge.exposeInMainWorld('mdo', bridge);
