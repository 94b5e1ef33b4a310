import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { launchApp, type AppHandle } from '../support/host';
import { caretSettled } from '../support/caret';

/** The rich-text side of meeting mode: paste, links, undo, the clock and attendance. */

let app: AppHandle | undefined;
let root: string;
const fileName = '2026-12-10 MDO Noor de Vries.mdo';

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-editor-'));
  const meeting = sampleMeeting();
  meeting.agendaItems[1] = { ...meeting.agendaItems[1]!, minutes: 0 };
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

async function savedNotes(index: number): Promise<string> {
  const parsed = parseMeetingFile(await readFile(join(root, fileName), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return JSON.stringify(parsed.value.agendaItems[index]?.notes);
}

async function paste(page: Page, html: string, text: string): Promise<void> {
  await notes(page).evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

test('paste from Word keeps lists and emphasis and drops styles, images and scripts', async () => {
  const page = app!.page;
  await notes(page).click();
  const fromWord = `
    <p class="MsoNormal" style="font-family:Calibri;color:#ff0000;font-size:16pt"><b>Vet</b> en <i>cursief</i> en <u>onder</u> <span style="background:yellow">geel</span></p>
    <ul><li style="color:blue">eerste</li><li>tweede<ul><li>genest</li></ul></li></ul>
    <ol><li>een</li><li>twee</li></ol>
    <p><img src="https://example.org/x.png" onerror="window.__hacked = true">Na het plaatje</p>
    <script>window.__hacked = true</script>
    <p><a href="javascript:alert(1)">gevaarlijk</a> en <a href="https://www.veiligthuis.nl/">Veilig Thuis</a></p>`;
  await paste(page, fromWord, 'Vet en cursief');
  await expect(notes(page)).toContainText('Na het plaatje');
  await expect(notes(page).locator('strong, b, .notes-bold').first()).toHaveText('Vet');
  await expect(notes(page).locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __hacked?: boolean }).__hacked ?? false)).toBe(false);

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const json = await savedNotes(0);
  expect(json).toContain('"listType":"bullet"');
  expect(json).toContain('"listType":"number"');
  expect(json).toContain('"text":"genest"');
  expect(json).toMatch(/"format":1,[^}]*"text":"Vet"/);
  expect(json).toMatch(/"format":2,[^}]*"text":"cursief"/);
  expect(json).toMatch(/"format":8,[^}]*"text":"onder"/);
  expect(json).not.toMatch(/"style":"[^"]/);
  expect(json).not.toContain('example.org/x.png');
  expect(json).not.toContain('javascript:');
  expect(json).toContain('"url":"https://www.veiligthuis.nl/"');
});

test('links by Ctrl+K, undo and redo of typing, markdown shortcuts', async () => {
  const page = app!.page;
  await notes(page).click();
  await page.keyboard.type('Zie de website');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Adres van de link');
  await address.fill('niet een adres');
  await page.getByRole('button', { name: 'Link maken' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Typ een webadres' })).toBeVisible();
  await address.fill('https://www.veiligthuis.nl/');
  await page.getByRole('button', { name: 'Link maken' }).click();
  await expect(notes(page).getByRole('link', { name: 'Zie de website' })).toHaveAttribute('href', 'https://www.veiligthuis.nl/');

  await notes(page).press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. eerste punt');
  await expect(notes(page).locator('ol li')).toHaveText('eerste punt');
  await page.keyboard.press('Enter');
  await page.keyboard.type('**belangrijk** ');
  await expect(notes(page).locator('.notes-bold')).toHaveText('belangrijk');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(notes(page).locator('.notes-bold')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(notes(page).locator('.notes-bold')).toHaveText('belangrijk');

  // Enter in the middle of a "Besluit:" line splits it as usual; only at its end does it become a decision.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: eerst nadenken');
  await page.keyboard.press('ArrowLeft');
  // The editor learns where the caret is from the browser's selectionchange event, a frame later.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Besluit/ })).toHaveCount(0);
  await expect(notes(page)).toContainText('Besluit: eerst nadenke');
});

test('the clock of an item runs, pauses, and shows when the item runs over; attendance is ticked off', async () => {
  const page = app!.page;
  const clock = page.getByRole('group', { name: 'Tijd van dit punt' });
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(clock).toContainText('0:01', { timeout: 5_000 });
  await page.getByRole('button', { name: 'Pauze' }).click();
  await expect(page.getByRole('button', { name: 'Verder' })).toBeVisible();
  await expect(clock).not.toContainText('Over de tijd');

  // "Stem van Noor" has a timebox of 0 minutes here: any time runs over.
  await page.getByRole('button', { name: 'Volgend punt' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stem van Noor' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(clock).toContainText('Over de tijd', { timeout: 5_000 });
  await expect(page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Stem van Noor/ })).toHaveAttribute('aria-current', 'step');

  await page.getByText('Aanwezigheid', { exact: true }).click();
  await page.getByLabel('Dr. P. Hendriks').selectOption({ label: 'Aanwezig' });
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const parsed = parseMeetingFile(await readFile(join(root, fileName), 'utf8'));
  expect(parsed.ok && parsed.value.participants.find((p) => p.id === 'p7')?.attendance).toBe('aanwezig');
});

test('the safety scale records each score with its own reason, and a typed line\'s reason once for the whole scale', async () => {
  const page = app!.page;
  await notes(page).click();
  await page.getByRole('button', { name: 'Schaalvraag invoegen' }).click();
  const scale = page.getByRole('group', { name: 'Schaalvraag' });
  // Everyone present is on the scale, the mother included.
  await expect(scale.getByRole('rowheader')).toHaveText(['Fatima El Amrani', 'Joost Bakker', 'Sanne Visser', 'Ömer Yılmaz', 'Els de Vries']);
  // A new scale puts the focus in its first score. A score is typed; ↑ and ↓ step it and keep the focus there.
  await expect(scale.getByLabel('Cijfer van Fatima El Amrani')).toBeFocused();
  await scale.getByLabel('Cijfer van Els de Vries').fill('7');
  await scale.getByLabel('Waarom geeft Els de Vries dit cijfer?').fill('Oma helpt twee ochtenden.');
  await scale.getByLabel('Cijfer van Joost Bakker').fill('4');
  await page.keyboard.press('ArrowUp');
  await expect(scale.getByLabel('Cijfer van Joost Bakker')).toHaveValue('5');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(scale.getByLabel('Cijfer van Joost Bakker')).toBeFocused();
  await expect(scale.getByLabel('Cijfer van Joost Bakker')).toHaveValue('5');
  // What is not a score stays on screen with a message, and the scale keeps its score.
  await scale.getByLabel('Cijfer van Sanne Visser').fill('12');
  await page.keyboard.press('Tab');
  await expect(scale).toContainText('Een cijfer is een heel getal van 0 tot en met 10.');
  await expect(scale.getByLabel('Cijfer van Sanne Visser')).toHaveValue('12');
  await scale.getByLabel('Cijfer van Sanne Visser').fill('');
  // Who is not on the scale yet: one button each; the focus goes to the new score.
  await scale.getByRole('group', { name: 'Cijfer toevoegen voor' }).getByRole('button', { name: '+ Karin Jansen' }).click();
  await expect(scale.getByRole('rowheader')).toHaveCount(6);
  await expect(scale.getByLabel('Cijfer van Karin Jansen')).toBeFocused();
  // No drop-down list in the notes: one would make Chromium lay out the whole page at every keystroke in them (minutes.css).
  await expect(notes(page).locator('select')).toHaveCount(0);

  await notes(page).click({ position: { x: 8, y: 8 } });
  await caretSettled(page);
  await page.keyboard.press('Control+End');
  await caretSettled(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Schaalvraag: Sanne Visser 6, Ömer 6 — de begeleiding start');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Schaalvraag' })).toHaveCount(2);
  // The line's reason is the scale's, once: nobody on the line said it alone.
  const typed = page.getByRole('group', { name: 'Schaalvraag' }).nth(1);
  await expect(typed.getByLabel('Waarom deze cijfers? (de hele schaal)')).toHaveValue('de begeleiding start');
  await expect(typed.getByLabel('Waarom geeft Sanne Visser dit cijfer?')).toHaveValue('');
  await expect(typed.getByLabel('Waarom geeft Ömer Yılmaz dit cijfer?')).toHaveValue('');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
  const json = await savedNotes(0);
  expect(json).toContain('"who":{"participantId":"p5","name":"Els de Vries"},"score":7,"reason":"Oma helpt twee ochtenden."');
  expect(json).toContain('"who":{"participantId":"p4","name":"Ömer Yılmaz"},"score":6,"reason":""');
  expect(json).toContain('],"reason":"de begeleiding start"');
  expect(json.split('de begeleiding start')).toHaveLength(2);
});
