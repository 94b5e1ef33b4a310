/**
 * The notes editor's shortcuts, spelled once in the form of
 * `aria-keyshortcuts` (`Control` is also Cmd on macOS): the toolbar shows
 * them in its buttons' tooltips, NotesShortcutsPlugin (and Lexical itself,
 * for bold, italic, underline, undo and redo) acts on them. The meeting's
 * own commands (save, export) are in shared/commands/command-table.ts.
 *
 * Chosen so no key a note-taker types is taken: no Ctrl+Alt (AltGr types
 * € and accents on many keyboards), no Ctrl+Shift+U (Linux's Unicode entry),
 * no Ctrl+Shift+V (paste as plain text), no Ctrl+Shift+I/J/C (developer
 * tools), no Ctrl+Shift+Q (quits Chromium on Linux). Lists are Google
 * Docs' Ctrl+Shift+7 and 8 (a quote is 9), by the key's place on the
 * keyboard, so they work on every layout.
 */
export const EDITOR_SHORTCUTS = {
  bold: 'Control+B',
  italic: 'Control+I',
  underline: 'Control+U',
  link: 'Control+K',
  heading: 'Control+Shift+K',
  quote: 'Control+Shift+9',
  bulletList: 'Control+Shift+8',
  numberedList: 'Control+Shift+7',
  /** In a list; outside a list Tab does nothing, so the focus stays in the notes. */
  indent: 'Tab',
  outdent: 'Shift+Tab',
  undo: 'Control+Z',
  redo: 'Control+Shift+Z',
  decision: 'Control+Shift+B',
  action: 'Control+Shift+A',
  safetyScale: 'Control+Shift+G',
  /** "Vertrouwelijk…", or "Wijzigen…" when the caret is in a passage. */
  confidential: 'Control+Shift+P',
  unmarkConfidential: 'Control+Shift+O',
} as const;

export type EditorShortcut = keyof typeof EDITOR_SHORTCUTS;

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface ShortcutPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press is a shortcut of the table: Ctrl or Cmd, Shift as
 * written, no Alt. Letters by the character (the layout's own letter),
 * digits by their key (Shift turns them into & or * on one layout, into
 * something else on another).
 */
export function matchesShortcut(shortcut: string, press: ShortcutPress): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const control = parts.includes('Control');
  const shift = parts.includes('Shift');
  if (press.altKey || press.shiftKey !== shift || (press.ctrlKey || press.metaKey) !== control) return false;
  if (/^\d$/.test(key)) return press.code === `Digit${key}`;
  return press.key.toLowerCase() === key.toLowerCase();
}

/** The shortcut of a key press, among those NotesShortcutsPlugin handles. */
export function editorShortcutOf(press: ShortcutPress, among: readonly EditorShortcut[]): EditorShortcut | null {
  return among.find((name) => matchesShortcut(EDITOR_SHORTCUTS[name], press)) ?? null;
}
