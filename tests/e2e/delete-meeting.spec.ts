import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';

let app: AppHandle | undefined;
let root = '';

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

async function exportMinutes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Verslag', exact: true }).click();
  await page.getByRole('dialog', { name: 'Verslag exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
}

test('deleting a meeting with two exported copies says the copies stay, removes the file and leaves the copies', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-delete-'));
  const libraryDir = join(root, 'MDO');
  const exportsDir = join(root, 'Gedeeld');
  await mkdir(libraryDir);
  await mkdir(exportsDir);
  const noorPath = join(libraryDir, 'MDO Noor de Vries.mdo');
  await writeFile(noorPath, serializeMeeting(sampleMeeting()), 'utf8');
  const sem = { ...sampleMeeting(), id: 'b9c4a1f0-0000-4000-8000-000000000002', title: 'MDO Sem', child: { name: 'Sem', birthDate: null } };
  await writeFile(join(libraryDir, 'MDO Sem.mdo'), serializeMeeting(sem), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(root, 'config') });
  const { page, host } = app;

  // Two copies of Noor's minutes, outside the library.
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  const copies = [join(exportsDir, 'Verslag voor school.docx'), join(exportsDir, 'Verslag voor GGD.docx')];
  for (const copy of copies) {
    host.queueSavePath(copy);
    await exportMinutes(page);
    await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();

  // Cancelling deletes nothing.
  await page.getByRole('button', { name: 'Verwijderen: MDO Noor de Vries' }).click();
  const dialog = page.getByRole('dialog', { name: 'Overleg verwijderen?' });
  await expect(dialog).toContainText('gaat naar de prullenbak');
  await expect(dialog).toContainText(
    'Geëxporteerde kopieën (2) worden niet verwijderd: die staan buiten de app. Verwijder ze zelf als dat nodig is.',
  );
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'de vraag om te verwijderen');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(existsSync(noorPath)).toBe(true);

  // A meeting nothing was exported from says so.
  await page.getByRole('button', { name: 'Verwijderen: MDO Sem' }).click();
  await expect(dialog).toContainText('Uit dit overleg is niets geëxporteerd');
  await dialog.getByRole('button', { name: 'Annuleren' }).click();

  await page.getByRole('button', { name: 'Verwijderen: MDO Noor de Vries' }).click();
  await dialog.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('"MDO Noor de Vries" is naar de prullenbak verplaatst.')).toBeVisible();
  await expect(page.getByText('"MDO Noor de Vries" is naar de prullenbak verplaatst.')).toContainText(
    'Geëxporteerde kopieën (2) worden niet verwijderd: die staan buiten de app. Verwijder ze zelf als dat nodig is.',
  );
  await expect(page.getByRole('button', { name: 'MDO Noor de Vries', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'MDO Sem', exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'het overzicht na verwijderen');

  expect(existsSync(noorPath)).toBe(false);
  expect((await readdir(libraryDir)).filter((name) => name.startsWith('MDO Noor'))).toEqual([]);
  for (const copy of copies) expect(existsSync(copy), copy).toBe(true);
});
