import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { startNewMeeting, chooseTemplate } from '../support/new-meeting';
import { launchApp, type AppHandle } from '../support/host';

let app: AppHandle;
let scratchDir: string;

test.beforeEach(async () => {
  scratchDir = await mkdtemp(join(tmpdir(), 'mdo-host-commands-'));
  app = await launchApp();
});

test.afterEach(async () => {
  await app.close();
  await rm(scratchDir, { recursive: true, force: true });
});

test('the menu commands Nieuw overleg, Opslaan and Opslaan als reach the meeting', async () => {
  const { page, host } = app;
  await host.emit({ type: 'command', command: 'new' });
  await chooseTemplate(page);
  await page.getByLabel('Titel').fill('Via het menu');
  await host.emit({ type: 'command', command: 'save' });
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  expect(await readdir(app.libraryDir)).toEqual(['Via het menu.mdo']);

  const elsewhere = join(scratchDir, 'Kopie voor de school');
  host.queueSavePath(elsewhere);
  await host.emit({ type: 'command', command: 'save-as' });
  await expect(page.getByText('Kopie voor de school.mdo')).toBeVisible();
  expect(await readdir(scratchDir)).toEqual(['Kopie voor de school.mdo']);
});

test('save-and-close saves the meeting and then asks the host to close the window', async () => {
  const { page, host } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('Opslaan en sluiten');
  await host.emit({ type: 'command', command: 'save-and-close' });
  await expect.poll(() => host.closeRequested).toBe(1);
  expect(await readdir(app.libraryDir)).toEqual(['Opslaan en sluiten.mdo']);
  expect(host.isDirty()).toBe(false);
});

test('save-and-close does not close the window when the save fails', async () => {
  const { page, host } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('');
  await host.emit({ type: 'command', command: 'save-and-close' });
  await expect(page.getByRole('alert')).toContainText('Titel is leeg');
  expect(host.closeRequested).toBe(0);
});

test('a file opened from the OS opens, and asks first when the open meeting has unsaved changes', async () => {
  const { page, host } = app;
  const file = join(scratchDir, 'Noor.mdo');
  await writeFile(file, serializeMeeting(sampleMeeting()));

  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('Half af');
  await host.emit({ type: 'open-file', path: file });
  const question = page.getByRole('dialog', { name: 'Wijzigingen bewaren?' });
  await question.getByRole('button', { name: 'Niet opslaan' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MDO Noor de Vries');
  await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('2026-12-10');
  expect(await readdir(app.libraryDir)).toEqual([]);
});

test('a file passed at start-up opens straight away', async () => {
  const file = join(scratchDir, 'Noor.mdo');
  await writeFile(file, serializeMeeting(sampleMeeting()));
  const started = await launchApp({ openFile: file });
  try {
    await expect(started.page.getByLabel('Titel')).toHaveValue('MDO Noor de Vries');
    await expect(started.page.getByText('Noor.mdo', { exact: true })).toBeVisible();
  } finally {
    await started.close();
  }
});
