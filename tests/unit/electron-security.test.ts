import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { HostCommand } from '../../shared/ipc/contract';
import { decideOnClose } from '../../electron/main/close-guard';
import { findMeetingFileArg } from '../../electron/main/command-line';
import { buildMenuTemplate } from '../../electron/main/menu-template';
import {
  CONTENT_SECURITY_POLICY,
  decideWindowOpen,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  mainWindowOptions,
  shouldBlockNavigation,
} from '../../electron/main/security';

const appEntry = 'file:///opt/MDO-assistent/resources/app.asar/out/renderer/index.html';

describe('the main window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/preload.cjs');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/preload.cjs',
    });
  });

  it('ships a strict content security policy in the renderer page', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});

describe('links and navigation', () => {
  it.each(['https://www.veiligthuis.nl/', 'http://example.org/pad?x=1'])('opens web link %s in the browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: url });
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-word:ofe|u|https://x',
    'https://user:pw@example.org/',
    'niet een adres',
    '',
  ])('never opens %j outside the app, nor in a new window', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });

  it('allows navigation only to the app page itself', () => {
    expect(shouldBlockNavigation(appEntry, appEntry)).toBe(false);
    expect(shouldBlockNavigation(`${appEntry}#overleg`, appEntry)).toBe(false);
    expect(shouldBlockNavigation('https://evil.example/', appEntry)).toBe(true);
    expect(shouldBlockNavigation('file:///home/user/Downloads/evil.html', appEntry)).toBe(true);
  });

  it('accepts IPC only from the app page', () => {
    expect(isAppUrl(appEntry, appEntry)).toBe(true);
    expect(isAppUrl('file:///tmp/other.html', appEntry)).toBe(false);
    expect(isAppUrl('https://evil.example/', appEntry)).toBe(false);
    expect(isAppUrl('', appEntry)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('lets no request leave the machine in the installed app', () => {
    expect(isAllowedRequest('file:///opt/MDO-assistent/resources/app.asar/out/renderer/assets/index.js', appEntry)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', appEntry)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', appEntry)).toBe(false);
  });
});

describe('the Dutch menu', () => {
  function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
    return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
  }

  it('has the usual shortcuts, and menu commands reach the renderer', () => {
    const sent: HostCommand[] = [];
    const items = flatten(buildMenuTemplate((command) => sent.push(command), 'linux'));
    const byLabel = new Map(items.map((item) => [item.label, item]));
    expect(byLabel.get('Nieuw overleg')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel.get('Openen…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel.get('Opslaan')?.accelerator).toBe('CmdOrCtrl+S');
    expect(byLabel.get('Opslaan als…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel.get('Ongedaan maken')).toMatchObject({ role: 'undo', accelerator: 'CmdOrCtrl+Z' });
    expect(byLabel.get('Opnieuw')).toMatchObject({ role: 'redo', accelerator: 'CmdOrCtrl+Shift+Z' });
    expect(byLabel.get('Afsluiten')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    expect(byLabel.get('Agenda…')?.accelerator).toBe('CmdOrCtrl+E');
    for (const label of ['Nieuw overleg', 'Openen…', 'Opslaan', 'Opslaan als…', 'Agenda…']) {
      const click = byLabel.get(label)?.click as (() => void) | undefined;
      click?.();
    }
    expect(sent).toEqual(['new', 'open', 'save', 'save-as', 'export-agenda']);
  });

  it('puts the application menu first on macOS', () => {
    const template = buildMenuTemplate(() => undefined, 'darwin');
    expect(template.map((item) => item.label)).toEqual(['MDO-assistent', 'Bestand', 'Bewerken', 'Beeld']);
  });
});

describe('closing the window', () => {
  it('closes without asking when everything is saved', () => {
    expect(decideOnClose(false, false, () => 2)).toBe('close');
  });
  it('asks with unsaved changes and follows the answer', () => {
    expect(decideOnClose(true, false, () => 0)).toBe('save-then-close');
    expect(decideOnClose(true, false, () => 1)).toBe('discard-then-close');
    expect(decideOnClose(true, false, () => 2)).toBe('stay');
  });
  it('closes after the renderer saved', () => {
    expect(decideOnClose(true, true, () => 2)).toBe('close');
  });
});

describe('opening a file from the command line', () => {
  it('finds the .mdo argument and ignores flags and the app path', () => {
    expect(findMeetingFileArg(['/usr/bin/mdo-assistent', '--no-sandbox', '/home/u/Documenten/MDO/Noor.MDO'])).toBe('/home/u/Documenten/MDO/Noor.MDO');
    expect(findMeetingFileArg(['/usr/bin/mdo-assistent'])).toBeNull();
    expect(findMeetingFileArg(['electron', '.'])).toBeNull();
  });
});
