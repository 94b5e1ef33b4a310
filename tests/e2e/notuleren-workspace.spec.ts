import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { BIG_MEETING_SIZE, bigMeeting } from '../bench/big-meeting';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { caretSettled } from '../support/caret';
import { launchApp, type AppHandle } from '../support/host';

/**
 * Notuleren is a workspace the size of the window, as a note-taker on a
 * 13-inch laptop needs it: the notes visible right after opening an item,
 * with a one-row toolbar; the header with the save status always in sight;
 * names in the task panel never cut; Verslag first under Exporteren.
 * Screenshots at three window sizes go to MDO_SHOTS_DIR when it is set
 * (else to the test's output folder), reached by keyboard only.
 */

const fileName = '2026-12-10 MDO Noor de Vries.mdo';
const longName = "Chloë O'Brien-van der Heijden";

let app: AppHandle | undefined;
let root: string;

/** The Noor minutes, with a participant whose name is long, owner of the last action. */
function meetingWithLongName(): Meeting {
  const meeting = noorWithMinutes();
  meeting.participants.push({
    id: 'p8', name: longName, function: 'gezinsvoogd', organisation: 'Jeugdbescherming west', email: '', attendance: 'aanwezig', role: 'professional',
  });
  const last = meeting.agendaItems[3]!;
  const notes = last.notes as { root: { children: Record<string, unknown>[] } };
  const schoolBreakfast = notes.root.children.find((node) => node.id === 'x5')!;
  schoolBreakfast.who = [{ participantId: 'p8', name: longName }];
  return meeting;
}

async function openApp(viewport: { width: number; height: number }): Promise<Page> {
  root = await mkdtemp(join(tmpdir(), 'mdo-notuleren-'));
  await writeFile(join(root, fileName), serializeMeeting(meetingWithLongName()));
  app = await launchApp({ libraryDir: root, viewport });
  return app.page;
}

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  await rm(root, { recursive: true, force: true });
});

async function openNotuleren(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }).click();
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
}

async function openItem(page: Page, title: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  return page.getByRole('textbox', { name: `Aantekeningen bij ${title}` });
}

/** How many pixels of the notes can be seen: the text area, cut by its scrolling frame and by the window. */
async function visibleEditorHeight(notes: Locator): Promise<number> {
  return notes.evaluate((element) => {
    let top = element.getBoundingClientRect().top;
    let bottom = element.getBoundingClientRect().bottom;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const { overflowY } = getComputedStyle(parent);
      if (overflowY === 'visible') continue;
      const rect = parent.getBoundingClientRect();
      top = Math.max(top, rect.top);
      bottom = Math.min(bottom, rect.bottom);
    }
    return Math.max(0, Math.min(bottom, window.innerHeight) - Math.max(top, 0));
  });
}

/** The toolbar is one row, nothing in it is cut or hidden under something else, and it lies in the window. */
async function expectWholeToolbar(page: Page): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Opmaak en invoegen' });
  await expect(toolbar).toBeInViewport({ ratio: 1 });
  const layout = await toolbar.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const buttons = [...element.querySelectorAll<HTMLElement>('button')].filter((button) => button.offsetParent !== null && !button.closest('[hidden]'));
    return {
      overflow: element.scrollWidth - element.clientWidth,
      height: box.height,
      rows: new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size,
      outside: buttons.filter((button) => {
        const rect = button.getBoundingClientRect();
        return rect.left < box.left - 0.5 || rect.right > box.right + 0.5;
      }).length,
      overlapping: buttons.filter((button, index) =>
        buttons.some((other, otherIndex) => {
          if (otherIndex <= index) return false;
          const a = button.getBoundingClientRect();
          const b = other.getBoundingClientRect();
          return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom && b.top < a.bottom;
        }),
      ).length,
    };
  });
  expect(layout, 'de werkbalk staat op één regel, heel').toEqual({ overflow: 0, height: layout.height, rows: 1, outside: 0, overlapping: 0 });
  expect(layout.height).toBeLessThan(56);
}

async function expectNoPageScroll(page: Page): Promise<void> {
  const page_ = await page.evaluate(() => ({
    y: window.scrollY,
    vertical: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect(page_).toEqual({ y: 0, vertical: 0, sideways: 0 });
}

test('at 1366×768 the notes fill the window under a header that stays, and the task panel cuts no name', async () => {
  const page = await openApp({ width: 1366, height: 768 });
  await openNotuleren(page);
  const notes = await openItem(page, 'Besluiten en taakverdeling');

  // Right after opening the item: at least 250 pixels of notes, the toolbar whole on one row, nothing to scroll.
  expect(await visibleEditorHeight(notes)).toBeGreaterThanOrEqual(250);
  await expectWholeToolbar(page);
  await expectNoPageScroll(page);
  const clock = page.getByRole('group', { name: 'Tijd van dit punt' });
  await expect(clock).toBeInViewport({ ratio: 1 });
  expect((await clock.boundingBox())!.height).toBeLessThan(48);

  // Scrolling the notes scrolls only the notes: the header with the save status stays, and so does the toolbar.
  await notes.hover();
  await page.mouse.wheel(0, 3000);
  await expect.poll(() => notes.evaluate((element) => element.closest('.notes-editor__surface')!.scrollTop)).toBeGreaterThan(100);
  await expectNoPageScroll(page);
  await expect(page.getByRole('heading', { level: 1, name: 'MDO Noor de Vries' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Opslaan', exact: true })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('toolbar', { name: 'Opmaak en invoegen' })).toBeInViewport({ ratio: 1 });

  // Typing at the end of long notes: the caret's line is in sight, and still nothing else moved.
  await notes.click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('De school belt vrijdag terug.');
  await expect(notes.getByText('De school belt vrijdag terug.')).toBeInViewport();
  await expect(page.getByRole('status')).toHaveText('Niet opgeslagen wijzigingen');
  await expect(page.getByRole('status')).toBeInViewport({ ratio: 1 });

  // The task panel beside the notes: a long name is there in full, on screen, in the tooltip and in the name.
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  await expect(panel).toBeInViewport();
  const owner = panel.getByRole('combobox', { name: /^Wie doet A5\?/ });
  await owner.scrollIntoViewIfNeeded();
  await expect(owner).toHaveValue(longName);
  await expect(owner).toHaveAttribute('title', longName);
  await expect(owner).toHaveAccessibleName(`Wie doet A5? ${longName}`);
  const fits = await panel.getByRole('combobox', { name: /^Wie doet/ }).evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).value, input.scrollWidth <= input.clientWidth]),
  );
  expect(fits).toEqual(fits.map(([name]) => [name, true]));

  // In Notuleren the minutes come first under Exporteren, each with its key.
  const header = page.getByRole('group', { name: 'Overleg bewerken en opslaan' });
  await header.getByRole('button', { name: 'Exporteren naar Word' }).click();
  const entries = header.getByRole('listitem');
  await expect(entries.nth(0).getByRole('button')).toHaveAccessibleName('Verslag');
  await expect(entries.nth(0)).toContainText('Ctrl+Shift+E');
  await expect(entries.nth(1).getByRole('button')).toHaveAccessibleName('Agenda');
  await expect(entries.nth(1)).toContainText('Ctrl+E');
  await expect(entries.nth(0).getByRole('button')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Ctrl+Shift+E verslag exporteren')).toBeInViewport();

  await expectNoSeriousAxeViolations(page, 'Notuleren op 1366×768');

  // The agenda folds into a strip of numbers; the notes get the width, the items keep their names.
  const railToggle = page.getByRole('button', { name: 'Agendabalk' });
  await expect(railToggle).toHaveAttribute('aria-expanded', 'true');
  const wide = (await notes.boundingBox())!.width;
  await railToggle.click();
  await expect(railToggle).toHaveAttribute('aria-expanded', 'false');
  expect((await notes.boundingBox())!.width).toBeGreaterThan(wide + 100);
  await page.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: /Stem van Noor/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stem van Noor' })).toBeVisible();

  // The task panel closes to a strip too, and opens again, from the keyboard: Escape leaves the notes (with a decision
  // and a safety scale in them) for the panel's toggle; Tab goes on into the panel.
  const panelToggle = page.getByRole('button', { name: 'Besluiten & taakverdeling' });
  await expect(panelToggle).toHaveAttribute('aria-expanded', 'true');
  const stemNotes = page.getByRole('textbox', { name: 'Aantekeningen bij Stem van Noor' });
  await stemNotes.getByText('ik pak zelf mijn brood', { exact: false }).click();
  await page.keyboard.press('Escape');
  await expect(panelToggle).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Op volgorde' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(panelToggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(panelToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panelToggle).toBeFocused();
  await expectWholeToolbar(page);
  expect((await stemNotes.boundingBox())!.width).toBeGreaterThan(1100);
  await expectNoSeriousAxeViolations(page, 'Notuleren met ingeklapte agenda en taken');
  await page.keyboard.press('Space');
  await expect(panel).toBeVisible();
  await expect(panelToggle).toHaveAttribute('aria-expanded', 'true');
  await railToggle.focus();
  await page.keyboard.press('Enter');
  await expect(railToggle).toHaveAttribute('aria-expanded', 'true');
});

/** The words of each entry of an open menu, and on how many lines they lie (a text's line boxes). */
async function menuLines(list: Locator): Promise<[string, number][]> {
  return list.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const lines: [string, number][] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text === '' || text === '…') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      lines.push([text, new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size]);
    }
    return lines;
  });
}

test('every toolbar action shows its key, Meer acts only where it should and covers nothing once closed', async () => {
  const page = await openApp({ width: 1366, height: 768 });
  await openNotuleren(page);
  const notes = await openItem(page, 'Opening en kennismaking');
  const toolbar = page.getByRole('toolbar', { name: 'Opmaak en invoegen' });

  // The toolbar is one stop for Tab between the clock and the notes; ← → Home End go through its buttons.
  await page.getByRole('button', { name: 'Volgend punt' }).focus();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Vet' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(notes).toBeFocused();
  await page.getByRole('button', { name: 'Volgend punt' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Cursief' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Meer', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Vet' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Vertrouwelijk…' })).toBeFocused();
  // The button last used is the stop the next time.
  await page.keyboard.press('Tab');
  await expect(notes).toBeFocused();
  await page.getByRole('button', { name: 'Volgend punt' }).focus();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Vertrouwelijk…' })).toBeFocused();

  // Each action: its key in aria-keyshortcuts and, with the words, in its tooltip.
  const onTheBar = [
    ['Vet', 'Control+B'],
    ['Cursief', 'Control+I'],
    ['Onderstrepen', 'Control+U'],
    ['Opsomming', 'Control+Shift+8'],
    ['Nummering', 'Control+Shift+7'],
    ['Besluit invoegen', 'Control+Shift+B'],
    ['Actie invoegen', 'Control+Shift+A'],
    ['Schaalvraag invoegen', 'Control+Shift+G'],
    ['Vertrouwelijk…', 'Control+Shift+P'],
  ] as const;
  for (const [name, key] of onTheBar) {
    const button = toolbar.getByRole('button', { name, exact: true });
    await expect(button, name).toHaveAttribute('aria-keyshortcuts', key);
    await expect(button, name).toHaveAttribute('title', new RegExp(`\\(${key.replace('Control', 'Ctrl').replaceAll('+', '\\+')}\\)$`));
  }
  const more = toolbar.getByRole('button', { name: 'Meer', exact: true });
  await notes.getByText('tweede').click();
  await page.keyboard.press('End');
  await more.click();
  const inMore = [
    ['Kopje', 'Control+Shift+K'],
    ['Citaat', 'Control+Shift+9'],
    ['Link', 'Control+K'],
    ['Inspringen', 'Tab'],
    ['Terug inspringen', 'Shift+Tab'],
    ['Ongedaan maken', 'Control+Z'],
    ['Opnieuw', 'Control+Shift+Z'],
  ] as const;
  for (const [name, key] of inMore) {
    const entry = toolbar.getByRole('button', { name, exact: true });
    await expect(entry, name).toHaveAttribute('aria-keyshortcuts', key);
    await expect(entry, name).toContainText(key.replace('Control', 'Ctrl'));
    await expect(entry, name).toHaveAttribute('title', new RegExp(`^${name} \\(${key.replace('Control', 'Ctrl').replaceAll('+', '\\+')}\\)`));
  }
  const list = toolbar.getByRole('list');
  await expect(list).toBeInViewport({ ratio: 1 });
  expect((await menuLines(list)).filter(([, lines]) => lines !== 1)).toEqual([]);

  // Inspringen nests the list item the caret is in; the menu closes and typing goes on in the notes.
  await toolbar.getByRole('button', { name: 'Inspringen', exact: true }).click();
  await expect(list).toBeHidden();
  await expect(notes).toBeFocused();
  await expect(notes.locator('li li', { hasText: 'tweede' })).toHaveCount(1);
  await page.keyboard.type(' en meer');
  await expect(notes.locator('li li')).toHaveText('tweede en meer');
  await more.click();
  await toolbar.getByRole('button', { name: 'Terug inspringen', exact: true }).click();
  await expect(notes.locator('li li')).toHaveCount(0);

  // In a paragraph there is nothing to indent: the entries are there, switched off, and say where they work.
  await notes.getByText('Moeder geeft').click();
  await more.click();
  await expect(toolbar.getByRole('button', { name: 'Inspringen', exact: true })).toBeDisabled();
  await expect(toolbar.getByRole('button', { name: 'Inspringen', exact: true })).toHaveAttribute('title', /in een opsomming of nummering/);
  await expect(toolbar.getByRole('button', { name: 'Terug inspringen', exact: true })).toBeDisabled();

  // Closed by Escape (back on Meer), by a click elsewhere, by Tab out of its last entry.
  await expect(toolbar.getByRole('button', { name: 'Kopje', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.getByRole('heading', { level: 2, name: 'Opening en kennismaking' }).click();
  await expect(list).toBeHidden();
  await more.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(toolbar.getByRole('button', { name: 'Hele agendapunt vertrouwelijk…', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list).toBeHidden();

  // Closed, it covers nothing: in a passage, each button of the toolbar is the one a click at its middle reaches.
  await notes.getByText('Moeder geeft').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await toolbar.getByRole('button', { name: 'Vertrouwelijk…', exact: true }).click();
  const form = page.getByRole('form', { name: 'Vertrouwelijk markeren' });
  await form.getByRole('radio', { name: 'Alleen professionals' }).check();
  await form.getByRole('button', { name: 'Markeren' }).click();
  await notes.getByText('Moeder geeft').click();
  for (const [name, key] of [
    ['Wijzigen…', 'Control+Shift+P'],
    ['Vertrouwelijk opheffen', 'Control+Shift+O'],
  ] as const) {
    const button = toolbar.getByRole('button', { name, exact: true });
    await expect(button, name).toHaveAttribute('aria-keyshortcuts', key);
    await expect(button, name).toHaveAttribute('title', new RegExp(`\\(${key.replace('Control', 'Ctrl').replaceAll('+', '\\+')}\\)$`));
  }
  await more.click();
  await page.keyboard.press('Escape');
  const covered = await toolbar.evaluate((element) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .filter((button) => button.checkVisibility())
      .filter((button) => {
        const rect = button.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return !hit || !button.contains(hit);
      })
      .map((button) => button.getAttribute('aria-label') ?? button.textContent),
  );
  expect(covered).toEqual([]);
  await toolbar.getByRole('button', { name: 'Vertrouwelijk opheffen', exact: true }).click();
  await expect(notes.getByRole('group', { name: /^Vertrouwelijk/ })).toHaveCount(0);
});

test('at 1024×700 the toolbar is whole and the notes are visible; the task panel waits behind its strip', async () => {
  const page = await openApp({ width: 1024, height: 700 });
  await openNotuleren(page);
  const notes = await openItem(page, 'Veiligheid');
  await expectWholeToolbar(page);
  expect(await visibleEditorHeight(notes)).toBeGreaterThanOrEqual(200);
  await expectNoPageScroll(page);
  await expect(page.getByRole('status')).toBeInViewport({ ratio: 1 });

  // Closed by default at this width, one click away.
  const panelToggle = page.getByRole('button', { name: 'Besluiten & taakverdeling' });
  await expect(panelToggle).toHaveAttribute('aria-expanded', 'false');
  await panelToggle.click();
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  await expect(panel).toBeInViewport();
  // Open, the notes stay in the window, their toolbar whole.
  await expectWholeToolbar(page);
  expect(await visibleEditorHeight(notes)).toBeGreaterThanOrEqual(200);
  await expectNoPageScroll(page);
  await expectNoSeriousAxeViolations(page, 'Notuleren op 1024×700');

  // Exporteren: Verslag first, each entry with its key, on one line, in the window.
  const header = page.getByRole('group', { name: 'Overleg bewerken en opslaan' });
  await header.getByRole('button', { name: 'Exporteren naar Word' }).click();
  const exportList = header.getByRole('list');
  await expect(exportList).toBeInViewport({ ratio: 1 });
  await expect(exportList.getByRole('button').first()).toHaveAccessibleName('Verslag');
  expect((await menuLines(exportList)).filter(([, lines]) => lines !== 1)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(exportList).toBeHidden();
  // And the notes toolbar's Meer, at the right edge of the notes.
  const more = page.getByRole('toolbar', { name: 'Opmaak en invoegen' }).getByRole('button', { name: 'Meer', exact: true });
  await more.click();
  const moreList = page.getByRole('toolbar', { name: 'Opmaak en invoegen' }).getByRole('list');
  await expect(moreList).toBeInViewport({ ratio: 1 });
  expect((await menuLines(moreList)).filter(([, lines]) => lines !== 1)).toEqual([]);
  await page.keyboard.press('Escape');

  // In a passage the toolbar says so and still fits.
  await notes.getByText('een', { exact: true }).click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.getByRole('toolbar', { name: 'Opmaak en invoegen' }).getByRole('button', { name: 'Vertrouwelijk…' }).click();
  const form = page.getByRole('form', { name: 'Vertrouwelijk markeren' });
  await form.getByRole('radio', { name: 'Alleen professionals' }).check();
  await form.getByRole('button', { name: 'Markeren' }).click();
  await notes.getByText('twee', { exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Opmaak en invoegen' }).getByRole('button', { name: 'Vertrouwelijk opheffen' })).toBeVisible();
  await expectWholeToolbar(page);
});

test('at 1920×1080 the workspace uses the width of the window', async () => {
  const page = await openApp({ width: 1920, height: 1080 });
  await openNotuleren(page);
  const notes = await openItem(page, 'Stem van Noor');
  const editor = (await notes.boundingBox())!;
  expect(editor.width).toBeGreaterThan(1000);
  expect(await visibleEditorHeight(notes)).toBeGreaterThanOrEqual(700);
  const panel = (await page.getByRole('region', { name: 'Besluiten & taakverdeling' }).boundingBox())!;
  expect(panel.x + panel.width).toBeGreaterThan(1880);
  await expectWholeToolbar(page);
  await expectNoPageScroll(page);
});

/** The generated 40-item meeting (tests/bench) open in Notuleren at 1366×768. */
async function openBigMeeting(): Promise<{ page: Page; meeting: Meeting; notuleren: Locator }> {
  const meeting = bigMeeting();
  root = await mkdtemp(join(tmpdir(), 'mdo-notuleren-'));
  await writeFile(join(root, 'groot overleg.mdo'), serializeMeeting(meeting));
  app = await launchApp({ libraryDir: root, viewport: { width: 1366, height: 768 } });
  const page = app.page;
  await page.getByRole('button', { name: meeting.title, exact: true }).click();
  const notuleren = page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ });
  await notuleren.click();
  return { page, meeting, notuleren };
}

test('in the 40-item meeting at 1366×768 the notes are in sight and a few Tabs away, and the keyboard gets past them', async () => {
  const { page, meeting, notuleren } = await openBigMeeting();
  const first = meeting.agendaItems[0]!.title;
  const notes = page.getByRole('textbox', { name: `Aantekeningen bij ${first}` });
  expect(await visibleEditorHeight(notes)).toBeGreaterThanOrEqual(250);
  await expectWholeToolbar(page);
  await expectNoPageScroll(page);

  // The agenda and the notes' toolbar are one stop each for Tab: the notes are reached in a few presses, not fifty.
  await notuleren.focus();
  let presses = 0;
  while (!(await notes.evaluate((element) => element === document.activeElement)) && presses < 60) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  expect(presses).toBeLessThanOrEqual(12);
  const rail = page.getByRole('navigation', { name: 'Agenda' });
  // On the way, Tab passed the rail's foot (Aanwezigheid); the rail shows the current item again once the focus has left it.
  await expect(rail.getByRole('button', { name: new RegExp(`^1\\.`) })).toBeInViewport();
  await rail.getByRole('button', { name: new RegExp(`^1\\.`) }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rail.getByRole('button', { name: new RegExp(`^3\\.`) })).toBeFocused();
  // The row the arrows reached shows the focus ring (the rows but the current one have tabindex -1).
  expect(await rail.getByRole('button', { name: new RegExp(`^3\\.`) }).evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
  await page.keyboard.press('End');
  await expect(rail.getByRole('button', { name: new RegExp(`^40\\.`) })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: first })).toBeVisible();

  // Escape from the text (the item has blocks) reaches the task panel, which cuts no name either.
  await notes.click({ position: { x: 20, y: 10 } });
  await page.keyboard.press('Escape');
  const panelToggle = page.getByRole('button', { name: 'Besluiten & taakverdeling' });
  await expect(panelToggle).toBeFocused();
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  // The 60 decisions are one stop for Tab (↑ ↓ Home End inside): the first action is a few Tabs away, not sixty.
  await page.keyboard.press('Tab');
  const firstAction = panel.getByRole('button', { name: 'Ga naar A1', exact: true });
  let tabs = 1;
  while (!(await panel.getByRole('button', { name: 'Ga naar B1', exact: true }).evaluate((element) => element === document.activeElement)) && tabs < 10) {
    await page.keyboard.press('Tab');
    tabs += 1;
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('button', { name: 'Ga naar B3', exact: true })).toBeFocused();
  await page.keyboard.press('End');
  await expect(panel.locator('button[aria-label="Ga naar B60"]')).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(firstAction).toBeFocused();
  expect(tabs).toBeLessThanOrEqual(5);
  // Back with Shift+Tab: the decision last focused.
  await page.keyboard.press('Shift+Tab');
  await expect(panel.getByRole('button', { name: 'Ga naar B2', exact: true })).toBeFocused();
  const cut = await panel.getByRole('combobox', { name: /^Wie doet/ }).evaluateAll((inputs) =>
    inputs
      .map((input) => input as HTMLInputElement)
      .filter((input) => input.scrollWidth > input.clientWidth && (input.title !== input.value || !input.getAttribute('aria-label')?.endsWith(input.value)))
      .map((input) => input.value),
  );
  expect(cut).toEqual([]);
});

test('in the 40-item meeting the task cards far down the panel get their fields once the keyboard reaches them', async () => {
  const { page } = await openBigMeeting();
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  // Cards out of sight are not laid out, and so not in Playwright's view of the roles: counted and reached in the page itself.
  const actions = BIG_MEETING_SIZE.actions;
  const numbers = panel.locator('button[aria-label^="Ga naar A"]');
  await expect(numbers).toHaveCount(actions);
  const last = `A${actions}`;
  // Far out of sight, the last card says who and when in text; its fields are not made yet.
  await expect(numbers.last()).toHaveAttribute('aria-label', `Ga naar ${last}`);
  await expect(panel.locator('tr').filter({ has: page.locator(`button[aria-label="Ga naar ${last}"]`) })).toContainText('Uiterlijk:');
  await expect(panel.locator(`select[aria-label="Status van ${last}"]`)).toHaveCount(0);
  // Under the 60 decisions the whole table of actions is set aside: no layer of its groups for the browser to walk after a key.
  const firstGroup = panel.locator('table.task-table tbody').first();
  const tableShown = () => firstGroup.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
  expect(await tableShown()).toBe(false);

  // Reached by the keyboard (its number is a stop for Tab), it gets them, and they work.
  await numbers.last().focus();
  const owner = panel.getByRole('combobox', { name: new RegExp(`^Wie doet ${last}\\?`) });
  await expect(owner).toBeVisible();
  await expect(panel.getByRole('textbox', { name: `Uiterlijk voor ${last}` })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: `Status van ${last}` })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(owner).toBeFocused();
  expect(await tableShown()).toBe(true);
  // A card halfway down came with the ones around it.
  const middle = `A${Math.round(actions / 2)}`;
  await panel.locator(`button[aria-label="Ga naar ${middle}"]`).focus();
  await expect(panel.getByRole('combobox', { name: `Status van ${middle}` })).toBeVisible();
});

test('the task panel keeps its head and toggle in sight while it scrolls, and what the keyboard reaches is not hidden under them', async () => {
  const { page } = await openBigMeeting();
  const panel = page.getByRole('region', { name: 'Besluiten & taakverdeling' });
  const box = async (locator: Locator) => {
    const found = await locator.boundingBox();
    if (!found) throw new Error('not on screen');
    return found;
  };
  // Far down the panel, under the 60 decisions; the mouse wheel scrolls the card above up to just under the head,
  // and Shift+Tab goes back to it.
  await panel.locator('button[aria-label="Ga naar A4"]').focus();
  const panelBox = await box(panel);
  const previous = panel.getByRole('combobox', { name: 'Status van A3' });
  const scroller = panel.locator('.task-panel__scroll');
  const scrollerBox = await box(scroller);
  const before = await scroller.evaluate((element) => element.scrollTop);
  await page.mouse.move(panelBox.x + panelBox.width / 2, panelBox.y + panelBox.height / 2);
  await page.mouse.wheel(0, (await box(previous)).y - scrollerBox.y - 20);
  // The wheel scrolls smoothly: on once it has come to rest.
  const settled = () =>
    scroller.evaluate(async (element) => {
      const first = element.scrollTop;
      await new Promise((resolve) => setTimeout(resolve, 150));
      return first === element.scrollTop ? first : -1;
    });
  await expect.poll(settled).toBeGreaterThan(before);
  await page.keyboard.press('Shift+Tab');
  await expect(previous).toBeFocused();
  const head = await box(panel.locator('.task-panel__head'));
  const toggle = await box(page.getByRole('button', { name: 'Besluiten & taakverdeling' }));
  // The head stays at the top of the panel, with the toggle on it rather than on a card.
  expect(head.y).toBeLessThanOrEqual(panelBox.y + 2);
  expect(toggle.y).toBeGreaterThanOrEqual(head.y);
  expect(toggle.y + toggle.height).toBeLessThanOrEqual(head.y + head.height);
  await expect(panel.getByRole('button', { name: 'Per persoon' })).toBeInViewport();
  // The focused field is below the head, not under it.
  expect((await box(previous)).y).toBeGreaterThanOrEqual(head.y + head.height);
});

test('in long notes Ctrl+End puts the caret at the very end and Ctrl+Home at the very start, also when that text is out of sight', async () => {
  const { page, meeting } = await openBigMeeting();
  const notes = page.getByRole('textbox', { name: `Aantekeningen bij ${meeting.agendaItems[0]!.title}` });
  // The first item's notes end in a numbered list, far below the editor's visible part (and so not laid out yet).
  const lastItem = notes.locator(':scope > ol > li').last();
  await expect(lastItem).not.toBeInViewport();
  const endBefore = (await lastItem.textContent()) ?? '';
  await notes.locator('p').first().click();
  await caretSettled(page);

  // The notes start in bold ("De school"): typed at the start, in bold, as after a click there.
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Begin. ');
  await expect(notes.locator(':scope > *').first()).toHaveText(/^Begin\. /);
  await expect(notes.locator(':scope > *').first().locator('.notes-bold').first()).toHaveText(/^Begin\. /);

  // At the end, in the format of the text there (not bold), and in sight.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Slotzin.');
  await expect(lastItem).toHaveText(`${endBefore} Slotzin.`);
  await expect(lastItem.locator('.notes-bold')).toHaveCount(0);
  await expect(lastItem).toBeInViewport();
  await page.keyboard.press('Control+Home');

  // With Shift, the selection runs from the caret to the very end.
  await page.keyboard.press('Control+Shift+End');
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.trimEnd().endsWith('Slotzin.')).toBe(true);
  expect(selected.length).toBeGreaterThan(1000);
});

/** Presses Tab until the focus is on the element `target` finds, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Met Tab niet bereikt');
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`a picture of Notuleren at ${viewport.width}×${viewport.height}, reached by keyboard only`, async () => {
    const page = await openApp(viewport);
    const shots = process.env.MDO_SHOTS_DIR ?? test.info().outputPath();
    await mkdir(shots, { recursive: true });
    const size = `${viewport.width}x${viewport.height}`;

    await tabTo(page, page.getByRole('button', { name: 'MDO Noor de Vries', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Opening en kennismaking' })).toBeVisible();
    await expectWholeToolbar(page);
    await page.screenshot({ path: join(shots, `notuleren-${size}.png`) });

    // The last item, with a decision and actions in its notes.
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Control+ArrowDown');
    await expect(page.getByRole('heading', { level: 2, name: 'Besluiten en taakverdeling' })).toBeVisible();
    // Every field of a block shows its whole text (it grows with it): no reason or dissent cut off behind a scrollbar.
    const cutOff = await page
      .locator('.notes-block textarea')
      .evaluateAll((fields) => fields.filter((field) => field.scrollHeight > field.clientHeight + 1).map((field) => (field as HTMLTextAreaElement).value));
    expect(cutOff).toEqual([]);
    await page.screenshot({ path: join(shots, `notuleren-${size}-besluiten.png`) });
  });
}
