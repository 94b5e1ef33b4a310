import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { launchApp } from '../support/host';

/**
 * Pictures of both screens at the app's usual window size, in
 * test-results/, for a person to look at; the checks are that nothing
 * sticks out of the window sideways.
 */
test('the start and meeting screens fit a 1280×800 window', async () => {
  const testInfo = test.info();
  const root = await mkdtemp(join(tmpdir(), 'mdo-screens-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  const noor = sampleMeeting();
  await writeFile(join(libraryDir, '2026-12-10 MDO Noor de Vries.mdo'), serializeMeeting(noor));
  await writeFile(
    join(libraryDir, '2027-01-28 Evaluatie-MDO Noor de Vries.mdo'),
    serializeMeeting({ ...noor, id: 'evaluatie', title: 'Evaluatie-MDO Noor de Vries', date: '2027-01-28' }),
  );
  await writeFile(
    join(libraryDir, 'Zorgoverleg Daan.mdo'),
    serializeMeeting({ ...noor, id: 'daan', title: 'Zorgoverleg Daan', date: null, child: { name: 'Daan K.', birthDate: null } }),
  );
  await writeFile(join(libraryDir, 'Kopie van een overleg.mdo'), '{ kapot');

  const app = await launchApp({ libraryDir, configDir: join(root, 'config') });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Evaluatie-MDO Noor de Vries', exact: true }).click();
    await page.getByLabel('Titel').fill('Evaluatie-MDO Noor de Vries (herzien)');
    await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Niet opslaan' }).click();
    await expect(page.getByRole('button', { name: 'Zorgoverleg Daan', exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath('start-screen.png') });

    await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
    await page.getByLabel('Titel').fill('MDO Noor de Vries, tweede ronde');
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: testInfo.outputPath('meeting-screen.png') });

    await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('unsaved-question.png') });
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

    await page.getByLabel('Titel').fill('');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('Titel is leeg');
    await page.screenshot({ path: testInfo.outputPath('save-error.png') });
  } finally {
    await app.close();
    await rm(root, { recursive: true, force: true });
  }
});

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
}
