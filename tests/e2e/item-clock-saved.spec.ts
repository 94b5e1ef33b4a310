import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { launchApp, type AppHandle } from '../support/host';

/**
 * The clocks in Notuleren: what an item's clock showed when it was paused is
 * saved in the file and is there again after reopening; a clock runs only
 * after Start, never because the note-taker went to the item.
 */

const fileName = '2026-12-10 MDO Noor de Vries.mdo';
let app: AppHandle | undefined;
let root: string;

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-klok-'));
  await writeFile(join(root, fileName), serializeMeeting(noorWithMinutes()));
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(root, { recursive: true, force: true });
});

async function openNotuleren(): Promise<Page> {
  app = await launchApp({ libraryDir: root, viewport: { width: 1366, height: 768 } });
  const page = app.page;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
  return page;
}

async function goTo(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

/** "0:03" of the current item's clock. */
async function shownTime(page: Page): Promise<string> {
  const text = (await page.getByRole('group', { name: 'Tijd van dit punt' }).locator('.item-clock__time').textContent()) ?? '';
  return /(\d+:\d\d(?::\d\d)?)/.exec(text)?.[1] ?? '';
}

async function savedClocks(): Promise<Record<string, number | undefined>> {
  const parsed = parseMeetingFile(await readFile(join(root, fileName), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return Object.fromEntries(parsed.value.agendaItems.map((item) => [item.title, item.clockSeconds]));
}

test('a paused clock keeps its time in the file and shows it again after reopening; visiting an item starts nothing', async () => {
  test.setTimeout(120_000);
  let page = await openNotuleren();
  const first = noorWithMinutes().agendaItems[0]!.title;
  const second = noorWithMinutes().agendaItems[1]!.title;

  // Visiting the second item and waiting there: its clock stays at 0:00, with Start.
  await goTo(page, second);
  await page.waitForTimeout(2_200);
  expect(await shownTime(page)).toBe('0:00');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();

  await goTo(page, first);
  expect(await shownTime(page)).toBe('0:00');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => shownTime(page), { timeout: 10_000 }).toBe('0:02');
  await page.getByRole('button', { name: 'Pauze' }).click();
  const paused = await shownTime(page);
  await expect(page.getByRole('button', { name: 'Verder' })).toBeVisible();

  // Going on with the meeting: the next item's clock does not start by itself.
  await page.getByRole('button', { name: 'Volgend punt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: second })).toBeVisible();
  await page.waitForTimeout(1_500);
  expect(await shownTime(page)).toBe('0:00');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  await expect.poll(savedClocks).toMatchObject({ [first]: Number(paused.split(':')[1]), [second]: undefined });

  await app!.close();
  page = await openNotuleren();
  await goTo(page, first);
  expect(await shownTime(page)).toBe(paused);
  await expect(page.getByRole('button', { name: 'Verder' })).toBeVisible();
  await goTo(page, second);
  expect(await shownTime(page)).toBe('0:00');
  // Reopening started nothing either.
  await page.waitForTimeout(1_500);
  expect(await shownTime(page)).toBe('0:00');
});
