import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderEvent, type SenderFrame } from '../../electron/main/ipc-sender';

/**
 * Who may call the host: tested on plain objects shaped like Electron's
 * IpcMainInvokeEvent, with a stand-in object for each WebContents.
 */

const appEntry = 'file:///opt/MDO-assistent/resources/app.asar/out/renderer/index.html';
const devEntry = 'http://localhost:5173/';
const mainContents = { id: 1 };
const otherContents = { id: 2 };

function topFrame(url: string): SenderFrame {
  return { url, parent: null };
}

function event(frame: SenderFrame | null | undefined, sender: unknown = mainContents): SenderEvent {
  return { senderFrame: frame, sender };
}

describe('the sender of an IPC call', () => {
  it('is trusted as the top frame of the app page in the main window', () => {
    expect(isTrustedSender(event(topFrame(appEntry)), mainContents, appEntry)).toBe(true);
    expect(isTrustedSender(event(topFrame(`${appEntry}#notuleren`)), mainContents, appEntry)).toBe(true);
    expect(isTrustedSender(event(topFrame(devEntry)), mainContents, devEntry)).toBe(true);
  });

  it.each([
    ['a foreign https page', 'https://evil.example/'],
    ['a foreign http page', 'http://evil.example/index.html'],
    ['another file', 'file:///home/user/Downloads/evil.html'],
    ['another file beside the app', 'file:///opt/MDO-assistent/resources/app.asar/out/renderer/assets/x.html'],
    ['the same path on another host', 'file://evil.example/opt/MDO-assistent/resources/app.asar/out/renderer/index.html'],
    ['DevTools', 'devtools://devtools/bundled/devtools_app.html'],
    ['about:blank', 'about:blank'],
    ['a data: page', 'data:text/html,<script>1</script>'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['an empty URL', ''],
  ])('is refused from %s', (_what, url) => {
    expect(isTrustedSender(event(topFrame(url)), mainContents, appEntry)).toBe(false);
  });

  it('is refused when the frame is gone', () => {
    expect(isTrustedSender(event(null), mainContents, appEntry)).toBe(false);
    expect(isTrustedSender(event(undefined), mainContents, appEntry)).toBe(false);
  });

  it('is refused from a subframe, even one showing the app page', () => {
    const parent = topFrame(appEntry);
    expect(isTrustedSender(event({ url: appEntry, parent }), mainContents, appEntry)).toBe(false);
    expect(isTrustedSender(event({ url: 'https://evil.example/', parent }), mainContents, appEntry)).toBe(false);
  });

  it('is refused from another window, even one showing the app page', () => {
    expect(isTrustedSender(event(topFrame(appEntry), otherContents), mainContents, appEntry)).toBe(false);
    expect(isTrustedSender({ senderFrame: topFrame(appEntry), sender: undefined }, mainContents, appEntry)).toBe(false);
  });

  it('is refused while there is no main window', () => {
    expect(isTrustedSender(event(topFrame(appEntry), null), null, appEntry)).toBe(false);
    expect(isTrustedSender({ senderFrame: topFrame(appEntry), sender: undefined }, undefined, appEntry)).toBe(false);
  });

  it('is refused, while developing, from another port or path of the dev server', () => {
    expect(isTrustedSender(event(topFrame('http://localhost:5174/')), mainContents, devEntry)).toBe(false);
    expect(isTrustedSender(event(topFrame('http://localhost:5173/other.html')), mainContents, devEntry)).toBe(false);
  });
});
