import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile } from '../../shared/file/meeting-file';
import { noorParticipants } from '../fixtures/noor-participants';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { readDocx } from '../support/docx-reader';
import { launchApp, type AppHandle } from '../support/host';
import { startNewMeeting } from '../support/new-meeting';

/**
 * The chair's whole path for the Noor case (../shared/examples/casus-noor.md):
 * template, details, seven participants, timeboxes, a keyboard move, the
 * agenda check, save, reopen, export to Word, and an accessibility scan of
 * the three screens.
 */

const participants = noorParticipants;

/** The agenda after the chair's changes: Zorgen 15 → 10, Analyse 10 → 5, Wat gaat goed moved up. */
const expectedSchedule: [string, string][] = [
  ['Opening en kennismaking', '14:00–14:05'],
  ['Aanleiding en doel', '14:05–14:10'],
  ['Stem van het kind', '14:10–14:20'],
  ['Wat gaat goed', '14:20–14:30'],
  ['Zorgen', '14:30–14:40'],
  ['Veiligheid (schaalvraag 0–10)', '14:40–14:50'],
  ['Analyse', '14:50–14:55'],
  ['Besluiten', '14:55–15:05'],
  ['Taakverdeling', '15:05–15:15'],
  ['Informatiedeling', '15:15–15:20'],
  ['Evaluatie en volgend overleg', '15:20–15:25'],
  ['Rondvraag en sluiting', '15:25–15:30'],
];

let app: AppHandle;

test.beforeEach(async () => {
  app = await launchApp();
});

test.afterEach(async () => {
  await app.close();
});

function view(page: Page, name: 'Gegevens' | 'Deelnemers' | 'Agenda') {
  return page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

function agendaItem(page: Page, title: string) {
  return page.getByRole('group', { name: new RegExp(`^Agendapunt \\d+: ${title.replace(/[()]/g, '\\$&')}$`) });
}

test('a chair prepares the Noor meeting from the child-centred template, saves, reopens and exports the agenda', async () => {
  test.setTimeout(120_000);
  const testInfo = test.info();
  const { page, host } = app;
  await startNewMeeting(page, 'MDO – kindgericht');

  // Gegevens
  await page.getByLabel('Titel').fill('MDO Noor de Vries');
  await page.getByLabel('Datum', { exact: true }).fill('10-12-2026');
  await page.getByLabel('Begintijd').fill('14:00');
  await page.getByLabel('Eindtijd').fill('15:30');
  await page.getByLabel('Locatie').fill('OBS De Regenboog, kamer 2.14');
  await page.getByLabel('Kind', { exact: true }).fill('Noor de V.');
  await page.getByLabel('Geboortedatum').fill('14-03-2019');
  await expect(page.getByText('7 jaar op de dag van het overleg')).toBeVisible();
  await page.getByLabel('Aanleiding').fill('Noor komt sinds oktober vaak te laat en zonder ontbijt op school; twee keer blauwe plekken gezien.');
  await page.getByLabel('Doel').fill('Eén gezamenlijk beeld van Noors veiligheid en ontwikkeling, en afspraken over wie wat doet.');

  // Deelnemers: the seven of the case, added with the keyboard-friendly button.
  await view(page, 'Deelnemers').click();
  for (const [index, person] of participants.entries()) {
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    const card = page.getByRole('group', { name: new RegExp(`^Deelnemer ${index + 1}`) });
    await expect(card.getByLabel('Naam')).toBeFocused();
    await card.getByLabel('Naam').fill(person.name);
    await card.getByLabel('Functie').fill(person.function);
    await card.getByLabel('Organisatie').fill(person.organisation);
    await card.getByLabel('Rol').selectOption({ label: person.role });
    await card.getByLabel('Aanwezigheid').selectOption({ label: person.attendance });
  }
  await expect(view(page, 'Deelnemers')).toHaveText('Deelnemers (7)');
  // Noor herself is not on the list: the reason is asked for, and the agenda check says so until it is given.
  const sidebar = page.getByRole('complementary', { name: 'Agendacheck' });
  await expect(sidebar).toContainText('Kind niet uitgenodigd');
  await page.getByLabel('Waarom is het kind niet uitgenodigd?').fill('Noor is 7; haar stem is vooraf opgehaald met de Drie Huizen.');
  await expect(sidebar).not.toContainText('Kind niet uitgenodigd');
  await expect(page.getByLabel('Waarom zijn de ouders niet uitgenodigd?')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'Deelnemers');
  await page.screenshot({ path: testInfo.outputPath('noor-deelnemers.png') });

  // Rollen, picked from the participants by name.
  await view(page, 'Gegevens').click();
  await expect(sidebar).toContainText('Regievoerder');
  await page.getByLabel('Voorzitter').fill('Fatima El Amrani');
  await page.getByLabel('Notulist').fill('Joost Bakker');
  await page.getByLabel('Regievoerder').fill('Ömer Yılmaz');
  await expect(sidebar).not.toContainText('Regievoerder');
  // Noor is 7: her mother's consent is the basis for sharing.
  await expect(sidebar).toContainText('Grondslag voor delen');
  const basis = page.getByRole('group', { name: 'Grondslag voor het delen van informatie' });
  await basis.getByLabel('Soort').selectOption({ label: 'Toestemming' });
  await basis.getByLabel('Toestemming van').selectOption({ label: 'Ouders (met gezag)' });
  await basis.getByLabel('Datum toestemming').fill('30-11-2026');
  await expect(sidebar).not.toContainText('Grondslag voor delen');
  await expect(sidebar).not.toContainText('Toestemming');
  await expectNoSeriousAxeViolations(page, 'Gegevens');
  await page.screenshot({ path: testInfo.outputPath('noor-gegevens.png') });

  // Agenda: the template's 100 minutes do not fit in 14:00–15:30.
  await view(page, 'Agenda').click();
  await expect(sidebar).toContainText('Agenda te lang');
  const planning = page.getByRole('group', { name: 'Tijdsplanning' });
  await expect(planning).toContainText('10 minuten over de eindtijd');
  await expect(agendaItem(page, 'Zorgen')).toContainText('14:20–14:35');

  await agendaItem(page, 'Zorgen').getByLabel('Minuten').fill('10');
  await agendaItem(page, 'Analyse').getByLabel('Minuten').fill('5');
  await expect(planning).toContainText('Precies op tijd klaar');
  await expect(sidebar).not.toContainText('Agenda te lang');

  // "Wat gaat goed" one place up, with the keyboard.
  const up = page.getByRole('button', { name: 'Wat gaat goed omhoog' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Wat gaat goed staat nu op plaats 4 van 12')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Wat gaat goed omhoog' })).toBeFocused();
  for (const [title, time] of expectedSchedule) await expect(agendaItem(page, title)).toContainText(time);
  await expect(sidebar).toContainText('Alles lijkt in orde');
  await expectNoSeriousAxeViolations(page, 'Agenda');
  await page.screenshot({ path: testInfo.outputPath('noor-agenda.png') });

  // Save, back to the overview, reopen: the same agenda.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
  const files = (await readdir(app.libraryDir)).filter((name) => name.endsWith('.mdo'));
  expect(files).toEqual(['2026-12-10 MDO Noor de Vries.mdo']);
  const saved = parseMeetingFile(await readFile(join(app.libraryDir, files[0]!), 'utf8'));
  if (!saved.ok) throw new Error(saved.error.message);
  expect(saved.value.participants.map((p) => p.name)).toEqual(participants.map((p) => p.name));
  expect(saved.value.coordinator).toEqual({ participantId: saved.value.participants[3]!.id, name: 'Ömer Yılmaz' });
  expect(saved.value.agendaItems.map((item) => item.title)).toEqual(expectedSchedule.map(([title]) => title));

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await view(page, 'Agenda').click();
  for (const [title, time] of expectedSchedule) await expect(agendaItem(page, title)).toContainText(time);
  await expect(agendaItem(page, 'Zorgen').getByLabel('Minuten')).toHaveValue('10');

  // Exporteren naar Word → Agenda, read back independently.
  const target = join(app.libraryDir, 'Agenda MDO Noor.docx');
  host.queueSavePath(target);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  await page.getByRole('dialog', { name: 'Agenda exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
  const docx = readDocx(await readFile(target));
  const agendaTable = docx.tables.find((table) => table.some((row) => row[0] === '14:00–14:05'));
  expect(agendaTable, 'de agenda als tabel').toBeDefined();
  const rows = agendaTable!.filter((row) => /^\d{2}:\d{2}–\d{2}:\d{2}$/.test(row[0] ?? ''));
  expect(rows.map((row) => [row[0], row[1]?.split('\n')[0]])).toEqual(
    expectedSchedule.map(([title, time], index) => [time, expect.stringMatching(new RegExp(`^${index + 1}\\. ${title.replace(/[()]/g, '\\$&')}(\\s|$)`))]),
  );
  const text = [...docx.tables.flat(2), ...docx.paragraphs.map((p) => p.text)].join('\n');
  for (const person of participants) expect(text).toContain(person.name);
  expect(text).toContain('Eén gezamenlijk beeld van Noors veiligheid');
});
