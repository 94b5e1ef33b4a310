import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers } from '../../host/handlers';
import { createPathGrants } from '../../host/path-access';
import { createAppSession, type AppSession } from '../../renderer/src/app/app-session';
import { exportLogRows, logTimeText } from '../../renderer/src/meeting/details/export-log-rows';
import { currentMeeting } from '../../renderer/src/meeting/open-document';
import { createBridge } from '../../shared/ipc/bridge';
import type { Handlers } from '../../shared/ipc/contract';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { ExportLogEntry, Meeting } from '../../shared/meeting/meeting-schema';
import { FULL_EXPORT } from '../../shared/privacy/export-options';
import { ok } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * The export log says which version of the meeting left the app: the time
 * it was saved when nothing changed since (what the file says), otherwise
 * the time of the last change on screen; never the creation time. The
 * session runs against the real Node handlers in a temp folder, with a
 * clock for the host (saves, exports) and one for the page (edits).
 */

const CREATED = '2026-11-20T09:00:00.000Z';
const SAVED = '2026-11-23T10:05:00.000Z';
const SAVED_WITH_LOG = '2026-11-23T10:10:00.000Z';
const EDITED = '2026-11-23T10:20:00.000Z';

let root = '';
let libraryDir = '';
let hostNow = new Date(CREATED);
let pageNow = Date.parse(CREATED);
let savePaths: string[] = [];
let session: AppSession;

function createSession(grantedPath?: string): AppSession {
  const grants = createPathGrants();
  if (grantedPath) grants.grant(grantedPath);
  const handlers: Handlers = {
    ...createNodeHandlers({
      grants,
      libraryDir,
      configDir: join(root, 'config'),
      version: 'test',
      now: () => hostNow,
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => savePaths.shift() ?? null },
    }),
    'window:setDirty': async () => ok(null),
    'window:close': async () => ok(null),
    'shell:openExternal': async () => ok(null),
  };
  const bridge = createBridge((channel, request) => dispatch(handlers, channel, request), () => () => undefined);
  return createAppSession(bridge, () => pageNow);
}

function onScreen(): Meeting {
  const { screen } = session.getState();
  if (screen.name !== 'meeting') throw new Error('geen overleg open');
  return currentMeeting(screen.document);
}

async function settled(): Promise<void> {
  for (let i = 0; i < 50 && session.getState().saving; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Exports the agenda at `at` (host time) and returns the new log entry. */
async function exportAgendaAt(at: string, name: string): Promise<ExportLogEntry> {
  hostNow = new Date(at);
  savePaths.push(join(root, name));
  session.exportAgenda();
  await session.confirmExport(FULL_EXPORT);
  await settled();
  const entry = onScreen().exportLog.at(-1);
  if (!entry || entry.fileName !== name) throw new Error(`geen logregel voor ${name}`);
  return entry;
}

async function onDisk(path: string): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-export-version-'));
  libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  hostNow = new Date(CREATED);
  pageNow = Date.parse(CREATED);
  savePaths = [];
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the version an export log entry records', () => {
  it('is the save time of a new meeting saved before the export, then the last unsaved change, and after undo the file’s save time again', async () => {
    session = createSession();
    await session.newMeeting();
    await session.createFromTemplate(null);
    expect(onScreen().createdAt).toBe(CREATED);

    pageNow = Date.parse('2026-11-23T10:00:00.000Z');
    session.edit({ field: 'title', apply: (meeting) => ({ ...meeting, title: 'MDO Noor de Vries' }) });
    hostNow = new Date(SAVED);
    expect(await session.save()).toBe(true);
    const { screen } = session.getState();
    const path = screen.name === 'meeting' ? screen.document.path : null;
    if (path === null) throw new Error('niet opgeslagen');
    expect((await onDisk(path)).updatedAt).toBe(SAVED);

    // Saved and unchanged: the version is the file's.
    const first = await exportAgendaAt(SAVED_WITH_LOG, 'agenda-1.docx');
    expect(first.meetingUpdatedAt).toBe(SAVED);
    expect(first.meetingUpdatedAt).not.toBe(CREATED);
    expect(session.getState().dirty).toBe(false);
    expect((await onDisk(path)).exportLog.map((entry) => entry.meetingUpdatedAt)).toEqual([SAVED]);

    // Changed and not saved: the version is the last change.
    pageNow = Date.parse(EDITED);
    session.edit({ field: 'location', apply: (meeting) => ({ ...meeting, location: 'OBS De Regenboog, kamer 2.14' }) });
    const second = await exportAgendaAt('2026-11-23T10:30:00.000Z', 'agenda-2.docx');
    expect(second.meetingUpdatedAt).toBe(EDITED);
    expect(session.getState().dirty).toBe(true);

    // The change undone: the meeting is the version in the file again, which the
    // first export saved at once to write down its copy (at 10:10).
    session.undo();
    expect((await onDisk(path)).updatedAt).toBe(SAVED_WITH_LOG);
    const third = await exportAgendaAt('2026-11-23T10:40:00.000Z', 'agenda-3.docx');
    expect(third.meetingUpdatedAt).toBe(SAVED_WITH_LOG);

    // Gegevens › Geëxporteerde kopieën, newest first.
    expect(exportLogRows(onScreen()).map((row) => row.version)).toEqual([
      `Concept, laatst gewijzigd ${logTimeText(SAVED_WITH_LOG)}`,
      `Concept, laatst gewijzigd ${logTimeText(EDITED)}`,
      `Concept, laatst gewijzigd ${logTimeText(SAVED)}`,
    ]);
    expect(exportLogRows(onScreen()).map((row) => row.version)).not.toContain(`Concept, laatst gewijzigd ${logTimeText(CREATED)}`);
  });

  it('is the time the file says it was saved, for a meeting opened and exported as it is', async () => {
    const path = join(libraryDir, '2026-12-10 MDO Noor de Vries.mdo');
    const saved = { ...sampleMeeting(), createdAt: CREATED, updatedAt: '2026-11-28T15:45:00.000Z', exportLog: [] };
    await writeFile(path, serializeMeeting(saved), 'utf8');
    session = createSession(path);
    await session.openPath(path);

    const entry = await exportAgendaAt('2026-12-01T08:00:00.000Z', 'agenda.docx');
    expect(entry.meetingUpdatedAt).toBe('2026-11-28T15:45:00.000Z');
    // Saved at once with the log (nothing else changed): the file says which version went out.
    const after = await onDisk(path);
    expect(after.exportLog.map((logged) => logged.meetingUpdatedAt)).toEqual(['2026-11-28T15:45:00.000Z']);
  });
});
