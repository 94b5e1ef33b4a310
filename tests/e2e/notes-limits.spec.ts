import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { LexicalState, Meeting } from '../../shared/meeting/meeting-schema';
import { MAX_NOTE_BLOCKS, MAX_NOTE_CHARACTERS, MAX_NOTE_NODES, notesProblem } from '../../shared/notes/notes-validation';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { launchApp, type AppHandle } from '../support/host';
import { caretSettled } from '../support/caret';

/*
 * The limits of one agenda item's notes in the app (issue 12, point 4):
 * the largest notes that pass validation open without a main-thread task
 * over 200 ms (the browser's long-task API), a file with a megabyte of
 * notes is refused in Dutch naming the item, and a paste that would pass
 * the limits is refused; a pasted javascript: link keeps its text only.
 *
 * A long task's duration is wall-clock time. On a machine where other
 * processes hold the cores it also counts the time the page waited for
 * one, so the same tasks are traced (Chromium's trace gives each task's
 * CPU time too): a task over the limit passes only when its own CPU time
 * is within it and it spent most of its time waiting. Both figures are
 * printed.
 */

const LONG_TASK_LIMIT_MS = 200;

let app: AppHandle | undefined;
let root = '';
let libraryDir = '';

test.beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-notes-limits-'));
  libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

function text(value: string, format = 0): Record<string, unknown> {
  return { type: 'text', version: 1, text: value, format, style: '', mode: 'normal', detail: 0 };
}

function paragraph(children: unknown[]): Record<string, unknown> {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children };
}

function notesWith(children: unknown[]): LexicalState {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

/** One text node holding all the text an item may have. */
function oneLongParagraph(): LexicalState {
  return notesWith([paragraph([text('woord '.repeat(Math.floor(MAX_NOTE_CHARACTERS / 6)))])]);
}

/**
 * Every limit reached at once: the blocks an item may have, the rest of the
 * nodes as paragraphs of a plain and a bold piece, the rest of the text in them.
 */
function everyLimit(): LexicalState {
  const blocks = Array.from({ length: MAX_NOTE_BLOCKS }, (_, index) =>
    index % 2 === 0
      ? { type: 'mdo-decision', version: 1, id: `b${index}`, text: `Besluit ${index}`, reason: '', dissent: [] }
      : { type: 'mdo-action', version: 1, id: `b${index}`, what: `Actie ${index}`, owners: [], due: null, status: 'open' },
  );
  const paragraphs = Math.floor((MAX_NOTE_NODES - 1 - MAX_NOTE_BLOCKS) / 3);
  const perPiece = Math.floor((MAX_NOTE_CHARACTERS - 2_000) / (2 * paragraphs));
  const piece = 'tekst '.repeat(Math.ceil(perPiece / 6)).slice(0, perPiece);
  return notesWith([...Array.from({ length: paragraphs }, () => paragraph([text(piece), text(piece, 1)])), ...blocks]);
}

function meetingWithFirstNotes(title: string, notes: LexicalState): Meeting {
  const meeting = sampleMeeting();
  return { ...meeting, title, agendaItems: meeting.agendaItems.map((item, index) => (index === 0 ? { ...item, notes } : item)) };
}

/** Starts recording the page's long tasks (the Long Tasks API) from now on. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

interface TracedTask {
  wallMs: number;
  cpuMs: number;
}

interface TraceEvent {
  ph?: string;
  name?: string;
  pid?: number;
  tid?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Traces the page's main thread until the returned function is called; that gives its tasks over 50 ms. */
async function traceTasks(page: Page): Promise<() => Promise<TracedTask[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', '__metadata'] } });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const mainThreads = new Set(
      events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`),
    );
    return events
      .filter((event) => event.ph === 'X' && event.name === 'RunTask' && mainThreads.has(`${event.pid}:${event.tid}`) && (event.dur ?? 0) > 50_000)
      .map((event) => ({ wallMs: (event.dur ?? 0) / 1000, cpuMs: (event.tdur ?? event.dur ?? 0) / 1000 }));
  };
}

/**
 * The long tasks over the limit that nothing excuses (see the top of this
 * file): each long task the API reported over the limit is found in the
 * trace by its duration, and passes only when its CPU time is within the
 * limit and less than half its wall time. Traced tasks the API did not
 * report (the trace's own work when it stops) do not count.
 */
function overLimit(longTaskApi: number[], traced: TracedTask[]): TracedTask[] {
  return longTaskApi
    .filter((duration) => duration > LONG_TASK_LIMIT_MS)
    .map((duration) => traced.find((task) => Math.abs(task.wallMs - duration) <= 2) ?? { wallMs: duration, cpuMs: Number.NaN })
    .filter((task) => !(task.cpuMs <= LONG_TASK_LIMIT_MS && task.cpuMs <= task.wallMs / 2));
}

function shown(tasks: readonly number[]): string {
  return tasks.length === 0 ? 'none' : tasks.map((task) => task.toFixed(0)).join(', ');
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

async function settle(page: Page): Promise<void> {
  // Two frames and a quiet moment: the editor has laid out what is on screen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 500)))));
}

function notesBox(page: Page, title: string) {
  return page.getByRole('textbox', { name: `Aantekeningen bij ${title}` });
}

async function openMinutes(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Onderdelen van het overleg' }).getByRole('button', { name: /^Notuleren/ }).click();
}

for (const [name, notes] of [
  [`one paragraph of ${MAX_NOTE_CHARACTERS} characters`, oneLongParagraph()],
  [`${MAX_NOTE_NODES} nodes, ${MAX_NOTE_BLOCKS} blocks and ${MAX_NOTE_CHARACTERS} characters`, everyLimit()],
] as const) {
  test(`the largest notes that pass (${name}) open with no long task over ${LONG_TASK_LIMIT_MS} ms`, async () => {
    expect(notesProblem(notes)).toBeNull();
    const meeting = meetingWithFirstNotes('Grootste aantekeningen', notes);
    const firstTitle = meeting.agendaItems[0]!.title;
    await writeFile(join(libraryDir, 'Grootste aantekeningen.mdo'), serializeMeeting(meeting));
    app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await expect(page.getByRole('button', { name: 'Grootste aantekeningen', exact: true })).toBeVisible();
    await settle(page);

    await recordLongTasks(page);
    const stopTrace = await traceTasks(page);
    await page.getByRole('button', { name: 'Grootste aantekeningen', exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Onderdelen van het overleg' })).toBeVisible();
    await openMinutes(page);
    // Found by its class and its first paragraph read, while measuring: a role query looks at every field in every block, and
    // reading the whole text (innerText) lays all of it out, which are long tasks of the test's own, not of the app.
    const editor = page.locator('#meeting-view .notes-editor__content');
    await expect(editor.locator('p').first()).toContainText(/woord|tekst/);
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await settle(page);
    const tasks = await longTasks(page);
    const traced = await stopTrace();
    // Now that nothing is measured: it is the first item's notes, by their accessible name, and they can be typed in.
    await expect(notesBox(page, firstTitle)).toHaveAttribute('contenteditable', 'true');
    const figures = `long-task API ${shown(tasks)} ms; traced tasks (wall/CPU) ${traced.map((task) => `${task.wallMs.toFixed(0)}/${task.cpuMs.toFixed(0)}`).join(', ') || 'none'} ms`;
    test.info().annotations.push({ type: 'long tasks', description: `${name}: ${figures}` });
    console.info(`notes-limits: ${name}: ${figures}`);
    expect(overLimit(tasks, traced), figures).toEqual([]);
  });
}

test('notes too large to build at once come after the item is painted, locked until they are in; Ctrl+↑ then puts the caret at their end, however long they took, and what is typed is kept', async () => {
  // 2,001 nodes (more than the editor builds at once, room left to type): 650 paragraphs of two pieces, 50 blocks at the end.
  const blocks = (everyLimit().root.children as { type: string }[]).filter((node) => node.type !== 'paragraph');
  const pieces = Array.from({ length: 650 }, (_, index) => paragraph([text(`Alinea ${index + 1}: `), text('tekst', 1)]));
  const meeting = meetingWithFirstNotes('Groot', notesWith([...pieces, ...blocks]));
  const [first, second] = meeting.agendaItems;
  const path = join(libraryDir, 'Groot.mdo');
  await writeFile(path, serializeMeeting(meeting));
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport: { width: 1366, height: 768 } });
  const { page } = app;
  await page.getByRole('button', { name: 'Groot', exact: true }).click();
  await openMinutes(page);
  await expect(notesBox(page, first!.title)).toHaveAttribute('contenteditable', 'true');
  await notesBox(page, first!.title).locator('p').first().click();
  await page.keyboard.press('Control+ArrowDown');
  await expect(notesBox(page, second!.title)).toBeFocused();

  // The page's clock stands still: the first item comes on screen, its notes wait.
  await page.clock.install();
  await page.clock.pauseAt(new Date('2026-12-10T14:30:00'));
  await page.keyboard.press('Control+ArrowUp');
  const box = notesBox(page, first!.title);
  await expect(box).toHaveAttribute('contenteditable', 'false');
  await expect(box.locator('p')).toHaveCount(0);
  await expect(page.locator('#meeting-view .notes-editor__placeholder')).toHaveText('De aantekeningen worden geladen…');
  // Longer than Ctrl+↑'s own wait for a new editor (1 s): the focus still comes once the notes are in.
  await page.clock.fastForward(1_500);
  await page.clock.resume();
  await expect(box).toHaveAttribute('contenteditable', 'true');
  await expect(box).toBeFocused();
  await page.keyboard.type(' Slotwoord.');

  await page.keyboard.press('Control+s');
  // "om" or "op <datum> om": the page's clock is not the computer's any more.
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen o[mp] / })).toBeVisible();
  const saved = parseMeetingFile(await readFile(path, 'utf8'));
  if (!saved.ok) throw new Error('the saved file does not read back');
  const notes = JSON.stringify(saved.value.agendaItems[0]!.notes);
  expect(notes).toContain('Slotwoord.');
  // Nothing of the notes was lost on the way: every paragraph and every block is still there.
  for (const index of [1, 325, 650]) expect(notes).toContain(`"text":"Alinea ${index}: "`);
  for (let index = 0; index < MAX_NOTE_BLOCKS; index++) expect(notes).toContain(`"id":"b${index}"`);
});

test('a file with a megabyte of notes in one item is refused in Dutch, naming the item, and left as it was', async () => {
  const meeting = meetingWithFirstNotes('Te groot', notesWith([paragraph([text('x'.repeat(1_048_576))])]));
  const path = join(root, 'Te groot.mdo');
  const bytes = serializeMeeting(meeting);
  await writeFile(path, bytes);
  app = await launchApp({ libraryDir, configDir: join(root, 'config') });
  const { page, host } = app;
  await recordLongTasks(page);
  const stopTrace = await traceTasks(page);
  host.queueOpenPath(path);
  await page.getByRole('button', { name: 'Openen' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Dit bestand bevat fouten en kan niet worden geopend');
  await expect(alert.getByRole('listitem')).toContainText([
    `Agendapunt 1 ("${meeting.agendaItems[0]!.title}") › Aantekeningen bevat te veel tekst: 1.048.576 tekens, hoogstens 120.000 per agendapunt. Verdeel de aantekeningen over meer agendapunten.`,
  ]);
  expect(await readFile(path, 'utf8')).toBe(bytes);
  const tasks = await longTasks(page);
  const traced = await stopTrace();
  console.info(`notes-limits: refusing 1 MB of notes: long-task API ${shown(tasks)} ms`);
  expect(overLimit(tasks, traced), `long tasks ${shown(tasks)} ms`).toEqual([]);
});

/** Pastes as the browser does: a paste event with the clipboard's data on the focused editor. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

test('a paste that would pass the limit is refused with a Dutch message; a javascript: link pasted keeps its text only', async () => {
  const meeting = meetingWithFirstNotes('Plakken', notesWith([paragraph([text('Begin van de aantekeningen.')])]));
  const path = join(libraryDir, 'Plakken.mdo');
  await writeFile(path, serializeMeeting(meeting));
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport: { width: 1366, height: 768 } });
  const { page } = app;
  const firstTitle = meeting.agendaItems[0]!.title;
  await page.getByRole('button', { name: 'Plakken', exact: true }).click();
  await openMinutes(page);
  const box = notesBox(page, firstTitle);
  await box.click();
  await page.keyboard.press('Control+End');

  await paste(page, { 'text/plain': 'x'.repeat(MAX_NOTE_CHARACTERS + 10) });
  const notice = page.getByRole('alert').filter({ hasText: 'Niet geplakt' });
  await expect(notice).toContainText(`De aantekeningen bij "${firstTitle}" mogen hoogstens 120.000 tekens hebben.`);
  await expect(box).toHaveText('Begin van de aantekeningen.');
  await page.keyboard.type(' Verder.');
  await expect(notice).toHaveCount(0);

  await paste(page, {
    'text/html': '<p>Zie <a href="javascript:alert(1)">deze pagina</a> en <a href="mailto:a@b.nl?attach=/etc/passwd">mail</a> en <a href="https://www.nji.nl/">NJi</a></p>',
    'text/plain': 'Zie deze pagina en mail en NJi',
  });
  await expect(page.getByRole('alert').filter({ hasText: 'is gewone tekst geworden' })).toBeVisible();
  await expect(box).toContainText('Zie deze pagina en mail en NJi');
  await expect(box.getByRole('link')).toHaveCount(1);
  await expect(box.getByRole('link')).toHaveText('NJi');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toBeVisible();
  const saved = parseMeetingFile(await readFile(path, 'utf8'));
  expect(saved.ok).toBe(true);
  const savedText = await readFile(path, 'utf8');
  expect(savedText).not.toContain('javascript:');
  expect(savedText).not.toContain('attach=');
  expect(savedText).toContain('https://www.nji.nl/');
});

test('a decision past the limit of blocks is not added, and the notes stay as they were', async () => {
  const decisions = Array.from({ length: MAX_NOTE_BLOCKS }, (_, index) => ({ type: 'mdo-decision', version: 1, id: `b${index}`, text: `Besluit ${index + 1}`, reason: '', dissent: [] }));
  const meeting = meetingWithFirstNotes('Vol', notesWith([...decisions, paragraph([text('Laatste regel')])]));
  await writeFile(join(libraryDir, 'Vol.mdo'), serializeMeeting(meeting));
  app = await launchApp({ libraryDir, configDir: join(root, 'config'), viewport: { width: 1366, height: 768 } });
  const { page } = app;
  const firstTitle = meeting.agendaItems[0]!.title;
  await page.getByRole('button', { name: 'Vol', exact: true }).click();
  await openMinutes(page);
  const box = notesBox(page, firstTitle);
  await box.getByText('Laatste regel').click();
  // The editor may still place the caret where the click was after a first End: press until it is at the end of the line.
  // (The click's selectionchange can reach the editor after the key: wait two frames each time before looking.)
  await expect
    .poll(async () => {
      await page.keyboard.press('End');
      await caretSettled(page);
      return page.evaluate(() => {
        const selection = window.getSelection();
        return selection?.anchorNode?.textContent === 'Laatste regel' && selection.anchorOffset === 'Laatste regel'.length;
      });
    })
    .toBe(true);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Besluit: nog een besluit');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Niet toegevoegd' })).toContainText(
    `de aantekeningen bij "${firstTitle}" bevat te veel besluiten, acties en schaalvragen: ${MAX_NOTE_BLOCKS + 1}, hoogstens ${MAX_NOTE_BLOCKS} per agendapunt.`,
  );
  await expect(box).toContainText('Besluit: nog een besluit');
});
