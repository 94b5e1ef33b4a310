import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { lockPathFor, parseLockEntry } from '../../host/lock-file';
import { backupPathFor } from '../../host/storage';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';

/**
 * Two app windows on one library folder (two test hosts over the same
 * folder, each with its own Node handlers, as two computers on a shared
 * folder): the lock file tells the second window who has the meeting open,
 * and a save over a version someone else saved in between is stopped with
 * a choice in which nothing is lost.
 */

const FILE_NAME = '2026-12-10 MDO Noor de Vries.mdo';
const ORIGINAL = sampleMeeting();
const ANNA_LOCATION = 'Gemeentehuis, kamer 3';
const BRAM_GOAL = 'Afspraken over school en vervoer.';

let root: string;
let libraryDir: string;
let meetingPath: string;
const apps: AppHandle[] = [];

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-two-windows-'));
  libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  meetingPath = join(libraryDir, FILE_NAME);
  await writeFile(meetingPath, serializeMeeting(ORIGINAL));
});

test.afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  await rm(root, { recursive: true, force: true });
});

async function window(userName: string): Promise<AppHandle> {
  const app = await launchApp({ libraryDir, configDir: join(root, `config-${userName}`), userName });
  apps.push(app);
  return app;
}

async function openNoor(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(page.getByLabel('Titel')).toHaveValue('MDO Noor de Vries');
}

async function meetingOnDisk(path: string): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is geen geldig overleg: ${parsed.error.message}`);
  return parsed.value;
}

/** Who the lock file beside the meeting names, or null when there is none. */
async function lockHolder(path = meetingPath): Promise<string | null> {
  const text = await readFile(lockPathFor(path), 'utf8').catch(() => null);
  return text === null ? null : (parseLockEntry(text)?.name ?? 'onleesbaar');
}

test('the lock file is made on open, shown to the second window, taken over on purpose and removed on close', async () => {
  const anna = await window('Anna de Vries');
  const bram = await window('Bram Jansen');

  await openNoor(anna.page);
  await expect.poll(() => lockHolder()).toBe('Anna de Vries');
  const entry = parseLockEntry(await readFile(lockPathFor(meetingPath), 'utf8'));
  expect(entry).toMatchObject({ name: 'Anna de Vries', host: hostname(), editTime: expect.stringMatching(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/) });
  expect(entry?.profile).toContain('app=MDO-assistent');

  // The second window is told who has it open; the keyboard alone answers.
  await openNoor(bram.page);
  const notice = bram.page.getByRole('dialog', { name: 'Dit overleg is al geopend' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Anna de Vries heeft dit overleg open op deze computer, sinds vandaag om');
  await expect(notice.getByRole('button', { name: 'Alleen lezen' })).toBeFocused();
  await expectNoSeriousAxeViolations(bram.page, 'de melding dat het overleg al open is');
  await bram.page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);

  const banner = bram.page.getByRole('region', { name: 'Alleen lezen:' });
  await expect(banner).toContainText('Alleen lezen: Anna de Vries heeft dit overleg open');
  await expect(bram.page).toHaveTitle(/\(alleen lezen\)/);
  await expectNoSeriousAxeViolations(bram.page, 'het overleg, alleen te lezen');

  // Read-only: Opslaan writes nothing and says why.
  await bram.page.getByLabel('Doel').fill(BRAM_GOAL);
  const before = await readFile(meetingPath, 'utf8');
  await bram.page.keyboard.press('Control+s');
  await expect(bram.page.getByRole('alert')).toContainText('alleen geopend om te lezen, omdat Anna de Vries het open heeft');
  expect(await readFile(meetingPath, 'utf8')).toBe(before);
  expect(await lockHolder()).toBe('Anna de Vries');

  // Toch bewerken: Bram's lock replaces Anna's, and Opslaan works.
  await banner.getByRole('button', { name: 'Toch bewerken' }).click();
  await expect(banner).toHaveCount(0);
  await expect.poll(() => lockHolder()).toBe('Bram Jansen');
  await bram.page.keyboard.press('Control+s');
  await expect(bram.page.getByRole('status')).toHaveText(/^Opgeslagen/);
  expect((await meetingOnDisk(meetingPath)).goal).toBe(BRAM_GOAL);

  // Anna leaves the meeting: her lock was taken over, so Bram's stays.
  await anna.page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await expect(anna.page.getByRole('heading', { name: 'Overleggen in uw map' })).toBeVisible();
  expect(await lockHolder()).toBe('Bram Jansen');

  // Bram leaves: the lock goes. Opened again and the window closed: it goes too.
  await bram.page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await expect.poll(() => lockHolder()).toBeNull();
  await openNoor(anna.page);
  await expect.poll(() => lockHolder()).toBe('Anna de Vries');
  await apps.splice(apps.indexOf(anna), 1)[0]!.close();
  expect(await lockHolder()).toBeNull();
});

test('a lock left on this computer by a window that is gone is cleared, without a question', async () => {
  // A lock of this app by a process that no longer runs (pid 2^22 + 1 is above Linux's pid limit).
  const stale = `Carla,carla,${hostname()},10.12.2026 08:46,file:///home/carla/.config/MDO-assistent?app=MDO-assistent&pid=4194305;`;
  await writeFile(lockPathFor(meetingPath), stale);
  const anna = await window('Anna de Vries');
  await openNoor(anna.page);
  await expect(anna.page.getByRole('dialog', { name: 'Dit overleg is al geopend' })).toHaveCount(0);
  await expect(anna.page.getByText('Er stond nog een vergrendeling van een eerdere sessie')).toBeVisible();
  await expect.poll(() => lockHolder()).toBe('Anna de Vries');
});

/**
 * Bram opens Noor's meeting, then Anna (who takes it over on purpose, so
 * both can edit: as with a lock the app cannot see, or another program).
 * Anna changes the location and saves; Bram, who read the file before
 * that, changes the goal and saves: the save is stopped with the question.
 */
async function conflictingSaves(): Promise<{ anna: AppHandle; bram: AppHandle; annasVersion: string }> {
  const bram = await window('Bram Jansen');
  const anna = await window('Anna de Vries');
  await openNoor(bram.page);
  await openNoor(anna.page);
  await anna.page.getByRole('dialog', { name: 'Dit overleg is al geopend' }).getByRole('button', { name: 'Toch bewerken' }).click();
  await expect(anna.page.getByRole('region', { name: 'Alleen lezen:' })).toHaveCount(0);
  await expect.poll(() => lockHolder()).toBe('Anna de Vries');

  await anna.page.getByLabel('Locatie').fill(ANNA_LOCATION);
  await anna.page.keyboard.press('Control+s');
  await expect(anna.page.getByRole('status')).toHaveText(/^Opgeslagen/);
  const annasVersion = await readFile(meetingPath, 'utf8');

  await bram.page.getByLabel('Doel').fill(BRAM_GOAL);
  await bram.page.keyboard.press('Control+s');
  const question = bram.page.getByRole('dialog', { name: 'Het bestand is intussen veranderd' });
  await expect(question).toBeVisible();
  await expect(question).toContainText(`Iemand anders of een ander programma heeft ${FILE_NAME} opgeslagen`);
  await expect(question.getByRole('listitem').filter({ hasText: /^Locatie$/ })).toBeVisible();
  await expect(question.getByRole('listitem').filter({ hasText: /^Doel$/ })).toBeVisible();
  // Nothing was written: the file is Anna's, the .bak the version before hers.
  expect(await readFile(meetingPath, 'utf8')).toBe(annasVersion);
  expect((await meetingOnDisk(backupPathFor(meetingPath))).location).toBe(ORIGINAL.location);
  return { anna, bram, annasVersion };
}

function conflictQuestion(page: Page) {
  return page.getByRole('dialog', { name: 'Het bestand is intussen veranderd' });
}

test('Toch opslaan: Bram\'s version goes into the file, Anna\'s stays as the .bak', async () => {
  const { bram } = await conflictingSaves();
  await bram.page.screenshot({ path: test.info().outputPath('conflict.png') });
  await expectNoSeriousAxeViolations(bram.page, 'de vraag na een gewijzigd bestand');

  // Keyboard only: the focus starts on Opslaan als…, Tab goes to Toch opslaan.
  const question = conflictQuestion(bram.page);
  await expect(question.getByRole('button', { name: 'Opslaan als…' })).toBeFocused();
  await bram.page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Toch opslaan' })).toBeFocused();
  await bram.page.keyboard.press('Enter');

  await expect(question).toHaveCount(0);
  await expect(bram.page.getByRole('status')).toHaveText(/^Opgeslagen/);
  const file = await meetingOnDisk(meetingPath);
  expect(file.goal).toBe(BRAM_GOAL);
  expect(file.location).toBe(ORIGINAL.location);
  const backup = await meetingOnDisk(backupPathFor(meetingPath));
  expect(backup.location).toBe(ANNA_LOCATION);
  expect(backup.goal).toBe(ORIGINAL.goal);
});

test('Opslaan als…: Bram\'s version goes into a new file, Anna\'s file stays as she saved it', async () => {
  const { bram, annasVersion } = await conflictingSaves();
  const copyPath = join(libraryDir, 'Noor – versie Bram.mdo');
  bram.host.queueSavePath(copyPath);
  await conflictQuestion(bram.page).getByRole('button', { name: 'Opslaan als…' }).click();

  await expect(conflictQuestion(bram.page)).toHaveCount(0);
  await expect(bram.page.getByRole('status')).toHaveText(/^Opgeslagen/);
  await expect(bram.page.getByText('Bestand: Noor – versie Bram.mdo')).toBeVisible();
  expect(await readFile(meetingPath, 'utf8')).toBe(annasVersion);
  expect((await meetingOnDisk(backupPathFor(meetingPath))).location).toBe(ORIGINAL.location);
  const copy = await meetingOnDisk(copyPath);
  expect(copy.goal).toBe(BRAM_GOAL);
  expect(copy.location).toBe(ORIGINAL.location);
  // The lock moved with Bram to his file; Anna's lock on hers is left alone.
  await expect.poll(() => lockHolder(copyPath)).toBe('Bram Jansen');
  expect(await lockHolder()).toBe('Anna de Vries');
});

test('Opnieuw openen: the file as Anna saved it comes on screen; nothing on disk changes', async () => {
  const { bram, annasVersion } = await conflictingSaves();
  await conflictQuestion(bram.page).getByRole('button', { name: 'Opnieuw openen' }).click();

  await expect(conflictQuestion(bram.page)).toHaveCount(0);
  await expect(bram.page.getByLabel('Locatie')).toHaveValue(ANNA_LOCATION);
  await expect(bram.page.getByLabel('Doel')).toHaveValue(ORIGINAL.goal);
  await expect(bram.page.getByRole('status')).toHaveText(/^Opgeslagen/);
  expect(await readFile(meetingPath, 'utf8')).toBe(annasVersion);
  expect((await meetingOnDisk(backupPathFor(meetingPath))).location).toBe(ORIGINAL.location);

  // From here Bram saves over Anna's version without a question: it is the one he has.
  await bram.page.getByLabel('Doel').fill(BRAM_GOAL);
  await bram.page.keyboard.press('Control+s');
  await expect(bram.page.getByRole('status')).toHaveText(/^Opgeslagen/);
  const file = await meetingOnDisk(meetingPath);
  expect([file.location, file.goal]).toEqual([ANNA_LOCATION, BRAM_GOAL]);
});

test('Annuleren (Escape): nothing is written, Bram\'s changes stay in the app and in the recovery copy', async () => {
  const { bram, annasVersion } = await conflictingSaves();
  await bram.page.keyboard.press('Escape');

  await expect(conflictQuestion(bram.page)).toHaveCount(0);
  await expect(bram.page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');
  await expect(bram.page.getByLabel('Doel')).toHaveValue(BRAM_GOAL);
  expect(await readFile(meetingPath, 'utf8')).toBe(annasVersion);
  // The copy of Bram's work was brought up to date before the question, and stays.
  const copies = join(root, 'config-Bram Jansen', 'Herstel');
  const names = (await readdir(copies)).filter((name) => name.endsWith('.json'));
  expect(names).toHaveLength(1);
  expect(await readFile(join(copies, names[0]!), 'utf8')).toContain(BRAM_GOAL);
});
