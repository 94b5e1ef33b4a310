/**
 * Electron's security checklist as plain data and pure functions, so tests can
 * check the real settings without starting Electron. No value import of
 * 'electron' here. The window's own options are in window-options.ts.
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
 * index.html (and, while developing, the dev server and its reload socket).
 * Not any other file on the disk, and nothing on the network.
 */
export function isAllowedRequest(url: string, appEntryUrl: string): boolean {
  let parsed: URL;
  let entry: URL;
  try {
    parsed = new URL(url);
    entry = new URL(appEntryUrl);
  } catch {
    return false;
  }
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (entry.protocol === 'file:') {
    const folder = entry.pathname.slice(0, entry.pathname.lastIndexOf('/') + 1);
    return parsed.protocol === 'file:' && parsed.host === entry.host && parsed.pathname.startsWith(folder) && !parsed.pathname.includes('/../');
  }
  const devSocket = parsed.protocol === 'ws:' && parsed.hostname === entry.hostname && parsed.port === entry.port;
  return parsed.origin === entry.origin || devSocket;
}
