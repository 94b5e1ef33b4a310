import type { Page } from '@playwright/test';

/**
 * Waits until a click's caret has reached the editor. Chromium reports the
 * click's new selection with a `selectionchange` event that Lexical reads
 * in its own task; under load that can come after the next key, and the
 * caret jumps back to where the click was. Two frames and a short pause
 * are enough for the event to have been handled.
 */
export async function caretSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}
