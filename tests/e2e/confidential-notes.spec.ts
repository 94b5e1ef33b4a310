import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { launchApp, type AppHandle } from '../support/host';
import { notesFromMarkdown } from '../support/lexical-fixtures';

/**
 * The note-taker marks what the parents may not read: two paragraphs with
 * a decision between them for professionals only, a paragraph not for the
 * mother, the whole item not for her; lifts a mark and undoes that. Every
 * step is checked in the saved file on disk.
 */

let app: AppHandle | undefined;
let root: string;
const fileName = '2026-12-10 MDO Noor de Vries.mdo';
const title = 'Stem van Noor';

type JsonNode = { type: string; children?: JsonNode[]; text?: string; [key: string]: unknown };

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-confidential-'));
  const meeting = noorWithMinutes();
  const notes = notesFromMarkdown(
    'Noor vertelt dat ze bang is als vader boos wordt.\n\nDe school let op blauwe plekken.\n\nNoor tekent graag.',
  );
  notes.root.children.splice(1, 0, { type: 'mdo-decision', version: 1, id: 'd1', text: 'Consultatie Veilig Thuis.', reason: '', dissent: [] });
  meeting.agendaItems[1] = { ...meeting.agendaItems[1]!, title, notes };
  await writeFile(join(root, fileName), serializeMeeting(meeting));
  app = await launchApp({ libraryDir: root });
  await app.page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
});

test.afterEach(async () => {
  await app?.close();
  await rm(root, { recursive: true, force: true });
});

async function savedMeeting(): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(join(root, fileName), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

async function savedNotes(): Promise<JsonNode[]> {
  const item = (await savedMeeting()).agendaItems.find((candidate) => candidate.title === title);
  return (item?.notes?.root.children ?? []) as JsonNode[];
}

async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Opgeslagen om/);
}

/** Waits until the saved file holds what `check` wants (the save is written a moment after the status). */
async function expectSaved(page: Page, check: (notes: JsonNode[]) => void): Promise<void> {
  await save(page);
  await expect(async () => check(await savedNotes())).toPass({ timeout: 5_000 });
}

/** The editor moves its caret after a key on the next frames; a person is never that fast. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function text(node: JsonNode): string {
  return node.text ?? (node.children ?? []).map(text).join('');
}

test('a note-taker marks passages and a whole item as confidential, lifts a mark and undoes that, and it is all saved', async () => {
  test.setTimeout(120_000);
  const page = app!.page;
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(title) }).click();
  const notes = page.getByRole('textbox', { name: `Aantekeningen bij ${title}` });
  await expect(notes).toContainText('Noor tekent graag.');
  const toolbar = page.getByRole('toolbar', { name: 'Opmaak en invoegen' });

  // Select from the first paragraph to the one after the decision.
  await notes.getByText('Noor vertelt dat ze bang is').click();
  await page.keyboard.press('Home');
  await notes.getByText('De school let op blauwe plekken.').click({ modifiers: ['Shift'] });

  // Escape closes the form without marking anything; the caret is back in the notes.
  await toolbar.getByRole('button', { name: 'Vertrouwelijk…' }).click();
  const form = page.getByRole('form', { name: 'Vertrouwelijk markeren' });
  await expect(form.getByRole('radio', { name: 'Alleen professionals' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(notes).toBeFocused();
  await expect(notes.getByRole('group', { name: /^Vertrouwelijk/ })).toHaveCount(0);

  // Nothing is chosen yet: a stray Enter marks nothing.
  await toolbar.getByRole('button', { name: 'Vertrouwelijk…' }).click();
  await expect(form.getByRole('radio', { name: 'Alleen professionals' })).not.toBeChecked();
  await expect(form.getByRole('button', { name: 'Markeren' })).toBeDisabled();
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await expect(form.getByRole('checkbox', { name: 'Els de Vries (moeder)' })).toBeVisible();
  await form.getByRole('radio', { name: 'Alleen professionals' }).check();
  await form.getByRole('button', { name: 'Markeren' }).click();

  const professionalsOnly = notes.getByRole('group', { name: 'Vertrouwelijk – alleen professionals' });
  await expect(professionalsOnly).toBeVisible();
  await expect(professionalsOnly.getByText('Vertrouwelijk – alleen professionals', { exact: true })).toBeVisible();
  await expect(professionalsOnly).toContainText('Noor vertelt dat ze bang is');
  await expect(professionalsOnly).toContainText('De school let op blauwe plekken.');
  await expect(professionalsOnly.getByRole('group', { name: /^Besluit B\d/ })).toBeVisible();
  await expect(professionalsOnly).not.toContainText('Noor tekent graag.');

  // The task panel says the decision is for professionals only.
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'Consultatie Veilig Thuis.' })).toContainText('Vertrouwelijk – alleen professionals');

  await expectNoSeriousAxeViolations(page, 'Notuleren met een vertrouwelijke passage');
  await page.screenshot({ path: test.info().outputPath('vertrouwelijke-passage.png'), fullPage: true });

  await expectSaved(page, (saved) => {
    expect(saved[0]).toMatchObject({ type: 'mdo-confidential', scope: 'professionals', notFor: [] });
    expect(saved[0]!.children!.map((child) => child.type)).toEqual(['paragraph', 'mdo-decision', 'paragraph']);
    expect(saved[0]!.children![1]).toMatchObject({ type: 'mdo-decision', id: 'd1' });
    // The label is the view's, never the notes' text.
    expect(text(saved[0]!)).not.toContain('Vertrouwelijk');
  });

  // The last paragraph, not for the mother.
  await notes.getByText('Noor tekent graag.').click();
  await toolbar.getByRole('button', { name: 'Vertrouwelijk…' }).click();
  await form.getByRole('checkbox', { name: 'Els de Vries (moeder)' }).check();
  await expect(form.getByRole('radio', { name: 'Niet voor:' })).toBeChecked();
  await form.getByRole('button', { name: 'Markeren' }).click();
  const notForMother = notes.getByRole('group', { name: 'Vertrouwelijk – niet voor Els de Vries' });
  await expect(notForMother).toContainText('Noor tekent graag.');
  await expect(toolbar).toContainText('Vertrouwelijk – niet voor Els de Vries');

  // Enter at the end, then Enter on the empty line, leaves the passage.
  await expect(notes).toBeFocused();
  await page.keyboard.press('End');
  await nextFrames(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Volgende afspraak over zes weken.');
  await expect(notForMother).not.toContainText('Volgende afspraak');
  await expect(notes).toContainText('Volgende afspraak over zes weken.');
  await expect(toolbar.getByRole('button', { name: 'Vertrouwelijk…' })).toBeVisible();

  // Lift the professional-only mark: the text stays, the band goes.
  await notes.getByText('De school let op blauwe plekken.').click();
  await toolbar.getByRole('button', { name: 'Vertrouwelijk opheffen' }).click();
  await expect(professionalsOnly).toHaveCount(0);
  await expect(notes).toContainText('Noor vertelt dat ze bang is');
  await expect(notes).toContainText('De school let op blauwe plekken.');
  await expectSaved(page, (saved) => {
    expect(saved.map((node) => node.type)).toEqual(['paragraph', 'mdo-decision', 'paragraph', 'mdo-confidential', 'paragraph']);
    expect(saved[3]).toMatchObject({ scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] });
    expect(text(saved[3]!)).toBe('Noor tekent graag.');
  });

  // Ctrl+Z brings the passage back.
  await expect(notes).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(professionalsOnly).toBeVisible();
  await expect(professionalsOnly.getByRole('group', { name: /^Besluit B\d/ })).toBeVisible();
  await expectSaved(page, (saved) => {
    expect(saved.map((node) => node.type)).toEqual(['mdo-confidential', 'mdo-confidential', 'paragraph']);
    expect(saved[0]!.children![1]).toMatchObject({ type: 'mdo-decision', id: 'd1' });
  });

  // Backspace at the start of a passage does not pull its text out of the band.
  await notes.getByText('Noor tekent graag.').click();
  await nextFrames(page);
  await page.keyboard.press('Home');
  await nextFrames(page);
  await page.keyboard.press('Backspace');
  await expect(notes.getByRole('group', { name: 'Vertrouwelijk – niet voor Els de Vries' })).toContainText('Noor tekent graag.');
  await expect(professionalsOnly).not.toContainText('Noor tekent graag.');

  // Change the audience of the passage the caret is in.
  await toolbar.getByRole('button', { name: 'Wijzigen…' }).click();
  const change = page.getByRole('form', { name: 'Vertrouwelijke passage wijzigen' });
  await expect(change.getByRole('checkbox', { name: 'Els de Vries (moeder)' })).toBeChecked();
  await change.getByRole('checkbox', { name: 'Sanne Visser (jeugdverpleegkundige)' }).check();
  await change.getByRole('button', { name: 'Wijzigen' }).click();
  await expect(notes.getByRole('group', { name: 'Vertrouwelijk – niet voor Sanne Visser, Els de Vries' })).toContainText('Noor tekent graag.');

  // The whole item, not for the mother: a rarer command, in the toolbar's Meer menu.
  await toolbar.getByRole('button', { name: 'Meer', exact: true }).click();
  await toolbar.getByRole('button', { name: 'Hele agendapunt vertrouwelijk…' }).click();
  const itemForm = page.getByRole('form', { name: 'Hele agendapunt vertrouwelijk' });
  await itemForm.getByRole('radio', { name: 'Niet voor:' }).check();
  await itemForm.getByRole('button', { name: 'Markeren' }).click();
  await expect(itemForm.getByRole('alert')).toHaveText('Kies bij “Niet voor” ten minste één deelnemer.');
  await itemForm.getByRole('checkbox', { name: 'Els de Vries (moeder)' }).check();
  await itemForm.getByRole('button', { name: 'Markeren' }).click();
  await expect(page.getByText('Vertrouwelijk – niet voor Els de Vries (hele agendapunt)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vertrouwelijk agendapunt wijzigen…' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toContainText('vertrouwelijk');
  await save(page);
  await expect(async () => {
    const item = (await savedMeeting()).agendaItems.find((candidate) => candidate.title === title);
    expect(item?.confidential).toEqual({ scope: 'niet-voor', notFor: [{ participantId: 'p5', name: 'Els de Vries' }] });
  }).toPass({ timeout: 5_000 });
  await expectNoSeriousAxeViolations(page, 'Notuleren met een vertrouwelijk agendapunt');

  // And off again; the caret is back in the notes, and Meer offers the command again.
  await page.getByRole('button', { name: 'Agendapunt niet meer vertrouwelijk' }).click();
  await expect(notes).toBeFocused();
  await toolbar.getByRole('button', { name: 'Meer', exact: true }).click();
  await expect(toolbar.getByRole('button', { name: 'Hele agendapunt vertrouwelijk…' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toolbar.getByRole('button', { name: 'Meer', exact: true })).toBeFocused();
  await save(page);
  await expect(async () => {
    const item = (await savedMeeting()).agendaItems.find((candidate) => candidate.title === title);
    expect(item?.confidential).toBeNull();
  }).toPass({ timeout: 5_000 });
});
