import { fail, ok, type Result } from '../../shared/result';

/**
 * Electron's security checklist as plain data and pure functions, and the
 * functions main.ts applies it with (hardenSession, guardContents,
 * openLinkExternally). Those take only the few methods they call, so tests
 * hand them fakes that record what was set and run it, without Electron. No
 * value import of 'electron' here. The window's own options are in
 * window-options.ts.
 */

/**
 * The renderer's policy, as directives. Everything comes from the app's own
 * files: no remote source, no inline or eval'd script, no plugins, no forms,
 * no <base>. `data:` only for images (CSS icons), never for scripts.
 */
const POLICY_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** The policy in renderer/index.html's meta tag (the built file keeps it verbatim). */
export const META_CONTENT_SECURITY_POLICY = POLICY_DIRECTIVES.join('; ');

/**
 * The policy main.ts sends as a header. `frame-ancestors` only works in a
 * header (Chromium ignores it in a meta tag), so only the header has it: no
 * other page may frame the app.
 */
export const CONTENT_SECURITY_POLICY = [...POLICY_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** What the user reads when a link may not leave the app. */
export const UNSAFE_LINK_MESSAGE = 'Deze link kan niet worden geopend: alleen webadressen (http of https) en e-mailadressen (mailto) mogen naar de browser of het e-mailprogramma.';

/**
 * Only ordinary web links and e-mail addresses leave the app (to the system's
 * browser or mail program); never file:, javascript:, data: or custom schemes
 * that could start another program with our arguments.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return /^[^\s@/\\]+@[^\s@/\\]+$/.test(decodeURIComponentSafe(parsed.pathname));
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
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
  // The same page, whatever its #fragment or ?query: the app is one page, and
  // another file or path on the same origin is not the app.
  if (entry.protocol === 'file:') {
    return candidate.protocol === 'file:' && candidate.host === entry.host && candidate.pathname === entry.pathname;
  }
  return candidate.origin === entry.origin && candidate.pathname === entry.pathname;
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

/**
 * Requests the app itself may make: its own files, in the folder of its
 * index.html (and, while developing, the dev server and its reload socket),
 * and the few files named in `alsoAllowed` exactly (the spellchecker's
 * Dutch dictionary, spellcheck.ts). Not any other file on the disk, and
 * nothing on the network.
 */
export function isAllowedRequest(url: string, appEntryUrl: string, alsoAllowed: readonly string[] = []): boolean {
  let parsed: URL;
  let entry: URL;
  try {
    parsed = new URL(url);
    entry = new URL(appEntryUrl);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:' && alsoAllowed.some((allowed) => sameUrl(parsed, allowed))) return true;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (entry.protocol === 'file:') {
    const folder = entry.pathname.slice(0, entry.pathname.lastIndexOf('/') + 1);
    return parsed.protocol === 'file:' && parsed.host === entry.host && parsed.pathname.startsWith(folder) && !parsed.pathname.includes('/../');
  }
  const devSocket = parsed.protocol === 'ws:' && parsed.hostname === entry.hostname && parsed.port === entry.port;
  return parsed.origin === entry.origin || devSocket;
}

function sameUrl(parsed: URL, other: string): boolean {
  try {
    const allowed = new URL(other);
    return allowed.protocol === 'file:' && allowed.host === parsed.host && allowed.pathname === parsed.pathname && parsed.search === '' && parsed.hash === '';
  } catch {
    return false;
  }
}

/** The part of Electron's Session that hardenSession sets. */
export interface HardenedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * The session the window's page runs in: no permission is ever granted (the
 * app needs no camera, location or notifications), no request leaves the
 * machine (only the app's own files load, and the local files in
 * `alsoAllowed`), and every response carries the app's content security
 * policy.
 */
export function hardenSession(session: HardenedSession, appEntryUrl: string, alsoAllowed: readonly string[] = []): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appEntryUrl, alsoAllowed) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

interface Preventable {
  preventDefault(): void;
}

/** The part of Electron's WebContents that guardContents sets. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: Preventable, url: string) => void): unknown;
  // One overload per event, as Electron declares them, so a WebContents fits this shape.
  // eslint-disable-next-line @typescript-eslint/unified-signatures
  on(event: 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: Preventable & { url: string; isMainFrame: boolean }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The main window's page stays the app: it navigates nowhere else (nor do
 * frames inside it, which the CSP allows none of), attaches no webview and
 * opens no window. A safe web link it tries to open in a new window goes to
 * the system's browser through `openExternal`; nothing else does.
 */
export function guardContents(contents: GuardedContents, appEntryUrl: string, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event, url) => {
    if (shouldBlockNavigation(url, appEntryUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (shouldBlockNavigation(url, appEntryUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame && shouldBlockNavigation(details.url, appEntryUrl)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void openExternal(decision.openExternally);
    return { action: decision.action };
  });
}

/**
 * The `shell:openExternal` channel: the renderer asks after the user clicked a
 * link (renderer/src/app/external-links.ts); only a safe link reaches
 * `openExternal`, anything else comes back as a Dutch error.
 */
export async function openLinkExternally(url: string, openExternal: (url: string) => Promise<void>): Promise<Result<null>> {
  if (!isSafeExternalUrl(url)) return fail('unsafe-link', UNSAFE_LINK_MESSAGE);
  await openExternal(url);
  return ok(null);
}
