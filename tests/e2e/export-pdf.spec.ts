import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { SECRET_PASSAGE, noorWithSecretPassage } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';

/*
 * Exporteren als PDF through the app: the export dialog's Bestandsvorm,
 * the host's export:pdf channel, printed by the test host's Chromium
 * (Playwright's page.pdf(), where Electron uses its own printToPDF), read
 * back with poppler's pdfinfo and pdftotext.
 */

const run = promisify(execFile);
const FILE_NAME = 'MDO Noor de Vries.mdo';
let app: AppHandle | undefined;
let root = '';

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

async function readPdf(path: string): Promise<{ pages: number; text: string }> {
  const info = await run('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1] ?? 0);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 20_000_000 });
  return { pages, text: stdout.replace(/\s+/g, ' ') };
}

test('exports the minutes for the parents as PDF: the professionals-only passage is not in it, the action table is', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-export-pdf-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  await writeFile(join(libraryDir, FILE_NAME), serializeMeeting(noorWithSecretPassage()), 'utf8');
  const proposed: string[] = [];
  app = await launchApp({
    libraryDir,
    configDir: join(root, 'config'),
    dialogs: {
      chooseSavePath: async (path) => {
        proposed.push(path);
        return path;
      },
    },
  });
  const { page } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();

  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Verslag', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Verslag exporteren' });
  await expect(dialog.getByRole('group', { name: 'Bestandsvorm' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /^Word \(\.docx\)/ })).toBeChecked();
  // With the keyboard: the reader first, then down to the format.
  await expect(dialog.getByRole('radio', { name: 'Volledig verslag (alles)' })).toBeFocused();
  await dialog.getByRole('radio', { name: 'Versie voor ouders (zonder passages alleen voor professionals)' }).check();
  await dialog.getByRole('radio', { name: /^PDF/ }).check();
  await expectNoSeriousAxeViolations(page, 'het exportvenster met Bestandsvorm');
  await dialog.getByRole('button', { name: 'Exporteren' }).click();

  await expect(page.getByText('PDF gemaakt')).toBeVisible({ timeout: 30_000 });
  expect(proposed).toEqual([join(libraryDir, '2026-12-10 Verslag MDO Noor de V. voor ouders.pdf')]);
  const files = await readdir(libraryDir);
  expect(files.filter((name) => name.endsWith('.pdf'))).toEqual(['2026-12-10 Verslag MDO Noor de V. voor ouders.pdf']);
  expect(files.filter((name) => name.endsWith('.docx'))).toEqual([]);

  const { pages, text } = await readPdf(join(libraryDir, '2026-12-10 Verslag MDO Noor de V. voor ouders.pdf'));
  expect(pages).toBeGreaterThan(0);
  for (const secret of [SECRET_PASSAGE.text, SECRET_PASSAGE.decision, SECRET_PASSAGE.action, 'detentie']) expect(text).not.toContain(secret);
  expect(text).toContain('Versie voor ouders. Passages die alleen voor professionals bedoeld zijn, zijn weggelaten.');
  expect(text).toContain('Actielijst / taakverdeling');
  expect(text).toMatch(/Nr Wat Wie Uiterlijk Status/);
  expect(text).toMatch(/A2 Consultatie Veilig Thuis Sanne Visser vr 18 dec 2026 Open/);
  expect(text).toContain('Verslag MDO · N.d.V. · 10 december 2026');

  // The copy is written down in the meeting, as a Word export is; the dialog offers PDF again.
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  const saved = parseMeetingFile(await readFile(join(libraryDir, FILE_NAME), 'utf8'));
  expect(saved.ok && saved.value.exportLog.map((entry) => [entry.document, entry.audience.kind, entry.fileName])).toEqual([
    ['verslag', 'ouders', '2026-12-10 Verslag MDO Noor de V. voor ouders.pdf'],
  ]);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Agenda exporteren' }).getByRole('radio', { name: /^PDF/ })).toBeChecked();
});
