import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { writeMeetingFile } from '../../host/storage';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';
import { notesFromMarkdown } from '../support/lexical-fixtures';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * Zoeken in alle overleggen (issue 16, point 3) and Uitnodiging (.ics)
 * (point 5), in the app through the test host: the real handlers keep the
 * search index (in a cache folder of the test's own) and write the file.
 */

let app: AppHandle;
let libraryDir: string;

async function save(fileName: string, meeting: Meeting): Promise<void> {
  const saved = await writeMeetingFile(join(libraryDir, fileName), meeting);
  if (!saved.ok) throw new Error(saved.error.message);
}

function withNotes(meeting: Meeting, itemId: string, markdown: string): Meeting {
  return { ...meeting, agendaItems: meeting.agendaItems.map((item) => (item.id === itemId ? { ...item, notes: notesFromMarkdown(markdown) } : item)) };
}

test.beforeEach(async () => {
  libraryDir = await mkdtemp(join(tmpdir(), 'mdo-zoeken-e2e-'));
  const noor = sampleMeeting();
  // A library of three meetings: Noor twice (Chloë, her friend, in the second's second item), and Sem.
  await save('2026-12-10 MDO Noor de Vries.mdo', noor);
  await save(
    '2027-01-28 MDO Noor de Vries.mdo',
    withNotes({ ...noor, id: 'noor-2', date: '2027-01-28', title: 'Evaluatie Noor' }, 'a2', 'Noor speelt in de pauze vaak met Chloë uit groep 5.'),
  );
  await save('2026-11-05 MDO Sem B.mdo', { ...noor, id: 'sem-1', title: 'MDO Sem B.', child: { name: 'Sem B.', birthDate: null }, date: '2026-11-05' });
  app = await launchApp({ libraryDir, viewport: { width: 1366, height: 768 } });
  await expect(app.page.getByRole('heading', { name: 'Overleggen in uw map' })).toBeVisible();
});

test.afterEach(async () => {
  await app.close();
  await rm(libraryDir, { recursive: true, force: true });
});

function searchField(page: Page) {
  return page.getByRole('combobox', { name: 'Zoekwoorden' });
}

test('Ctrl+K finds Chloë by "chloe" and Enter opens the meeting at that item, in its notes', async () => {
  const { page } = app;
  // On the start screen Ctrl+K goes to its own field.
  await page.keyboard.press('Control+K');
  const startField = page.getByRole('combobox', { name: 'Zoeken in alle overleggen' });
  await expect(startField).toBeFocused();
  await page.keyboard.type('chloe');
  const results = page.getByRole('listbox', { name: 'Gevonden overleggen' });
  await expect(results.getByRole('group')).toHaveCount(1);
  const group = results.getByRole('group', { name: /Evaluatie Noor/ });
  await expect(group).toContainText('28 januari 2027');
  await expect(group.getByRole('option')).toHaveCount(1);
  await expect(group.getByRole('option').first()).toContainText('Punt 2.');
  await expect(group.getByRole('option').first()).toContainText('met Chloë uit groep 5');
  await expect(page.getByRole('status').filter({ hasText: '1 overleg gevonden' })).toBeVisible();
  await expect(startField).toHaveAttribute('aria-activedescendant', /.+/);

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie Noor' })).toBeVisible();
  await expect(page.getByText('Agendapunt 2 van')).toBeVisible();
  const notes = page.locator('#meeting-view .notes-editor__content');
  await expect(notes).toBeFocused();
  await expect(notes).toContainText('Chloë');

  // In the notes Ctrl+K stays Link; Ctrl+Shift+F opens the search there.
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('dialog', { name: 'Zoeken in alle overleggen' })).toBeHidden();
  await page.keyboard.press('Escape');
  await notes.focus();
  await page.keyboard.press('Control+Shift+F');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in alle overleggen' });
  await expect(dialog).toBeVisible();
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(notes).toBeFocused();
});

test('the Ctrl+K dialog from a meeting: arrows through the results, axe finds nothing serious, Escape gives the focus back', async () => {
  const { page } = app;
  await page.getByRole('button', { name: /MDO Sem B\./ }).first().click();
  const heading = page.getByRole('heading', { level: 1, name: 'MDO Sem B.' });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in alle overleggen' });
  await expect(dialog).toBeVisible();
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('yilmaz');
  const options = dialog.getByRole('option');
  await expect(dialog.getByRole('group')).toHaveCount(3);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expectNoSeriousAxeViolations(page, 'Zoeken in alle overleggen');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(heading).toBeFocused();

  // The menu's Zoeken in alle overleggen… (Ctrl+Shift+F) opens the same dialog.
  await app.host.emit({ type: 'command', command: 'search' });
  await expect(dialog).toBeVisible();
  await expect(searchField(page)).toBeFocused();
});

test('a meeting saved in the app is found by a word typed into it', async () => {
  const { page } = app;
  // The index is made before the change: the search must see the save.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('noor');
  await expect(page.getByRole('listbox', { name: 'Gevonden overleggen' }).getByRole('group')).toHaveCount(3);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /MDO Sem B\./ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'MDO Sem B.' })).toBeVisible();
  // Notuleren, the first item's notes: a word no meeting has yet.
  await page.keyboard.press('Alt+4');
  const notes = page.locator('#meeting-view .notes-editor__content');
  await notes.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Afgesproken bij de Zwanenvijver.');
  await expect(page.getByText('Niet opgeslagen wijzigingen')).toBeVisible();
  await page.keyboard.press('Control+S');
  await expect(page.getByText('Niet opgeslagen wijzigingen')).toBeHidden();
  await expect.poll(async () => (await readFile(join(libraryDir, '2026-11-05 MDO Sem B.mdo'), 'utf8')).includes('Zwanenvijver')).toBe(true);

  // The caret is still in the notes, where Ctrl+K is Link: Ctrl+Shift+F.
  await page.keyboard.press('Control+Shift+F');
  const dialog = page.getByRole('dialog', { name: 'Zoeken in alle overleggen' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('zwanenvijv');
  await expect(dialog.getByRole('group')).toHaveCount(1);
  await expect(dialog.getByRole('group', { name: /MDO Sem B\./ })).toBeVisible();
});

test('choosing a result while the open meeting has unsaved changes asks first; Annuleren keeps the meeting', async () => {
  const { page } = app;
  await page.getByRole('button', { name: /MDO Sem B\./ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'MDO Sem B.' })).toBeVisible();
  await page.getByLabel('Locatie').fill('Gymzaal');
  await expect(page.getByText('Niet opgeslagen wijzigingen')).toBeVisible();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('chloe');
  await expect(page.getByRole('dialog', { name: 'Zoeken in alle overleggen' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const question = page.getByRole('dialog', { name: 'Wijzigingen bewaren?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'MDO Sem B.' })).toBeVisible();
  await expect(page.getByLabel('Locatie')).toHaveValue('Gymzaal');
});

test('Uitnodiging (.ics) saves the invitation for the next meeting, read back with ical.js', async () => {
  const { page, host } = app;
  await page.getByRole('button', { name: /Evaluatie Noor/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatie Noor' })).toBeVisible();
  const button = page.getByRole('button', { name: 'Uitnodiging (.ics)' });

  // Without a time the app says what to fill in, and asks nothing.
  await page.getByLabel('Volgend overleg: tijd').fill('');
  await page.getByLabel('Volgend overleg: tijd').blur();
  await button.click();
  await expect(page.getByRole('alert').filter({ hasText: 'geen tijd' })).toContainText('Vul bij Gegevens "Volgend overleg" de datum en de tijd in.');

  await page.getByLabel('Volgend overleg: tijd').fill('15:30');
  await page.getByLabel('Volgend overleg: tijd').blur();
  const target = join(libraryDir, 'uitnodiging.ics');
  host.queueSavePath(target);
  await button.click();
  await expect(page.getByText('Uitnodiging opgeslagen.')).toContainText('uitnodiging.ics');

  const calendar = new ICAL.Component(ICAL.parse(await readFile(target, 'utf8')));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
  const start = event.startDate.clone();
  start.zone = zone;
  // 28 January 2027, 15:30 in Amsterdam (winter time, UTC+1).
  expect(start.toJSDate().toISOString()).toBe('2027-01-28T14:30:00.000Z');
  expect(event.summary).toBe('Vervolg-MDO N.d.V.');
});
