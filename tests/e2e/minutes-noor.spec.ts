import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';

/**
 * The note-taker's path for the Noor case: notes for four items, two
 * decisions (one with dissent) and five actions made by toolbar, shortcut
 * and typing, Dutch due dates, a reorder that renumbers, the task panel per
 * person with the warning for the absent GP, save and reopen.
 */

let app: AppHandle | undefined;
let root: string;
const fileName = '2026-12-10 MDO Noor de Vries.mdo';

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-minutes-noor-'));
  const meeting = sampleMeeting();
  const template = meeting.agendaItems[1]!;
  meeting.agendaItems.push(
    { ...template, id: 'a3', title: 'Zorgen en wat goed gaat', minutes: 20 },
    { ...template, id: 'a4', title: 'Besluiten en taakverdeling', minutes: 25, kind: 'besluitvorming' },
  );
  await writeFile(join(root, fileName), serializeMeeting(meeting));
  app = await launchApp({ libraryDir: root });
  await app.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
});

test.afterEach(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

function view(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

async function openItem(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await typeBelow(page, title);
}

/** Puts the caret in a new paragraph under everything in the item's notes, as a note-taker clicking below the text would. */
async function typeBelow(page: Page, title: string): Promise<void> {
  const notes = page.getByRole('textbox', { name: `Aantekeningen bij ${title}` });
  const box = await notes.boundingBox();
  if (!box) throw new Error(`no notes editor for ${title}`);
  await notes.click({ position: { x: box.width - 10, y: box.height - 6 } });
  await expect(notes).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
}

async function savedMeeting(): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(join(root, fileName), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

test('a note-taker records the Noor meeting: decisions, actions, numbering, the task panel, save and reopen', async () => {
  test.setTimeout(120_000);
  const page = app!.page;
  const inTwoWeeks = format(addDays(new Date(), 14), 'yyyy-MM-dd');
  await view(page, 'Notuleren').click();

  // 1. Opening: plain notes.
  await openItem(page, 'Opening en kennismaking');
  await page.keyboard.type('Moeder geeft toestemming om informatie te delen.');

  // 2. Stem van Noor: a decision by typing.
  await page.keyboard.press('Control+ArrowDown');
  await openItem(page, 'Stem van Noor');
  await page.keyboard.type('Noor vertelt dat ze zelf haar brood moet pakken.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: Noor mag vanaf maandag ontbijten op school.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Besluit B1' }).getByLabel('Besluit', { exact: true })).toHaveValue('Noor mag vanaf maandag ontbijten op school.');

  // 3. Zorgen: an action by toolbar (due date "18-12"), one by shortcut (picked date, for the absent GP).
  await openItem(page, 'Zorgen en wat goed gaat');
  await page.keyboard.type('Te laat: 11 keer sinds 1 oktober.');
  await page.getByRole('button', { name: 'Actie invoegen' }).click();
  const a1 = page.getByRole('group', { name: 'Actie A1' });
  await expect(a1.getByLabel('Wat')).toBeFocused();
  await page.keyboard.type('Consultatie Veilig Thuis over de blauwe plekken');
  await a1.getByRole('combobox', { name: 'Wie' }).fill('Sanne');
  await a1.getByRole('combobox', { name: 'Wie' }).press('Enter');
  await a1.getByRole('textbox', { name: 'Uiterlijk', exact: true }).fill('18-12');
  await a1.getByRole('textbox', { name: 'Uiterlijk', exact: true }).press('Enter');
  await expect(a1).toContainText('Uiterlijk vr 18 dec 2026');

  await typeBelow(page, 'Zorgen en wat goed gaat');
  await page.keyboard.press('Control+Shift+A');
  const a2 = page.getByRole('group', { name: 'Actie A2' });
  await expect(a2.getByLabel('Wat')).toBeFocused();
  await page.keyboard.type('Huisarts informeren over dit overleg');
  await a2.getByRole('combobox', { name: 'Wie' }).fill('Dr. P. Hendriks');
  await a2.getByRole('combobox', { name: 'Wie' }).press('Enter');
  await a2.getByRole('textbox', { name: 'Uiterlijk', exact: true }).fill('21-12-2026');
  await expect(a2).toContainText('Uiterlijk ma 21 dec 2026');

  // 4. Besluiten: a decision with dissent by shortcut, three actions by typing.
  await openItem(page, 'Besluiten en taakverdeling');
  await page.keyboard.press('Control+Shift+B');
  const b2 = page.getByRole('group', { name: 'Besluit B2' });
  await expect(b2.getByLabel('Besluit', { exact: true })).toBeFocused();
  await page.keyboard.type('Het wijkteam start gezinsbegeleiding, twee keer per week.');
  await b2.getByLabel('Reden (mag leeg)').fill('Moeder vraagt zelf om hulp.');
  await b2.getByRole('button', { name: 'Iemand is het oneens' }).click();
  await b2.getByLabel('Wie is het oneens?').fill('Els de Vries');
  await b2.getByLabel('Waarom?').fill('Twee keer per week vindt zij te veel.');
  await typeBelow(page, 'Besluiten en taakverdeling');
  for (const line of [
    'Actie: Eerste huisbezoek en plan ochtendritme — Ömer Yılmaz — uiterlijk over 2 weken',
    'Actie: Oma vragen om twee ochtenden te helpen — Els de Vries — uiterlijk 18-12',
    'Actie: Schoolontbijt regelen — Joost Bakker',
  ]) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('group', { name: 'Actie A5' })).toBeVisible();

  // The panel lists everything in agenda order, and warns about the absent GP and the missing date.
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  const actionRows = panel.getByRole('table').getByRole('row');
  await expect(actionRows).toHaveCount(6);
  await expect(actionRows.nth(1)).toContainText('Consultatie Veilig Thuis');
  await expect(actionRows.nth(3)).toContainText('Eerste huisbezoek');
  await expect(panel).toContainText('A2 is voor Dr. P. Hendriks, die afwezig is.');
  await expect(panel).toContainText('A5 heeft nog geen datum (uiterlijk).');
  await expect(panel.getByRole('combobox', { name: 'Wie doet A3?' })).toHaveValue('Ömer Yılmaz');
  await expect(panel.getByLabel('Uiterlijk voor A3')).toHaveValue(format(addDays(new Date(), 14), 'dd-MM-yyyy'));

  // Status from the panel, written into the block.
  await panel.getByLabel('Status van A5').selectOption({ label: 'Gedaan' });
  await expect(page.getByRole('group', { name: 'Actie A5' }).getByRole('group', { name: 'Status' }).getByRole('radio', { name: 'Gedaan' })).toBeChecked();
  await expect(panel).not.toContainText('A5 heeft nog geen datum');
  await expectNoSeriousAxeViolations(page, 'Notuleren');
  await page.screenshot({ path: test.info().outputPath('notuleren-noor.png'), fullPage: true });

  // Reorder: Besluiten en taakverdeling before Zorgen; the numbers follow.
  await view(page, 'Agenda').click();
  await page.getByRole('button', { name: 'Besluiten en taakverdeling omhoog' }).click();
  await view(page, 'Notuleren').click();
  await expect(actionRows.nth(1)).toContainText('Eerste huisbezoek');
  await expect(actionRows.nth(5)).toContainText('Huisarts informeren');
  await expect(panel).toContainText('A5 is voor Dr. P. Hendriks, die afwezig is.');
  await expect(panel.getByRole('button', { name: 'Ga naar B2' })).toBeVisible();

  // Per person: who does what.
  await panel.getByRole('button', { name: 'Per persoon' }).click();
  const people = panel.getByRole('list', { name: 'Wie doet wat' });
  const person = (name: string) => people.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
  await expect(person('Dr. P. Hendriks')).toContainText('(afwezig)');
  await expect(person('Dr. P. Hendriks')).toContainText('Huisarts informeren over dit overleg');
  await expect(person('Els de Vries')).toContainText('Oma vragen om twee ochtenden te helpen');
  await expect(person('Sanne Visser')).toContainText('Consultatie Veilig Thuis');
  await expect(person('Ömer Yılmaz')).toContainText('uiterlijk');
  // The actions are one stop for Tab, as the decisions are: ↓ moves through them, Tab leaves the list, Shift+Tab comes back to the one last focused.
  const inPeople = () => people.evaluate((list) => list.contains(document.activeElement));
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await panel.getByRole('button', { name: 'Per persoon' }).focus();
  let tabs = 0;
  while (!(await inPeople()) && tabs < 5) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  expect(await inPeople()).toBe(true);
  const firstStop = await focusedLabel();
  await page.keyboard.press('ArrowDown');
  const secondStop = await focusedLabel();
  expect(secondStop).toMatch(/^Ga naar A\d+$/);
  expect(secondStop).not.toBe(firstStop);
  await page.keyboard.press('Tab');
  expect(await inPeople()).toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedLabel()).toBe(secondStop);
  expect(await people.locator('button[tabindex="0"]').count()).toBe(1);

  // Jump from the panel to where it was written.
  await panel.getByRole('button', { name: 'Ga naar A4' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Zorgen en wat goed gaat' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Actie A4' }).getByLabel('Wat')).toBeFocused();

  // Save, back, reopen: everything is there.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const lists = deriveMeetingLists(await savedMeeting());
  expect(lists.decisions.map((d) => [d.number, d.data.text, d.data.dissent.map((x) => x.who.name)])).toEqual([
    ['B1', 'Noor mag vanaf maandag ontbijten op school.', []],
    ['B2', 'Het wijkteam start gezinsbegeleiding, twee keer per week.', ['Els de Vries']],
  ]);
  expect(lists.actions.map((a) => [a.number, a.data.what, a.data.who.map((p) => p.participantId), a.data.due, a.data.status])).toEqual([
    ['A1', 'Eerste huisbezoek en plan ochtendritme', ['p4'], inTwoWeeks, 'open'],
    ['A2', 'Oma vragen om twee ochtenden te helpen', ['p5'], '2026-12-18', 'open'],
    ['A3', 'Schoolontbijt regelen', ['p2'], null, 'gedaan'],
    ['A4', 'Consultatie Veilig Thuis over de blauwe plekken', ['p3'], '2026-12-18', 'open'],
    ['A5', 'Huisarts informeren over dit overleg', ['p7'], '2026-12-21', 'open'],
  ]);

  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await view(page, 'Notuleren').click();
  await expect(page.getByRole('textbox', { name: 'Aantekeningen bij Opening en kennismaking' })).toContainText('Moeder geeft toestemming');
  await expect(actionRows).toHaveCount(6);
  await expect(page.getByRole('region', { name: 'Besluiten & taakverdeling' })).toContainText('A5 is voor Dr. P. Hendriks, die afwezig is.');
});
