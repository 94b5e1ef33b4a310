import type { WebPreferences } from 'electron';

/**
 * Electron's security checklist as plain data and pure functions, so tests can
 * check the real settings without starting Electron. No value import of
 * 'electron' here.
 */

/** The renderer's policy; the same string is in renderer/index.html's meta tag. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
    spellcheck: true,
  };
}

export function mainWindowOptions(preloadPath: string) {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'MDO-assistent',
    show: false,
    backgroundColor: '#f6f5f2',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Only ordinary web links go to the system browser; never file:, javascript:, custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}

/**
 * Whether a URL is the app's own page: the built index.html (file:) or, while
 * developing, the dev server's origin. Used for navigation and for IPC senders.
 */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  let candidate: URL;
  let entry: URL;
  try {
    candidate = new URL(url);
    entry = new URL(appEntryUrl);
  } catch {
    return false;
  }
  if (entry.protocol === 'file:') {
    return candidate.protocol === 'file:' && candidate.pathname === entry.pathname;
  }
  return candidate.origin === entry.origin;
}

/** Navigation away from the app is never allowed; links open through the window-open handler. */
export function shouldBlockNavigation(url: string, appEntryUrl: string): boolean {
  return !isAppUrl(url, appEntryUrl);
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/** `window.open` and target=_blank never make a new window; safe web links go to the browser. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) ? url : null };
}

/** Requests the app itself may make: its own files (and the dev server while developing). */
export function isAllowedRequest(url: string, appEntryUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol === 'file:') return new URL(appEntryUrl).protocol === 'file:';
  const entry = new URL(appEntryUrl);
  return entry.protocol !== 'file:' && (parsed.origin === entry.origin || parsed.protocol === 'ws:');
}
