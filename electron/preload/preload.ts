import { contextBridge, ipcRenderer } from 'electron';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../../shared/ipc/contract';
import { createWindowBridge } from './window-bridge';

/**
 * Exposes `window.mdo` and nothing else: named functions over
 * ipcRenderer.invoke, never ipcRenderer itself. The bridge and its event hub
 * are built in window-bridge.ts, which the test host uses too.
 */

const { bridge, deliver } = createWindowBridge((channel, request) => ipcRenderer.invoke(channel, request));

ipcRenderer.on(HOST_EVENT_CHANNEL, (_event, hostEvent: HostEvent) => deliver(hostEvent));

contextBridge.exposeInMainWorld('mdo', bridge);
