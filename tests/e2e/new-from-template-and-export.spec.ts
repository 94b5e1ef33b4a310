import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { readDocx } from '../support/docx-reader';
import { launchApp, type AppHandle } from '../support/host';
import { chooseTemplate } from '../support/new-meeting';

let app: AppHandle | undefined;
let scratchDir: string;

test.beforeEach(async () => {
  scratchDir = await mkdtemp(join(tmpdir(), 'mdo-new-export-'));
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(scratchDir, { recursive: true, force: true });
});

test('Nieuw overleg offers the four templates with a description, and the chosen one fills the agenda', async () => {
  app = await launchApp();
  const { page } = app;
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg' });
  const names = ['MDO – kindgericht', 'Signs of Safety / Samenwerken aan Veiligheid', 'Evaluatie-MDO', 'Veiligheidsoverleg (meldcode)', 'Leeg overleg'];
  for (const name of names) await expect(dialog.getByRole('radio', { name })).toHaveCount(1);
  // The first template is chosen already and says what it holds.
  await expect(dialog.getByRole('radio', { checked: true })).toHaveAccessibleName('MDO – kindgericht');
  await expect(dialog.getByRole('radio', { name: 'MDO – kindgericht' })).toHaveAccessibleDescription(/\d+ agendapunten, samen \d+ minuten/);

  // Escape cancels and nothing is created.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MDO-assistent');

  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await chooseTemplate(page, 'MDO – kindgericht');
  await expect(page.getByRole('button', { name: 'Agenda (12)' })).toBeVisible();
});

test('a broken template in the library is named in the dialog, and the other templates can still be used', async () => {
  const libraryDir = join(scratchDir, 'MDO');
  await mkdir(join(libraryDir, 'Sjablonen'), { recursive: true });
  await writeFile(join(libraryDir, 'Sjablonen', 'eigen-overleg.json'), '{ "formaat": kapot', 'utf8');
  app = await launchApp({ libraryDir });
  const { page } = app;
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuw overleg' });
  await expect(dialog).toContainText('Niet alle sjablonen konden worden geladen');
  await expect(dialog).toContainText('eigen-overleg.json');
  await chooseTemplate(page, 'Signs of Safety / Samenwerken aan Veiligheid');
  await expect(page.getByRole('button', { name: 'Agenda (8)' })).toBeVisible();
});

test('Exporteren naar Word → Agenda writes the invitation with the computed times and every participant', async () => {
  const libraryDir = join(scratchDir, 'MDO');
  await mkdir(libraryDir, { recursive: true });
  const meeting = sampleMeeting();
  await writeFile(join(libraryDir, 'MDO Noor de Vries.mdo'), serializeMeeting(meeting), 'utf8');
  app = await launchApp({ libraryDir });
  const { page, host } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();

  // Cancelling the export dialog, or the save dialog after it, writes nothing and says nothing.
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  await page.getByRole('dialog', { name: 'Agenda exporteren' }).getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  host.queueSavePath(null);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  await page.getByRole('dialog', { name: 'Agenda exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toHaveCount(0);

  const target = join(scratchDir, 'Uitnodiging Noor');
  host.queueSavePath(target);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await expect(page.getByRole('button', { name: 'Exporteren naar Word' })).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  await page.getByRole('dialog', { name: 'Agenda exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
  await expect(page.getByText(/^Word-bestand gemaakt/)).toContainText('Uitnodiging Noor.docx');

  const docx = readDocx(await readFile(`${target}.docx`));
  const agendaTable = docx.tables.find((table) => table[0]?.some((cell) => /onderwerp|agendapunt/i.test(cell)));
  expect(agendaTable, 'de agenda staat als tabel in het document').toBeDefined();
  expect(agendaTable?.[1]?.[0]).toBe('14:00–14:05');
  const allText = docx.tables.flat(2).join('\n');
  for (const participant of meeting.participants) expect(allText).toContain(participant.name);

  // Ctrl+E does the same from the keyboard; Enter in the dialog exports.
  const second = join(scratchDir, 'Tweede versie.docx');
  host.queueSavePath(second);
  await page.getByLabel('Titel').press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Agenda exporteren' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Word-bestand gemaakt/)).toContainText('Tweede versie.docx');
  expect(existsSync(second)).toBe(true);
});

test('Exporteren naar Word → Verslag writes the minutes with the attendance, the decisions and the action table', async () => {
  const libraryDir = join(scratchDir, 'MDO');
  await mkdir(libraryDir, { recursive: true });
  await writeFile(join(libraryDir, 'MDO Noor de Vries.mdo'), serializeMeeting(noorWithMinutes()), 'utf8');
  app = await launchApp({ libraryDir });
  const { page, host } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();

  const target = join(scratchDir, 'Verslag Noor.docx');
  host.queueSavePath(target);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Verslag', exact: true }).click();
  await page.getByRole('dialog', { name: 'Verslag exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText(/^Word-bestand gemaakt/)).toContainText('Verslag Noor.docx');

  const docx = readDocx(await readFile(target));
  expect(docx.paragraphs[0]?.text).toBe('Verslag multidisciplinair overleg');
  const attendance = docx.tables.find((table) => table[0]?.[3] === 'Aanwezigheid');
  expect(attendance?.map((row) => row[0])).toContain('Dr. P. Hendriks');
  const actions = docx.tables.find((table) => table[0]?.join('|') === 'Nr|Wat|Wie|Uiterlijk|Status');
  expect(actions?.slice(1).map((row) => row[0])).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
  expect(docx.paragraphs.map((p) => p.text)).toContain('B1 Besluit: Noor mag ontbijten op school.');

  // Ctrl+Shift+E does the same from the keyboard, proposing the file name in the library.
  host.queueSavePath(join(scratchDir, 'Tweede verslag'));
  await page.getByRole('button', { name: 'Terug naar overzicht' }).focus();
  await page.keyboard.press('Control+Shift+E');
  await page.getByRole('dialog', { name: 'Verslag exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText(/^Word-bestand gemaakt/)).toContainText('Tweede verslag.docx');
});
