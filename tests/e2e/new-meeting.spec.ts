import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseMeetingFile } from '../../shared/file/meeting-file';
import { startNewMeeting } from '../support/new-meeting';
import { launchApp, type AppHandle } from '../support/host';

let app: AppHandle;

test.beforeEach(async () => {
  app = await launchApp();
});

test.afterEach(async () => {
  await app.close();
});

async function meetingFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.mdo')).sort();
}

test('a new meeting saved with Ctrl+S is in the library and opens again with its title and date', async () => {
  const { page, host } = app;
  await startNewMeeting(page);
  const title = page.getByLabel('Titel');
  await title.fill('MDO Noor de Vries');
  await page.getByLabel('Datum', { exact: true }).fill('10-12-2026');
  await expect(page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');
  await expect.poll(() => host.isDirty()).toBe(true);

  await title.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  await expect.poll(() => host.isDirty()).toBe(false);
  await expect(page.getByText('2026-12-10 MDO Noor de Vries.mdo')).toBeVisible();

  const files = await meetingFiles(app.libraryDir);
  expect(files).toEqual(['2026-12-10 MDO Noor de Vries.mdo']);
  const onDisk = parseMeetingFile(await readFile(join(app.libraryDir, files[0] ?? ''), 'utf8'));
  expect(onDisk.ok && onDisk.value.title).toBe('MDO Noor de Vries');
  expect(onDisk.ok && onDisk.value.date).toBe('2026-12-10');

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const listed = page.getByRole('button', { name: 'MDO Noor de Vries', exact: true });
  await expect(listed).toBeVisible();
  await expect(page.getByRole('listitem').filter({ has: listed })).toContainText('donderdag 10 december 2026');

  await listed.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MDO Noor de Vries');
  await expect(page.getByLabel('Titel')).toHaveValue('MDO Noor de Vries');
  await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('10-12-2026');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
});

test('Ctrl+S pressed again while saving does not start a second save', async () => {
  const { page } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('Snel na elkaar');
  // Three presses in one go, before the first save can have finished.
  await page.getByLabel('Titel').evaluate((input) => {
    for (let press = 0; press < 3; press++) {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  // One save of a new meeting: one file (beside the hidden lock of the open meeting), and no .bak from a second write.
  expect((await readdir(app.libraryDir)).filter((name) => !name.startsWith('.~lock.'))).toEqual(['Snel na elkaar.mdo']);
});

test('saving a meeting without a title lists what to fix under the message', async () => {
  const { page } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Het overleg is niet opgeslagen');
  await expect(alert.getByRole('listitem')).toHaveText(['Titel is leeg. Geef het overleg een titel.']);
  expect(await meetingFiles(app.libraryDir)).toEqual([]);
  await expect(page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');

  await page.getByLabel('Titel').fill('Nu met titel');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  await expect(alert).toHaveCount(0);
});

test('undo and redo step through the details, and undoing to the saved version is not an unsaved change', async () => {
  const { page } = app;
  await startNewMeeting(page);
  const title = page.getByLabel('Titel');
  await title.fill('Eerste titel');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);

  await title.fill('Tweede titel');
  await page.getByLabel('Datum', { exact: true }).fill('28-01-2027');
  await expect(page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');

  const undo = page.getByRole('button', { name: 'Ongedaan maken' });
  await undo.click();
  await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('');
  await expect(title).toHaveValue('Tweede titel');
  // Outside a text field Ctrl+Z is the app's undo.
  await undo.press('Control+z');
  await expect(title).toHaveValue('Eerste titel');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);

  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(title).toHaveValue('Tweede titel');
  await page.getByRole('heading', { level: 1 }).press('Control+y');
  await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('28-01-2027');
  await expect(page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');
});
