import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';

/**
 * Nothing typed is lost: unsaved work is copied to <configDir>/Herstel while
 * the user types, and after the app is killed the start screen offers it back.
 */

let root: string;
let libraryDir: string;
let configDir: string;
let meetingPath: string;
let original: string;
const apps: AppHandle[] = [];

const newTitle = 'MDO Noor de Vries – vervolg';
const firstNotes = 'Moeder vertelt over de ochtenden.';
const moreNotes = ' Noor slaapt slecht.';

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-recovery-'));
  libraryDir = join(root, 'MDO');
  configDir = join(root, 'config');
  await mkdir(libraryDir);
  meetingPath = join(libraryDir, '2026-12-10 MDO Noor de Vries.mdo');
  original = serializeMeeting(sampleMeeting());
  await writeFile(meetingPath, original);
});

test.afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  await rm(root, { recursive: true, force: true });
});

async function start(): Promise<Page> {
  const app = await launchApp({ libraryDir, configDir });
  apps.push(app);
  return app.page;
}

/** The text of the one recovery copy on disk, or '' while there is none. */
async function recoveryCopy(): Promise<string> {
  const names = (await readdir(join(configDir, 'Herstel')).catch(() => [])).filter((name) => name.endsWith('.json'));
  if (names.length !== 1) return '';
  return readFile(join(configDir, 'Herstel', names[0]!), 'utf8').catch(() => '');
}

async function recoveryFiles(): Promise<string[]> {
  return (await readdir(join(configDir, 'Herstel')).catch(() => [])).filter((name) => name.endsWith('.json'));
}

function notes(page: Page) {
  return page.getByRole('textbox', { name: /^Aantekeningen bij/ });
}

async function showMinutes(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: 'Notuleren' }).click();
}

/** Opens Noor's meeting, changes the title and types notes; waits for the autosave of all of it, then kills the app. */
async function typeAndCrash(): Promise<void> {
  const page = await start();
  await expect(page.getByRole('heading', { name: 'Niet opgeslagen werk gevonden' })).toHaveCount(0);
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  const title = page.getByLabel('Titel');
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' – vervolg');
  await showMinutes(page);
  await notes(page).click();
  await page.keyboard.type(firstNotes);

  // At least one autosave: the copy is on disk with the title.
  await expect.poll(recoveryCopy, { timeout: 10_000 }).toContain(newTitle);
  // Typing on: the debounced autosave follows.
  await page.keyboard.type(moreNotes);
  await expect.poll(recoveryCopy, { timeout: 10_000 }).toContain('Noor slaapt slecht.');

  await apps.pop()!.crash();
  expect(await readFile(meetingPath, 'utf8')).toBe(original);
}

test('restores title and notes typed before the app was killed, and saves them to the original file', async () => {
  await typeAndCrash();

  const page = await start();
  const offer = page.getByRole('region', { name: 'Niet opgeslagen werk gevonden' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('De app is afgesloten voordat alles was opgeslagen');
  await expect(offer.getByRole('heading', { level: 3, name: newTitle })).toBeVisible();
  await expect(offer).toContainText(/Laatst automatisch bewaard op \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
  await expect(offer).toContainText('2026-12-10 MDO Noor de Vries.mdo');
  await page.screenshot({ path: test.info().outputPath('herstel.png') });
  await expectNoSeriousAxeViolations(page, 'het startscherm met herstelaanbod');

  await offer.getByRole('button', { name: `Herstellen: ${newTitle}` }).click();
  await expect(page.getByLabel('Titel')).toHaveValue(newTitle);
  await expect(page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');
  await expect(page.getByText('Bestand: 2026-12-10 MDO Noor de Vries.mdo')).toBeVisible();
  await showMinutes(page);
  await expect(notes(page)).toHaveText(firstNotes + moreNotes);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen/);
  const saved = parseMeetingFile(await readFile(meetingPath, 'utf8'));
  expect(saved.ok && saved.value.title).toBe(newTitle);
  expect(JSON.stringify(saved.ok && saved.value.agendaItems)).toContain('Noor slaapt slecht.');
  await expect.poll(recoveryFiles).toEqual([]);

  const next = await start();
  await expect(next.getByRole('heading', { name: 'Overleggen in uw map' })).toBeVisible();
  await expect(next.getByRole('button', { name: newTitle, exact: true })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'Niet opgeslagen werk gevonden' })).toHaveCount(0);
});

test('Weggooien removes the recovery copy and leaves the original file as it was', async () => {
  await typeAndCrash();

  const page = await start();
  const offer = page.getByRole('region', { name: 'Niet opgeslagen werk gevonden' });
  await offer.getByRole('button', { name: `Weggooien: ${newTitle}` }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'MDO-assistent' })).toBeFocused();
  await expect.poll(recoveryFiles).toEqual([]);
  expect(await readFile(meetingPath, 'utf8')).toBe(original);

  const next = await start();
  await expect(next.getByRole('button', { name: 'MDO Noor de Vries', exact: true })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'Niet opgeslagen werk gevonden' })).toHaveCount(0);
});

test('Niet opslaan on the way back to the overview removes the recovery copy', async () => {
  const page = await start();
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await page.getByLabel('Titel').fill(newTitle);
  await expect.poll(recoveryCopy, { timeout: 10_000 }).toContain(newTitle);

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('dialog', { name: 'Wijzigingen bewaren?' }).getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Overleggen in uw map' })).toBeVisible();
  await expect.poll(recoveryFiles).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Niet opgeslagen werk gevonden' })).toHaveCount(0);
  expect(await readFile(meetingPath, 'utf8')).toBe(original);
});
