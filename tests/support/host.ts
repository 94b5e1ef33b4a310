import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page, type Route } from '@playwright/test';
import { build } from 'esbuild';
import { CONTENT_SECURITY_POLICY, openLinkExternally } from '../../electron/main/security';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers, type HostDialogs } from '../../host/handlers';
import { createMeetingLocks, isProcessAlive } from '../../host/lock-file';
import { createPathGrants } from '../../host/path-access';
import { chromiumPdfPrinter, type PdfPrinter } from '../../host/pdf-export';
import type { Handlers, HostEvent } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { chromiumLaunchOptions } from './chromium';

/**
 * The app without Electron: the built renderer in Chromium, with
 * `window.mdo` backed by the same Node handlers Electron uses. Only what
 * needs a real window is replaced: the native open/save dialogs answer
 * with queued paths (or cancel), and the window-bound channels are recorded
 * so tests can check them.
 */

export interface LaunchOptions {
  /** The library folder; a fresh temp folder (removed on close) when left out. */
  libraryDir?: string;
  /** The app's own config folder (recent files); a fresh temp folder when left out. */
  configDir?: string;
  /** The user's cache folder (the library's search index); a fresh temp folder when left out. */
  cacheDir?: string;
  /** A file the OS "opens with" the app: sent as an open-file event after load. */
  openFile?: string;
  /** Default true; false opens a visible window (needs a display, or xvfb-run). */
  headless?: boolean;
  /** Answers for the dialogs when nothing is queued; without them a dialog is cancelled. */
  dialogs?: Partial<HostDialogs>;
  /** The browser's language (navigator.language, Intl), default nl-NL; en-US checks the app does not follow it. */
  locale?: string;
  /** Default 1280×800; null lets the window decide (for a visible window). */
  viewport?: { width: number; height: number } | null;
  /** Close the page when the app asks to close its window (the visible app does). */
  closeOnRequest?: boolean;
  /** The version the app reports; default 'test'. */
  version?: string;
  /** How a deleted meeting leaves the folder; without it the file is removed (the handlers' default). */
  trashItem?: (path: string) => Promise<void>;
  /**
   * The user's name in the lock files this window writes (host/lock-file.ts),
   * so two windows on one library tell each other apart; without it the
   * lock names the login only, as LibreOffice does without a name set.
   */
  userName?: string;
}

export interface TestHost {
  /** The next open dialog answers with this path (null: the user cancels). */
  queueOpenPath(path: string | null): void;
  /** The next save dialog answers with this path (null: the user cancels). */
  queueSavePath(path: string | null): void;
  /** Sends a host event as the Electron menu or the OS would; an open-file event grants its file, as "open with" does. */
  emit(event: HostEvent): Promise<void>;
  /** What the app last told the host about unsaved changes. */
  isDirty(): boolean;
  /** Links the app asked to open in the system browser (only the safe ones). */
  readonly externalUrls: string[];
  /** How often the app asked to close its window. */
  readonly closeRequested: number;
}

export interface AppHandle {
  page: Page;
  host: TestHost;
  libraryDir: string;
  configDir: string;
  /** Closes the browser and removes the folders the host created. */
  close(): Promise<void>;
  /**
   * Like killing the app: from this moment no call of the page reaches the
   * Node handlers (an unload or pagehide handler writes nothing), then the
   * browser goes. The folders stay, for a relaunch on the same ones.
   */
  crash(): Promise<void>;
  /** Resolves when the window is gone (closed by the user or by close()). */
  waitForClose(): Promise<void>;
}

const APP_ORIGIN = 'http://mdo.app';
const repoRoot = resolve(import.meta.dirname, '../..');
/** The built renderer; MDO_RENDERER_DIR points at a copy of it (so one build can be tested while the next is made). */
const rendererDir = process.env.MDO_RENDERER_DIR ? resolve(process.env.MDO_RENDERER_DIR) : join(repoRoot, 'out', 'renderer');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

let preloadScript: Promise<string> | null = null;

/**
 * Each window stands for one app process, as in Electron: the lock files it
 * writes carry a process id of its own, alive until the window is closed or
 * crashes, so a lock left by a crashed window is stale for the next one. The
 * ids start above any real one (Linux allows at most 2^22).
 */
const FIRST_WINDOW_PID = 5_000_000;
let nextWindowPid = FIRST_WINDOW_PID;
const liveWindowPids = new Set<number>();

function isWindowAlive(pid: number): boolean {
  return pid >= FIRST_WINDOW_PID ? liveWindowPids.has(pid) : isProcessAlive(pid);
}

/** host-preload.ts as one script the page runs before the app, built once per process. */
function bundledPreload(): Promise<string> {
  preloadScript ??= build({
    entryPoints: [join(import.meta.dirname, 'host-preload.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const output = result.outputFiles[0];
    if (!output) throw new Error('esbuild gaf geen uitvoer voor tests/support/host-preload.ts');
    return output.text;
  });
  return preloadScript;
}

/** The built renderer's files, as the app's origin; nothing outside out/renderer. */
async function serveRenderer(route: Route): Promise<void> {
  const { pathname } = new URL(route.request().url());
  const relative = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
  const file = resolve(rendererDir, relative);
  if (!file.startsWith(rendererDir + sep)) {
    await route.fulfill({ status: 403, contentType: 'text/plain', body: 'Verboden' });
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: `Niet gevonden: ${relative}` });
    return;
  }
  const extension = extname(file).toLowerCase();
  const headers: Record<string, string> = { 'content-type': contentTypes[extension] ?? 'application/octet-stream' };
  // The same policy Electron sets as a header; index.html also carries it as a meta tag.
  if (extension === '.html') headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  await route.fulfill({ status: 200, headers, body });
}

function forwardPageProblems(page: Page): void {
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      console.log(`[renderer ${message.type()}] ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => console.log(`[renderer pageerror] ${error.stack ?? error.message}`));
  page.on('crash', () => console.log('[renderer] de pagina is gecrasht'));
}

const PRINT_URL = 'http://mdo.print/document.html';

/**
 * The PDF export through Playwright's page.pdf(), as Electron prints with
 * its own Chromium: a context of its own without JavaScript, every request
 * refused but the page itself, closed afterwards. page.pdf() needs a
 * headless browser; a visible window prints with a Chromium of the computer.
 */
function playwrightPdfPrinter(browser: () => Browser | null): PdfPrinter {
  return {
    unavailable: async () => null,
    async print(html) {
      const running = browser();
      if (!running) throw new Error('De browser van de testhost is al gesloten.');
      const context = await running.newContext({ javaScriptEnabled: false });
      try {
        await context.route('**/*', (route) =>
          route.request().url() === PRINT_URL
            ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
            : route.abort('blockedbyclient'),
        );
        const page = await context.newPage();
        await page.goto(PRINT_URL);
        return new Uint8Array(await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }));
      } finally {
        await context.close();
      }
    },
  };
}

async function temporaryDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppHandle> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`De gebouwde renderer ontbreekt (${rendererDir}/index.html): run \`npx electron-vite build\` first.`);
  }
  const ownedDirs: string[] = [];
  const libraryDir = options.libraryDir ?? (await temporaryDir('mdo-library-'));
  if (!options.libraryDir) ownedDirs.push(libraryDir);
  const configDir = options.configDir ?? (await temporaryDir('mdo-config-'));
  if (!options.configDir) ownedDirs.push(configDir);
  // The search index goes to the user's cache folder: here one of the test's own (or the one given).
  const cacheDir = options.cacheDir ?? (await temporaryDir('mdo-cache-'));
  if (!options.cacheDir) ownedDirs.push(cacheDir);

  const openPaths: (string | null)[] = [];
  const savePaths: (string | null)[] = [];
  const dialogs: HostDialogs = {
    async chooseOpenPath(defaultDir) {
      if (openPaths.length > 0) return openPaths.shift() ?? null;
      return (await options.dialogs?.chooseOpenPath?.(defaultDir)) ?? null;
    },
    async chooseSavePath(defaultPath) {
      if (savePaths.length > 0) return savePaths.shift() ?? null;
      return (await options.dialogs?.chooseSavePath?.(defaultPath)) ?? null;
    },
  };

  let dirty = false;
  const externalUrls: string[] = [];
  let closeRequested = 0;
  let page: Page | null = null;
  let crashed = false;
  // The lock files beside the meetings this window has open: they go when the window closes, as in Electron, not when it crashes.
  const windowPid = nextWindowPid++;
  liveWindowPids.add(windowPid);
  const locks = createMeetingLocks(configDir, { identity: { name: options.userName ?? '', pid: windowPid }, isAlive: isWindowAlive });

  // As in Electron: the dialogs and lists grant what they hand out, an open-file event (below) what the OS opens with the app.
  const grants = createPathGrants();
  const headless = options.headless ?? true;
  let launched: Browser | null = null;
  const handlers: Handlers = {
    ...createNodeHandlers({
      libraryDir,
      configDir,
      cacheDir,
      version: options.version ?? 'test',
      dialogs,
      locks,
      grants,
      pdfPrinter: headless ? playwrightPdfPrinter(() => launched) : chromiumPdfPrinter(),
      ...(options.trashItem ? { trashItem: options.trashItem } : {}),
    }),
    'window:setDirty': async ({ dirty: value }) => {
      dirty = value;
      return ok(null);
    },
    'window:close': async () => {
      closeRequested++;
      if (options.closeOnRequest && page) void page.close();
      return ok(null);
    },
    // The Electron app's own check; the system browser is replaced by a list.
    'shell:openExternal': ({ url }) =>
      openLinkExternally(url, async (link) => {
        externalUrls.push(link);
      }),
  };

  const viewport = options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport;
  const windowSize = viewport ? [] : ['--window-size=1280,860'];
  const browser = await chromium.launch(chromiumLaunchOptions(headless, windowSize));
  launched = browser;
  try {
    const context = await browser.newContext({ viewport, locale: options.locale ?? 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    // No request leaves the machine: everything but the app's own files is refused.
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    await context.route(`${APP_ORIGIN}/**`, serveRenderer);
    // The preload (host-preload.ts) passes the request and takes the answer as JSON text, as one string: Electron
    // copies IPC messages natively, while Playwright would copy a big meeting value by value in the page's main thread
    // (half a second for a few thousand notes). A raw call (bridge.spec.ts) passes and gets values.
    await context.exposeBinding('__mdoHostInvoke', async (_source, channel: unknown, payload: unknown, asJson: unknown) => {
      // After a crash the host is gone: the call never gets an answer.
      if (crashed) return new Promise<never>(() => undefined);
      if (asJson !== true) return dispatch(handlers, channel, payload);
      return JSON.stringify(await dispatch(handlers, channel, typeof payload === 'string' ? (JSON.parse(payload) as unknown) : payload));
    });
    await context.addInitScript({ content: await bundledPreload() });

    page = await context.newPage();
    forwardPageProblems(page);
    const openedPage = page;
    const closed = new Promise<void>((resolveClosed) => {
      openedPage.once('close', () => {
        if (!crashed) void locks.releaseAll();
        liveWindowPids.delete(windowPid);
        resolveClosed();
      });
      browser.once('disconnected', () => resolveClosed());
    });

    const host: TestHost = {
      queueOpenPath: (path) => void openPaths.push(path),
      queueSavePath: (path) => void savePaths.push(path),
      async emit(event) {
        if (event.type === 'open-file') grants.grant(event.path);
        await openedPage.evaluate((hostEvent) => {
          (window as unknown as { __mdoHostEmit(event: HostEvent): void }).__mdoHostEmit(hostEvent);
        }, event);
      },
      isDirty: () => dirty,
      externalUrls,
      get closeRequested() {
        return closeRequested;
      },
    };

    await page.goto(`${APP_ORIGIN}/index.html`);
    if (options.openFile) await host.emit({ type: 'open-file', path: options.openFile });

    return {
      page,
      host,
      libraryDir,
      configDir,
      async close() {
        await locks.releaseAll();
        liveWindowPids.delete(windowPid);
        await browser.close();
        await Promise.all(ownedDirs.map((dir) => rm(dir, { recursive: true, force: true })));
      },
      waitForClose: () => closed,
      async crash() {
        crashed = true;
        liveWindowPids.delete(windowPid);
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    await Promise.all(ownedDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    throw error;
  }
}
