import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { readDocx } from '../support/docx-reader';
import { launchApp, type AppHandle } from '../support/host';

/*
 * A copy for the parents with the child's name replaced, chosen in the
 * export dialog; the copy is written down in the meeting (on screen and in
 * the file). What the copy leaves out is tested with the Word builders; here
 * only that the choices reach them.
 */

const FILE_NAME = 'MDO Noor de Vries.mdo';
let app: AppHandle | undefined;
let root = '';

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

/** Noor's meeting with minutes in the library; the save dialog accepts the name the app proposes. */
async function openNoor(change: (meeting: Meeting) => Meeting = (meeting) => meeting): Promise<{ page: Page; libraryDir: string }> {
  root = await mkdtemp(join(tmpdir(), 'mdo-export-privacy-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  await writeFile(join(libraryDir, FILE_NAME), serializeMeeting(change(noorWithMinutes())), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), dialogs: { chooseSavePath: async (proposed) => proposed } });
  await app.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  return { page: app.page, libraryDir };
}

async function meetingOnDisk(libraryDir: string): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(join(libraryDir, FILE_NAME), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const view = (page: Page, name: string): Locator =>
  page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: new RegExp(`^${name}`) });

test('exports the minutes for the parents with the child as "kind A", and logs the copy in the app and in the file', async () => {
  const { page, libraryDir } = await openNoor();
  await expect(page.getByRole('table', { name: 'Geëxporteerde kopieën' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Geëxporteerde kopieën' })).toContainText('Nog niets geëxporteerd.');

  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Verslag', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Verslag exporteren' });
  await expect(dialog.getByRole('radio', { name: 'Volledig verslag (alles)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Volledig verslag (alles)' })).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: 'Voor één deelnemer:' })).toBeVisible();
  await expect(dialog).toContainText('Een geëxporteerd bestand beheert de app niet meer: bewaar en deel het volgens de afspraken van uw organisatie.');
  await expectNoSeriousAxeViolations(page, 'het exportvenster');

  // Escape cancels: nothing is exported.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await readdir(libraryDir)).filter((name) => name.endsWith('.docx'))).toEqual([]);

  await page.keyboard.press('Control+Shift+E');
  await dialog.getByRole('radio', { name: 'Versie voor ouders (zonder passages alleen voor professionals)' }).check();
  await expect(dialog.getByLabel('Schuilnaam (leeg = initialen)')).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Naam van het kind vervangen' }).check();
  await dialog.getByLabel('Schuilnaam (leeg = initialen)').fill('kind A');
  await expect(dialog.getByRole('checkbox', { name: 'Namen van ouders vervangen' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();

  // The meeting had no other changes: it is saved at once, with the log in the file.
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  const saved = await meetingOnDisk(libraryDir);
  expect(saved.exportLog).toHaveLength(1);
  expect(saved.exportLog[0]).toMatchObject({
    document: 'verslag',
    audience: { kind: 'ouders', person: null },
    pseudonym: { child: true, childAlias: 'kind A', parents: false },
    meetingStatus: 'concept',
  });

  // Gegevens shows the copy.
  const table = page.getByRole('table', { name: 'Geëxporteerde kopieën' });
  await expect(table.getByRole('columnheader')).toHaveText(['Wanneer', 'Document', 'Voor wie', 'Namen vervangen', 'Bestandsnaam', 'Versie']);
  const row = table.getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([
    /^\d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}$/,
    'Verslag',
    'Versie voor ouders',
    'Kind (als "kind A")',
    saved.exportLog[0]!.fileName,
    /^Concept, laatst gewijzigd/,
  ]);
  await expect(page.getByRole('region', { name: 'Geëxporteerde kopieën' })).toContainText('niet verwijderd als u dit overleg verwijdert');

  // The dialog offers the last choice again.
  await page.keyboard.press('Control+Shift+E');
  await expect(dialog.getByRole('radio', { name: /^Versie voor ouders/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Versie voor ouders/ })).toBeFocused();
  await expect(dialog.getByLabel('Schuilnaam (leeg = initialen)')).toHaveValue('kind A');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  // The file has the name the app proposed, saying for whom it is, and the alias inside.
  const exported = (await readdir(libraryDir)).filter((name) => name.endsWith('.docx'));
  expect(exported).toEqual([saved.exportLog[0]!.fileName]);
  expect(exported[0]).toContain('voor ouders');
  const docx = readDocx(await readFile(join(libraryDir, exported[0]!)));
  const text = [...docx.paragraphs.map((p) => p.text), ...docx.tables.flat(2), docx.headerFooterText].join('\n');
  expect(text).toContain('kind A');
});

test('the basis for sharing is recorded in Gegevens, silences the agenda check and is saved', async () => {
  const { page, libraryDir } = await openNoor((meeting) => ({ ...meeting, sharingBasis: null }));
  const sidebar = page.getByRole('complementary', { name: 'Agendacheck' });
  await expect(sidebar).toContainText(
    'Er is geen grondslag vastgelegd voor het delen van informatie over het kind. Leg toestemming of de wettelijke grondslag vast bij Gegevens.',
  );

  const basis = page.getByRole('group', { name: 'Grondslag voor het delen van informatie' });
  await basis.getByLabel('Soort').selectOption({ label: 'Toestemming' });
  await expect(sidebar).not.toContainText('Er is geen grondslag vastgelegd');
  await expect(sidebar).toContainText('Toestemming onvolledig');
  // Noor is 7 on the day of the meeting: the help text says who consents.
  await expect(basis.getByLabel('Toestemming van')).toHaveAccessibleDescription(
    'Noor de V. is 7 jaar op de dag van het overleg: onder de 12 jaar geven de ouders met gezag toestemming.',
  );
  await basis.getByLabel('Toestemming van').selectOption({ label: 'Ouders (met gezag)' });
  await basis.getByLabel('Datum toestemming').fill('30-11-2026');
  await expect(sidebar).not.toContainText('Toestemming onvolledig');
  await expectNoSeriousAxeViolations(page, 'Gegevens met de grondslag');

  // A legal basis asks for the reason.
  await basis.getByLabel('Soort').selectOption({ label: 'Meldcode' });
  await expect(sidebar).toContainText('maar de reden staat er niet bij');
  await basis.getByLabel('Reden').fill('Zorgen over de veiligheid thuis; stap 2 van de meldcode, overlegd met Veilig Thuis.');
  await expect(sidebar).not.toContainText('maar de reden staat er niet bij');

  // An agenda item can have its own basis; "Zelfde als het overleg" is the default.
  await view(page, 'Agenda').click();
  const item = page.getByRole('group', { name: 'Agendapunt 2: Stem van Noor' });
  await page.getByRole('button', { name: 'Details van Stem van Noor' }).click();
  await expect(item.getByLabel('Grondslag voor dit punt')).toHaveValue('');
  await item.getByLabel('Grondslag voor dit punt').selectOption({ label: 'Toestemming' });
  await item.getByLabel('Toestemming van').selectOption({ label: 'Jongere zelf' });
  await item.getByLabel('Datum toestemming').fill('01-12-2026');
  await expect(sidebar).toContainText('Toestemming van alleen de jongere is niet genoeg');
  await expectNoSeriousAxeViolations(page, 'Agenda met een grondslag per punt');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  const saved = await meetingOnDisk(libraryDir);
  expect(saved.sharingBasis).toEqual({
    kind: 'meldcode',
    consentBy: 'ouders',
    consentDate: '2026-11-30',
    reason: 'Zorgen over de veiligheid thuis; stap 2 van de meldcode, overlegd met Veilig Thuis.',
  });
  expect(saved.agendaItems.find((i) => i.title === 'Stem van Noor')?.sharingBasis).toEqual({
    kind: 'toestemming',
    consentBy: 'jongere',
    consentDate: '2026-12-01',
    reason: '',
  });
});
