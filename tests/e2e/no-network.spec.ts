import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { launchApp, type AppHandle } from '../support/host';
import { chooseTemplate } from '../support/new-meeting';

/**
 * "No network": through a whole session (start screen, a new meeting from a
 * template, a participant, notes with a decision, an action and a link, save,
 * export of the minutes) the page asks for nothing but the app's own built
 * files. The test host refuses every other request; this test also records
 * them, so a font, telemetry or a remote image would show up here even
 * though it could not load. A click on the link goes to the system browser
 * through the host, and the page never navigates.
 */

const APP_ORIGIN = 'http://mdo.app';
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

let app: AppHandle | undefined;
let scratchDir = '';

test.beforeEach(async () => {
  scratchDir = await mkdtemp(join(tmpdir(), 'mdo-no-network-'));
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(scratchDir, { recursive: true, force: true });
});

function view(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

/** Whether a request is one of the app's own built files (and that file exists). */
function isOwnFile(url: string): boolean {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return false;
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '') || 'index.html';
  const file = resolve(rendererDir, path);
  return file.startsWith(`${rendererDir}/`) && existsSync(file);
}

test('a whole session asks for nothing but the app’s own files, and a link opens only in the system browser', async () => {
  app = await launchApp({ libraryDir: join(scratchDir, 'MDO') });
  const { page, host } = app;
  const context = page.context();

  const requests: string[] = [];
  const record = (request: Request) => void requests.push(request.url());
  page.on('request', record);
  // The context also sees requests of service workers and of any other page.
  const contextRequests: string[] = [];
  context.on('request', (request) => void contextRequests.push(request.url()));
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => void navigations.push(frame.url()));
  const popups: string[] = [];
  context.on('page', (other) => void popups.push(other.url()));

  // From the very start: load the app again with the recorders in place.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('MDO-assistent');
  const entryUrl = page.url();
  navigations.length = 0;

  // A new meeting from the template, with a title and a participant.
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await chooseTemplate(page, 'MDO – kindgericht');
  await page.getByLabel('Titel').fill('MDO Noor de Vries');
  await view(page, 'Deelnemers').click();
  await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  const card = page.getByRole('group', { name: /^Deelnemer 1/ });
  await card.getByLabel('Naam').fill('Sanne Visser');
  await card.getByLabel('Functie').fill('Jeugdverpleegkundige');

  // Notes with a decision, an action and a link.
  await view(page, 'Notuleren').click();
  const notes = page.getByRole('textbox', { name: /^Aantekeningen bij/ });
  await notes.click();
  await page.keyboard.type('Moeder vertelt over de ochtenden.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: Noor ontbijt voortaan op school.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Besluit B1' })).toBeVisible();
  await page.keyboard.type('Actie: Ontbijt regelen — Sanne Visser — uiterlijk 18-12');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Actie A1' })).toBeVisible();
  await page.keyboard.type('Zie de richtlijn');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Adres van de link')).toHaveAccessibleDescription(/Ctrl\+klik in uw eigen browser/);
  await page.getByLabel('Adres van de link').fill('https://www.nji.nl/');
  await page.getByRole('button', { name: 'Link maken' }).click();
  const link = notes.getByRole('link', { name: 'Zie de richtlijn' });
  await expect(link).toHaveAttribute('href', 'https://www.nji.nl/');

  // A plain click in the notes places the caret, as in Word: nothing opens, nothing navigates.
  await link.click();
  await expect(notes).toBeFocused();
  // Ctrl+click (Cmd+click on macOS) and a middle click hand the link to the system browser.
  await link.click({ modifiers: ['ControlOrMeta'] });
  await expect.poll(() => host.externalUrls.length).toBe(1);
  await link.click({ button: 'middle' });
  await expect.poll(() => host.externalUrls.length).toBe(2);
  expect(host.externalUrls).toEqual(['https://www.nji.nl/', 'https://www.nji.nl/']);
  expect(page.url()).toBe(entryUrl);
  expect(navigations).toEqual([]);
  expect(popups).toEqual([]);

  // Save, then export the minutes.
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const target = join(scratchDir, 'Verslag Noor.docx');
  host.queueSavePath(target);
  await page.getByRole('button', { name: 'Exporteren naar Word' }).click();
  await page.getByRole('button', { name: 'Verslag', exact: true }).click();
  // The export may ask for whom the copy is first; the full minutes are what this test needs.
  const exportButton = page.getByRole('button', { name: 'Exporteren', exact: true });
  const made = page.getByText('Verslag Noor.docx');
  await made.or(exportButton).first().waitFor();
  if (await exportButton.isVisible()) await exportButton.click();
  await expect(made).toBeVisible();
  expect(existsSync(target)).toBe(true);

  // Everything the page and the context asked for: the app's own files, nothing else.
  expect(requests.length, 'de app laadt haar eigen bestanden').toBeGreaterThanOrEqual(3);
  expect(requests.filter((url) => !isOwnFile(url)), 'verzoeken buiten de app').toEqual([]);
  expect(contextRequests.filter((url) => !isOwnFile(url)), 'verzoeken buiten de app (context)').toEqual([]);
  expect(requests.some((url) => url.endsWith('.js')) && requests.some((url) => url.endsWith('.css'))).toBe(true);
  expect(page.url()).toBe(entryUrl);
  expect(navigations).toEqual([]);
  expect(popups).toEqual([]);
});
