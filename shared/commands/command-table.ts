/**
 * Every command with a keyboard shortcut, in one table: the Electron menu
 * (electron/main/menu-template.ts), the page's own key handling
 * (renderer/src/app/useKeyboardShortcuts.ts) and the buttons that show a
 * shortcut (their text and `aria-keyshortcuts`) all read it, so a shortcut is
 * spelled once. Data only: what a command does is bound where it runs. The
 * menu sends the id to the renderer, or uses the Electron role named here;
 * the renderer maps ids to session methods.
 *
 * Accelerators are in Electron's syntax (`CmdOrCtrl+Shift+E`); `CmdOrCtrl`
 * is Cmd on macOS and Ctrl elsewhere.
 */

/** Shortcuts follow the platform's habits: Cmd on macOS, Ctrl elsewhere. */
export type KeyPlatform = 'mac' | 'other';

type PerPlatform<T> = T | { readonly mac: T; readonly other: T };

interface CommandSpec {
  /** The Dutch menu label; an ellipsis says a dialog follows. */
  readonly label: PerPlatform<string>;
  /** The one shortcut shown everywhere. */
  readonly accelerator: PerPlatform<string>;
  /** Also works, never shown: the other key people know for the same thing. */
  readonly alsoAccepted?: readonly string[];
  /**
   * Electron's own role for the menu item: undo and redo act on the text
   * field that has the focus, close and quit on the window. Without a role
   * the menu sends the command's id to the renderer.
   */
  readonly role?: 'undo' | 'redo' | 'close' | 'quit';
}

export const commandTable = {
  new: { label: 'Nieuw overleg', accelerator: 'CmdOrCtrl+N' },
  open: { label: 'Openen…', accelerator: 'CmdOrCtrl+O' },
  // Ctrl+K too, except in the notes, where Ctrl+K is Link (as in Word): Ctrl+Shift+F works everywhere.
  search: { label: 'Zoeken in alle overleggen…', accelerator: 'CmdOrCtrl+Shift+F', alsoAccepted: ['CmdOrCtrl+K'] },
  save: { label: 'Opslaan', accelerator: 'CmdOrCtrl+S' },
  'save-as': { label: 'Opslaan als…', accelerator: 'CmdOrCtrl+Shift+S' },
  'export-agenda': { label: 'Agenda…', accelerator: 'CmdOrCtrl+E' },
  'export-minutes': { label: 'Verslag…', accelerator: 'CmdOrCtrl+Shift+E' },
  undo: { label: 'Ongedaan maken', accelerator: 'CmdOrCtrl+Z', role: 'undo' },
  // Word's Ctrl+Y on Windows and Linux, the Mac's Cmd+Shift+Z; Ctrl+Shift+Z works too.
  redo: {
    label: 'Opnieuw',
    accelerator: { mac: 'Cmd+Shift+Z', other: 'Ctrl+Y' },
    alsoAccepted: ['CmdOrCtrl+Shift+Z'],
    role: 'redo',
  },
  'close-window': { label: 'Venster sluiten', accelerator: 'CmdOrCtrl+W', role: 'close' },
  quit: { label: { mac: 'Stop MDO-assistent', other: 'Afsluiten' }, accelerator: 'CmdOrCtrl+Q', role: 'quit' },
} as const satisfies Record<string, CommandSpec>;

export type CommandId = keyof typeof commandTable;

/** The commands the menu sends to the renderer (the others have an Electron role). */
export type MenuCommandId = {
  [Id in CommandId]: (typeof commandTable)[Id] extends { readonly role: string } ? never : Id;
}[CommandId];

/** The commands whose menu item is an Electron role. */
export type RoleCommandId = Exclude<CommandId, MenuCommandId>;

/** The submenu that holds export-agenda and export-minutes, and the page's button for it. */
export const EXPORT_MENU_LABEL = 'Exporteren naar Word';

export const commandIds = Object.keys(commandTable) as CommandId[];

function forPlatform<T>(value: PerPlatform<T>, platform: KeyPlatform): T {
  return typeof value === 'object' && value !== null && 'mac' in value ? value[platform] : (value as T);
}

/** Node's `process.platform` as far as shortcuts care. */
export function keyPlatformOf(nodePlatform: string): KeyPlatform {
  return nodePlatform === 'darwin' ? 'mac' : 'other';
}

export function commandLabel(id: CommandId, platform: KeyPlatform): string {
  return forPlatform<string>(commandTable[id].label, platform);
}

/** The label without the ellipsis: the accessible name of a button that shows the ellipsis apart. */
export function commandName(id: CommandId, platform: KeyPlatform): string {
  return commandLabel(id, platform).replace(/…$/, '');
}

export function commandAccelerator(id: CommandId, platform: KeyPlatform): string {
  return forPlatform<string>(commandTable[id].accelerator, platform);
}

/** The shown accelerator first, then those accepted silently. */
export function acceptedAccelerators(id: CommandId, platform: KeyPlatform): string[] {
  const spec: CommandSpec = commandTable[id];
  const all = [commandAccelerator(id, platform), ...(spec.alsoAccepted ?? [])];
  return all.filter((accelerator, index) => all.findIndex((other) => sameKeys(other, accelerator, platform)) === index);
}

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** An accelerator as the KeyboardEvent it stands for (`key` in lower case for letters). */
export type KeyCombination = KeyPress;

/** Electron key names that differ from KeyboardEvent.key. */
const electronKeyNames: Readonly<Record<string, string>> = {
  up: 'ArrowUp',
  down: 'ArrowDown',
  left: 'ArrowLeft',
  right: 'ArrowRight',
  return: 'Enter',
  enter: 'Enter',
  esc: 'Escape',
  escape: 'Escape',
  space: ' ',
  tab: 'Tab',
  backspace: 'Backspace',
  delete: 'Delete',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  plus: '+',
};

/** Throws on a modifier or key this table does not use: a mistake in the table, caught by its test. */
export function parseAccelerator(accelerator: string, platform: KeyPlatform): KeyCombination {
  const parts = accelerator.split('+');
  const keyName = parts.pop() ?? '';
  const combination: KeyCombination = { key: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  for (const modifier of parts) {
    switch (modifier.toLowerCase()) {
      case 'cmdorctrl':
      case 'commandorcontrol':
        if (platform === 'mac') combination.metaKey = true;
        else combination.ctrlKey = true;
        break;
      case 'ctrl':
      case 'control':
        combination.ctrlKey = true;
        break;
      case 'cmd':
      case 'command':
      case 'meta':
      case 'super':
        combination.metaKey = true;
        break;
      case 'shift':
        combination.shiftKey = true;
        break;
      case 'alt':
      case 'option':
        combination.altKey = true;
        break;
      default:
        throw new Error(`Onbekende toets in sneltoets ${accelerator}: ${modifier}`);
    }
  }
  if (keyName.length === 1) combination.key = keyName.toLowerCase();
  else if (/^F([1-9]|1\d|2[0-4])$/.test(keyName)) combination.key = keyName;
  else {
    const named = electronKeyNames[keyName.toLowerCase()];
    if (!named) throw new Error(`Onbekende toets in sneltoets ${accelerator}: ${keyName}`);
    combination.key = named;
  }
  return combination;
}

function sameKeys(a: string, b: string, platform: KeyPlatform): boolean {
  return keysId(parseAccelerator(a, platform)) === keysId(parseAccelerator(b, platform));
}

/** One string per distinct key combination, e.g. `ctrl+shift+e`. */
export function keysId(combination: KeyCombination): string {
  const modifiers = [combination.ctrlKey && 'ctrl', combination.metaKey && 'meta', combination.altKey && 'alt', combination.shiftKey && 'shift'];
  return [...modifiers.filter(Boolean), combination.key.toLowerCase()].join('+');
}

/** Whether a key press is this accelerator: the same key and exactly its modifiers. */
export function matchesAccelerator(accelerator: string, press: KeyPress, platform: KeyPlatform): boolean {
  const wanted = parseAccelerator(accelerator, platform);
  // Letters arrive in upper case while Shift is down.
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return (
    key === wanted.key &&
    press.ctrlKey === wanted.ctrlKey &&
    press.metaKey === wanted.metaKey &&
    press.shiftKey === wanted.shiftKey &&
    press.altKey === wanted.altKey
  );
}

/** Per platform, every accepted key combination and its command (the first in the table's order), made once. */
const commandsByKeys = new Map<KeyPlatform, ReadonlyMap<string, CommandId>>();

function commandsByKeysFor(platform: KeyPlatform): ReadonlyMap<string, CommandId> {
  let table = commandsByKeys.get(platform);
  if (!table) {
    const made = new Map<string, CommandId>();
    for (const id of commandIds) {
      for (const accelerator of acceptedAccelerators(id, platform)) {
        const keys = keysId(parseAccelerator(accelerator, platform));
        if (!made.has(keys)) made.set(keys, id);
      }
    }
    table = made;
    commandsByKeys.set(platform, table);
  }
  return table;
}

/**
 * The command a key press stands for, by its shown or its silently accepted
 * accelerator: one look-up, as it runs for every key typed in the notes.
 */
export function commandForKeyPress(press: KeyPress, platform: KeyPlatform): CommandId | null {
  const { ctrlKey, metaKey, altKey, shiftKey } = press;
  return commandsByKeysFor(platform).get(keysId({ key: press.key, ctrlKey, metaKey, altKey, shiftKey })) ?? null;
}

function displayKey(key: string): string {
  const arrows: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', ' ': 'Spatie' };
  return arrows[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** For `aria-keyshortcuts`: `CmdOrCtrl+Shift+E` is `Control+Shift+E`, on macOS `Meta+Shift+E`. */
export function ariaKeyShortcuts(accelerator: string, platform: KeyPlatform): string {
  const combination = parseAccelerator(accelerator, platform);
  const key = combination.key === ' ' ? 'Space' : combination.key.length === 1 ? combination.key.toUpperCase() : combination.key;
  const modifiers = [combination.ctrlKey && 'Control', combination.metaKey && 'Meta', combination.altKey && 'Alt', combination.shiftKey && 'Shift'];
  return [...modifiers.filter(Boolean), key].join('+');
}

/** As people read it on screen: `Ctrl+Shift+E`, on macOS `⇧⌘E`. */
export function shortcutText(accelerator: string, platform: KeyPlatform): string {
  const combination = parseAccelerator(accelerator, platform);
  const key = displayKey(combination.key);
  if (platform === 'mac') {
    const symbols = [combination.ctrlKey && '⌃', combination.altKey && '⌥', combination.shiftKey && '⇧', combination.metaKey && '⌘'];
    return [...symbols.filter(Boolean), key].join('');
  }
  const names = [combination.ctrlKey && 'Ctrl', combination.metaKey && 'Win', combination.altKey && 'Alt', combination.shiftKey && 'Shift'];
  return [...names.filter(Boolean), key].join('+');
}
