import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { nl } from 'date-fns/locale';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';
import { startNewMeeting } from '../support/new-meeting';

/**
 * Dates and times are typed and shown the Dutch way whatever the browser's
 * language: in an American browser a native date input shows mm/dd/yyyy and
 * turns a typed 25-03-2027 into mm/dd/32027, and a time input shows AM/PM.
 */

let app: AppHandle;
let root = '';

test.afterEach(async () => {
  await app.close();
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

test('in an en-US browser Gegevens reads 25-03-2027 as donderdag 25 maart 2027, saves 2027-03-25 and never shows AM/PM', async () => {
  app = await launchApp({ locale: 'en-US' });
  const { page } = app;
  expect(await page.evaluate(() => [navigator.language, new Intl.DateTimeFormat().resolvedOptions().locale])).toEqual(['en-US', 'en-US']);
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('MDO Noor de Vries');

  const date = page.getByLabel('Datum', { exact: true });
  await expect(date).toHaveAttribute('placeholder', 'dd-mm-jjjj');
  await expect(date).toHaveAccessibleDescription('Nog geen datum gekozen');
  // Key by key, as a person types it.
  await date.pressSequentially('25-03-2027');
  await expect(date).toHaveAccessibleDescription('donderdag 25 maart 2027');
  await expect(date).toHaveValue('25-03-2027');

  const start = page.getByLabel('Begintijd');
  await expect(start).toHaveAttribute('placeholder', 'uu:mm');
  await start.pressSequentially('930');
  await expect(start).toHaveAccessibleDescription('9:30 uur');
  await start.press('Tab');
  await expect(start).toHaveValue('09:30');
  const end = page.getByLabel('Eindtijd');
  await end.fill('11u');
  await end.press('Enter');
  await expect(end).toHaveValue('11:00');
  await expect(end).toHaveAccessibleDescription('11:00 uur');
  await page.getByLabel('Geboortedatum').fill('14-3-19');
  await expect(page.getByLabel('Geboortedatum')).toHaveAccessibleDescription('donderdag 14 maart 2019. 8 jaar op de dag van het overleg.');

  // No native date or time input anywhere, and nothing in AM/PM or mm/dd/yyyy.
  await expect(page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]')).toHaveCount(0);
  const screenText = await page.locator('body').innerText();
  expect(screenText).not.toMatch(/\b(AM|PM)\b|mm\/dd|\d{2}\/\d{2}\/\d{4}/);

  await page.getByLabel('Titel').press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  const [file] = (await readdir(app.libraryDir)).filter((name) => name.endsWith('.mdo'));
  expect(file).toBe('2027-03-25 MDO Noor de Vries.mdo');
  const onDisk = parseMeetingFile(await readFile(join(app.libraryDir, file!), 'utf8'));
  expect(onDisk.ok && onDisk.value).toMatchObject({ date: '2027-03-25', startTime: '09:30', endTime: '11:00', child: { birthDate: '2019-03-14' } });
});

test('a date that does not exist says so in Dutch, keeps the text and changes nothing in the meeting', async () => {
  app = await launchApp({ locale: 'en-US' });
  const { page, host } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('Volgend overleg plannen');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);

  const next = page.getByLabel('Volgend overleg: datum');
  await next.fill('31-02-2027');
  // While typing nothing is said yet; Enter (or leaving the field) says why it cannot be read.
  await expect(next).not.toHaveAttribute('aria-invalid', 'true');
  await next.press('Enter');
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(next).toHaveAccessibleDescription(
    'Deze datum bestaat niet: 31-02-2027 (februari 2027 heeft 28 dagen). Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027.',
  );
  await expect(next).toHaveValue('31-02-2027');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  expect(host.isDirty()).toBe(false);

  // The message follows the typing, and goes once the date can be read.
  await next.fill('28-02-2027');
  await expect(next).not.toHaveAttribute('aria-invalid', 'true');
  await expect(next).toHaveAccessibleDescription('zondag 28 februari 2027');
  await expect(page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');

  // A wrong text after a good one: the meeting keeps the good one, and the message says so.
  await next.fill('03/25/2027');
  await next.blur();
  await expect(next).toHaveAccessibleDescription(
    'Deze datum bestaat niet: 03/25/2027 (de dag komt eerst, dan de maand). Bedoelt u 25-03-2027? Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027. De datum blijft zondag 28 februari 2027.',
  );

  const time = page.getByLabel('Volgend overleg: tijd');
  await time.fill('2pm');
  await time.press('Enter');
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toHaveAccessibleDescription(
    'Onbekende tijd: "2pm". De app gebruikt de 24-uursklok, zonder AM en PM. Typ de tijd als uu:mm, bijvoorbeeld 09:30 of 14:00.',
  );
  await time.fill('14.00');
  await expect(time).toHaveAccessibleDescription('14:00 uur');
  await expectNoSeriousAxeViolations(page);

  await time.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const [file] = (await readdir(app.libraryDir)).filter((name) => name.endsWith('.mdo'));
  const onDisk = parseMeetingFile(await readFile(join(app.libraryDir, file!), 'utf8'));
  expect(onDisk.ok && onDisk.value.nextMeeting).toMatchObject({ date: '2027-02-28', time: '14:00' });
});

test('words count from today, ↑ and ↓ step a day or five minutes, and undo puts the field back', async () => {
  app = await launchApp();
  const { page } = app;
  await startNewMeeting(page);
  const date = page.getByLabel('Datum', { exact: true });
  await date.fill('morgen');
  const tomorrow = addDays(new Date(), 1);
  await expect(date).toHaveAccessibleDescription(format(tomorrow, 'EEEE d MMMM yyyy', { locale: nl }));
  // The word stays while the field has focus; Enter shows the date it became.
  await expect(date).toHaveValue('morgen');
  await date.press('Enter');
  await expect(date).toHaveValue(format(tomorrow, 'dd-MM-yyyy'));
  await date.press('ArrowUp');
  await date.press('ArrowUp');
  await date.press('ArrowDown');
  await expect(date).toHaveValue(format(addDays(tomorrow, 1), 'dd-MM-yyyy'));

  const start = page.getByLabel('Begintijd');
  await start.fill('half 3');
  await expect(start).toHaveAccessibleDescription('14:30 uur');
  await start.press('ArrowDown');
  await expect(start).toHaveValue('14:25');

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(start).toHaveValue('');
  await expect(start).toHaveAccessibleDescription('Nog geen tijd gekozen');
  await expect(date).toHaveValue(format(addDays(tomorrow, 1), 'dd-MM-yyyy'));
});

test('in an en-US browser the Uiterlijk of an action reads do 17 dec and 18-12, and says in Dutch what it cannot read', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-due-en-'));
  await writeFile(join(root, '2026-12-10 MDO Noor de Vries.mdo'), serializeMeeting(sampleMeeting()));
  app = await launchApp({ libraryDir: root, locale: 'en-US' });
  const { page } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
  const title = sampleMeeting().agendaItems[0]!.title;
  const notes = page.getByRole('textbox', { name: `Aantekeningen bij ${title}` });
  await notes.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Shift+A');
  const action = page.getByRole('group', { name: 'Actie A1' });
  await expect(action.getByLabel('Wat')).toBeFocused();
  await page.keyboard.type('Huisbezoek plannen');

  const due = action.getByRole('textbox', { name: 'Uiterlijk', exact: true });
  await due.fill('do 17 dec');
  await due.press('Enter');
  await expect(due).toHaveValue('17-12-2026');
  await expect(due).toHaveAccessibleDescription('Uiterlijk do 17 dec 2026');
  await due.fill('12/18/2026');
  await due.press('Enter');
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(due).toHaveAccessibleDescription(
    'Deze datum bestaat niet: 12/18/2026 (de dag komt eerst, dan de maand). Bedoelt u 18-12-2026? Typ de datum als dd-mm-jjjj, bijvoorbeeld 25-03-2027. De datum blijft donderdag 17 december 2026.',
  );
  await due.fill('18-12');
  await due.press('Enter');
  await expect(due).toHaveValue('18-12-2026');
  await expect(action).toContainText('Uiterlijk vr 18 dec 2026');
  await expect(page.locator('input[type="date"], input[type="time"]')).toHaveCount(0);
});
