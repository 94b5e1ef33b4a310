import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers } from '../../host/handlers';
import { createPathGrants } from '../../host/path-access';
import { createAppSession, type AppSession } from '../../renderer/src/app/app-session';
import { exportLogRows, logTimeText } from '../../renderer/src/meeting/details/export-log-rows';
import { choiceFrom, optionsFrom } from '../../renderer/src/meeting/export/export-choice';
import { currentMeeting } from '../../renderer/src/meeting/open-document';
import { consentAdvice, withKind } from '../../renderer/src/meeting/sharing/sharing-basis-edits';
import { exportedCopiesText } from '../../renderer/src/start/exported-copies-text';
import { createBridge } from '../../shared/ipc/bridge';
import type { Handlers } from '../../shared/ipc/contract';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { ExportLogEntry, Meeting } from '../../shared/meeting/meeting-schema';
import { FULL_EXPORT, type ExportOptions } from '../../shared/privacy/export-options';
import { ok } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * The session with `window.mdo` backed by the real Node handlers in a temp
 * folder (as the test host does), so saving, exporting and deleting touch
 * real files. Only the save dialog is answered by the test.
 */
let root = '';
let libraryDir = '';
let meetingPath = '';
let savePaths: (string | null)[] = [];
let session: AppSession;

const FOR_PARENTS: ExportOptions = {
  audience: { kind: 'ouders', person: null },
  pseudonym: { child: true, childAlias: 'kind A', parents: false },
};

function createSession(): AppSession {
  // The meeting was opened with the app (the OS's "open with"), as from the library list.
  const grants = createPathGrants();
  grants.grant(meetingPath);
  const handlers: Handlers = {
    ...createNodeHandlers({
      grants,
      libraryDir,
      configDir: join(root, 'config'),
      version: 'test',
      dialogs: {
        chooseOpenPath: async () => null,
        chooseSavePath: async () => savePaths.shift() ?? null,
      },
    }),
    'window:setDirty': async () => ok(null),
    'window:close': async () => ok(null),
    'shell:openExternal': async () => ok(null),
  };
  const bridge = createBridge((channel, request) => dispatch(handlers, channel, request), () => () => undefined);
  return createAppSession(bridge);
}

async function onDisk(): Promise<Meeting> {
  const parsed = parseMeetingFile(await readFile(meetingPath, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function meetingOnScreen(): Meeting {
  const { screen } = session.getState();
  if (screen.name !== 'meeting') throw new Error('geen overleg open');
  return currentMeeting(screen.document);
}

/** Waits until the save the session started by itself is done. */
async function settled(): Promise<void> {
  for (let i = 0; i < 50 && session.getState().saving; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 20));
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mdo-privacy-ui-'));
  libraryDir = join(root, 'MDO');
  await mkdir(libraryDir);
  meetingPath = join(libraryDir, 'MDO Noor de Vries.mdo');
  await writeFile(meetingPath, serializeMeeting(sampleMeeting()), 'utf8');
  savePaths = [];
  session = createSession();
  await session.openPath(meetingPath);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('exporting through the dialog', () => {
  it('asks for whom first, and exports only when the dialog is confirmed', async () => {
    session.exportMinutes();
    expect(session.getState().choosingExport).toBe('minutes');
    session.cancelExport();
    expect(session.getState().choosingExport).toBeNull();
    expect(meetingOnScreen().exportLog).toEqual([]);
  });

  it('passes the choices to the host, logs the copy and saves a meeting without other changes at once', async () => {
    const target = join(root, 'Verslag voor ouders.docx');
    savePaths.push(target);
    session.exportMinutes();
    await session.confirmExport(FOR_PARENTS);
    await settled();
    expect(existsSync(target)).toBe(true);
    expect(session.getState().exported?.path).toBe(target);

    const [entry] = meetingOnScreen().exportLog;
    expect(entry).toMatchObject({ document: 'verslag', audience: FOR_PARENTS.audience, pseudonym: FOR_PARENTS.pseudonym, fileName: 'Verslag voor ouders.docx' });
    expect(session.getState().dirty).toBe(false);
    expect((await onDisk()).exportLog).toEqual([entry]);
  });

  it('keeps the entry with the unsaved changes when there are some, and saves it with them', async () => {
    session.edit({ field: 'title', apply: (meeting) => ({ ...meeting, title: 'MDO Noor, tweede versie' }) });
    savePaths.push(join(root, 'agenda.docx'));
    session.exportAgenda();
    await session.confirmExport(FULL_EXPORT);
    await settled();
    expect(meetingOnScreen().exportLog).toHaveLength(1);
    expect(session.getState().dirty).toBe(true);
    expect((await onDisk()).exportLog).toEqual([]);
    expect((await onDisk()).title).toBe('MDO Noor de Vries');

    await session.save();
    expect((await onDisk()).exportLog.map((e) => e.document)).toEqual(['agenda']);
    expect((await onDisk()).title).toBe('MDO Noor, tweede versie');
  });

  it('never loses a log entry through undo or redo', async () => {
    session.edit({ field: 'location', apply: (meeting) => ({ ...meeting, location: 'Online' }) });
    savePaths.push(join(root, 'verslag.docx'));
    session.exportMinutes();
    await session.confirmExport(FULL_EXPORT);
    await settled();
    session.undo();
    expect(meetingOnScreen().location).not.toBe('Online');
    expect(meetingOnScreen().exportLog).toHaveLength(1);
    // The log differs from the file, so the undone meeting is still unsaved.
    expect(session.getState().dirty).toBe(true);
    session.redo();
    expect(meetingOnScreen().exportLog).toHaveLength(1);
  });

  it('logs nothing when the save dialog is cancelled', async () => {
    savePaths.push(null);
    session.exportMinutes();
    await session.confirmExport(FOR_PARENTS);
    expect(meetingOnScreen().exportLog).toEqual([]);
    expect(session.getState()).toMatchObject({ exported: null, dirty: false });
  });

  it('offers the last choice again in this session', async () => {
    savePaths.push(null);
    session.exportMinutes();
    await session.confirmExport(FOR_PARENTS);
    expect(session.getState().lastExportOptions).toEqual(FOR_PARENTS);
  });
});

describe('the export dialog\'s choice', () => {
  const participants = sampleMeeting().participants;

  it('turns a participant into a copy for that person', () => {
    const choice = { ...choiceFrom(FULL_EXPORT, participants), audience: 'deelnemer' as const, participantId: 'p5' };
    expect(optionsFrom(choice, participants)?.audience).toEqual({ kind: 'deelnemer', person: { participantId: 'p5', name: 'Els de Vries' } });
  });

  it('starts over with the full copy when the last recipient is not in this meeting', () => {
    const elsewhere: ExportOptions = { ...FULL_EXPORT, audience: { kind: 'deelnemer', person: { participantId: 'x9', name: 'Iemand Anders' } } };
    expect(choiceFrom(elsewhere, participants).audience).toBe('volledig');
  });

  it('drops the alias when the child\'s name is not replaced', () => {
    const choice = { ...choiceFrom(FOR_PARENTS, participants), replaceChild: false };
    expect(optionsFrom(choice, participants)?.pseudonym).toEqual({ child: false, childAlias: '', parents: false });
  });
});

describe('the export log in Gegevens', () => {
  const entry = (overrides: Partial<ExportLogEntry>): ExportLogEntry => ({
    at: '2026-11-23T13:05:00.000Z',
    document: 'verslag',
    audience: { kind: 'volledig', person: null },
    pseudonym: { child: false, childAlias: '', parents: false },
    fileName: '2026-12-10 Verslag MDO Noor de V.docx',
    meetingStatus: 'concept',
    meetingUpdatedAt: '2026-11-23T12:00:00.000Z',
    ...overrides,
  });

  it('shows the time short and in Dutch', () => {
    // The test runs in the machine's time zone; the format is what matters.
    expect(logTimeText('2026-11-23T13:05:00.000Z')).toMatch(/^23 nov 2026 \d{2}:05$/);
  });

  it('lists the newest copy first, with audience, names replaced and version', () => {
    const meeting = {
      participants: sampleMeeting().participants,
      exportLog: [
        entry({}),
        entry({
          at: '2026-11-24T09:00:00.000Z',
          document: 'agenda',
          audience: { kind: 'deelnemer', person: { participantId: 'p5', name: 'Els de Vries' } },
          pseudonym: { child: true, childAlias: 'kind A', parents: true },
          meetingStatus: 'definitief',
        }),
      ],
    };
    const rows = exportLogRows(meeting);
    expect(rows.map((row) => [row.document, row.audience, row.namesReplaced])).toEqual([
      ['Agenda', 'Versie voor Els de Vries', 'Kind (als "kind A"), ouders'],
      ['Verslag', 'Volledig verslag', 'Nee'],
    ]);
    expect(rows[0]?.version).toMatch(/^Definitief, laatst gewijzigd 23 nov 2026/);
  });
});

describe('the basis for sharing in the forms', () => {
  it('keeps what was typed when the kind changes, and removes the basis for "Niet vastgelegd"', () => {
    const consent = withKind(null, 'toestemming');
    expect(consent).toEqual({ kind: 'toestemming', consentBy: null, consentDate: null, reason: '' });
    const meldcode = withKind({ ...consent!, consentBy: 'ouders', reason: 'Veiligheid' }, 'meldcode');
    expect(meldcode).toEqual({ kind: 'meldcode', consentBy: 'ouders', consentDate: null, reason: 'Veiligheid' });
    expect(withKind(meldcode, '')).toBeNull();
  });

  it('says who consents at the child\'s age', () => {
    expect(consentAdvice(7, 'Noor de V.')).toBe('Noor de V. is 7 jaar op de dag van het overleg: onder de 12 jaar geven de ouders met gezag toestemming.');
    expect(consentAdvice(13, '')).toMatch(/^Het kind is 13 jaar .* de ouders en de jongere allebei/);
    expect(consentAdvice(16, 'Mila')).toMatch(/vanaf 16 jaar geeft de jongere zelf toestemming/);
    expect(consentAdvice(null, 'Noor')).toMatch(/^Onder de 12 jaar/);
  });
});

describe('deleting a meeting', () => {
  it('moves the file away, keeps the exported copies and says how many there are', async () => {
    for (const name of ['een.docx', 'twee.docx']) {
      savePaths.push(join(root, name));
      session.exportMinutes();
      await session.confirmExport(FULL_EXPORT);
      await settled();
    }
    await session.backToOverview();
    expect(await session.deleteMeeting(meetingPath)).toBe(2);
    expect(existsSync(meetingPath)).toBe(false);
    expect(existsSync(join(root, 'een.docx')) && existsSync(join(root, 'twee.docx'))).toBe(true);
    expect(exportedCopiesText(2)).toBe('Geëxporteerde kopieën (2) worden niet verwijderd: die staan buiten de app. Verwijder ze zelf als dat nodig is.');
    expect(exportedCopiesText(0)).toMatch(/niets geëxporteerd/);
  });

  it('refuses to delete the open meeting while it has unsaved changes', async () => {
    session.edit({ field: 'title', apply: (meeting) => ({ ...meeting, title: 'Nog niet bewaard' }) });
    expect(await session.deleteMeeting(meetingPath)).toBeNull();
    expect(session.getState().error?.message).toMatch(/niet-opgeslagen wijzigingen/);
    expect(existsSync(meetingPath)).toBe(true);
  });
});
