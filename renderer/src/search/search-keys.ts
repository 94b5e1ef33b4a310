import { shortcutText, type KeyPress } from '../../../shared/commands/command-table';
import { commandForKey, visibleShortcut } from '../app/page-shortcuts';

/**
 * Zoeken in alle overleggen: Ctrl+Shift+F everywhere, and Ctrl+K everywhere
 * but in the notes, where Ctrl+K is Link (as in Word and Google Docs).
 */
export function isSearchKey(event: KeyPress & { target: EventTarget | null }): boolean {
  if (commandForKey(event) !== 'search') return false;
  const isCtrlK = event.key.toLowerCase() === 'k' && !event.shiftKey;
  return !(isCtrlK && event.target instanceof Element && event.target.closest('.notes-editor') !== null);
}

function platform(): 'mac' | 'other' {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? 'mac' : 'other';
}

/** The line under the search field. */
export function searchShortcutHint(): string {
  const ctrlK = shortcutText('CmdOrCtrl+K', platform());
  return `Titels, kind, deelnemers, aantekeningen, besluiten en acties. Sneltoets ${ctrlK} of ${visibleShortcut('search')} (in de aantekeningen maakt ${ctrlK} een link).`;
}

/** For aria-keyshortcuts. */
export function searchAriaKeys(): string {
  const mod = platform() === 'mac' ? 'Meta' : 'Control';
  return `${mod}+K ${mod}+Shift+F`;
}
