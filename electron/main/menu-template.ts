import type { MenuItemConstructorOptions } from 'electron';
import type { HostCommand } from '../../shared/ipc/contract';

/**
 * The Dutch application menu as data. Commands that concern the meeting go to
 * the renderer; editing commands use Electron's roles so they work in every
 * text field. `CmdOrCtrl` gives Cmd on macOS and Ctrl elsewhere.
 */
export function buildMenuTemplate(
  send: (command: HostCommand) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const fileMenu: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      { label: 'Nieuw overleg', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
      { label: 'Openen…', accelerator: 'CmdOrCtrl+O', click: () => send('open') },
      { type: 'separator' },
      { label: 'Opslaan', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
      { label: 'Opslaan als…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-as') },
      { type: 'separator' },
      {
        label: 'Exporteren naar Word',
        submenu: [
          { label: 'Agenda…', accelerator: 'CmdOrCtrl+E', click: () => send('export-agenda') },
          { label: 'Verslag…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export-minutes') },
        ],
      },
      { type: 'separator' },
      isMac
        ? { label: 'Venster sluiten', role: 'close', accelerator: 'CmdOrCtrl+W' }
        : { label: 'Afsluiten', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { label: 'Ongedaan maken', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: 'Opnieuw', role: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' },
      { type: 'separator' },
      { label: 'Knippen', role: 'cut' },
      { label: 'Kopiëren', role: 'copy' },
      { label: 'Plakken', role: 'paste' },
      { label: 'Plakken als platte tekst', role: 'pasteAndMatchStyle' },
      { label: 'Alles selecteren', role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { label: 'Ware grootte', role: 'resetZoom' },
      { label: 'Inzoomen', role: 'zoomIn' },
      { label: 'Uitzoomen', role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Volledig scherm', role: 'togglefullscreen' },
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: 'MDO-assistent',
    submenu: [
      { label: 'Over MDO-assistent', role: 'about' },
      { type: 'separator' },
      { label: 'MDO-assistent verbergen', role: 'hide' },
      { label: 'Andere verbergen', role: 'hideOthers' },
      { type: 'separator' },
      { label: 'Stop MDO-assistent', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  return isMac ? [appMenu, fileMenu, editMenu, viewMenu] : [fileMenu, editMenu, viewMenu];
}
