/**
 * What runs in both pages (the app and bare Lexical) to time them the same
 * way: from the key's event (its timeStamp, when the browser made it) to
 * the end of the first frame painted after the change. "After the paint" is
 * a message posted from that frame's requestAnimationFrame callback: it runs
 * once the frame is drawn. The frame's own part (from its animation frame
 * callback to the end of its paint: style, layout, paint) is kept apart too,
 * as it has no wait for the screen's next refresh in it. Plain JavaScript in a string, so that no helper
 * of the test's own compiler ends up in the page.
 */
export const PROBE_SCRIPT = String.raw`
(() => {
  if (window.__bench) return;
  const bench = { samples: [], renders: [], waiters: [], mode: 'off', condition: null };
  window.__bench = bench;

  function record(value) {
    bench.samples.push(value);
    for (const wake of bench.waiters.splice(0)) wake();
  }

  // Calls back after the frame in which ready() first holds has been painted.
  function afterPaintWhen(ready, callback, frames = 0) {
    requestAnimationFrame(() => {
      if (!ready() && frames < 600) {
        afterPaintWhen(ready, callback, frames + 1);
        return;
      }
      // From here to the message is the frame's own work: the other frame callbacks, style, layout and paint.
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.renders.push(performance.now() - frameStart);
        callback();
      };
      channel.port2.postMessage(null);
    });
  }
  bench.afterPaintWhen = afterPaintWhen;

  window.addEventListener('keydown', (event) => {
    if (bench.mode === 'off') return;
    const start = event.timeStamp;
    const ready = bench.mode === 'until' && bench.condition ? bench.condition : () => true;
    afterPaintWhen(ready, () => record(performance.now() - start));
  }, true);

  /** Resolves when there are count samples. */
  bench.waitFor = (count) => new Promise((resolve) => {
    const check = () => (bench.samples.length >= count ? resolve() : bench.waiters.push(check));
    check();
  });

  /** Runs start() and resolves with the time until the frame in which ready() holds is painted. */
  bench.timeUntil = (start, ready) => new Promise((resolve) => {
    const begin = performance.now();
    start();
    afterPaintWhen(ready, () => resolve(performance.now() - begin));
  });
})();
`;
