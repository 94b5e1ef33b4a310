import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { launchApp, type AppHandle } from '../support/host';

/*
 * Right after a Word export the app saves the meeting again, so the file
 * records the copy. Going back to the overview while that save is on its
 * way waits for it: no "Wijzigingen bewaren?" about a change the user did
 * not make, and the log is in the file.
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

test('back to the overview while the export is being recorded asks nothing, and the file has the log entry', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-export-leave-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  const path = join(libraryDir, FILE_NAME);
  await writeFile(path, serializeMeeting(noorWithMinutes()), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), dialogs: { chooseSavePath: async (proposed) => proposed } });
  const { page } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  // The save that records the export takes a while, as on a network folder: the test host's transport holds it.
  await page.evaluate(() => {
    const page = window as unknown as { __mdoHostInvoke(channel: string, request: unknown, asJson: boolean): Promise<unknown> };
    const invoke = page.__mdoHostInvoke.bind(window);
    page.__mdoHostInvoke = async (channel, request, asJson) => {
      if (channel === 'meeting:save') await new Promise((resolve) => setTimeout(resolve, 1_000));
      return invoke(channel, request, asJson);
    };
  });

  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Verslag', exact: true }).click();
  await page.getByRole('dialog', { name: 'Verslag exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
  await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();

  await expect(page.getByRole('button', { name: 'MDO Noor de Vries', exact: true })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Wijzigingen bewaren?' })).toHaveCount(0);
  const saved = parseMeetingFile(await readFile(path, 'utf8'));
  if (!saved.ok) throw new Error(saved.error.message);
  expect(saved.value.exportLog.map((entry) => entry.fileName)).toEqual(['2026-12-10 Verslag MDO Noor de V.docx']);
});
