import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lockPathFor } from '../../host/lock-file';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithSecretPassage } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';

/**
 * Every dialog fits a 1024×700 window: the whole dialog is on screen and its
 * buttons can be seen and pressed without scrolling (a long list of choices
 * scrolls between the title and the buttons).
 */

const SMALL = { width: 1024, height: 700 };
const FILE_NAME = 'MDO Noor de Vries.mdo';
let app: AppHandle | undefined;
let root = '';

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

/** The dialog lies inside the window, and each button in it is on screen as it opens. */
async function expectFits(page: Page, dialog: Locator): Promise<void> {
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(x).toBeGreaterThanOrEqual(0);
  expect(y).toBeGreaterThanOrEqual(0);
  expect(x + width).toBeLessThanOrEqual(SMALL.width);
  expect(y + height).toBeLessThanOrEqual(SMALL.height);
  const buttons = dialog.getByRole('button');
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const button of await buttons.all()) await expect(button).toBeInViewport({ ratio: 1 });
  // Nothing had to scroll for that.
  expect(await page.evaluate(() => [window.scrollY, document.querySelector('dialog[open]')?.scrollTop ?? 0])).toEqual([0, 0]);
}

test('Nieuw overleg at 1024×700: Overleg aanmaken is on screen without scrolling, every template is in view, and Enter creates the meeting', async () => {
  app = await launchApp({ viewport: SMALL });
  const { page } = app;
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg' });
  await expectFits(page, dialog);
  await expect(dialog.getByRole('button', { name: 'Overleg aanmaken' })).toBeInViewport({ ratio: 1 });
  // The standard templates and "Leeg overleg" all fit: no scrolling in the list either.
  for (const radio of await dialog.getByRole('radio').all()) await expect(radio).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('radio', { name: 'Leeg overleg' })).toBeInViewport({ ratio: 1 });
  await expectNoSeriousAxeViolations(page, 'Nieuw overleg bij 1024×700');

  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Titel')).toBeVisible();
});

test('the other dialogs fit 1024×700: delete, already open, export, save conflict, unsaved changes', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-dialogs-fit-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  const path = join(libraryDir, FILE_NAME);
  await writeFile(path, serializeMeeting(noorWithSecretPassage()));
  // Someone on another computer has it open.
  await writeFile(lockPathFor(path), 'Carla,carla,ANDERE-PC,10.12.2026 08:46,file:///home/carla/.config/MDO-assistent?app=MDO-assistent&pid=1;');
  app = await launchApp({ viewport: SMALL, libraryDir, configDir: join(root, 'config') });
  const { page } = app;

  await page.getByRole('button', { name: 'Verwijderen: MDO Noor de Vries' }).click();
  await expectFits(page, page.getByRole('dialog', { name: 'Overleg verwijderen?' }));
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  const lock = page.getByRole('dialog', { name: 'Dit overleg is al geopend' });
  await expectFits(page, lock);
  await lock.getByRole('button', { name: 'Toch bewerken' }).click();
  await expect(lock).toHaveCount(0);

  await page.keyboard.press('Control+e');
  await expectFits(page, page.getByRole('dialog', { name: 'Agenda exporteren' }));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+E');
  await expectFits(page, page.getByRole('dialog', { name: 'Verslag exporteren' }));
  await page.keyboard.press('Escape');

  // Changed here and, meanwhile, on disk by someone else: the save asks.
  await page.getByLabel('Locatie').fill('Gemeentehuis, kamer 3');
  await writeFile(path, serializeMeeting({ ...noorWithSecretPassage(), goal: 'Afspraken over school en vervoer.' }));
  await page.getByLabel('Locatie').press('Control+s');
  await expectFits(page, page.getByRole('dialog', { name: 'Het bestand is intussen veranderd' }));
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await expectFits(page, page.getByRole('dialog', { name: 'Wijzigingen bewaren?' }));
});
