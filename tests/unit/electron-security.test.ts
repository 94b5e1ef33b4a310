import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
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
  META_CONTENT_SECURITY_POLICY,
  shouldBlockNavigation,
} from '../../electron/main/security';
import { buildMainWindow, mainWindowOptions } from '../../electron/main/window-options';

const appEntry = 'file:///opt/MDO-assistent/resources/app.asar/out/renderer/index.html';
const preload = '/opt/MDO-assistent/resources/app.asar/out/preload/preload.cjs';

/** Parses a policy into directive → sources, failing on a directive given twice (the browser would ignore the second). */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name = '', ...sources] = part.split(/\s+/);
    expect(map.has(name), `${name} staat twee keer in het beleid`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

/** The checks every policy of the app must pass, meta tag and header alike. */
function expectStrictPolicy(policy: string): Map<string, string[]> {
  const parsed = directives(policy);
  expect(parsed.get('default-src')).toEqual(["'none'"]);
  expect(parsed.get('script-src')).toEqual(["'self'"]);
  expect(parsed.get('object-src')).toEqual(["'none'"]);
  expect(parsed.get('base-uri')).toEqual(["'none'"]);
  expect(parsed.get('form-action')).toEqual(["'none'"]);
  expect(parsed.get('connect-src')).toEqual(["'self'"]);
  for (const [name, sources] of parsed) {
    for (const source of sources) {
      // Only the app's own files; data: only for images (small CSS icons), never for code.
      const allowed = source === "'self'" || source === "'none'" || (name === 'img-src' && source === 'data:');
      expect(allowed, `${name} staat ${source} toe`).toBe(true);
    }
  }
  expect(policy).not.toMatch(/unsafe-|https?:|wss?:|\*|blob:/);
  return parsed;
}

describe('the main window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const { webPreferences } = mainWindowOptions(preload);
    expect(webPreferences).toEqual({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    });
    // Nothing that switches on Chromium features past the checklist.
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('hands Electron exactly these options, once, and shows the window only when ready', () => {
    const made: BrowserWindowConstructorOptions[] = [];
    class FakeBrowserWindow {
      constructor(readonly options: BrowserWindowConstructorOptions) {
        made.push(options);
      }
    }
    const window = buildMainWindow(FakeBrowserWindow, preload);
    expect(window).toBeInstanceOf(FakeBrowserWindow);
    expect(made).toEqual([mainWindowOptions(preload)]);
    expect(made[0]).toMatchObject({ show: false, title: 'MDO-assistent' });
  });

  it('is what main.ts makes: main.ts builds its window through buildMainWindow and nowhere else', () => {
    const main = readFileSync(join(import.meta.dirname, '../../electron/main/main.ts'), 'utf8');
    expect(main).toContain("buildMainWindow(BrowserWindow, join(here, '../preload/preload.cjs'))");
    expect(main).not.toMatch(/new BrowserWindow\(/);
    expect(main).not.toMatch(/webPreferences/);
  });
});

describe('the content security policy', () => {
  it('in the renderer page is strict: nothing remote, no inline or eval\'d script', () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expectStrictPolicy(META_CONTENT_SECURITY_POLICY);
    // Chromium ignores frame-ancestors in a meta tag and warns about it.
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('as the header main.ts sets is the same policy, and no page may frame the app', () => {
    const parsed = expectStrictPolicy(CONTENT_SECURITY_POLICY);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    const meta = directives(META_CONTENT_SECURITY_POLICY);
    for (const [name, sources] of meta) expect(parsed.get(name), name).toEqual(sources);
    const main = readFileSync(join(import.meta.dirname, '../../electron/main/main.ts'), 'utf8');
    expect(main).toContain("'Content-Security-Policy': [CONTENT_SECURITY_POLICY]");
  });
});

describe('links and navigation', () => {
  it.each(['https://www.veiligthuis.nl/', 'http://example.org/pad?x=1', 'https://www.nji.nl/', 'mailto:ggd@example.nl', 'mailto:zorg%40example.nl?subject=MDO'])(
    'opens link %s outside the app, in the browser or mail program',
    (url) => {
      expect(isSafeExternalUrl(url)).toBe(true);
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: url });
    },
  );

  it.each([
    'file:///etc/passwd',
    'file://server/share/verslag.docx',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'about:blank',
    'blob:https://example.org/123',
    'smb://server/share',
    'ms-word:ofe|u|https://x',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'mdo://open',
    'https://user:pw@example.org/',
    'mailto:',
    'mailto:geen-adres',
    'niet een adres',
    '',
  ])('never opens %j outside the app, nor in a new window', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });

  it('never lets window.open make a window, whatever it asks for', () => {
    for (const url of ['https://www.nji.nl/', appEntry, 'about:blank', '']) expect(decideWindowOpen(url).action).toBe('deny');
  });

  it('allows navigation only to the app page itself', () => {
    expect(shouldBlockNavigation(appEntry, appEntry)).toBe(false);
    expect(shouldBlockNavigation(`${appEntry}#overleg`, appEntry)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'http://evil.example/index.html',
    'file:///etc/passwd',
    'file:///home/user/Downloads/evil.html',
    'file:///opt/MDO-assistent/resources/app.asar/out/renderer/other.html',
    'file:///opt/MDO-assistent/resources/app.asar/out/renderer/index.html/../../../../etc/passwd',
    'file://evil.example/opt/MDO-assistent/resources/app.asar/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>Hallo</h1>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'mailto:ggd@example.nl',
    'niet een adres',
    '',
  ])('refuses to navigate the window to %j', (url) => {
    expect(shouldBlockNavigation(url, appEntry)).toBe(true);
  });

  it('refuses, while developing, another path or port on the dev server', () => {
    const dev = 'http://localhost:5173/';
    expect(shouldBlockNavigation('http://localhost:5173/', dev)).toBe(false);
    expect(shouldBlockNavigation('http://localhost:5173/#x', dev)).toBe(false);
    expect(shouldBlockNavigation('http://localhost:5173/ander.html', dev)).toBe(true);
    expect(shouldBlockNavigation('http://localhost:5174/', dev)).toBe(true);
    expect(shouldBlockNavigation('https://localhost:5173/', dev)).toBe(true);
  });

  it('recognises the app page', () => {
    expect(isAppUrl(appEntry, appEntry)).toBe(true);
    expect(isAppUrl('file:///tmp/other.html', appEntry)).toBe(false);
    expect(isAppUrl('https://evil.example/', appEntry)).toBe(false);
    expect(isAppUrl('', appEntry)).toBe(false);
    expect(isAppUrl(appEntry, 'geen adres')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  it('lets no request leave the machine in the installed app, nor read other files', () => {
    expect(isAllowedRequest('file:///opt/MDO-assistent/resources/app.asar/out/renderer/assets/index.js', appEntry)).toBe(true);
    expect(isAllowedRequest(appEntry, appEntry)).toBe(true);
    expect(isAllowedRequest('data:image/svg+xml,<svg/>', appEntry)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', appEntry)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', appEntry)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', appEntry)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', appEntry)).toBe(false);
    expect(isAllowedRequest('file:///opt/MDO-assistent/resources/app.asar/out/main/main.js', appEntry)).toBe(false);
    expect(isAllowedRequest('file://server/opt/MDO-assistent/resources/app.asar/out/renderer/x.js', appEntry)).toBe(false);
  });

  it('lets the dev server and its reload socket through while developing, and nothing else', () => {
    const dev = 'http://localhost:5173/';
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedRequest('ws://evil.example:5173/', dev)).toBe(false);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', dev)).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd', dev)).toBe(false);
  });
});

describe('what leaves the app', () => {
  const electronDir = join(import.meta.dirname, '../../electron');
  const source = (path: string) => readFileSync(join(electronDir, path), 'utf8');

  it('hands links to the OS only from the two handlers, each behind isSafeExternalUrl', () => {
    const main = source('main/main.ts');
    const calls = [...main.matchAll(/shell\.openExternal\(([^)]*)\)/g)].map((match) => match[1]);
    expect(calls).toEqual(['url', 'decision.openExternally']);
    // The IPC handler refuses before it opens; the window-open handler opens only what decideWindowOpen approved.
    expect(main).toMatch(/if \(!isSafeExternalUrl\(url\)\) return fail\('unsafe-link', UNSAFE_LINK_MESSAGE\);\s+await shell\.openExternal\(url\);/);
    expect(main).toMatch(/const decision = decideWindowOpen\(url\);\s+if \(decision\.openExternally\) void shell\.openExternal\(decision\.openExternally\);/);
    for (const file of ['main/ipc-main.ts', 'main/security.ts', 'main/window-options.ts', 'preload/preload.ts', '../host/handlers.ts', '../host/dispatch.ts']) {
      expect(source(file), file).not.toContain('openExternal(');
    }
  });

  it('gives the page window.mdo and nothing else from the preload', () => {
    const preload = source('preload/preload.ts');
    expect([...preload.matchAll(/exposeInMainWorld\(/g)]).toHaveLength(1);
    expect(preload).toContain("contextBridge.exposeInMainWorld('mdo', bridge);");
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('checks every IPC call\'s sender before its payload', () => {
    const ipc = source('main/ipc-main.ts');
    expect(ipc.indexOf('isTrustedSender(event, mainContents(), appEntryUrl)')).toBeGreaterThan(-1);
    expect(ipc.indexOf('isTrustedSender(')).toBeLessThan(ipc.indexOf('dispatch(handlers, channel, payload)'));
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
