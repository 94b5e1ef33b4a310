import { isAppUrl } from './security';

/**
 * Who may call the host over IPC: only the top frame of the app's own page in
 * the main window. Not an iframe inside it (the preload bridge only runs in
 * the top frame, but a frame that reached ipcRenderer some other way is still
 * refused), not DevTools, not a page the window was navigated to, not another
 * window. Plain shapes, so tests need no Electron.
 */

/** The part of Electron's WebFrameMain the check reads. */
export interface SenderFrame {
  url: string;
  /** Null for the top frame of a page. */
  parent: unknown;
}

/** The part of Electron's IpcMainInvokeEvent the check reads. */
export interface SenderEvent {
  /** Null when the frame is gone (navigated away or destroyed) before the call arrived. */
  senderFrame: SenderFrame | null | undefined;
  /** The WebContents that sent the call. */
  sender: unknown;
}

export function isTrustedSender(event: SenderEvent, mainContents: unknown, appEntryUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent !== null) return false;
  if (mainContents === null || mainContents === undefined || event.sender !== mainContents) return false;
  return isAppUrl(frame.url, appEntryUrl);
}

export const UNTRUSTED_SENDER_MESSAGE = 'Dit verzoek kwam niet van de app zelf en is geweigerd.';
