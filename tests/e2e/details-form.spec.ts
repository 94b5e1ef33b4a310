import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { startNewMeeting } from '../support/new-meeting';
import { launchApp, type AppHandle } from '../support/host';

let app: AppHandle;
let root: string | null = null;

test.afterEach(async () => {
  await app.close();
  if (root) await rm(root, { recursive: true, force: true });
  root = null;
});

async function openSample(): Promise<Page> {
  root = await mkdtemp(join(tmpdir(), 'mdo-details-'));
  await writeFile(join(root, '2026-12-10 MDO Noor de Vries.mdo'), serializeMeeting(sampleMeeting()));
  app = await launchApp({ libraryDir: root });
  await app.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(app.page.getByLabel('Titel')).toHaveValue('MDO Noor de Vries');
  return app.page;
}

test('the details of the Noor case are filled in, show the child’s age and come back after saving and reopening', async () => {
  app = await launchApp();
  const { page } = app;
  await startNewMeeting(page);

  await page.getByLabel('Titel').fill('MDO Noor de Vries');
  await page.getByLabel('Datum', { exact: true }).fill('10-12-2026');
  await page.getByLabel('Begintijd').fill('14:00');
  await page.getByLabel('Eindtijd').fill('15:30');
  await page.getByLabel('Locatie').fill('OBS De Regenboog, kamer 2.14 (deelnemers op afstand via videobellen)');
  await page.getByLabel('Kind', { exact: true }).fill('Noor de V.');
  const birthDate = page.getByLabel('Geboortedatum');
  await birthDate.fill('14-03-2019');
  await expect(birthDate).toHaveAccessibleDescription('donderdag 14 maart 2019. 7 jaar op de dag van het overleg.');
  await page.getByLabel('Aanleiding').fill('Noor komt sinds oktober vaak te laat en zonder ontbijt op school.');
  await page.getByLabel('Doel').fill('Eén gezamenlijk beeld van Noors veiligheid en ontwikkeling,\nen afspraken over wie wat doet.');
  // No participants yet: the roles are typed as names.
  const chair = page.getByRole('combobox', { name: 'Voorzitter' });
  await expect(chair).toHaveAccessibleDescription('Typ een naam, of voeg eerst de deelnemers toe.');
  await chair.fill('Fatima El Amrani');
  await expect(chair).toHaveAccessibleDescription('Staat niet op de deelnemerslijst.');
  await page.getByRole('combobox', { name: 'Notulist' }).fill('Joost Bakker');
  await page.getByRole('combobox', { name: 'Regievoerder' }).fill('Ömer Yılmaz');
  // The status is no free choice any more (Verslag: Definitief maken…, minutes-concept.spec.ts); the reaction date is.
  await page.getByLabel('Reageren vóór').fill('24-12-2026');
  await page.getByLabel('Volgend overleg: datum').fill('28-01-2027');
  await page.getByLabel('Volgend overleg: tijd').fill('14:00');

  await page.getByLabel('Volgend overleg: tijd').press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const [file] = (await readdir(app.libraryDir)).filter((name) => name.endsWith('.mdo'));
  const onDisk = parseMeetingFile(await readFile(join(app.libraryDir, file!), 'utf8'));
  expect(onDisk.ok).toBe(true);
  if (!onDisk.ok) return;
  expect(onDisk.value).toMatchObject({
    startTime: '14:00',
    endTime: '15:30',
    child: { name: 'Noor de V.', birthDate: '2019-03-14' },
    chair: { participantId: null, name: 'Fatima El Amrani' },
    coordinator: { participantId: null, name: 'Ömer Yılmaz' },
    status: 'concept',
    reactionDeadline: '2026-12-24',
    nextMeeting: { date: '2027-01-28', time: '14:00' },
  });

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(page.getByLabel('Datum', { exact: true })).toHaveValue('10-12-2026');
  await expect(page.getByLabel('Begintijd')).toHaveValue('14:00');
  await expect(page.getByLabel('Eindtijd')).toHaveValue('15:30');
  await expect(page.getByLabel('Locatie')).toHaveValue(/^OBS De Regenboog/);
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('Noor de V.');
  await expect(page.getByLabel('Geboortedatum')).toHaveValue('14-03-2019');
  await expect(page.getByLabel('Doel')).toHaveValue(/\nen afspraken over wie wat doet\.$/);
  await expect(page.getByRole('combobox', { name: 'Notulist' })).toHaveValue('Joost Bakker');
  await expect(page.getByLabel('Reageren vóór')).toHaveValue('24-12-2026');
  await expect(page.getByLabel('Volgend overleg: datum')).toHaveValue('28-01-2027');
});

test('a birth date without a meeting date gives the age today, and one after the meeting says so', async () => {
  app = await launchApp();
  const { page } = app;
  await startNewMeeting(page);
  const birthDate = page.getByLabel('Geboortedatum');
  await birthDate.fill('14-03-2019');
  await expect(birthDate).toHaveAccessibleDescription(/^donderdag 14 maart 2019\. \d+ jaar vandaag\.$/);
  await page.getByLabel('Datum', { exact: true }).fill('01-01-2018');
  await expect(birthDate).toHaveAccessibleDescription('donderdag 14 maart 2019. Deze datum ligt na de dag van het overleg.');
});

test('roles typed as a participant’s name are linked to that participant', async () => {
  const page = await openSample();
  const noteTaker = page.getByRole('combobox', { name: 'Notulist' });
  await expect(noteTaker).toHaveAccessibleDescription('Deelnemer: notulist, leerkracht groep 4, OBS De Regenboog.');
  await noteTaker.fill('Sanne Visser');
  await expect(noteTaker).toHaveAccessibleDescription('Deelnemer: jeugdverpleegkundige, GGD Hollands Midden.');
  await noteTaker.fill('Sanne Visser-de Boer');
  await expect(noteTaker).toHaveAccessibleDescription('Staat niet op de deelnemerslijst.');
  // The suggestions are the participants' names.
  const listId = await noteTaker.getAttribute('list');
  const suggestions = await page.locator(`datalist[id="${listId}"] option`).evaluateAll((options) =>
    options.map((option) => (option as HTMLOptionElement).value),
  );
  expect(suggestions).toEqual(sampleMeeting().participants.map((participant) => participant.name));
});

test('the details view has no serious accessibility problems and fits 1280×800', async () => {
  const page = await openSample();
  await expectNoSeriousAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await page.screenshot({ path: test.info().outputPath('details-view.png') });
  await page.screenshot({ path: test.info().outputPath('details-view-full.png'), fullPage: true });
});
