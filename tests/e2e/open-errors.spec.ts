import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { startNewMeeting } from '../support/new-meeting';
import { launchApp, type AppHandle } from '../support/host';

const NOT_JSON = '{ "format": "mdo-assistent/meeting", dit is geen JSON';

let app: AppHandle | null = null;
let scratchDir: string;

test.beforeEach(async () => {
  scratchDir = await mkdtemp(join(tmpdir(), 'mdo-open-errors-'));
});

test.afterEach(async () => {
  await app?.close();
  app = null;
  await rm(scratchDir, { recursive: true, force: true });
});

test('a corrupt file in the library is listed with its problem in Dutch', async () => {
  const libraryDir = join(scratchDir, 'MDO');
  await mkdir(libraryDir);
  await writeFile(join(libraryDir, 'Kapot overleg.mdo'), NOT_JSON);
  app = await launchApp({ libraryDir });

  const item = app.page.getByRole('listitem').filter({ hasText: 'Kapot overleg.mdo' });
  await expect(item).toContainText('Kan niet worden geopend');
  await expect(item).toContainText('Dit bestand is beschadigd of geen MDO-bestand');
  await expect(item.getByRole('button')).toHaveCount(0);
});

test('opening a corrupt file shows a Dutch error and leaves the file as it was', async () => {
  const corrupt = join(scratchDir, 'Beschadigd.mdo');
  await writeFile(corrupt, NOT_JSON);
  app = await launchApp();
  const { page, host } = app;

  host.queueOpenPath(corrupt);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('alert')).toContainText('Dit bestand is beschadigd of geen MDO-bestand');
  await expect(page.getByRole('button', { name: 'Nieuw overleg' })).toBeVisible();
  expect(await readFile(corrupt, 'utf8')).toBe(NOT_JSON);

  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a file with wrong fields names each field in the error', async () => {
  const invalid = join(scratchDir, 'Fout veld.mdo');
  const text = (await readFile(join(import.meta.dirname, '../fixtures/meeting-files/v2-noor.mdo'), 'utf8')).replace(
    '"date": "2026-12-10"',
    '"date": "2026-02-30"',
  );
  await writeFile(invalid, text);
  app = await launchApp({ openFile: invalid });

  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('Dit bestand bevat fouten en kan niet worden geopend');
  await expect(alert.getByRole('listitem')).toContainText(['Datum is geen bestaande datum']);
  expect(await readFile(invalid, 'utf8')).toBe(text);
});

test('cancelling the open dialog changes nothing', async () => {
  app = await launchApp();
  app.host.queueOpenPath(null);
  await app.page.getByRole('button', { name: 'Openen' }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText('MDO-assistent');
  await expect(app.page.getByRole('alert')).toHaveCount(0);
});

test('Terug naar overzicht with unsaved changes asks first, and only discards on Niet opslaan', async () => {
  app = await launchApp();
  const { page, host } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('Nog niet bewaard');

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  const question = page.getByRole('dialog', { name: 'Wijzigingen bewaren?' });
  await expect(question).toContainText('Er zijn niet-opgeslagen wijzigingen. Wilt u ze bewaren?');
  await question.getByRole('button', { name: 'Annuleren' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByLabel('Titel')).toHaveValue('Nog niet bewaard');

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await question.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(page.getByLabel('Titel')).toHaveValue('Nog niet bewaard');

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await question.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(page.getByText('Er staan nog geen overleggen in uw map.')).toBeVisible();
  await expect.poll(() => host.isDirty()).toBe(false);
});

test('Opslaan in the unsaved-changes question saves, then goes back to the overview', async () => {
  app = await launchApp();
  const { page } = app;
  await startNewMeeting(page);
  await page.getByLabel('Titel').fill('Bewaard bij teruggaan');
  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page
    .getByRole('dialog', { name: 'Wijzigingen bewaren?' })
    .getByRole('button', { name: 'Opslaan', exact: true })
    .click();
  await expect(page.getByRole('button', { name: 'Bewaard bij teruggaan', exact: true })).toBeVisible();
});

// Right after a Word export the app saves the meeting again, so the file records the copy: leaving meanwhile waits for that save.
test('back to the overview while the export is being recorded asks nothing, and the file has the log entry', async () => {
  const libraryDir = join(scratchDir, 'MDO');
  await mkdir(libraryDir);
  const path = join(libraryDir, 'MDO Noor de Vries.mdo');
  await writeFile(path, serializeMeeting(noorWithMinutes()), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(scratchDir, 'config'), dialogs: { chooseSavePath: async (proposed) => proposed } });
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

test('a file with a javascript: link opens with the link as plain text and says so until it is saved', async () => {
  const libraryDir = join(scratchDir, 'MDO');
  await mkdir(libraryDir);
  const meeting = noorWithMinutes();
  meeting.agendaItems[0]!.notes = {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'klik hier' }] }] }],
    },
  } as (typeof meeting.agendaItems)[number]['notes'];
  const path = join(libraryDir, '2026-12-10 MDO Noor de Vries.mdo');
  const text = serializeMeeting(meeting);
  await writeFile(path, text);
  app = await launchApp({ libraryDir });
  const { page } = app;

  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  const notice = page.getByRole('region', { name: /^Bij het openen aangepast/ });
  await expect(notice).toContainText('de link bij "klik hier" naar "javascript:alert(1)" is gewone tekst geworden');
  await expectNoSeriousAxeViolations(page, 'Overleg met een aangepaste link');
  expect(await readFile(path, 'utf8')).toBe(text);

  // Saved: the file no longer holds the link, and there is nothing left to say.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  await expect(notice).toHaveCount(0);
  expect(await readFile(path, 'utf8')).not.toContain('javascript:');
});
