import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { SECRET_PASSAGE, noorWithSecretPassage } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { readDocx } from '../support/docx-reader';
import { launchApp, type AppHandle } from '../support/host';

/*
 * Before a copy is written, the export dialog shows what it leaves out for
 * this reader. And a reader who is the child (listed as a pupil, with the
 * child's name, no role chosen) gets the child's copy, not a professional's.
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

async function openMeeting(meeting: Meeting): Promise<{ page: Page; libraryDir: string }> {
  root = await mkdtemp(join(tmpdir(), 'mdo-export-preview-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  await writeFile(join(libraryDir, FILE_NAME), serializeMeeting(meeting), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), dialogs: { chooseSavePath: async (proposed) => proposed } });
  await app.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(app.page.getByRole('navigation', { name: 'Onderdelen van het overleg' })).toBeVisible();
  return { page: app.page, libraryDir };
}

async function exportedText(libraryDir: string, contains: string): Promise<string> {
  const name = (await readdir(libraryDir)).find((file) => file.endsWith('.docx') && file.includes(contains));
  if (!name) throw new Error(`Geen export met "${contains}" in ${libraryDir}`);
  const docx = readDocx(await readFile(join(libraryDir, name)));
  return [...docx.paragraphs.map((p) => p.text), ...docx.tables.flat(2), docx.headerFooterText].join('\n');
}

test('the preview of the parents’ copy lists the left-out passage with its decision and action, before anything is written', async () => {
  const { page, libraryDir } = await openMeeting(noorWithSecretPassage());
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Verslag exporteren' });
  const preview = dialog.getByRole('region', { name: /^Voorbeeld/ });
  await expect(preview).toHaveAccessibleName('Voorbeeld: Volledig verslag');
  await expect(preview).toContainText('Er wordt niets weggelaten.');

  // With the keyboard: the audience radios are one group, the arrow keys move the choice.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: /^Versie voor ouders/ })).toBeChecked();
  await expect(preview).toHaveAccessibleName('Voorbeeld: Versie voor ouders');
  await expect(preview.getByRole('listitem')).toHaveText([
    'Weggelaten: een passage bij agendapunt 3 (Veiligheid), vertrouwelijk – alleen professionals: „Vader verblijft sinds november in detentie; alleen voor …”.',
    'Daarmee ook weggelaten: besluit B2 en actie A1.',
  ]);
  expect((await readdir(libraryDir)).filter((name) => name.endsWith('.docx'))).toEqual([]);
  await expectNoSeriousAxeViolations(page, 'het exportvenster met voorbeeld');

  // Which names the copy replaces, and by what, as the boxes are ticked.
  await dialog.getByRole('checkbox', { name: 'Naam van het kind vervangen' }).check();
  await dialog.getByLabel('Schuilnaam (leeg = initialen)').fill('kind A');
  await expect(preview.getByRole('listitem').last()).toHaveText(/^Namen vervangen: Noor de V\. → kind A/);
  await dialog.getByRole('checkbox', { name: 'Namen van ouders vervangen' }).check();
  await expect(preview.getByRole('listitem').last()).toContainText('Els de Vries → moeder');

  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
  const text = await exportedText(libraryDir, 'voor ouders');
  for (const secret of Object.values(SECRET_PASSAGE)) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/Noor|Els de Vries/);
  expect(text).toContain('kind A');
});

test('a pupil with the child’s name and no role gets the child’s copy: no professionals-only passage, and "Kind: aanwezig"', async () => {
  const meeting = noorWithSecretPassage();
  meeting.participants.push({ id: 'p8', name: 'Noor de V.', function: 'leerling', organisation: 'OBS De Regenboog', email: '', attendance: 'aanwezig', role: null });
  const { page, libraryDir } = await openMeeting(meeting);
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Verslag exporteren' });
  await dialog.getByRole('combobox', { name: 'Voor één deelnemer:' }).selectOption({ label: 'Noor de V.' });
  await expect(dialog.getByRole('radio', { name: 'Voor één deelnemer:' })).toBeChecked();
  const preview = dialog.getByRole('region', { name: /^Voorbeeld/ });
  await expect(preview).toHaveAccessibleName('Voorbeeld: Versie voor Noor de V.');
  await expect(preview.getByRole('listitem').first()).toContainText('Weggelaten: een passage bij agendapunt 3 (Veiligheid), vertrouwelijk – alleen professionals');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
  const text = await exportedText(libraryDir, 'voor Noor');
  for (const secret of Object.values(SECRET_PASSAGE)) expect(text).not.toContain(secret);
  expect(text).toContain('Kind: aanwezig (Noor de V.).');
});

test('a participant whose role is not known is named in the preview and not treated as a professional', async () => {
  const meeting = noorWithSecretPassage();
  meeting.participants.push({ id: 'p8', name: 'Yusuf Haddad', function: 'jeugdconsulent', organisation: '', email: '', attendance: 'aanwezig', role: null });
  const { page } = await openMeeting(meeting);
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Verslag exporteren' });
  await dialog.getByRole('combobox', { name: 'Voor één deelnemer:' }).selectOption({ label: 'Yusuf Haddad' });
  const preview = dialog.getByRole('region', { name: /^Voorbeeld/ });
  await expect(preview.getByRole('note')).toHaveText(
    'De rol van Yusuf Haddad is niet bekend; deze kopie behandelt Yusuf Haddad niet als professional. Kies bij Deelnemers de rol, of vul functie en organisatie in.',
  );
  await expect(preview.getByRole('listitem').first()).toContainText('vertrouwelijk – alleen professionals');
});
