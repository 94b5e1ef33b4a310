import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { launchApp, type AppHandle } from '../support/host';

/**
 * What the page can make the host do, through `window.mdo` as any script in
 * the page could call it: only what the user chose. And the case users
 * found: work typed in a copy made with Opslaan als survives a crash and
 * the deletion of the original.
 */

let root = '';
let home = '';
let libraryDir = '';
let configDir = '';
const apps: AppHandle[] = [];

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-host-access-'));
  home = join(root, 'home');
  libraryDir = join(home, 'Documenten', 'MDO');
  configDir = join(root, 'config');
  await mkdir(libraryDir, { recursive: true });
});

test.afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
  await rm(root, { recursive: true, force: true });
});

async function start(): Promise<AppHandle> {
  const app = await launchApp({ libraryDir, configDir });
  apps.push(app);
  return app;
}

type Answer = { ok: boolean; error?: { code: string; message: string } };

/** Calls `window.mdo[name](...args)` in the page, as a script there would. */
function callBridge(page: Page, name: string, ...args: unknown[]): Promise<Answer> {
  return page.evaluate(
    ([method, parameters]) => {
      const bridge = (window as unknown as { mdo: Record<string, (...values: unknown[]) => Promise<Answer>> }).mdo;
      return bridge[method as string]!(...(parameters as unknown[]));
    },
    [name, args] as const,
  );
}

test('a script in the page cannot make the host save, open or delete a file the user did not choose', async () => {
  const elsewhere = join(home, 'ander-overleg.mdo');
  const elsewhereBytes = serializeMeeting({ ...sampleMeeting(), title: 'Van een ander' });
  await writeFile(elsewhere, elsewhereBytes);
  await writeFile(join(libraryDir, 'Noor.mdo'), serializeMeeting(sampleMeeting()));
  const { page } = await start();
  await expect(page.getByRole('button', { name: 'MDO Noor de Vries', exact: true })).toBeVisible();
  const meeting = sampleMeeting();

  for (const path of [join(home, '.profile-dropped'), join(home, 'x.desktop'), elsewhere]) {
    const saved = await callBridge(page, 'saveMeeting', path, meeting);
    expect(saved, path).toMatchObject({ ok: false, error: { code: 'not-chosen' } });
  }
  expect(existsSync(join(home, '.profile-dropped'))).toBe(false);
  expect(existsSync(join(home, 'x.desktop'))).toBe(false);
  expect(await readFile(elsewhere, 'utf8')).toBe(elsewhereBytes);

  // Whether a file exists is not to be learnt: the same answer for one that does and one that does not.
  const [there, notThere] = await Promise.all([
    callBridge(page, 'openMeeting', elsewhere),
    callBridge(page, 'openMeeting', join(home, 'bestaat-niet.mdo')),
  ]);
  expect(there).toEqual(notThere);
  expect(there).toMatchObject({ ok: false, error: { code: 'not-chosen' } });

  expect(await callBridge(page, 'deleteMeeting', elsewhere)).toMatchObject({ ok: false, error: { code: 'not-deleted' } });
  expect(existsSync(elsewhere)).toBe(true);
  expect(await callBridge(page, 'saveRecovery', meeting, elsewhere)).toMatchObject({ ok: false, error: { code: 'not-chosen' } });

  // What the library listed is the user's to use.
  expect(await callBridge(page, 'openMeeting', join(libraryDir, 'Noor.mdo'))).toMatchObject({ ok: true });
});

test('a file opened with the app from the OS opens and saves', async () => {
  const path = join(home, 'Bureaublad-Noor.mdo');
  await writeFile(path, serializeMeeting(sampleMeeting()));
  const { page, host } = await start();
  await host.emit({ type: 'open-file', path });
  await expect(page.getByLabel('Titel')).toHaveValue('MDO Noor de Vries');
  await page.getByLabel('Titel').fill('MDO Noor, via het bureaublad');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen/);
  const saved = parseMeetingFile(await readFile(path, 'utf8'));
  expect(saved.ok && saved.value.title).toBe('MDO Noor, via het bureaublad');
});

test('Opslaan als January, typing, a crash, then deleting December: January’s unsaved work is still offered', async () => {
  const december = join(libraryDir, '2026-12-10 MDO Noor.mdo');
  const january = join(libraryDir, '2027-01-14 MDO Noor.mdo');
  await writeFile(december, serializeMeeting(sampleMeeting()));

  const first = await start();
  await first.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await first.page.getByLabel('Titel').fill('MDO Noor – januari');
  first.host.queueSavePath(january);
  await first.host.emit({ type: 'command', command: 'save-as' });
  await expect(first.page.getByText('Bestand: 2027-01-14 MDO Noor.mdo')).toBeVisible();
  await expect(first.page.getByRole('status')).toHaveText(/^Opgeslagen/);

  // Typing in January, until the autosave has it; then the app is killed.
  await first.page.getByLabel('Titel').fill('MDO Noor – januari, getypt na Opslaan als');
  const copies = () => readdir(join(configDir, 'Herstel')).catch(() => [] as string[]);
  const copyTexts = async () => Promise.all((await copies()).filter((name) => name.endsWith('.json')).map((name) => readFile(join(configDir, 'Herstel', name), 'utf8')));
  await expect.poll(async () => (await copyTexts()).join('\n'), { timeout: 10_000 }).toContain('getypt na Opslaan als');
  await apps.pop()!.crash();

  const second = await start();
  const { page } = second;
  const offer = page.getByRole('region', { name: 'Niet opgeslagen werk gevonden' });
  await expect(offer.getByRole('heading', { level: 3, name: 'MDO Noor – januari, getypt na Opslaan als' })).toBeVisible();

  await page.getByRole('button', { name: 'Verwijderen: MDO Noor de Vries' }).click();
  await page.getByRole('dialog', { name: 'Overleg verwijderen?' }).getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText('"MDO Noor de Vries" is naar de prullenbak verplaatst.')).toBeVisible();
  expect(existsSync(december)).toBe(false);

  // Still offered now, and after a restart.
  await expect(offer.getByRole('heading', { level: 3, name: 'MDO Noor – januari, getypt na Opslaan als' })).toBeVisible();
  await apps.pop()!.close();
  const third = await start();
  const again = third.page.getByRole('region', { name: 'Niet opgeslagen werk gevonden' });
  await expect(again.getByRole('heading', { level: 3, name: 'MDO Noor – januari, getypt na Opslaan als' })).toBeVisible();
  await again.getByRole('button', { name: 'Herstellen: MDO Noor – januari, getypt na Opslaan als' }).click();
  // The killed window's lock is still beside January, but its process is gone (each window of the test host has its own): cleared without a question.
  await expect(third.page.getByText('Er stond nog een vergrendeling van een eerdere sessie')).toBeVisible();
  await third.page.keyboard.press('Control+s');
  await expect(third.page.getByRole('status')).toHaveText(/^Opgeslagen/);
  const saved = parseMeetingFile(await readFile(january, 'utf8'));
  expect(saved.ok && saved.value.title).toBe('MDO Noor – januari, getypt na Opslaan als');
});
