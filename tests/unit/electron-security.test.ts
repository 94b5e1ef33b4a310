import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../shared/ipc/bridge';
import { channels, HOST_EVENT_CHANNEL, type HostCommand, type HostEvent } from '../../shared/ipc/contract';
import { decideOnClose } from '../../electron/main/close-guard';
import { findMeetingFileArg } from '../../electron/main/command-line';
import { buildMenuTemplate } from '../../electron/main/menu-template';
import {
  CONTENT_SECURITY_POLICY,
  decideWindowOpen,
  guardContents,
  hardenSession,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  META_CONTENT_SECURITY_POLICY,
  openLinkExternally,
  shouldBlockNavigation,
} from '../../electron/main/security';
import { buildMainWindow } from '../../electron/main/window-options';
import { FakeBrowserWindow, fakeElectron, FakeSession, FakeWebContents } from './support/fake-electron';

// The real main.ts and preload.ts run against this stand-in: no Electron runtime here.
vi.mock('electron', async () => (await import('./support/fake-electron')).fakeElectron);

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

/** Stands in for Electron's BrowserWindow: keeps the options it was made with. */
class RecordingWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

/** The options buildMainWindow gives Electron for this preload. */
function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return buildMainWindow(RecordingWindow, preloadPath).options;
}

/** Where main.ts runs from in these tests (in the app it is out/main), and the page it loads from there. */
const mainDir = join(import.meta.dirname, '../../electron/main');
const runningEntry = pathToFileURL(join(mainDir, '../renderer/index.html')).href;

let started: Promise<FakeBrowserWindow> | null = null;

/** Loads the real main.ts against the fake Electron once, lets app.whenReady() run, and gives its window. */
function startApp(): Promise<FakeBrowserWindow> {
  started ??= (async () => {
    await import('../../electron/main/main');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const window = FakeBrowserWindow.made[0];
    if (!window) throw new Error('main.ts maakte geen venster');
    return window;
  })();
  return started;
}

function preventable(): { preventDefault: ReturnType<typeof vi.fn> } {
  return { preventDefault: vi.fn() };
}

describe('the main window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const { webPreferences } = windowOptions(preload);
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

  it('is what main.ts makes: one window with exactly these options and the bundled preload, shown only when ready', async () => {
    const window = await startApp();
    expect(FakeBrowserWindow.made).toHaveLength(1);
    expect(window.options).toEqual(windowOptions(join(mainDir, '../preload/preload.cjs')));
    expect(window.options).toMatchObject({ show: false, title: 'MDO-assistent' });
    expect(window.loaded).toBe(join(mainDir, '../renderer/index.html'));
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
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
  });

  it('is set by main.ts on every response of the app\'s session, keeping the other headers', async () => {
    await startApp();
    const session = fakeElectron.session.defaultSession;
    const answers: Record<string, string[]>[] = [];
    session.headersReceived?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => answers.push(response.responseHeaders));
    session.headersReceived?.({}, (response) => answers.push(response.responseHeaders));
    expect(answers).toEqual([
      { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    ]);
  });
});

describe('the session', () => {
  const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'unknown'];

  function decisions(session: FakeSession): { requested: boolean[]; checked: boolean | undefined } {
    const requested: boolean[] = [];
    for (const permission of permissions) session.permissionRequestHandler?.({}, permission, (granted) => requested.push(granted));
    return { requested, checked: session.permissionCheckHandler?.() };
  }

  function cancelled(session: FakeSession, url: string): boolean | undefined {
    let cancel: boolean | undefined;
    session.beforeRequest?.({ url }, (response) => {
      cancel = response.cancel;
    });
    return cancel;
  }

  it('grants no permission and lets no request leave the machine', () => {
    const session = new FakeSession();
    hardenSession(session, appEntry);
    expect(decisions(session)).toEqual({ requested: permissions.map(() => false), checked: false });
    expect(cancelled(session, 'file:///opt/MDO-assistent/resources/app.asar/out/renderer/assets/index.js')).toBe(false);
    expect(cancelled(session, 'https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled(session, 'http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled(session, 'file:///etc/passwd')).toBe(true);
  });

  it('is how main.ts sets up the app\'s session, for the page it loads', async () => {
    await startApp();
    const session = fakeElectron.session.defaultSession;
    expect(decisions(session)).toEqual({ requested: permissions.map(() => false), checked: false });
    expect(cancelled(session, runningEntry)).toBe(false);
    expect(cancelled(session, new URL('assets/index.js', runningEntry).href)).toBe(false);
    expect(cancelled(session, 'https://www.nji.nl/')).toBe(true);
    expect(cancelled(session, pathToFileURL(join(mainDir, 'main.js')).href)).toBe(true);
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

describe('the main window\'s page', () => {
  it('navigates nowhere but the app page, nor do its frames, and attaches no webview', async () => {
    const contents = (await startApp()).webContents;
    const blocked = (name: string, url: string) => {
      const event = preventable();
      contents.emit(name, event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    for (const name of ['will-navigate', 'will-redirect']) {
      expect(blocked(name, runningEntry), name).toBe(false);
      expect(blocked(name, `${runningEntry}#notuleren`), name).toBe(false);
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'about:blank']) expect(blocked(name, url), `${name} ${url}`).toBe(true);
    }
    const frame = (url: string, isMainFrame: boolean) => {
      const details = { ...preventable(), url, isMainFrame };
      contents.emit('will-frame-navigate', details);
      return details.preventDefault.mock.calls.length > 0;
    };
    expect(frame('https://evil.example/', false)).toBe(true);
    expect(frame(runningEntry, false)).toBe(false);
    const webview = preventable();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('guards any contents the same way (guardContents)', () => {
    const contents = new FakeWebContents();
    const opened: string[] = [];
    guardContents(contents, appEntry, async (url) => {
      opened.push(url);
    });
    const navigation = preventable();
    contents.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://www.nji.nl/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.nji.nl/']);
  });
});

describe('what leaves the app', () => {
  const unsafeLinks = ['javascript:alert(1)', 'file:///etc/passwd', 'ms-msdt:/id PCWDiagnostic', 'https://user:pw@example.org/', 'niet een adres'];

  function trustedEvent(window: FakeBrowserWindow): unknown {
    return { sender: window.webContents, senderFrame: { url: runningEntry, parent: null } };
  }

  it('refuses an unsafe link before it reaches the OS (openLinkExternally)', async () => {
    const opened: string[] = [];
    const open = async (url: string) => {
      opened.push(url);
    };
    expect(await openLinkExternally('javascript:alert(1)', open)).toMatchObject({ ok: false, error: { code: 'unsafe-link' } });
    expect(await openLinkExternally('mailto:ggd@example.nl', open)).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['mailto:ggd@example.nl']);
  });

  it('hands links to the OS only when isSafeExternalUrl approves, from the link channel and from a window the page tries to open', async () => {
    const window = await startApp();
    const openExternal = fakeElectron.shell.openExternal;
    openExternal.mockClear();
    const linkChannel = fakeElectron.ipcHandlers.get('shell:openExternal');
    for (const url of unsafeLinks) {
      expect(await linkChannel?.(trustedEvent(window), { url }), url).toMatchObject({ ok: false, error: { code: 'unsafe-link' } });
      expect(window.webContents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();

    expect(await linkChannel?.(trustedEvent(window), { url: 'https://www.nji.nl/' })).toEqual({ ok: true, value: null });
    expect(window.webContents.windowOpenHandler?.({ url: 'https://www.veiligthuis.nl/' })).toEqual({ action: 'deny' });
    // Any other contents (DevTools, a stray frame's window) opens no window and no link.
    const other = new FakeWebContents();
    fakeElectron.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler?.({ url: 'https://www.nji.nl/' })).toEqual({ action: 'deny' });
    // host/ and shared/ cannot import Electron (eslint.config.js), so these are the only ways to shell.openExternal.
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(['https://www.nji.nl/', 'https://www.veiligthuis.nl/']);
  });

  it('checks every IPC call\'s sender before it reads the payload', async () => {
    const window = await startApp();
    expect([...fakeElectron.ipcHandlers.keys()].sort()).toEqual([...channels].sort());
    const untrusted = [
      { sender: new FakeWebContents(), senderFrame: { url: runningEntry, parent: null } },
      { sender: window.webContents, senderFrame: { url: runningEntry, parent: { url: runningEntry } } },
      { sender: window.webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: window.webContents, senderFrame: null },
    ];
    const touched: string[] = [];
    const payload = new Proxy(
      {},
      {
        get: (_target, key) => void touched.push(`get ${String(key)}`),
        has: (_target, key) => (touched.push(`has ${String(key)}`), false),
        ownKeys: () => (touched.push('ownKeys'), []),
        getPrototypeOf: () => (touched.push('getPrototypeOf'), null),
      },
    );
    for (const [channel, handler] of fakeElectron.ipcHandlers) {
      for (const event of untrusted) {
        expect(await handler(event, payload), channel).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
      }
    }
    expect(touched).toEqual([]);
    // The same call from the app's page is answered (here: a refused payload, read and checked).
    expect(await fakeElectron.ipcHandlers.get('meeting:open')?.(trustedEvent(window), { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('gives the page window.mdo and nothing else from the preload', async () => {
    await import('../../electron/preload/preload');
    const { exposeInMainWorld } = fakeElectron.contextBridge;
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('mdo');
    const bridge = api as Record<string, unknown>;
    const names = Object.keys(createBridge(async () => null, () => () => undefined)).sort();
    expect(Object.keys(bridge).sort()).toEqual(names);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(bridge)).toBe(true);
    const { ipcRenderer } = fakeElectron;
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);

    // Each function is one named channel over ipcRenderer.invoke.
    ipcRenderer.invoke.mockClear();
    await (bridge.openMeeting as (path: string) => Promise<unknown>)('/tmp/Noor.mdo');
    expect(ipcRenderer.invoke.mock.calls).toEqual([['meeting:open', { path: '/tmp/Noor.mdo' }]]);

    // Host events sent before the page listens wait for its listeners of that turn (window-bridge.ts), in order.
    expect(ipcRenderer.on.mock.calls.map(([channel]) => channel)).toEqual([HOST_EVENT_CHANNEL]);
    const fromHost = ipcRenderer.on.mock.calls[0]![1];
    const early: HostEvent[] = [{ type: 'open-file', path: '/tmp/Noor.mdo' }, { type: 'command', command: 'save' }];
    for (const event of early) fromHost({}, event);
    const received: HostEvent[] = [];
    const stop = (bridge.onHostEvent as (listener: (event: HostEvent) => void) => () => void)((event) => received.push(event));
    await Promise.resolve();
    expect(received).toEqual(early);
    fromHost({}, { type: 'command', command: 'new' });
    stop();
    fromHost({}, { type: 'command', command: 'open' });
    expect(received.map((event) => (event.type === 'command' ? event.command : event.path))).toEqual(['/tmp/Noor.mdo', 'save', 'new']);
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
    expect(byLabel.get('Opnieuw')).toMatchObject({ role: 'redo', accelerator: 'Ctrl+Y' });
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
