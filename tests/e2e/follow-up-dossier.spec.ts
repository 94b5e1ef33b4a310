import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { patchAction } from '../../shared/notes/edit-blocks';
import { REVIEW_HEADERS } from '../../shared/export/review-docx';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { readDocx } from '../support/docx-reader';
import { launchApp, type AppHandle } from '../support/host';

/*
 * The MDO as a cycle: the Noor meeting of 10 December with two actions
 * done and three open → Vervolgoverleg plannen → the January meeting's
 * Terugblik op de afspraken lists exactly the three open actions with
 * their first numbers; the statuses given there are saved, appear in the
 * January minutes (Word, read back) and in the child's dossier, which
 * lists the actions of both meetings.
 */

const DECEMBER = 'MDO Noor de Vries.mdo';
const JANUARY = '2027-01-28 MDO Noor de Vries.mdo';
let app: AppHandle | undefined;
let root = '';

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

async function launchWith(meeting: Meeting): Promise<{ page: Page; libraryDir: string }> {
  root = await mkdtemp(join(tmpdir(), 'mdo-follow-up-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  await writeFile(join(libraryDir, DECEMBER), serializeMeeting(meeting), 'utf8');
  app = await launchApp({
    libraryDir,
    configDir: join(root, 'config'),
    viewport: { width: 1366, height: 768 },
    dialogs: { chooseSavePath: async (proposed) => proposed },
  });
  return { page: app.page, libraryDir };
}

async function onDisk(path: string): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const view = (page: Page, name: string): Locator =>
  page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: new RegExp(`^${name}`) });

const review = (page: Page): Locator => page.getByRole('region', { name: /^Afspraken uit het vorige overleg/ });

test('plans the follow-up of the Noor meeting, evaluates its open actions, and shows them in the minutes and the dossier', async () => {
  const { page, libraryDir } = await launchWith(patchAction(noorWithMinutes(), 'a4', 'x5', { status: 'gedaan' }));
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();

  // An unsaved change is saved first, after asking.
  await page.getByLabel('Locatie').fill('Basisschool De Regenboog, kamer 2');
  await page.getByRole('button', { name: 'Vervolgoverleg plannen' }).click();
  const ask = page.getByRole('dialog', { name: 'Eerst opslaan?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Opslaan en plannen' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The January meeting is made in the library and opened.
  await expect(page.locator('.file-location__name')).toHaveText(JANUARY);
  expect((await readdir(libraryDir)).filter((name) => name.endsWith('.mdo')).sort()).toEqual([JANUARY, DECEMBER].sort());
  expect((await onDisk(join(libraryDir, DECEMBER))).location).toBe('Basisschool De Regenboog, kamer 2');
  await expect(page.getByLabel('Locatie')).toHaveValue('Basisschool De Regenboog, kamer 2');

  // Agenda: the review item lists exactly the three open actions with their first numbers.
  await view(page, 'Agenda').click();
  const rows = review(page).getByRole('listitem').filter({ has: page.getByRole('combobox') });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('A1 uit het overleg van donderdag 10 december 2026');
  await expect(rows.nth(0)).toContainText('Consultatie Veilig Thuis');
  await expect(rows.nth(0)).toContainText('Wie: Sanne Visser');
  await expect(rows.nth(0)).toContainText('5 weken over tijd');
  await expect(rows.nth(1)).toContainText('A2 uit het overleg van donderdag 10 december 2026');
  await expect(rows.nth(2)).toContainText('A3 uit het overleg van donderdag 10 december 2026');
  await expect(rows.nth(2)).toContainText('6 weken over tijd');
  await expect(review(page)).toContainText('Besluiten die blijven gelden');
  await expect(review(page)).toContainText('Noor mag ontbijten op school.');
  await expectNoSeriousAxeViolations(page, 'de terugblik in Agenda');

  // Statuses with the keyboard; each change is an undo step.
  const status = (number: string) => page.getByRole('combobox', { name: `Status van ${number}` });
  await status('A1').focus();
  await status('A1').selectOption('gedaan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Advies: gezinsbegeleiding');
  await expect(page.getByRole('textbox', { name: 'Toelichting bij A1' })).toHaveValue('Advies: gezinsbegeleiding');
  await status('A2').selectOption('loopt');
  await page.getByRole('textbox', { name: 'Toelichting bij A2' }).fill('brief verstuurd');
  await status('A3').selectOption('vervallen');
  await page.getByRole('group', { name: 'Overleg bewerken en opslaan' }).getByRole('button', { name: /^Ongedaan maken/ }).click();
  await expect(status('A3')).toHaveValue('');
  await status('A3').selectOption('niet-gedaan');
  await expect(review(page).getByRole('heading', { level: 3 })).toContainText('3 van 3 besproken');

  // Notuleren shows the same review, with the statuses; an action of January's own goes in the notes.
  await view(page, 'Notuleren').click();
  await expect(review(page).getByRole('combobox', { name: 'Status van A2' })).toHaveValue('loopt');
  await page.locator('.minutes__item [contenteditable="true"]').first().click();
  await page.keyboard.type('Actie: Plan van aanpak opstellen — Ömer Yılmaz — uiterlijk 15-02-2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Actie A1' })).toBeVisible();
  // Out of the notes (leaving them may still tidy the new block), then save.
  await view(page, 'Notuleren').focus();

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  const january = await onDisk(join(libraryDir, JANUARY));
  expect(january.dossierId).toBe(noorWithMinutes().id);
  expect(january.agendaItems[0]?.review?.actions.map((entry) => [entry.number, entry.status, entry.note])).toEqual([
    ['A1', 'gedaan', 'Advies: gezinsbegeleiding'],
    ['A2', 'loopt', 'brief verstuurd'],
    ['A3', 'niet-gedaan', ''],
  ]);

  // The January minutes list the review with the new statuses.
  await page.keyboard.press('Control+Shift+E');
  const exportDialog = page.getByRole('dialog', { name: 'Verslag exporteren' });
  await exportDialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
  const docxName = (await readdir(libraryDir)).find((name) => name.endsWith('.docx'));
  expect(docxName).toBeDefined();
  const docx = readDocx(await readFile(join(libraryDir, docxName!)));
  const table = docx.tables.find((candidate) => candidate[0]?.join('|') === REVIEW_HEADERS.join('|'));
  expect(table?.slice(1).map((row) => [row[0]?.split(',')[0], row[1], row[4], row[5]])).toEqual([
    ['A1', 'Consultatie Veilig Thuis', 'gedaan', 'Advies: gezinsbegeleiding'],
    ['A2', 'Huisarts informeren', 'loopt', 'brief verstuurd'],
    ['A3', 'Eerste huisbezoek', 'niet gedaan', ''],
  ]);

  // The dossier: both meetings, the actions of both, with the statuses given in January.
  // The export is written down in the meeting, which is saved at once.
  await expect.poll(() => app?.host.isDirty()).toBe(false);
  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('button', { name: 'Per kind (dossiers)' }).click();
  // Over time is counted to today, so the line may go on with how many are late.
  await expect(page.getByText(/^3 open acties/)).toBeVisible();
  await page.getByRole('button', { name: 'Noor de V.', exact: true }).click();
  const dossier = page.getByRole('region', { name: /^Dossier Noor de V\./ });
  await expect(dossier.getByRole('heading', { name: /^Dossier Noor de V\./ })).toBeFocused();
  await expect(dossier.getByRole('list').first().getByRole('button')).toHaveText([
    'donderdag 10 december 2026: MDO Noor de Vries',
    'donderdag 28 januari 2027: MDO Noor de Vries',
  ]);
  const actions = dossier.getByRole('list', { name: 'Acties in dit dossier' }).locator(':scope > li');
  await expect(actions).toHaveCount(6);
  const byWhat = (what: string) => actions.filter({ hasText: what });
  await expect(byWhat('Consultatie Veilig Thuis')).toContainText('gedaan');
  await expect(byWhat('Consultatie Veilig Thuis')).toContainText('Advies: gezinsbegeleiding');
  await expect(byWhat('Huisarts informeren')).toContainText('loopt');
  await expect(byWhat('Huisarts informeren')).toContainText('brief verstuurd');
  await expect(byWhat('Eerste huisbezoek')).toContainText('niet gedaan');
  await expect(byWhat('Plan van aanpak opstellen')).toContainText('open');
  // Open first, the longest overdue (or the first due) first: A3 before A2, then the done ones.
  await expect(actions.nth(0)).toContainText('Eerste huisbezoek');
  await expect(actions.nth(1)).toContainText('Huisarts informeren');
  await expect(actions.nth(2)).toContainText('Plan van aanpak opstellen');
  for (const index of [3, 4, 5]) await expect(actions.nth(index).locator('.dossier-action__status')).toContainText('gedaan');
  // Per person.
  await dossier.getByRole('combobox', { name: 'Acties van' }).selectOption('Ömer Yılmaz');
  await expect(actions).toHaveCount(2);
  await expectNoSeriousAxeViolations(page, 'het dossier');
});

test('says in Dutch what is missing when the meeting has no date for the next one, and makes nothing', async () => {
  const { page, libraryDir } = await launchWith({ ...noorWithMinutes(), nextMeeting: { date: null, time: null } });
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await page.getByRole('button', { name: 'Vervolgoverleg plannen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dit overleg heeft nog geen datum voor het volgende overleg.' })).toBeVisible();
  expect((await readdir(libraryDir)).filter((name) => name.endsWith('.mdo'))).toEqual([DECEMBER]);
});
