/**
 * Links never open inside the app: a click on a link goes to the system's
 * browser (or mail program) through the host, and the app page itself never
 * navigates. In the notes editor a plain click places the caret, as in Word;
 * Ctrl+click (Cmd+click on macOS) or a middle click opens the link. The host
 * checks the address again; this check only saves it a refused call.
 */

/** The absolute address when it may leave the app (http, https, mailto), else null. */
export function externalAddress(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
}

function onLinkClick(event: MouseEvent): void {
  if (!(event.target instanceof Element)) return;
  const link = event.target.closest('a[href]');
  if (!(link instanceof HTMLElement)) return;
  // Whatever the link, the page stays: no navigation, no new window.
  event.preventDefault();
  const deliberate = event.type === 'auxclick' ? event.button === 1 : !link.isContentEditable || event.ctrlKey || event.metaKey;
  if (!deliberate) return;
  const address = externalAddress(link.getAttribute('href') ?? '', document.baseURI);
  if (address && 'mdo' in window) void window.mdo.openExternal(address);
}

/** Installs the handler for the whole page (capture, so no component can skip it). */
export function installExternalLinks(target: Document): void {
  target.addEventListener('click', onLinkClick, true);
  target.addEventListener('auxclick', onLinkClick, true);
}
