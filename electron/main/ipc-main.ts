import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels, type Handlers } from '../../shared/ipc/contract';
import { fail } from '../../shared/result';
import { dispatch } from '../node/dispatch';
import { isAppUrl } from './security';

/**
 * Registers one `ipcMain.handle` per channel of the contract. A call from any
 * frame that is not the app's own page is refused before the payload is read.
 */
export function registerIpc(handlers: Handlers, appEntryUrl: string): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl, appEntryUrl)) {
        return fail('untrusted-sender', 'Dit verzoek kwam niet van de app zelf en is geweigerd.');
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
