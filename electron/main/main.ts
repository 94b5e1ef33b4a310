import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { HOST_EVENT_CHANNEL, type HostEvent, type Handlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { createNodeHandlers, type HostDialogs } from '../../host/handlers';
import { defaultLibraryDir } from '../../host/library';
import { defaultCacheDir } from '../../host/search-index';
import { createMeetingLocks } from '../../host/lock-file';
import { createPathGrants } from '../../host/path-access';
import { CLOSE_PROMPT, decideOnClose } from './close-guard';
import { findMeetingFileArg } from './command-line';
import { registerIpc } from './ipc-main';
import { buildMenuTemplate } from './menu-template';
import { electronPdfPrinter } from './pdf-print';
import { guardContents, hardenSession, openLinkExternally } from './security';
import { configureSpellcheck, dictionaryRequestUrl, installDictionary, spellingMenu } from './spellcheck';
import { buildMainWindow } from './window-options';

/**
 * Electron's main process: one window, the menu, dialogs and the wiring of IPC
 * to the plain Node handlers. Everything with logic lives in host/
 * or in the pure modules beside this file.
 */

const here = import.meta.dirname;
// Only an unpackaged app (electron-vite dev) may load from the dev server.
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : undefined;
const appEntryUrl = devServerUrl ?? pathToFileURL(join(here, '../renderer/index.html')).href;

/** The shipped Dutch dictionary (electron/dictionary/): beside the app when packaged (electron-builder.yml), in out/ when built. */
const dictionaryDir = app.isPackaged ? join(process.resourcesPath, 'dictionaries') : join(here, '../dictionaries');
// Before the app is ready: the spellchecker looks for its file as soon as the session exists (spellcheck.ts).
installDictionary(dictionaryDir, join(app.getPath('userData'), 'Dictionaries'));

/** How long "Niet opslaan" waits for the renderer to remove the recovery copy. */
const DISCARD_CLOSE_TIMEOUT_MS = 3_000;

let mainWindow: BrowserWindow | null = null;
let dirty = false;
let forceClose = false;
/** The lock files beside the meetings the window has open (host/lock-file.ts): they go when the window closes or the app quits. */
const locks = createMeetingLocks(app.getPath('userData'));
/**
 * The files the user chose (host/path-access.ts): the handlers add what
 * their dialogs and lists hand out, this file adds what is opened with the
 * app. The page can make the host touch no other file.
 */
const grants = createPathGrants();
let pendingFile: string | null = findMeetingFileArg(process.argv);
if (pendingFile) grants.grant(pendingFile);

function sendToRenderer(event: HostEvent): void {
  mainWindow?.webContents.send(HOST_EVENT_CHANNEL, event);
}

function openFileInApp(path: string): void {
  // The user opened this file with the app (the OS's "open with", or the command line).
  grants.grant(path);
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    sendToRenderer({ type: 'open-file', path });
  } else {
    pendingFile = path;
  }
}

const dialogs: HostDialogs = {
  async chooseOpenPath(defaultDir) {
    if (!mainWindow) return null;
    const result = await dialog.showOpenDialog(mainWindow, {
      title: 'Overleg openen',
      defaultPath: defaultDir,
      buttonLabel: 'Openen',
      properties: ['openFile'],
      filters: [{ name: 'MDO-overleg', extensions: ['mdo'] }],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseSavePath(defaultPath, kind = 'meeting') {
    if (!mainWindow) return null;
    const word = kind === 'word';
    const pdf = kind === 'pdf';
    const ics = kind === 'ics';
    const result = await dialog.showSaveDialog(mainWindow, {
      title: pdf ? 'Exporteren als PDF' : word ? 'Exporteren naar Word' : ics ? 'Uitnodiging opslaan' : 'Overleg opslaan als',
      defaultPath,
      buttonLabel: word || pdf ? 'Exporteren' : 'Opslaan',
      filters: ics
        ? [{ name: 'Agenda-uitnodiging', extensions: ['ics'] }]
        : pdf
        ? [{ name: 'PDF-document', extensions: ['pdf'] }]
        : word
          ? [{ name: 'Word-document', extensions: ['docx'] }]
          : [{ name: 'MDO-overleg', extensions: ['mdo'] }],
    });
    return result.canceled ? null : (result.filePath ?? null);
  },
};

function createHandlers(): Handlers {
  return {
    ...createNodeHandlers({
      libraryDir: defaultLibraryDir(app.getPath('documents')),
      configDir: app.getPath('userData'),
      // The library's search index: the user's own cache folder, never the (shared) library.
      cacheDir: defaultCacheDir(),
      version: app.getVersion(),
      dialogs,
      grants,
      locks,
      trashItem: (path) => shell.trashItem(path),
      // Electron's own Chromium prints the PDF export: nothing to install.
      pdfPrinter: electronPdfPrinter(),
      // Packaged, the templates are an extra resource beside the app (electron-builder.yml).
      templatesDir: app.isPackaged ? join(process.resourcesPath, 'templates') : join(app.getAppPath(), 'templates'),
    }),
    'window:setDirty': async ({ dirty: value }) => {
      dirty = value;
      mainWindow?.setDocumentEdited(value);
      return ok(null);
    },
    'window:close': async () => {
      forceClose = true;
      mainWindow?.close();
      return ok(null);
    },
    // The renderer asks only after the user clicked a link (renderer/src/app/external-links.ts).
    'shell:openExternal': ({ url }) => openLinkExternally(url, (link) => shell.openExternal(link)),
  };
}

function createMainWindow(): BrowserWindow {
  const window = buildMainWindow(BrowserWindow, join(here, '../preload/preload.cjs'));
  const contents = window.webContents;

  guardContents(contents, appEntryUrl, (url) => shell.openExternal(url));
  // Right-click in the notes: spelling suggestions and "Toevoegen aan woordenlijst" for names.
  contents.on('context-menu', (_event, params) => {
    const items = spellingMenu(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addWord: (word) => void session.defaultSession.addWordToSpellCheckerDictionary(word),
    });
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
  });
  contents.on('did-finish-load', () => {
    if (pendingFile) {
      sendToRenderer({ type: 'open-file', path: pendingFile });
      pendingFile = null;
    }
  });

  window.on('close', (event) => {
    const decision = decideOnClose(dirty, forceClose, () => dialog.showMessageBoxSync(window, CLOSE_PROMPT));
    if (decision === 'close') return;
    event.preventDefault();
    if (decision === 'save-then-close') sendToRenderer({ type: 'command', command: 'save-and-close' });
    if (decision === 'discard-then-close') {
      sendToRenderer({ type: 'command', command: 'discard-and-close' });
      // The user asked to close: a renderer that does not answer must not keep the window open.
      setTimeout(() => {
        forceClose = true;
        if (!window.isDestroyed()) window.close();
      }, DISCARD_CLOSE_TIMEOUT_MS);
    }
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    locks.releaseAllSync();
    mainWindow = null;
  });

  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(here, '../renderer/index.html'));
  return window;
}

// The app speaks Dutch first: date and time pickers follow this, not the OS.
app.commandLine.appendSwitch('lang', 'nl-NL');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = findMeetingFileArg(argv, workingDirectory);
    if (file) openFileInApp(file);
    else if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS delivers "open with" as an event, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFileInApp(path);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, appEntryUrl, [dictionaryRequestUrl(dictionaryDir)]);
    configureSpellcheck(session.defaultSession, { platform: process.platform, dictionaryDir });
    registerIpc(createHandlers(), appEntryUrl, () => mainWindow?.webContents ?? null);
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate((command) => sendToRenderer({ type: 'command', command }), process.platform)));
    mainWindow = createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });
  // Quitting without closing the window first (the menu's quit, logging out): the locks go all the same.
  app.on('will-quit', () => locks.releaseAllSync());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
