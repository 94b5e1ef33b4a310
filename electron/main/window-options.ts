import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options, written once as a literal inside the
 * `new BrowserWindow({...})` call that makes the window. main.ts passes
 * Electron's BrowserWindow; tests pass a class that only keeps what it was
 * given. Keeping the literal in the call (instead of building it elsewhere)
 * lets electronegativity read every webPreference, so CI checks the same
 * options the app runs with. No value import of 'electron' here.
 */

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

export function buildMainWindow<W>(BrowserWindow: WindowConstructor<W>, preloadPath: string): W {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'MDO-assistent',
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: {
      preload: preloadPath,
      // The page sees only window.mdo from the preload, never Node or Electron.
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
      // Note-takers type Dutch: the app's own Dutch dictionary, never downloaded (spellcheck.ts).
      spellcheck: true,
    },
  });
}
