import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ariaKeyShortcuts, commandAccelerator, type CommandId } from '../../shared/commands/command-table';
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

/** The folder's files but the lock file of the meeting that is open. */
async function meetingFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.startsWith('.~lock.'));
}

test('the menu commands Nieuw overleg, Opslaan and Opslaan als reach the meeting', async () => {
  const { page, host } = app;
  await host.emit({ type: 'command', command: 'new' });
  await chooseTemplate(page);
  await page.getByLabel('Titel').fill('Via het menu');
  await host.emit({ type: 'command', command: 'save' });
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  // The hidden lock file beside the open meeting is left out (tests/e2e/two-windows.spec.ts checks it).
  expect(await meetingFiles(app.libraryDir)).toEqual(['Via het menu.mdo']);

  const elsewhere = join(scratchDir, 'Kopie voor de school');
  host.queueSavePath(elsewhere);
  await host.emit({ type: 'command', command: 'save-as' });
  await expect(page.getByText('Kopie voor de school.mdo')).toBeVisible();
  expect(await meetingFiles(scratchDir)).toEqual(['Kopie voor de school.mdo']);
});

test('save-and-close saves the meeting and then asks the host to close the window', async () => {
  const { page, host } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('Opslaan en sluiten');
  await host.emit({ type: 'command', command: 'save-and-close' });
  await expect.poll(() => host.closeRequested).toBe(1);
  expect(await meetingFiles(app.libraryDir)).toEqual(['Opslaan en sluiten.mdo']);
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
  await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('10-12-2026');
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

test('the menu\'s export commands open the export dialog for the agenda and for the minutes', async () => {
  const { page, host } = app;
  await startNewMeeting(page);
  await host.emit({ type: 'command', command: 'export-agenda' });
  const agenda = page.getByRole('dialog', { name: 'Agenda exporteren' });
  await expect(agenda).toBeVisible();
  await agenda.getByRole('button', { name: 'Annuleren' }).click();
  await host.emit({ type: 'command', command: 'export-minutes' });
  await expect(page.getByRole('dialog', { name: 'Verslag exporteren' })).toBeVisible();
});

test('the toolbar shows the keys of the command table, and those keys work', async () => {
  const { page } = app;
  await startNewMeeting(page);
  const ariaOf = (id: CommandId) => ariaKeyShortcuts(commandAccelerator(id, 'other'), 'other');
  const toolbar = page.getByRole('group', { name: 'Overleg bewerken en opslaan' });
  for (const [name, id] of [
    ['Ongedaan maken', 'undo'],
    ['Opnieuw', 'redo'],
    ['Opslaan als…', 'save-as'],
    ['Opslaan', 'save'],
  ] as const) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toHaveAttribute('aria-keyshortcuts', ariaOf(id));
  }
  await expect(toolbar.getByRole('button', { name: 'Opnieuw' })).toHaveAttribute('aria-keyshortcuts', 'Control+Y');

  // The export menu shows each entry's key; the names stay Agenda and Verslag.
  await toolbar.getByRole('button', { name: 'Exporteren naar Word' }).click();
  const agenda = toolbar.getByRole('button', { name: 'Agenda', exact: true });
  const minutes = toolbar.getByRole('button', { name: 'Verslag', exact: true });
  await expect(agenda).toHaveAttribute('aria-keyshortcuts', 'Control+E');
  await expect(agenda).toContainText('Ctrl+E');
  await expect(minutes).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+E');
  await expect(minutes).toContainText('Ctrl+Shift+E');
  await page.keyboard.press('Escape');

  // Outside a text field both Ctrl+Y and Ctrl+Shift+Z redo the meeting's details.
  const title = page.getByLabel('Titel');
  await title.fill('Eerste');
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Nieuw overleg');
  await page.keyboard.press('Control+Shift+Z');
  await expect(title).toHaveValue('Eerste');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(title).toHaveValue('Eerste');
  // With the menu's keys but another modifier the app does nothing.
  await page.keyboard.press('Control+Alt+z');
  await expect(title).toHaveValue('Eerste');
});

test('Notuleren shows the key for exporting the minutes', async () => {
  const { page } = app;
  await startNewMeeting(page, 'MDO – kindgericht');
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
  await expect(page.getByText('Ctrl+Shift+E verslag exporteren')).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('dialog', { name: 'Verslag exporteren' })).toBeVisible();
});
