import type { MdoBridge } from '../../shared/ipc/bridge';

declare global {
  interface Window {
    /** Set by the Electron preload (or the test host); the renderer's only way to the host. */
    readonly mdo: MdoBridge;
  }
}

export {};
