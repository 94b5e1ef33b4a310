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
 * Concept → definitief: the note-taker records the reaction date, a
 * correction and the mother's own statement, makes the minutes definitive;
 * the meeting is then frozen (Gegevens and the notes refuse every edit),
 * until Heropenen with a reason, which the log keeps: in the app, in the
 * saved file and after opening the file again.
 */

const FILE = 'MDO Noor de Vries.mdo';
const FIRST_ITEM = 'Opening en kennismaking';
let app: AppHandle | undefined;
let root = '';

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

async function onDisk(path: string): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const view = (page: Page, name: string): Locator =>
  page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: new RegExp(`^${name}`) });

const verslag = (page: Page): Locator => page.getByRole('region', { name: 'Verslag', exact: true });

test('makes the Noor minutes definitive, refuses edits until Heropenen with a reason, and keeps the log in the file', async () => {
  test.setTimeout(120_000);
  root = await mkdtemp(join(tmpdir(), 'mdo-concept-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  const path = join(libraryDir, FILE);
  await writeFile(path, serializeMeeting({ ...noorWithMinutes(), status: 'concept' }), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport: { width: 1366, height: 768 } });
  const { page } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();

  // Concept: the status as text (no free select any more), the reaction date, a correction and an own statement.
  const section = verslag(page);
  await expect(section.getByText('Concept', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveCount(0);
  await section.getByRole('textbox', { name: 'Reageren vóór' }).fill('24-12-2026');
  await section.getByRole('textbox', { name: 'Reageren vóór' }).press('Tab');
  await expect(section.getByText('Staat op het concept: reageren vóór donderdag 24 december 2026.')).toBeVisible();
  await section.getByRole('button', { name: 'Correctie toevoegen' }).click();
  const correction = section.getByRole('group', { name: 'Correctie 1' });
  await correction.getByRole('textbox', { name: 'Ontvangen op' }).fill('14-12-2026');
  await correction.getByRole('textbox', { name: 'Van', exact: true }).fill('Sanne Visser');
  await correction.getByRole('textbox', { name: 'Wat' }).fill('Het huisbezoek is op 17 december, niet op 16 december.');
  await section.getByRole('button', { name: 'Eigen verklaring toevoegen' }).click();
  const statement = section.getByRole('group', { name: 'Eigen verklaring 1' });
  await statement.getByRole('combobox', { name: 'Van (ouder of jongere)' }).fill('Els de Vries');
  await statement.getByRole('textbox', { name: 'Ontvangen op' }).fill('15-12-2026');
  await statement.getByRole('textbox', { name: 'Tekst, in hun eigen woorden' }).fill('Ik ben het niet eens met punt 2.\nWij zorgen goed voor Noor.');
  await expect(statement.getByText('Deelnemer: moeder.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'Gegevens, concept met correctie en eigen verklaring');

  // Definitief maken…: by the note-taker by default.
  await section.getByRole('button', { name: 'Definitief maken…' }).click();
  const make = page.getByRole('dialog', { name: 'Verslag definitief maken' });
  await expect(make.getByRole('textbox', { name: /Definitief gemaakt door/ })).toHaveValue('Joost Bakker');
  await make.getByRole('button', { name: 'Definitief maken' }).click();
  await expect(make).toHaveCount(0);
  await expect(section.getByText(/^Definitief sinds \d{1,2} \w+ \d{4} door Joost Bakker$/)).toBeVisible();
  const banner = page.getByRole('region', { name: 'Definitief:' });
  await expect(banner).toContainText(/Dit verslag is definitief sinds \d{1,2} \w+ \d{4}, vastgesteld door Joost Bakker\. Wijzigen kan pas na Heropenen\./);
  await expect(section.getByRole('listitem')).toHaveText([/: definitief gemaakt door Joost Bakker$/]);
  await expectNoSeriousAxeViolations(page, 'Gegevens, definitief');

  // Frozen: Gegevens refuses typing, undo cannot take the step back, the notes cannot be typed in.
  const title = page.getByRole('textbox', { name: /^Titel/ });
  await expect(title).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Locatie' })).toBeDisabled();
  await expect(correction.getByRole('textbox', { name: 'Wat' })).toBeDisabled();
  await expect(section.getByRole('button', { name: 'Correctie toevoegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Ongedaan maken/ })).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(section.getByText(/^Definitief sinds/)).toBeVisible();
  await view(page, 'Deelnemers').click();
  await expect(page.getByRole('textbox', { name: /Naam/ }).first()).toBeDisabled();
  await view(page, 'Notuleren').click();
  const notes = page.getByRole('textbox', { name: `Aantekeningen bij ${FIRST_ITEM}` });
  await expect(notes).toHaveAttribute('contenteditable', 'false');
  const before = await notes.innerText();
  await notes.click();
  await page.keyboard.type('Dit mag niet');
  expect(await notes.innerText()).toBe(before);
  // The task panel's own fields: typing is refused, and said.
  const who = page.getByRole('combobox', { name: /^Wie doet A1/ });
  await who.click();
  await page.keyboard.type('x');
  await expect(who).toHaveValue('Sanne Visser');
  await expect(page.getByRole('alert').filter({ hasText: /^Dit verslag is definitief sinds .* Wijzigen kan pas na Heropenen\./ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Definitief:' })).toBeVisible();

  // Heropenen: an empty reason gets a Dutch message; with a reason the meeting is editable again.
  await view(page, 'Gegevens').click();
  await page.getByRole('region', { name: 'Definitief:' }).getByRole('button', { name: 'Heropenen…' }).click();
  const reopen = page.getByRole('dialog', { name: 'Verslag heropenen' });
  await expect(reopen.getByRole('textbox', { name: 'Heropend door (verplicht)' })).toHaveValue('Joost Bakker');
  await reopen.getByRole('button', { name: 'Heropenen' }).click();
  await expect(reopen.getByRole('alert')).toHaveText(/^Schrijf op waarom het definitieve verslag wordt heropend/);
  await reopen.getByRole('textbox', { name: 'Reden (verplicht)' }).fill('Correctie van de datum van het huisbezoek, op verzoek van moeder.');
  await reopen.getByRole('button', { name: 'Heropenen' }).click();
  await expect(reopen).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Definitief:' })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Wijzigen kan pas na Heropenen' })).toHaveCount(0);
  await expect(section.getByText('Concept', { exact: true })).toBeVisible();
  await expect(section.getByRole('listitem')).toHaveText([
    /: definitief gemaakt door Joost Bakker$/,
    /: heropend door Joost Bakker\. Reden: Correctie van de datum van het huisbezoek, op verzoek van moeder\.$/,
  ]);
  await expect(title).toBeEnabled();
  await page.getByRole('textbox', { name: 'Locatie' }).fill('Basisschool De Regenboog, kamer 2');

  // Save, and open the file again: the log, the correction and the statement are kept.
  await page.keyboard.press('Control+s');
  await expect.poll(async () => (await onDisk(path)).location).toBe('Basisschool De Regenboog, kamer 2');
  const saved = await onDisk(path);
  expect(saved.status).toBe('concept');
  expect(saved.reactionDeadline).toBe('2026-12-24');
  expect(saved.corrections).toEqual([{ receivedOn: '2026-12-14', from: 'Sanne Visser', text: 'Het huisbezoek is op 17 december, niet op 16 december.' }]);
  expect(saved.ownStatements?.map((s) => [s.by, s.receivedOn, s.text])).toEqual([
    [{ participantId: 'p5', name: 'Els de Vries' }, '2026-12-15', 'Ik ben het niet eens met punt 2.\nWij zorgen goed voor Noor.'],
  ]);
  expect(saved.statusLog?.map((entry) => [entry.change, entry.by, entry.reason])).toEqual([
    ['definitief', 'Joost Bakker', ''],
    ['heropend', 'Joost Bakker', 'Correctie van de datum van het huisbezoek, op verzoek van moeder.'],
  ]);
  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(verslag(page).getByRole('listitem')).toHaveText([/: definitief gemaakt door Joost Bakker$/, /Reden: Correctie van de datum van het huisbezoek/]);
});

test('a definitive meeting opened from disk is frozen at once, at 1024×700', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-concept-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  const at = '2026-12-17T09:05:00.000Z';
  const meeting: Meeting = {
    ...noorWithMinutes(),
    status: 'definitief',
    finalized: { at, by: 'Joost Bakker' },
    statusLog: [{ at, change: 'definitief', by: 'Joost Bakker', reason: '' }],
  };
  await writeFile(join(libraryDir, FILE), serializeMeeting(meeting), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport: { width: 1024, height: 700 } });
  const { page } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Definitief:' })).toContainText(
    'Dit verslag is definitief sinds 17 december 2026, vastgesteld door Joost Bakker. Wijzigen kan pas na Heropenen.',
  );
  await expect(verslag(page).getByText('Definitief sinds 17 december 2026 door Joost Bakker', { exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Titel/ })).toBeDisabled();
  await expect(verslag(page).getByRole('button', { name: 'Definitief maken…' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'Gegevens, definitief geopend');
});

test('exports the concept with CONCEPT in every page header, and the definitive minutes without it and with the own statement', async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-concept-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  const meeting: Meeting = {
    ...noorWithMinutes(),
    status: 'concept',
    reactionDeadline: '2026-12-24',
    ownStatements: [{ id: 'st1', by: { participantId: 'p5', name: 'Els de Vries' }, receivedOn: '2026-12-15', text: 'Wij zorgen goed voor Noor.' }],
  };
  await writeFile(join(libraryDir, FILE), serializeMeeting(meeting), 'utf8');
  let copies = 0;
  app = await launchApp({
    libraryDir,
    configDir: join(root, 'config'),
    viewport: { width: 1366, height: 768 },
    dialogs: { chooseSavePath: async (proposed) => proposed.replace(/\.docx$/, ` ${++copies}.docx`) },
  });
  const { page } = app;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await expect(verslag(page)).toBeVisible();

  const exportMinutes = async () => {
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('dialog', { name: 'Verslag exporteren' }).getByRole('button', { name: 'Exporteren' }).click();
    await expect(page.getByText('Word-bestand gemaakt')).toBeVisible();
    const name = (await readdir(libraryDir)).find((file) => file.endsWith(` ${copies}.docx`));
    if (!name) throw new Error('no Word file');
    return readDocx(await readFile(join(libraryDir, name)));
  };
  const headerTexts = (docx: ReturnType<typeof readDocx>) =>
    Object.entries(docx.parts)
      .filter(([part]) => /^word\/header\d*\.xml$/.test(part))
      .map(([, xml]) => xml.replace(/<[^>]+>/g, ''));

  const concept = await exportMinutes();
  expect(headerTexts(concept).length).toBeGreaterThan(0);
  for (const header of headerTexts(concept)) expect(header).toMatch(/^CONCEPT · Verslag MDO · /);
  expect(concept.paragraphs.map((p) => p.text)).toContain('Concept – reageren vóór donderdag 24 december 2026');

  await page.getByRole('button', { name: 'Melding sluiten' }).click().catch(() => undefined);
  await verslag(page).getByRole('button', { name: 'Definitief maken…' }).click();
  await page.getByRole('dialog', { name: 'Verslag definitief maken' }).getByRole('button', { name: 'Definitief maken' }).click();
  const final = await exportMinutes();
  for (const header of headerTexts(final)) expect(header).toMatch(/^Verslag MDO · /);
  const text = `${final.headerFooterText}\n${final.paragraphs.map((p) => p.text).join('\n')}`;
  expect(text).not.toMatch(/concept/i);
  expect(final.paragraphs.map((p) => p.text)).toEqual(
    expect.arrayContaining(['Eigen verklaring van Els de Vries (moeder), ontvangen op dinsdag 15 december 2026', 'Wij zorgen goed voor Noor.']),
  );
});
