/**
 * A query as you type, in the app: the built renderer in Chromium through
 * the test host (tests/support/host.ts), whose bridge runs the real
 * handlers, so each keystroke goes page → host → index → page as in
 * Electron (there over IPC). Measured in the page: from the keydown to the
 * first frame after the list shows the answer to the text now in the field
 * (the panel's data-answered), one key at a time.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchApp } from '../../support/host';

const ROOT = join(import.meta.dirname, '../../..');

export interface TypingFigures {
  /** Every keystroke's time, ms. */
  perKey: number[];
  /** Of which: from the answer's arrival in the page to the frame that shows it (React, layout, paint). */
  toScreen: number[];
  /** The first query after the app started (index opened in the host). */
  firstQueryMs: number;
  /**
   * A call of the bridge that does nothing (app:info), for scale: the test
   * host's transport (a Playwright binding over the DevTools protocol) is
   * slower than Electron's IPC, and it is in every keystroke's time.
   */
  emptyCall: number[];
}

export function builtRendererExists(): boolean {
  const dir = process.env.MDO_RENDERER_DIR ? resolve(process.env.MDO_RENDERER_DIR) : join(ROOT, 'out', 'renderer');
  return existsSync(join(dir, 'index.html'));
}

interface BenchWindow {
  __searchBench: { start: number; answeredAt: number; times: number[]; toScreen: number[] };
  __mdoHostInvoke(channel: string, request: unknown, asJson: boolean): Promise<unknown>;
}

/** Types `words` into the start screen's search field `runs` times, letter by letter. */
export async function benchSearchTyping(libraryDir: string, cacheDir: string, words: string, runs: number): Promise<TypingFigures> {
  const app = await launchApp({ libraryDir, cacheDir, viewport: { width: 1366, height: 768 } });
  try {
    const { page } = app;
    const field = page.getByRole('combobox', { name: 'Zoeken in alle overleggen' });
    await field.waitFor();
    await page.evaluate(() => {
      const bench = { start: 0, answeredAt: 0, times: [] as number[], toScreen: [] as number[] };
      const benchWindow = window as unknown as BenchWindow;
      benchWindow.__searchBench = bench;
      // The test host's binding (looked up at each call by its preload): when the answer is in the page.
      const invoke = benchWindow.__mdoHostInvoke.bind(window);
      benchWindow.__mdoHostInvoke = async (channel, request, asJson) => {
        const answer = await invoke(channel, request, asJson);
        if (channel === 'library:search') bench.answeredAt = performance.now();
        return answer;
      };
      const panel = document.querySelector<HTMLElement>('.search-panel--start');
      const input = panel?.querySelector<HTMLInputElement>('input');
      if (!panel || !input) throw new Error('Het zoekveld van het startscherm ontbreekt.');
      document.addEventListener('keydown', () => (bench.start = performance.now()), true);
      new MutationObserver(() => {
        if (bench.start === 0 || panel.dataset.answered !== input.value.trim()) return;
        const start = bench.start;
        bench.start = 0;
        // After the frame that shows the list: requestAnimationFrame runs before the paint, the task after it.
        const answeredAt = bench.answeredAt;
        requestAnimationFrame(() =>
          setTimeout(() => {
            const now = performance.now();
            bench.times.push(now - start);
            bench.toScreen.push(now - answeredAt);
          }, 0),
        );
      }).observe(panel, { attributes: true, attributeFilter: ['data-answered'] });
    });

    const count = () => page.evaluate(() => (window as unknown as BenchWindow).__searchBench.times.length);
    async function typeKey(key: string): Promise<void> {
      const before = await count();
      await page.keyboard.press(key);
      await page.waitForFunction((n) => (window as unknown as BenchWindow).__searchBench.times.length > n, before, { polling: 'raf' });
    }

    await field.focus();
    // The first query opens the index in the host.
    await page.keyboard.press(words[0] ?? 'o');
    await typeKey(words[1] ?? 'n');
    const firstQueryMs = await page.evaluate(() => (window as unknown as BenchWindow).__searchBench.times[0] ?? 0);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');

    const perKeyStart = await count();
    for (let run = 0; run < runs; run++) {
      for (const [position, letter] of [...words].entries()) {
        // A space changes no query (the field is trimmed), and the search starts at two letters: nothing new to show, nothing to time.
        if (letter === ' ') await page.keyboard.press('Space');
        else if (position === 0) await page.keyboard.press(letter);
        else await typeKey(letter);
      }
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
    }
    const { times, toScreen } = await page.evaluate(() => (window as unknown as BenchWindow).__searchBench);
    const emptyCall = await page.evaluate(async (calls) => {
      const bridge = (window as unknown as { mdo: { appInfo(): Promise<unknown> } }).mdo;
      const spent: number[] = [];
      for (let call = 0; call < calls; call++) {
        const start = performance.now();
        await bridge.appInfo();
        spent.push(performance.now() - start);
      }
      return spent;
    }, 30);
    return { perKey: times.slice(perKeyStart), toScreen: toScreen.slice(perKeyStart), firstQueryMs, emptyCall };
  } finally {
    await app.close();
  }
}
