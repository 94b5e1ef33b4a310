import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channels, type Handlers } from '../../shared/ipc/contract';
import { fail } from '../../shared/result';
import { dispatch } from '../../host/dispatch';
import { isTrustedSender, UNTRUSTED_SENDER_MESSAGE } from './ipc-sender';

/**
 * Registers one `ipcMain.handle` per channel of the contract. A call from
 * anything but the top frame of the app's own page in the main window is
 * refused before the payload is read; then dispatch checks the payload
 * against the channel's schema before any handler runs.
 */
export function registerIpc(handlers: Handlers, appEntryUrl: string, mainContents: () => WebContents | null): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event, mainContents(), appEntryUrl)) {
        return fail('untrusted-sender', UNTRUSTED_SENDER_MESSAGE);
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
