import { describe, expect, it } from 'vitest';
import { createWindowBridge } from '../../electron/preload/window-bridge';

/** Waits until the microtasks queued so far have run. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function listening(bridge: ReturnType<typeof createWindowBridge>['bridge'], seen: string[], name: string): () => void {
  return bridge.onHostEvent((event) => seen.push(`${name}: ${event.type === 'open-file' ? event.path : event.command}`));
}

describe('host events that come before the page listens', () => {
  it('reach every listener the page sets up in that turn, in order, once: the search first, then the app that opens the file', async () => {
    const { bridge, deliver } = createWindowBridge(() => Promise.resolve(null));
    deliver({ type: 'open-file', path: '/home/anna/Bureaublad/Noor.mdo' });
    deliver({ type: 'command', command: 'save' });
    const seen: string[] = [];
    // React runs a component's effects before its parent's: the search subscribes before the app.
    listening(bridge, seen, 'search');
    listening(bridge, seen, 'app');
    expect(seen).toEqual([]);
    await nextTurn();
    expect(seen).toEqual(['search: /home/anna/Bureaublad/Noor.mdo', 'app: /home/anna/Bureaublad/Noor.mdo', 'search: save', 'app: save']);
  });

  it('keeps their order with an event that comes while they wait, and goes straight through afterwards', async () => {
    const { bridge, deliver } = createWindowBridge(() => Promise.resolve(null));
    const seen: string[] = [];
    deliver({ type: 'open-file', path: '/a.mdo' });
    listening(bridge, seen, 'app');
    deliver({ type: 'open-file', path: '/b.mdo' });
    await nextTurn();
    expect(seen).toEqual(['app: /a.mdo', 'app: /b.mdo']);
    deliver({ type: 'open-file', path: '/c.mdo' });
    expect(seen).toEqual(['app: /a.mdo', 'app: /b.mdo', 'app: /c.mdo']);
  });

  it('are not handed again to a listener that comes later, or to one that left', async () => {
    const { bridge, deliver } = createWindowBridge(() => Promise.resolve(null));
    const seen: string[] = [];
    deliver({ type: 'open-file', path: '/a.mdo' });
    const stop = listening(bridge, seen, 'first');
    listening(bridge, seen, 'gone')();
    await nextTurn();
    listening(bridge, seen, 'later');
    await nextTurn();
    stop();
    expect(seen).toEqual(['first: /a.mdo']);
  });
});
