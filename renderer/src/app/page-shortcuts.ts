import {
  ariaKeyShortcuts,
  commandAccelerator,
  commandForKeyPress,
  commandLabel,
  commandName,
  shortcutText,
  type CommandId,
  type KeyPlatform,
  type KeyPress,
} from '../../../shared/commands/command-table';

/**
 * The command table's shortcuts as this page uses them: Cmd on a Mac, Ctrl
 * elsewhere (in Electron and in a browser alike, the user agent says which).
 */
let platform: KeyPlatform | null = null;
function pagePlatform(): KeyPlatform {
  // Asked at every key press in the notes: the user agent is read once.
  platform ??= /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'mac' : 'other';
  return platform;
}

/** For a button's `aria-keyshortcuts`, e.g. `Control+Shift+E`. */
export function ariaShortcut(id: CommandId): string {
  return ariaKeyShortcuts(commandAccelerator(id, pagePlatform()), pagePlatform());
}

/** The shortcut as shown on screen, e.g. `Ctrl+Shift+E`. */
export function visibleShortcut(id: CommandId): string {
  return shortcutText(commandAccelerator(id, pagePlatform()), pagePlatform());
}

export function commandForKey(press: KeyPress): CommandId | null {
  return commandForKeyPress(press, pagePlatform());
}

/** The command's label, as the menu has it (e.g. `Opslaan als…`). */
export function pageLabel(id: CommandId): string {
  return commandLabel(id, pagePlatform());
}

/** The label without its ellipsis, for a button that shows the ellipsis apart (e.g. `Verslag`). */
export function pageName(id: CommandId): string {
  return commandName(id, pagePlatform());
}
