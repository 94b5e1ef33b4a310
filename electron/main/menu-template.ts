import type { MenuItemConstructorOptions } from 'electron';
import {
  commandAccelerator,
  commandLabel,
  commandTable,
  EXPORT_MENU_LABEL,
  keyPlatformOf,
  type CommandId,
  type MenuCommandId,
  type RoleCommandId,
} from '../../shared/commands/command-table';

/**
 * The Dutch application menu as data. Every item with a shortcut comes from
 * the command table (label, accelerator, id), so the menu shows the same
 * keys as the page. Commands that concern the meeting go to the renderer;
 * editing commands use Electron's roles so they work in every text field.
 */
export function buildMenuTemplate(
  send: (command: MenuCommandId) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const keys = keyPlatformOf(platform);

  function fromTable(id: CommandId): MenuItemConstructorOptions {
    return { id, label: commandLabel(id, keys), accelerator: commandAccelerator(id, keys) };
  }
  function sends(id: MenuCommandId): MenuItemConstructorOptions {
    return { ...fromTable(id), click: () => send(id) };
  }
  function withRole(id: RoleCommandId): MenuItemConstructorOptions {
    return { ...fromTable(id), role: commandTable[id].role };
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      sends('new'),
      sends('open'),
      sends('search'),
      { type: 'separator' },
      sends('save'),
      sends('save-as'),
      { type: 'separator' },
      { label: EXPORT_MENU_LABEL, submenu: [sends('export-agenda'), sends('export-minutes')] },
      { type: 'separator' },
      withRole(isMac ? 'close-window' : 'quit'),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      withRole('undo'),
      withRole('redo'),
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
      withRole('quit'),
    ],
  };
  return isMac ? [appMenu, fileMenu, editMenu, viewMenu] : [fileMenu, editMenu, viewMenu];
}
