import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module that electron/main and
 * electron/preload use, for tests that load the real main.ts and preload.ts
 * with `vi.mock('electron', …)` where no Electron runtime exists. Every object
 * keeps what the app set on it (handlers, listeners, options) so a test can
 * run those with its own events and see what the app does.
 */

type Listener = (...args: never[]) => unknown;

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();

  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }

  /** Runs the listeners the app registered for `name`, as Electron would. */
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as (...values: unknown[]) => unknown)(...args);
  }
}

export type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly sent: [string, unknown][] = [];

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }

  readonly replacedMisspellings: string[] = [];

  replaceMisspelling(word: string): void {
    this.replacedMisspellings.push(word);
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly made: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  shown = false;
  loaded: string | null = null;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.made.push(this);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.made;
  }

  show(): void {
    this.shown = true;
  }

  async loadFile(path: string): Promise<void> {
    this.loaded = path;
  }

  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }

  isDestroyed(): boolean {
    return false;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}
  focus(): void {}
  close(): void {}
  setDocumentEdited(): void {}
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

/** What the app set on a session: the handlers, to be run with the test's own requests. */
export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: (() => boolean) | null = null;
  beforeRequest: RequestListener | null = null;
  headersReceived: HeadersListener | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: () => boolean): void {
    this.permissionCheckHandler = handler;
  }

  spellCheckerEnabled: boolean | null = null;
  spellCheckerLanguages: string[] | null = null;
  dictionaryDownloadUrl: string | null = null;
  readonly wordsAdded: string[] = [];

  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }

  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = languages;
  }

  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryDownloadUrl = url;
  }

  addWordToSpellCheckerDictionary(word: string): boolean {
    this.wordsAdded.push(word);
    return true;
  }

  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersReceived = listener;
    },
  };
}

class FakeApp extends FakeEmitter {
  readonly isPackaged = false;
  readonly switches: [string, string | undefined][] = [];
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => {
      this.switches.push([name, value]);
    },
  };

  requestSingleInstanceLock(): boolean {
    return true;
  }

  whenReady(): Promise<void> {
    return Promise.resolve();
  }

  getPath(name: string): string {
    return `/niet-bestaand/mdo-test/${name}`;
  }

  getVersion(): string {
    return '0.0.0-test';
  }

  getAppPath(): string {
    return '/niet-bestaand/mdo-test/app';
  }

  quit(): void {}
}

export type IpcHandler = (event: unknown, payload: unknown) => unknown;

export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  session: { defaultSession: new FakeSession() },
  ipcHandlers: new Map<string, IpcHandler>(),
  ipcMain: {
    handle(channel: string, handler: IpcHandler): void {
      fakeElectron.ipcHandlers.set(channel, handler);
    },
  },
  shell: {
    openExternal: vi.fn<(url: string) => Promise<void>>(async () => undefined),
    trashItem: vi.fn<(path: string) => Promise<void>>(async () => undefined),
  },
  Menu: {
    /** The template itself, with the popup calls a context menu got. */
    buildFromTemplate: (template: unknown[]) => Object.assign([...template], { popup: vi.fn<(options: unknown) => void>() }),
    setApplicationMenu: vi.fn(),
  },
  dialog: {
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showMessageBoxSync: vi.fn(() => 2),
  },
  contextBridge: {
    exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  },
  ipcRenderer: {
    invoke: vi.fn<(channel: string, request: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })),
    on: vi.fn<(channel: string, listener: (event: unknown, payload: unknown) => void) => void>(),
  },
};
