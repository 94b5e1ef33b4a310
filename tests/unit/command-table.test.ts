import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu-template';
import {
  acceptedAccelerators,
  ariaKeyShortcuts,
  commandAccelerator,
  commandForKeyPress,
  commandIds,
  commandLabel,
  commandTable,
  keyPlatformOf,
  keysId,
  matchesAccelerator,
  parseAccelerator,
  shortcutText,
  type CommandId,
  type KeyPlatform,
  type KeyPress,
  type MenuCommandId,
} from '../../shared/commands/command-table';

const platforms: NodeJS.Platform[] = ['win32', 'linux', 'darwin'];

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

function isCommandId(id: string | undefined): id is CommandId {
  return id !== undefined && Object.hasOwn(commandTable, id);
}

describe('the command table', () => {
  it.each(platforms)('gives every menu item with a shortcut its label and keys (%s)', (platform) => {
    const keys = keyPlatformOf(platform);
    const withShortcut = flatten(buildMenuTemplate(() => undefined, platform)).filter((item) => item.accelerator !== undefined);
    expect(withShortcut.length).toBeGreaterThan(0);
    for (const item of withShortcut) {
      expect(isCommandId(item.id), `${item.label} staat niet in de tabel`).toBe(true);
      if (!isCommandId(item.id)) continue;
      expect(item.label).toBe(commandLabel(item.id, keys));
      expect(item.accelerator).toBe(commandAccelerator(item.id, keys));
    }
  });

  it('has each command that the menu can send or run in the menu', () => {
    const inMenu = new Set(platforms.flatMap((platform) => flatten(buildMenuTemplate(() => undefined, platform)).map((item) => item.id)));
    expect(commandIds.filter((id) => !inMenu.has(id))).toEqual([]);
  });

  it('lets the menu send the command ids without a role to the renderer, and none with a role', () => {
    const sent: MenuCommandId[] = [];
    const items = flatten(buildMenuTemplate((command) => sent.push(command), 'linux'));
    for (const item of items) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['new', 'open', 'search', 'save', 'save-as', 'export-agenda', 'export-minutes']);
    const withRole = items.filter((item) => isCommandId(item.id) && 'role' in commandTable[item.id]);
    expect(withRole.map((item) => [item.id, item.role])).toEqual([
      ['quit', 'quit'],
      ['undo', 'undo'],
      ['redo', 'redo'],
    ]);
  });

  it.each<KeyPlatform>(['mac', 'other'])('never gives two commands the same keys (%s)', (platform) => {
    const owner = new Map<string, CommandId>();
    for (const id of commandIds) {
      for (const accelerator of acceptedAccelerators(id, platform)) {
        const keys = keysId(parseAccelerator(accelerator, platform));
        expect(owner.get(keys) ?? id, `${accelerator} voor ${id}`).toBe(id);
        owner.set(keys, id);
      }
    }
  });

  it('makes redo one key everywhere: Ctrl+Y, on macOS Cmd+Shift+Z, and accepts Ctrl+Shift+Z silently', () => {
    expect(commandAccelerator('redo', 'other')).toBe('Ctrl+Y');
    expect(commandAccelerator('redo', 'mac')).toBe('Cmd+Shift+Z');
    expect(ariaKeyShortcuts(commandAccelerator('redo', 'other'), 'other')).toBe('Control+Y');
    expect(ariaKeyShortcuts(commandAccelerator('redo', 'mac'), 'mac')).toBe('Meta+Shift+Z');
    expect(commandForKeyPress(press('y', { ctrlKey: true }), 'other')).toBe('redo');
    expect(commandForKeyPress(press('Z', { ctrlKey: true, shiftKey: true }), 'other')).toBe('redo');
    expect(commandForKeyPress(press('z', { metaKey: true, shiftKey: true }), 'mac')).toBe('redo');
    expect(acceptedAccelerators('redo', 'mac')).toEqual(['Cmd+Shift+Z']);
  });

  it('spells the keys for aria-keyshortcuts', () => {
    expect(ariaKeyShortcuts('CmdOrCtrl+Shift+E', 'other')).toBe('Control+Shift+E');
    expect(ariaKeyShortcuts('CmdOrCtrl+Shift+E', 'mac')).toBe('Meta+Shift+E');
    expect(ariaKeyShortcuts('CmdOrCtrl+S', 'other')).toBe('Control+S');
    expect(ariaKeyShortcuts('Alt+Up', 'other')).toBe('Alt+ArrowUp');
    const aria = Object.fromEntries(commandIds.map((id) => [id, ariaKeyShortcuts(commandAccelerator(id, 'other'), 'other')]));
    expect(aria).toMatchObject({
      save: 'Control+S',
      'save-as': 'Control+Shift+S',
      'export-agenda': 'Control+E',
      'export-minutes': 'Control+Shift+E',
      undo: 'Control+Z',
      redo: 'Control+Y',
    });
  });

  it('shows the keys as people read them', () => {
    expect(shortcutText(commandAccelerator('export-minutes', 'other'), 'other')).toBe('Ctrl+Shift+E');
    expect(shortcutText(commandAccelerator('export-minutes', 'mac'), 'mac')).toBe('⇧⌘E');
    expect(shortcutText('Ctrl+Down', 'other')).toBe('Ctrl+↓');
  });

  it('matches a key press with exactly the modifiers of the shortcut', () => {
    expect(matchesAccelerator('CmdOrCtrl+E', press('e', { ctrlKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+E', press('e', { metaKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+E', press('e', { metaKey: true }), 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+E', press('e', { ctrlKey: true, altKey: true }), 'other')).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+E', press('E', { ctrlKey: true, shiftKey: true }), 'other')).toBe(false);
    expect(commandForKeyPress(press('E', { ctrlKey: true, shiftKey: true }), 'other')).toBe('export-minutes');
    expect(commandForKeyPress(press('e', { ctrlKey: true }), 'other')).toBe('export-agenda');
    expect(commandForKeyPress(press('S', { ctrlKey: true, shiftKey: true }), 'other')).toBe('save-as');
    expect(commandForKeyPress(press('z', { ctrlKey: true }), 'mac')).toBeNull();
    expect(commandForKeyPress(press('s'), 'other')).toBeNull();
  });

  it('refuses a key it does not know, so a typo in the table fails here', () => {
    expect(() => parseAccelerator('CmdOrCtrl+Hyper+E', 'other')).toThrow(/Hyper/);
    expect(() => parseAccelerator('CmdOrCtrl+Enterr', 'other')).toThrow(/Enterr/);
    for (const id of commandIds) {
      for (const platform of ['mac', 'other'] as const) {
        for (const accelerator of acceptedAccelerators(id, platform)) expect(() => parseAccelerator(accelerator, platform)).not.toThrow();
      }
    }
  });
});
