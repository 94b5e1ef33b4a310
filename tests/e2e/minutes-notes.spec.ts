import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { caretSettled } from '../support/caret';
import { launchApp, type AppHandle } from '../support/host';

let app: AppHandle | undefined;
let root: string;
const fileName = '2026-12-10 MDO Noor de Vries.mdo';

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-minutes-'));
  const meeting = sampleMeeting();
  meeting.agendaItems.push({ ...meeting.agendaItems[1]!, id: 'a3', title: 'Besluiten en taakverdeling', minutes: 25 });
  await writeFile(join(root, fileName), serializeMeeting(meeting));
  app = await launchApp({ libraryDir: root });
  await app.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await app.page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: 'Notuleren' }).click();
});

test.afterEach(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

function notes(page: Page) {
  return page.getByRole('textbox', { name: /^Aantekeningen bij/ });
}

/** The task panel, opened with its toggle where the window is too narrow to show it at once. */
async function openTaskPanel(page: Page): Promise<Locator> {
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Besluiten & taakverdeling' }).click();
  return panel;
}

async function savedMeeting(): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(join(root, fileName), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

test('notes with formatting, a typed decision and a typed action are saved in the meeting', async () => {
  const page = app!.page;
  await expect(page.getByRole('heading', { level: 2, name: 'Opening en kennismaking' })).toBeVisible();
  await notes(page).click();
  await page.keyboard.type('Moeder is ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('akkoord');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' met het delen van informatie.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- eerste punt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('tweede punt');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: Het wijkteam start gezinsbegeleiding.');
  await page.keyboard.press('Enter');
  const decision = page.getByRole('group', { name: 'Besluit B1' });
  await expect(decision.getByLabel('Besluit', { exact: true })).toHaveValue('Het wijkteam start gezinsbegeleiding.');
  await page.keyboard.type('Actie: Consultatie Veilig Thuis — Sanne Visser — uiterlijk 18-12');
  await page.keyboard.press('Enter');
  const action = page.getByRole('group', { name: 'Actie A1' });
  await expect(action.getByLabel('Wat')).toHaveValue('Consultatie Veilig Thuis');
  await expect(action.getByRole('list', { name: 'Wie doet het' })).toContainText('Sanne Visser');
  await expect(action).toContainText(/Uiterlijk (vr 18 dec 2026|\w+ 18 dec \d{4})/);

  // Ctrl+↓ goes to the next item; its editor starts empty.
  await page.keyboard.press('Control+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Stem van Noor' })).toBeVisible();
  await notes(page).click();
  await page.getByRole('button', { name: 'Besluit invoegen' }).click();
  await expect(page.getByRole('group', { name: 'Besluit B2' }).getByLabel('Besluit', { exact: true })).toBeFocused();
  await page.keyboard.type('Consultatie Veilig Thuis, geen melding.');
  await page.getByRole('group', { name: 'Besluit B2' }).getByRole('button', { name: 'Iemand is het oneens' }).click();
  await page.getByRole('group', { name: 'Besluit B2' }).getByLabel('Wie is het oneens?').fill('Els de Vries');
  await page.getByRole('group', { name: 'Besluit B2' }).getByLabel('Waarom?').fill('Een stap te ver.');

  await page.keyboard.press('Control+ArrowUp');
  await expect(page.getByRole('group', { name: 'Actie A1' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('notuleren.png'), fullPage: true });

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const meeting = await savedMeeting();
  const lists = deriveMeetingLists(meeting);
  expect(lists.decisions.map((d) => [d.number, d.data.text])).toEqual([
    ['B1', 'Het wijkteam start gezinsbegeleiding.'],
    ['B2', 'Consultatie Veilig Thuis, geen melding.'],
  ]);
  expect(lists.decisions[1]?.data.dissent).toEqual([{ who: { participantId: 'p5', name: 'Els de Vries' }, why: 'Een stap te ver.' }]);
  expect(lists.actions.map((a) => [a.number, a.data.what, a.data.who, a.data.due])).toEqual([
    ['A1', 'Consultatie Veilig Thuis', [{ participantId: 'p3', name: 'Sanne Visser' }], expect.stringMatching(/^\d{4}-12-18$/)],
  ]);
  const opening = JSON.stringify(meeting.agendaItems[0]?.notes);
  expect(opening).toContain('"text":"akkoord","type":"text"');
  expect(opening).toContain('"listType":"bullet"');
});

test('the last letters typed are in the meeting at once: Ctrl+S, Ctrl+↓ and a change in the task panel right after typing keep every one', async () => {
  // Typing is handed to the meeting when the note-taker pauses (renderer/src/notes/report-notes.tsx); whatever
  // reads or changes the meeting takes the pending text first. No pause here: each key follows the last at once.
  const page = app!.page;
  await expect(page.getByRole('heading', { level: 2, name: 'Opening en kennismaking' })).toBeVisible();
  await notes(page).click();
  await page.keyboard.type('Eerste zin zonder pauze');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  expect(JSON.stringify((await savedMeeting()).agendaItems[0]?.notes)).toContain('Eerste zin zonder pauze');

  await page.keyboard.type(' en nog wat');
  await page.keyboard.press('Control+ArrowDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Stem van Noor' })).toBeVisible();
  // The caret is at the end of this item's notes: a new line for the action.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Actie: Dossier opvragen - Bas - uiterlijk 2028-02-28');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tekst onder de actie');
  // A change in the task panel is written into these notes: the text typed just before it stays.
  const panel = await openTaskPanel(page);
  await panel.getByRole('combobox', { name: /Status/ }).first().selectOption('gedaan');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const saved = await savedMeeting();
  expect(JSON.stringify(saved.agendaItems[0]?.notes)).toContain('Eerste zin zonder pauze en nog wat');
  expect(JSON.stringify(saved.agendaItems[1]?.notes)).toContain('Tekst onder de actie');
  expect(deriveMeetingLists(saved).actions.map((action) => [action.data.what, action.data.status])).toEqual([['Dossier opvragen', 'gedaan']]);
});

test('a block typed above others numbers them again where they are shown: the blocks, their buttons, the task cards and their fields', async () => {
  // The numbers are read apart from the rest (renderer/src/notes/notes-context.ts): the blocks' fields and the
  // task cards are memoised and do not render for a new number, so this checks every place that shows one.
  const page = app!.page;
  await expect(page.getByRole('heading', { level: 2, name: 'Opening en kennismaking' })).toBeVisible();
  const panel = await openTaskPanel(page);
  await notes(page).click();
  await page.keyboard.type('Inleiding');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: Later besluit');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Actie: Tweede taak — Sanne Visser');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Actie A1' }).getByLabel('Wat')).toHaveValue('Tweede taak');
  await expect(panel.getByRole('combobox', { name: /^Wie doet A1\?/ })).toHaveValue('Sanne Visser');

  // Above both, after the first line: an earlier decision and action.
  await notes(page).getByText('Inleiding').click();
  await caretSettled(page);
  await page.keyboard.press('End');
  await caretSettled(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: Eerder besluit');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Actie: Eerste taak — Els de Vries');
  await page.keyboard.press('Enter');

  const laterDecision = page.getByRole('group', { name: 'Besluit B2' });
  await expect(laterDecision.getByLabel('Besluit', { exact: true })).toHaveValue('Later besluit');
  await expect(laterDecision.getByRole('button', { name: 'Besluit B2 verwijderen' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Besluit B1' }).getByLabel('Besluit', { exact: true })).toHaveValue('Eerder besluit');
  const secondAction = page.getByRole('group', { name: 'Actie A2' });
  await expect(secondAction.getByLabel('Wat')).toHaveValue('Tweede taak');
  await expect(secondAction.getByRole('button', { name: 'Actie A2 verwijderen' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Actie A1' }).getByLabel('Wat')).toHaveValue('Eerste taak');

  // The task panel: number buttons, the cards' fields and the warnings say the new numbers.
  await expect(panel.getByRole('listitem').filter({ hasText: 'Later besluit' }).getByRole('button')).toHaveAccessibleName('Ga naar B2');
  const secondCard = panel.getByRole('row').filter({ hasText: 'Tweede taak' });
  await expect(secondCard.getByRole('button', { name: 'Ga naar A2' })).toHaveText('A2');
  await expect(secondCard.getByRole('combobox', { name: /^Wie doet A2\?/ })).toHaveValue('Sanne Visser');
  await expect(secondCard.getByLabel('Uiterlijk voor A2')).toBeVisible();
  await expect(secondCard.getByLabel('Status van A2')).toBeVisible();
  await expect(panel.getByRole('row').filter({ hasText: 'Eerste taak' }).getByRole('button', { name: 'Ga naar A1' })).toBeVisible();
  await expect(panel).toContainText('A2 heeft nog geen datum (uiterlijk).');
  await expect(panel).not.toContainText('Ga naar A3');
});

test('a long "Let op" list is folded under its count, opens from the keyboard, and stays as the note-taker left it', async () => {
  const page = app!.page;
  const panel = await openTaskPanel(page);
  await notes(page).click();
  // Each action without an owner and a date is two points to watch.
  await page.keyboard.type('Actie: Eerste taak');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Actie: Tweede taak');
  await page.keyboard.press('Enter');
  const summary = panel.getByText(/^Let op: \d+ aandachtspunten?$/);
  await expect(summary).toHaveText('Let op: 4 aandachtspunten');
  await expect(panel.getByRole('listitem').filter({ hasText: 'A1 heeft nog niemand die het doet.' })).toBeVisible();

  await page.keyboard.type('Actie: Derde taak');
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText('Let op: 6 aandachtspunten');
  await expect(panel.getByText('A1 heeft nog niemand die het doet.')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'Notuleren met een dichtgeklapte Let op-lijst');

  // Opened with the keyboard; a new point keeps it open.
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('listitem').filter({ hasText: 'A3 heeft nog geen datum (uiterlijk).' })).toBeVisible();
  await notes(page).click();
  await caretSettled(page);
  await page.keyboard.press('Control+End');
  await caretSettled(page);
  await page.keyboard.type('Actie: Vierde taak');
  await page.keyboard.press('Enter');
  await expect(summary).toHaveText('Let op: 8 aandachtspunten');
  await expect(panel.getByRole('listitem').filter({ hasText: 'A4 heeft nog niemand die het doet.' })).toBeVisible();
});
