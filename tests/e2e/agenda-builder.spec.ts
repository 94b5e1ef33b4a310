import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { AgendaItem, Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { startNewMeeting } from '../support/new-meeting';
import { launchApp, type AppHandle } from '../support/host';

const FILE_NAME = '2026-12-10 MDO Noor de Vries.mdo';

let app: AppHandle | undefined;
let root = '';

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

function item(id: string, title: string, minutes: number | null, extra: Partial<AgendaItem> = {}): AgendaItem {
  return { id, title, minutes, leadId: null, kind: 'bespreking', childInterest: 'Wat betekent dit voor het kind?', notes: null, sharingBasis: null, confidential: null, ...extra };
}

/** Noor's meeting (14:00–15:30, participants filled in) with this agenda, opened from the start screen's list. */
async function openNoor(
  change: (meeting: Meeting) => Meeting = (meeting) => meeting,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  root = await mkdtemp(join(tmpdir(), 'mdo-agenda-'));
  const libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  await writeFile(join(libraryDir, FILE_NAME), serializeMeeting(change(sampleMeeting())));
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport });
  const page = app.page;
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await openAgendaView(page);
  return page;
}

async function openAgendaView(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Agenda/ }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeVisible();
}

const card = (page: Page, name: string | RegExp): Locator => page.getByRole('group', { name });

/** The Onderwerp of every item, top to bottom. */
function order(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Agendapunten' })
    .getByLabel('Onderwerp')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

const schedule = (page: Page): Locator => page.getByRole('group', { name: 'Tijdsplanning' });
const agendaCheck = (page: Page): Locator => page.getByRole('complementary', { name: 'Agendacheck' });

test('added items get clock times from the start time, and longer timeboxes show the overrun', async () => {
  const page = await openNoor();
  await expect(card(page, 'Agendapunt 1: Opening en kennismaking')).toContainText('14:00–14:05');
  await expect(card(page, 'Agendapunt 2: Stem van Noor')).toContainText('14:05–14:15');
  // Noor's agenda has no item for decisions yet.
  await expect(agendaCheck(page).getByRole('heading', { level: 2 })).toHaveText('Agendacheck 1 aandachtspunt');
  await expect(agendaCheck(page)).toContainText('Besluiten en taakverdeling');

  for (const title of ['Zorgen', 'Wat gaat goed', 'Besluiten en taakverdeling']) {
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    const onderwerp = page.getByRole('group', { name: /^Agendapunt \d+$/ }).getByLabel('Onderwerp');
    await expect(onderwerp).toBeFocused();
    await page.keyboard.type(title);
  }
  await expect(card(page, 'Agendapunt 3: Zorgen')).toContainText('14:15–14:25');
  await expect(card(page, 'Agendapunt 5: Besluiten en taakverdeling')).toContainText('14:35–14:45');
  await expect(card(page, 'Agendapunt 5: Besluiten en taakverdeling').getByLabel('Soort')).toHaveValue('bespreking');
  // The child's question is in the item's detail: asked as a placeholder, not written in for Word.
  await page.getByRole('button', { name: 'Details van Besluiten en taakverdeling' }).click();
  await expect(page.getByRole('button', { name: 'Details van Besluiten en taakverdeling' })).toHaveAttribute('aria-expanded', 'true');
  const question = card(page, 'Agendapunt 5: Besluiten en taakverdeling').getByLabel('Wat betekent dit voor het kind?');
  await expect(question).toHaveValue('');
  await expect(question).toHaveAttribute('placeholder', 'Wat betekent dit voor het kind?');
  await expect(schedule(page)).toContainText(/Totaal\s*45 minuten/);
  await expect(schedule(page)).toContainText(/Klaar om\s*14:45/);
  await expect(schedule(page)).toContainText('45 minuten ruimte');
  await expect(agendaCheck(page)).toContainText('Alles lijkt in orde.');

  // Two longer timeboxes: the times after them move, and the agenda runs past 15:30.
  await card(page, 'Agendapunt 3: Zorgen').getByLabel('Minuten').fill('40');
  await card(page, 'Agendapunt 5: Besluiten en taakverdeling').getByLabel('Minuten').fill('45');
  await expect(card(page, 'Agendapunt 4: Wat gaat goed')).toContainText('14:55–15:05');
  await expect(card(page, 'Agendapunt 5: Besluiten en taakverdeling')).toContainText('15:05–15:50');
  await expect(card(page, 'Agendapunt 5: Besluiten en taakverdeling')).toContainText('na de eindtijd');
  await expect(schedule(page)).toContainText('20 minuten over de eindtijd');
  await expect(agendaCheck(page)).toContainText(
    'De agenda duurt 20 minuten langer dan gepland (tot 15:50 in plaats van 15:30).',
  );
  await expect(agendaCheck(page).getByRole('heading', { name: 'Agenda te lang' })).toBeVisible();

  await card(page, 'Agendapunt 3: Zorgen').getByLabel('Minuten').fill('20');
  await expect(schedule(page)).toContainText('Precies op tijd klaar');
  await expect(card(page, 'Agendapunt 5: Besluiten en taakverdeling')).not.toContainText('na de eindtijd');
  await expect(agendaCheck(page)).toContainText('Alles lijkt in orde.');

  // The question about the child is asked as a placeholder (the check counts it as asked); what the chair writes there goes to Word.
  const goed = card(page, 'Agendapunt 4: Wat gaat goed');
  await page.getByRole('button', { name: 'Details van Wat gaat goed' }).click();
  await expect(goed.getByLabel('Wat betekent dit voor het kind?')).toHaveAttribute('placeholder', 'Wat betekent dit voor het kind?');
  await goed.getByLabel('Wat betekent dit voor het kind?').fill('Wat geeft Noor houvast?');
  await expect(agendaCheck(page)).toContainText('Alles lijkt in orde.');

  // Lead and kind are saved with the item.
  await goed.getByLabel('Wie leidt dit punt?').selectOption({ label: 'Sanne Visser' });
  await card(page, 'Agendapunt 5: Besluiten en taakverdeling').getByLabel('Soort').selectOption({ label: 'Besluitvorming' });
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const onDisk = parseMeetingFile(await readFile(join(root, 'MDO', FILE_NAME), 'utf8'));
  expect(onDisk.ok).toBe(true);
  if (!onDisk.ok) return;
  expect(onDisk.value.agendaItems.map((i) => [i.title, i.minutes, i.leadId, i.kind])).toEqual([
    ['Opening en kennismaking', 5, 'p1', 'informatie'],
    ['Stem van Noor', 10, 'p2', 'bespreking'],
    ['Zorgen', 20, null, 'bespreking'],
    ['Wat gaat goed', 10, 'p3', 'bespreking'],
    ['Besluiten en taakverdeling', 45, null, 'besluitvorming'],
  ]);
  // The notes of an existing item are kept as they were.
  expect(onDisk.value.agendaItems[1]?.notes).toEqual(sampleMeeting().agendaItems[1]?.notes);
});

test('items move with Omhoog/Omlaag, with Alt+arrows and by dragging, and the order is saved', async () => {
  const page = await openNoor((meeting) => ({
    ...meeting,
    agendaItems: [
      item('a1', 'Opening', 5),
      item('a2', 'Stem van Noor', 10),
      item('a3', 'Zorgen', 15),
      item('a4', 'Wat gaat goed', 10),
      item('a5', 'Besluiten en taakverdeling', 25, { kind: 'besluitvorming' }),
    ],
  }),
  // Tall enough that a drag from the last item to the second needs no scrolling.
  { width: 1280, height: 1400 });
  expect(await order(page)).toEqual(['Opening', 'Stem van Noor', 'Zorgen', 'Wat gaat goed', 'Besluiten en taakverdeling']);
  await expect(card(page, 'Agendapunt 1: Opening').getByRole('button', { name: 'Opening omhoog' })).toHaveAttribute('aria-disabled', 'true');

  // Keyboard: Omlaag keeps the focus on the moved item's button.
  const down = page.getByRole('button', { name: 'Zorgen omlaag' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => order(page)).toEqual(['Opening', 'Stem van Noor', 'Wat gaat goed', 'Zorgen', 'Besluiten en taakverdeling']);
  await expect(down).toBeFocused();
  await expect(card(page, 'Agendapunt 4: Zorgen')).toContainText('14:25–14:40');
  await expect(page.getByText('Zorgen staat nu op plaats 4 van 5.')).toBeAttached();

  // Alt+↑ from inside a field of the card; the focus stays in that field.
  const onderwerp = card(page, 'Agendapunt 4: Zorgen').getByLabel('Onderwerp');
  await onderwerp.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => order(page)).toEqual(['Opening', 'Zorgen', 'Stem van Noor', 'Wat gaat goed', 'Besluiten en taakverdeling']);
  await expect(card(page, 'Agendapunt 2: Zorgen').getByLabel('Onderwerp')).toBeFocused();
  await expect(page.getByText('Zorgen staat nu op plaats 2 van 5.')).toBeAttached();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => order(page)).toEqual(['Opening', 'Stem van Noor', 'Zorgen', 'Wat gaat goed', 'Besluiten en taakverdeling']);
  await expect(card(page, 'Agendapunt 3: Zorgen').getByLabel('Onderwerp')).toBeFocused();

  // Drag: the last item onto the top half of the second, then the first onto the bottom half of the last.
  // Drag step by step first, to see the line where the item will land.
  const handle = (name: string) => card(page, name).locator('[draggable="true"]');
  await card(page, 'Agendapunt 2: Stem van Noor').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const from = await handle('Agendapunt 5: Besluiten en taakverdeling').boundingBox();
  const to = await card(page, 'Agendapunt 2: Stem van Noor').boundingBox();
  await page.mouse.move(from!.x + 5, from!.y + 5);
  await page.mouse.down();
  await page.mouse.move(to!.x + 200, to!.y + 10, { steps: 8 });
  await expect(card(page, 'Agendapunt 2: Stem van Noor')).toHaveClass(/agenda-item--drop-before/);
  await expect(card(page, 'Agendapunt 5: Besluiten en taakverdeling')).toHaveClass(/agenda-item--dragging/);
  await page.screenshot({ path: test.info().outputPath('agenda-drop-line.png') });
  await page.mouse.move(to!.x + 200, to!.y + 300, { steps: 4 });
  await page.mouse.move(to!.x + 200, to!.y + 10, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => order(page)).toEqual(['Opening', 'Besluiten en taakverdeling', 'Stem van Noor', 'Zorgen', 'Wat gaat goed']);
  const last = card(page, 'Agendapunt 5: Wat gaat goed');
  const box = await last.boundingBox();
  await handle('Agendapunt 1: Opening').dragTo(last, { targetPosition: { x: 200, y: (box?.height ?? 100) - 10 } });
  await expect.poll(() => order(page)).toEqual(['Besluiten en taakverdeling', 'Stem van Noor', 'Zorgen', 'Wat gaat goed', 'Opening']);
  await expect(page.getByText('Opening staat nu op plaats 5 van 5.')).toBeAttached();
  await expect(page.locator('.agenda-item--drop-before, .agenda-item--drop-after')).toHaveCount(0);

  // Each move is its own undo step.
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(() => order(page)).toEqual(['Opening', 'Besluiten en taakverdeling', 'Stem van Noor', 'Zorgen', 'Wat gaat goed']);
  await page.getByRole('button', { name: 'Opnieuw' }).click();
  await expect.poll(() => order(page)).toEqual(['Besluiten en taakverdeling', 'Stem van Noor', 'Zorgen', 'Wat gaat goed', 'Opening']);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  await page.getByRole('button', { name: 'Terug naar overzicht' }).click();
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await openAgendaView(page);
  expect(await order(page)).toEqual(['Besluiten en taakverdeling', 'Stem van Noor', 'Zorgen', 'Wat gaat goed', 'Opening']);
  await expect(card(page, 'Agendapunt 1: Besluiten en taakverdeling')).toContainText('14:00–14:25');
});

test('a removed item comes back in its place with Ongedaan maken', async () => {
  const page = await openNoor((meeting) => ({
    ...meeting,
    agendaItems: [item('a1', 'Opening', 5), item('a2', 'Zorgen', 15), item('a3', 'Besluiten', 25)],
  }));
  await page.getByRole('button', { name: 'Zorgen verwijderen' }).click();
  expect(await order(page)).toEqual(['Opening', 'Besluiten']);
  await expect(page.getByText('Agendapunt "Zorgen" verwijderd.')).toBeVisible();
  const undo = page.getByRole('region', { name: 'Agenda', exact: true }).getByRole('button', { name: 'Ongedaan maken' });
  await expect(undo).toBeFocused();
  await expect(card(page, 'Agendapunt 2: Besluiten')).toContainText('14:05–14:30');

  await undo.click();
  expect(await order(page)).toEqual(['Opening', 'Zorgen', 'Besluiten']);
  await expect(card(page, 'Agendapunt 2: Zorgen').getByLabel('Onderwerp')).toBeFocused();
  await expect(page.getByText('Agendapunt "Zorgen" verwijderd.')).toHaveCount(0);

  // Ctrl+Z on the notice's button undoes too, and the focus goes to the item that came back.
  await page.getByRole('button', { name: 'Besluiten verwijderen' }).click();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Control+z');
  expect(await order(page)).toEqual(['Opening', 'Zorgen', 'Besluiten']);
  await expect(card(page, 'Agendapunt 3: Besluiten').getByLabel('Onderwerp')).toBeFocused();

  // The notice goes as soon as something else changes: undo would no longer bring the item back.
  await page.getByRole('button', { name: 'Opening verwijderen' }).click();
  await expect(page.getByText('Agendapunt "Opening" verwijderd.')).toBeVisible();
  await card(page, 'Agendapunt 1: Zorgen').getByLabel('Minuten').fill('20');
  await expect(page.getByText('Agendapunt "Opening" verwijderd.')).toHaveCount(0);
});

test('without a start time the agenda asks for one and still adds up the minutes', async () => {
  app = await launchApp();
  const page = app.page;
  await startNewMeeting(page);
  await openAgendaView(page);
  await expect(page.getByText('Nog geen agendapunten.')).toBeVisible();
  await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await expect(card(page, 'Agendapunt 1').getByLabel('Onderwerp')).toBeFocused();
  await page.keyboard.type('Opening');
  await expect(schedule(page)).toContainText('Vul bij Gegevens een begintijd in om de tijden te zien.');
  await expect(schedule(page)).toContainText(/Totaal\s*10 minuten/);
  await expect(card(page, 'Agendapunt 1: Opening')).not.toContainText('14:');
  // The button names follow the title; an item without one is named by its place.
  await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  await expect(page.getByRole('button', { name: 'Agendapunt 2 omlaag' })).toBeVisible();
});

test('the agenda view has no serious accessibility problems and fits a 1280×800 window', async () => {
  const noorAgenda: [string, number, string][] = [
    ['Opening en kennismaking', 5, 'p1'],
    ['Stem van Noor', 10, 'p2'],
    ['Zorgen', 15, 'p3'],
    ['Wat gaat goed', 10, 'p4'],
    ['Veiligheid', 10, 'p1'],
    ['Besluiten en taakverdeling', 25, 'p4'],
    ['Informatiedeling', 5, 'p1'],
    ['Evaluatie en volgend overleg', 5, 'p1'],
    ['Rondvraag en sluiting', 5, 'p1'],
  ];
  const page = await openNoor((meeting) => ({
    ...meeting,
    agendaItems: noorAgenda.map(([title, minutes, leadId], index) =>
      item(`a${index + 1}`, title, minutes, { leadId, kind: title.startsWith('Besluiten') ? 'besluitvorming' : 'bespreking' }),
    ),
  }));
  const testInfo = test.info();
  await expect(schedule(page)).toContainText('Precies op tijd klaar');
  await page.screenshot({ path: testInfo.outputPath('agenda-on-time.png') });
  await page.screenshot({ path: testInfo.outputPath('agenda-on-time-full.png'), fullPage: true });

  await card(page, 'Agendapunt 3: Zorgen').getByLabel('Minuten').fill('30');
  await page.getByRole('button', { name: 'Details van Stem van Noor' }).click();
  await card(page, 'Agendapunt 2: Stem van Noor').getByLabel('Wat betekent dit voor het kind?').fill('');
  await expect(schedule(page)).toContainText('15 minuten over de eindtijd');
  await page.getByRole('button', { name: 'Veiligheid verwijderen' }).click();
  await expect(schedule(page)).toContainText('5 minuten over de eindtijd');
  await page.screenshot({ path: testInfo.outputPath('agenda-over-time-with-hints.png'), fullPage: true });

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);

  await expectNoSeriousAxeViolations(page, 'de agenda');
});
