import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { launchApp, type AppHandle } from '../support/host';

/*
 * A note-taker minutes with the keyboard only, on a laptop screen: Tab
 * nests a list and never takes the focus out of the notes, Ctrl+↓ goes on
 * typing in the next item, `Actie:` lines typed with ordinary hyphens and
 * `Reden:` under a decision become what they say, and every block lets the
 * keyboard back out into the text.
 */

const FILE_NAME = 'MDO Noor de Vries.mdo';
let app: AppHandle | undefined;
let root = '';

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-notes-keyboard-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  await writeFile(join(libraryDir, FILE_NAME), serializeMeeting(noorWithMinutes()), 'utf8');
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport: { width: 1366, height: 768 } });
  await app.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await app.page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

function notes(page: Page, title: string) {
  return page.getByRole('textbox', { name: `Aantekeningen bij ${title}` });
}

/** The editor learns where the caret is from the browser's selectionchange event, a frame later. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The caret on a line of its own below everything in `box`, out of any list the notes end with. */
async function startBelowTheNotes(page: Page, box: Locator): Promise<void> {
  await box.click();
  await page.keyboard.press('Control+End');
  await nextFrames(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
}

async function savedMeeting(): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(join(root, 'MDO', FILE_NAME), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toBeVisible();
}

test('a list typed with Tab and Shift+Tab nests, keeps every word and keeps the focus in the notes', async () => {
  const page = app!.page;
  const opening = notes(page, 'Opening en kennismaking');
  await startBelowTheNotes(page, opening);
  await page.keyboard.type('- ochtend');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('geen ontbijt');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('brood zelf gepakt');
  await expect(opening).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('middag');
  // What the issue saw: Shift+Tab on the top level, then a space and Enter, then typing on.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.keyboard.type('avond');
  await expect(opening).toBeFocused();

  const bullets = opening.locator('ul').first();
  await expect(bullets.locator(':scope > li:not(.notes-li--nested)')).toHaveText(['ochtend', 'middag', 'avond']);
  await expect(bullets.locator('ul > li:not(.notes-li--nested)').first()).toHaveText('geen ontbijt');
  await expect(bullets.locator('ul ul > li:not(.notes-li--nested)')).toHaveText('brood zelf gepakt');
  await expect(page.getByRole('form', { name: /Vertrouwelijk/ })).toHaveCount(0);
  await expect(opening.getByRole('group', { name: /^Vertrouwelijk/ })).toHaveCount(0);

  // Outside a list Tab does nothing at all: the next word still lands in the text.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Daarna');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type(' verder.');
  await expect(opening).toBeFocused();
  await expect(opening.getByText('Daarna verder.')).toBeVisible();

  await save(page);
  const saved = JSON.stringify((await savedMeeting()).agendaItems[0]?.notes);
  for (const word of ['ochtend', 'geen ontbijt', 'brood zelf gepakt', 'middag', 'avond', 'Daarna verder.']) expect(saved).toContain(`"text":"${word}`);
  expect(saved).not.toContain('mdo-confidential');
});

test('Ctrl+↓ and Ctrl+↑ go on typing in the format of the text at the end of the notes, as Ctrl+End does', async () => {
  const page = app!.page;
  await notes(page, 'Opening en kennismaking').click();
  await page.keyboard.press('Control+ArrowDown');
  const voice = notes(page, 'Stem van Noor');
  await expect(voice).toBeFocused();
  await page.keyboard.type('Noor zegt: ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('zelf');
  await expect(voice.locator('.notes-bold')).toHaveText('zelf');

  // Away and back: the caret is at the end of the bold word, and what is typed there is bold too.
  await page.keyboard.press('Control+ArrowUp');
  await expect(notes(page, 'Opening en kennismaking')).toBeFocused();
  await page.keyboard.press('Control+ArrowDown');
  await expect(voice).toBeFocused();
  await nextFrames(page);
  await page.keyboard.type(' kiezen');
  await expect(voice.locator('.notes-bold')).toHaveText('zelf kiezen');
  await expect(page.getByRole('button', { name: /^Vet/ })).toHaveAttribute('aria-pressed', 'true');

  // And at a plain end, plain: Ctrl+B, a word, Ctrl+B again, then away and back.
  await page.keyboard.press('Control+b');
  await page.keyboard.type(', echt');
  await page.keyboard.press('Control+ArrowUp');
  await page.keyboard.press('Control+ArrowDown');
  await expect(voice).toBeFocused();
  await nextFrames(page);
  await page.keyboard.type('.');
  await expect(voice.locator('.notes-bold')).toHaveText('zelf kiezen');
  await expect(voice.getByText('Noor zegt: zelf kiezen, echt.')).toBeVisible();

  // After a line break (Shift+Enter) at the end: on its empty line, in the same paragraph.
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Control+ArrowUp');
  await page.keyboard.press('Control+ArrowDown');
  await expect(voice).toBeFocused();
  await nextFrames(page);
  await page.keyboard.type('Tweede regel');
  await expect(voice.locator('p', { hasText: 'Noor zegt: zelf' })).toHaveText(/echt\.\s*Tweede regel$/);
});

test('Ctrl+↓ goes on typing in the next item, and typed actions, reasons and blocks work from the keyboard', async () => {
  test.setTimeout(90_000);
  const page = app!.page;
  await notes(page, 'Opening en kennismaking').click();
  await page.keyboard.press('Control+ArrowDown');
  const voice = notes(page, 'Stem van Noor');
  await expect(voice).toBeFocused();
  await page.keyboard.type('Noor wil zelf kiezen.');
  // The notes ended with a decision: the text goes in a paragraph after it.
  await expect(voice.getByText('Noor wil zelf kiezen.')).toBeVisible();
  await page.keyboard.press('Control+ArrowUp');
  await expect(notes(page, 'Opening en kennismaking')).toBeFocused();
  await page.keyboard.press('Control+ArrowDown');
  await expect(voice).toBeFocused();

  // An action typed with ordinary hyphens.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Actie: Dossier opvragen - Bas - uiterlijk 2028-02-28');
  await page.keyboard.press('Enter');
  const action = voice.getByRole('group', { name: /^Actie A\d+$/ });
  await expect(action.getByLabel('Wat')).toHaveValue('Dossier opvragen');
  await expect(action.getByRole('list', { name: 'Wie doet het' })).toHaveText('Bas×');
  await expect(action).toContainText('28 feb 2028');
  await expect(voice).toBeFocused();
  await page.keyboard.type('Daarna verder.');
  // In Uiterlijk ↑ and ↓ step the date; they do not leave the block (Escape does).
  await action.getByLabel('Uiterlijk').click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await expect(action.getByLabel('Uiterlijk')).toBeFocused();
  await expect(action).toContainText('27 feb 2028');
  await page.keyboard.press('ArrowUp');
  await expect(action).toContainText('28 feb 2028');
  // Status is radio buttons (no drop-down list in the notes: minutes.css): Tab reaches the chosen one, the arrows choose.
  await page.keyboard.press('Tab');
  const status = action.getByRole('group', { name: 'Status' });
  await expect(status.getByRole('radio', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(status.getByRole('radio', { name: 'Gedaan' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(status.getByRole('radio', { name: 'Open' })).toBeChecked();
  await expect(voice.locator('select')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(voice).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(voice.getByText('Daarna verder.')).toBeVisible();

  // A decision with its reason and a disagreement, typed line by line.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: Noor ontbijt voortaan op school');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Reden: Moeder vraagt het zelf');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Oneens: Els - te snel');
  await page.keyboard.press('Enter');
  const decision = voice.getByRole('group', { name: /^Besluit B\d+$/ }).filter({ has: page.getByText('Reden (mag leeg)') }).last();
  await expect(decision.getByLabel('Besluit', { exact: true })).toHaveValue('Noor ontbijt voortaan op school');
  await expect(decision.getByLabel('Reden (mag leeg)')).toHaveValue('Moeder vraagt het zelf');
  await expect(decision.getByLabel('Wie is het oneens?')).toHaveValue('Els de Vries');
  await expect(decision.getByLabel('Waarom?')).toHaveValue('te snel');
  await expect(voice).not.toContainText('Reden: Moeder');
  await expect(voice).toBeFocused();

  // In a block: Enter goes from field to field, Escape back to the text below it.
  await decision.getByLabel('Besluit', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(decision.getByLabel('Reden (mag leeg)')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(voice).toBeFocused();
  await page.keyboard.type('Na het besluit.');
  await expect(voice.getByText('Na het besluit.')).toBeVisible();
  await expect(decision.getByLabel('Reden (mag leeg)')).toHaveValue('Moeder vraagt het zelf');

  // "Iemand is het oneens" puts the focus in the new "Wie" field.
  await decision.getByRole('button', { name: 'Iemand is het oneens' }).click();
  await expect(decision.getByLabel('Wie is het oneens?').last()).toBeFocused();
  await page.keyboard.type('Sanne Visser');
  await page.keyboard.press('Enter');
  await expect(decision.getByLabel('Waarom?').last()).toBeFocused();
  await page.keyboard.type('eerst overleg');
  // Enter on the last field: an empty line below the block, to type on.
  await page.keyboard.press('Enter');
  await expect(voice).toBeFocused();
  await page.keyboard.type('Volgende punt.');
  await expect(voice.getByText('Volgende punt.')).toBeVisible();

  // ↑ from the text goes into the block above; ↑ at the start of its field back to the text.
  await expect(page.getByRole('form', { name: /Vertrouwelijk/ })).toHaveCount(0);
  await save(page);
  const meeting = await savedMeeting();
  const lists = deriveMeetingLists(meeting);
  const typedAction = lists.actions.find((entry) => entry.data.what === 'Dossier opvragen');
  expect(typedAction?.data).toMatchObject({ who: [{ participantId: null, name: 'Bas' }], due: '2028-02-28', status: 'open' });
  const typedDecision = lists.decisions.find((entry) => entry.data.text === 'Noor ontbijt voortaan op school');
  expect(typedDecision?.data).toMatchObject({
    reason: 'Moeder vraagt het zelf',
    dissent: [
      { who: { participantId: 'p5', name: 'Els de Vries' }, why: 'te snel' },
      { who: { participantId: 'p3', name: 'Sanne Visser' }, why: 'eerst overleg' },
    ],
  });
  const voiceNotes = JSON.stringify(meeting.agendaItems[1]?.notes);
  for (const text of ['Noor wil zelf kiezen.', 'Daarna verder.', 'Na het besluit.', 'Volgende punt.']) expect(voiceNotes).toContain(`"text":"${text}"`);
});

test('Actie: and Besluit: typed as an item of a list become blocks: the list is split around them and typing goes on below', async () => {
  const page = app!.page;
  const opening = notes(page, 'Opening en kennismaking');
  await startBelowTheNotes(page, opening);
  await page.keyboard.type('Over de ochtend:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. Moeder vertelt over de ochtend');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Wijkteam ziet het ook');
  await page.keyboard.press('Enter');
  await page.keyboard.type('School belt morgen');
  // Back to the end of the second item, then it becomes an action.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await nextFrames(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Actie: Gezinsplan maken - Sanne Visser - uiterlijk 2028-03-01');
  await page.keyboard.press('Enter');
  const action = opening.getByRole('group', { name: /^Actie A\d+$/ });
  await expect(action.getByLabel('Wat')).toHaveValue('Gezinsplan maken');
  await expect(action.getByRole('list', { name: 'Wie doet het' })).toContainText('Sanne Visser');
  await expect(opening).toBeFocused();
  await page.keyboard.type('Daarna verder.');
  await expect(opening.getByText('Daarna verder.')).toBeVisible();
  // The list before the action keeps its two items, the action follows it; the list after it goes on at 3.
  const before = opening.locator(':scope > ol', { hasText: 'Moeder vertelt' });
  const after = opening.locator(':scope > ol', { hasText: 'School belt' });
  await expect(before.locator('li')).toHaveText(['Moeder vertelt over de ochtend', 'Wijkteam ziet het ook']);
  await expect(after.locator('li')).toHaveText(['School belt morgen']);
  await expect(after).toHaveAttribute('start', '3');
  await expect(before.locator('xpath=following-sibling::*[1]')).toHaveClass(/notes-block/);

  // The only item of a bulleted list: the list goes, the decision takes its place.
  await page.keyboard.press('Enter');
  // A frame after each step, as a person types: the list made of "- " (a paragraph replaced, with a list right below it)
  // takes the caret a frame later, and keys sent at once could land in the list below.
  await nextFrames(page);
  await page.keyboard.type('- ');
  await nextFrames(page);
  await page.keyboard.type('Besluit: Noor ontbijt op school');
  await page.keyboard.press('Enter');
  await expect(opening.getByRole('group', { name: /^Besluit B\d+$/ }).last().getByLabel('Besluit', { exact: true })).toHaveValue('Noor ontbijt op school');
  await expect(opening.locator(':scope > ul')).toHaveCount(0);
  await expect(opening).not.toContainText('Besluit: Noor');

  await save(page);
  const meeting = await savedMeeting();
  const lists_ = deriveMeetingLists(meeting);
  expect(lists_.actions.find((entry) => entry.data.what === 'Gezinsplan maken')?.data).toMatchObject({ who: [{ participantId: 'p3', name: 'Sanne Visser' }], due: '2028-03-01' });
  expect(lists_.decisions.some((entry) => entry.data.text === 'Noor ontbijt op school')).toBe(true);
  const opened = JSON.stringify(meeting.agendaItems[0]?.notes);
  for (const text of ['Moeder vertelt over de ochtend', 'Wijkteam ziet het ook', 'School belt morgen', 'Daarna verder.']) expect(opened).toContain(`"text":"${text}"`);
  expect(opened).not.toContain('Actie: Gezinsplan');
});

test('the arrow keys go into a block and back out', async () => {
  const page = app!.page;
  const voice = notes(page, 'Stem van Noor');
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Stem van Noor/ }).click();
  // The notes end with decision B1, right after the list item "mama & ik & de kat".
  await voice.getByText('mama & ik & de kat').click();
  await page.keyboard.press('End');
  await nextFrames(page);
  const decision = voice.getByRole('group', { name: /^Besluit B\d+$/ });
  await page.keyboard.press('ArrowDown');
  await expect(decision.getByLabel('Besluit', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(voice).toBeFocused();
  await page.keyboard.type(' (en de kat)');
  await expect(voice).toContainText('mama & ik & de kat (en de kat)');
  await page.keyboard.press('ArrowDown');
  await expect(decision.getByLabel('Besluit', { exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await expect(voice).toBeFocused();
  await page.keyboard.type('Onder het besluit.');
  await expect(voice.getByText('Onder het besluit.')).toBeVisible();
});
