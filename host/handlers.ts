import { randomUUID } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Channel, FileStamp, Handler, MeetingLock, OpenedMeeting, SavedMeeting } from '../shared/ipc/contract';
import type { Document } from 'docx';
import { buildAgendaDocument } from '../shared/export/agenda-docx';
import type { HouseStyle } from '../shared/export/house-style';
import { buildMinutesDocument } from '../shared/export/minutes-docx';
import { exportFileName } from '../shared/export/file-names';
import { packDocx } from '../shared/export/pack-docx';
import { nodeDeflater } from './deflater';
import { createMeeting } from '../shared/meeting/create-meeting';
import { MEETING_FILE_EXTENSION } from '../shared/file/meeting-file';
import type { ExportDocument, ExportLogEntry, Meeting } from '../shared/meeting/meeting-schema';
import { exportLogEntry, FULL_EXPORT, type ExportOptions } from '../shared/privacy/export-options';
import { isNameMiss, scanDocxForNames } from '../shared/privacy/name-scan';
import { pseudonymises } from '../shared/privacy/pseudonymise';
import { fail, ok, type Result } from '../shared/result';
import { createMeetingFromTemplate } from '../shared/templates/apply-template';
import { summarizeTemplate } from '../shared/templates/template-schema';
import { atomicWriteFile, removeStaleTempFiles } from './atomic-write';
import { ensureLibraryDir, listLibrary, proposeMeetingPath } from './library';
import { createKeyedQueue } from './keyed-queue';
import { createPathAccess, createPathGrants, type PathGrants } from './path-access';
import { createRecentFiles } from './recent-files';
import { createRecoveryStore, recoveryWriteErrorFor } from './recovery';
import { exportErrorFor } from './export-errors';
import { loadHouseStyle } from './house-style';
import { backupPathFor, readMeetingFile, readMeetingFileWithStamp, visibleBackupPathFor, writeMeetingFile } from './storage';
import { createMeetingLocks, type MeetingLocks } from './lock-file';
import { loadTemplates, userTemplatesDir } from './templates';
import { chromiumPdfPrinter, exportPdf, type PdfPrinter } from './pdf-export';
import { createAddressBook } from './address-book';
import { FOLLOW_UP_TEMPLATE_ID, followUpProblem, planFollowUp } from '../shared/cycle/follow-up';
import { readLibraryDossiers } from './dossiers';
import { createLibrarySearch, type LibrarySearch } from './library-search-service';
import { invitationFileName } from './invitation-file';
import { meetingInvitation } from '../shared/calendar/meeting-invitation';

/**
 * The handlers behind every IPC channel that needs no window: plain Node, so
 * the Electron host, the test host and the unit tests share them. Electron
 * supplies only the dialogs and the window-bound channels.
 */

export interface HostDialogs {
  /** Absolute path of a file the user chose to open, or null when they cancelled. */
  chooseOpenPath(defaultDir: string): Promise<string | null>;
  /** Absolute path to save to, or null when they cancelled; `kind` picks the file filter. */
  chooseSavePath(defaultPath: string, kind?: 'meeting' | 'word' | 'pdf' | 'ics'): Promise<string | null>;
}

/** The templates shipped with the app, beside the source in development and tests. */
export const SOURCE_TEMPLATES_DIR = join(import.meta.dirname, '../templates');

export interface NodeHandlerDeps {
  libraryDir: string;
  configDir: string;
  version: string;
  dialogs: HostDialogs;
  now?: () => Date;
  newId?: () => string;
  /** The shipped templates; the library's Sjablonen folder is always read after it. */
  templatesDir?: string;
  /**
   * Removes a file when the user deletes a meeting: Electron moves it to the
   * system's trash (so it can be restored); without it the file is removed.
   */
  trashItem?: (path: string) => Promise<void>;
  /**
   * The files the user chose in this session (host/path-access.ts): the
   * handlers add what their dialogs and lists hand out; Electron passes its
   * own to add the files "opened with" the app. Without it the handlers make one.
   */
  grants?: PathGrants;
  /**
   * The lock files this window writes beside the meetings it has open.
   * Electron passes its own, to remove them when the window closes or the
   * app quits; without it the handlers make one.
   */
  locks?: MeetingLocks;
  /**
   * Prints the PDF export: Electron's own Chromium, the test host's
   * Playwright page; without it a Chromium or Chrome of this computer.
   */
  pdfPrinter?: PdfPrinter;
  /**
   * The user's cache folder, for the library's search index; without it
   * defaultCacheDir() (MDO_CACHE_DIR honoured), used only when a search is
   * made. Given, the index is also opened ahead, when the start screen lists the library.
   */
  cacheDir?: string;
  /** The library's search; without it the handlers make one (one index in memory for this library). */
  search?: LibrarySearch;
}

export type HostOnlyChannel = 'window:setDirty' | 'window:close' | 'shell:openExternal';
export type NodeHandlers = { [C in Exclude<Channel, HostOnlyChannel>]: Handler<C> };

/** Windows and macOS treat `Noor.mdo` and `noor.mdo` as one file. */
function queueKey(path: string): string {
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? path.toLowerCase() : path;
}

function withExtension(path: string, extension = MEETING_FILE_EXTENSION): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

function relativePathError(): Result<never> {
  return fail('invalid-path', 'De app gaf geen volledige bestandslocatie door. Kies het bestand opnieuw via Openen of Opslaan als.');
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

export function createNodeHandlers(deps: NodeHandlerDeps): NodeHandlers {
  const { libraryDir, dialogs } = deps;
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => randomUUID());
  const recent = createRecentFiles(deps.configDir);
  const recovery = createRecoveryStore(deps.configDir, { now });
  const inOrder = createKeyedQueue();
  const templateDirs = () => [deps.templatesDir ?? SOURCE_TEMPLATES_DIR, userTemplatesDir(libraryDir)];
  const trashItem = deps.trashItem ?? ((path: string) => rm(path, { force: true }));
  const access = createPathAccess(deps.grants ?? createPathGrants(), libraryDir);
  const locks = deps.locks ?? createMeetingLocks(deps.configDir);
  const pdfPrinter = deps.pdfPrinter ?? chromiumPdfPrinter();
  const addressBook = createAddressBook({ libraryDir, configDir: deps.configDir, now });
  const search = deps.search ?? createLibrarySearch(deps.cacheDir ? { libraryDir, cacheDir: deps.cacheDir } : { libraryDir });

  function libraryUnavailable(error: unknown): Result<never> {
    return fail(
      'library-unavailable',
      `De map met overleggen ("${libraryDir}") kan niet worden geopend of aangemaakt. Controleer of de map bestaat en of u er mag schrijven.`,
      [errorCode(error)],
    );
  }

  async function remember(path: string): Promise<void> {
    try {
      await recent.add(path);
    } catch {
      // The list of recent files is a convenience; the open or save itself succeeded.
    }
  }

  async function open(path: string): Promise<Result<OpenedMeeting>> {
    if (!isAbsolute(path)) return relativePathError();
    const absolute = resolve(path);
    const refused = access.refuseOpen(absolute);
    if (refused) return refused;
    const read = await readMeetingFileWithStamp(absolute);
    if (!read.ok) return read;
    await remember(absolute);
    const lock = await locks.acquire(absolute, { takeOver: false });
    return ok({ path: absolute, meeting: read.value.meeting, stamp: read.value.stamp, lock, warnings: read.value.warnings });
  }

  /** Only a saved meeting file gets a lock: the renderer can never make the host write beside anything else. */
  async function lock(path: string, takeOver: boolean): Promise<Result<MeetingLock>> {
    if (!isAbsolute(path)) return relativePathError();
    const absolute = resolve(path);
    const refused = access.refuseOpen(absolute);
    if (refused) return refused;
    const isMeetingFile = await stat(absolute).then(
      (info) => info.isFile() && absolute.toLowerCase().endsWith(MEETING_FILE_EXTENSION),
      () => false,
    );
    return ok(isMeetingFile ? await locks.acquire(absolute, { takeOver }) : { state: 'none', note: null });
  }

  async function saveTo(path: string, meeting: Meeting, expected: FileStamp | null = null): Promise<Result<SavedMeeting>> {
    if (!isAbsolute(path)) return relativePathError();
    const absolute = resolve(path);
    const refused = access.refuseSave(absolute);
    if (refused) return refused;
    const saved = await inOrder(queueKey(absolute), () => writeMeetingFile(absolute, meeting, { now, expected }));
    // Also after a failed save: a file may have been written or moved all the same.
    search.filesChanged();
    if (!saved.ok) return saved;
    await remember(absolute);
    return ok({ path: absolute, meetingId: meeting.id, savedAt: saved.value.savedAt, stamp: saved.value.stamp });
  }

  /** A first save goes straight into the library, under a name made from date and title. */
  function saveNew(meeting: Meeting): Promise<Result<SavedMeeting>> {
    // Choosing the name and writing the file happen under one lock, so two
    // first saves at once get two names instead of one overwriting the other.
    return inOrder(`new-in:${queueKey(libraryDir)}`, async () => {
      try {
        await ensureLibraryDir(libraryDir);
      } catch (error) {
        return libraryUnavailable(error);
      }
      const proposed = await proposeMeetingPath(libraryDir, meeting);
      // The host chose this name in the library: the next saves go there too.
      access.grant(proposed);
      return saveTo(proposed, meeting);
    });
  }

  /** The dialogs open in the library; when it cannot be made, the dialog still lets the user choose. */
  async function tryEnsureLibrary(): Promise<void> {
    await ensureLibraryDir(libraryDir).catch(() => undefined);
  }

  /**
   * Deletes a meeting file and its .bak, and what the app kept of it
   * elsewhere: the recovery copies of its unsaved work (those of this file
   * only), the temp files a killed save left beside it, and its line in the
   * recent files. Only a `.mdo` file in the library, listed there in this
   * session: the renderer can never make the host delete anything else, nor
   * learn whether it exists. Exported copies are not the app's to delete.
   */
  async function deleteMeeting(path: string): Promise<Result<{ exportCount: number }>> {
    if (!isAbsolute(path)) return relativePathError();
    const absolute = resolve(path);
    const refused = access.refuseDelete(absolute);
    if (refused) return refused;
    const isFile = await stat(absolute).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!isFile) {
      return fail('not-deleted', 'Dit overleg kan niet worden verwijderd: het bestand bestaat niet (meer). Er is niets verwijderd.');
    }
    const read = await readMeetingFile(absolute);
    try {
      await inOrder(queueKey(absolute), async () => {
        await trashItem(absolute);
        // The hidden backup, and the visible one an older version of the app made.
        for (const backup of [backupPathFor(absolute), visibleBackupPathFor(absolute)]) {
          if (await stat(backup).then((info) => info.isFile(), () => false)) await trashItem(backup);
        }
        // Hidden, but holding the child's data under the deleted name: whatever their age, no save of this file is running.
        const deletedAt = new Date();
        await removeStaleTempFiles(absolute, deletedAt, 0);
        await removeStaleTempFiles(backupPathFor(absolute), deletedAt, 0);
      });
    } catch (error) {
      return fail(
        'not-deleted',
        'Het overleg kon niet worden verwijderd. Controleer of het bestand nog in een ander programma open staat en probeer het opnieuw.',
        [errorCode(error)],
      );
    }
    // The file is gone; what follows is tidying up and may fail without undoing that.
    search.filesChanged();
    await recovery.discardFile(absolute).catch(() => undefined);
    await recent.remove(absolute).catch(() => undefined);
    return ok({ exportCount: read.ok ? read.value.exportLog.length : 0 });
  }

  /** Asks where a Word file goes (proposing its name in the library), builds it and writes it atomically. */
  async function exportWord(
    meeting: Meeting,
    document: ExportDocument,
    options: ExportOptions,
    proposedName: string,
    build: (houseStyle: HouseStyle | undefined) => Document,
  ): Promise<Result<{ path: string; notice?: string; logEntry: ExportLogEntry } | null>> {
    await tryEnsureLibrary();
    const chosen = await dialogs.chooseSavePath(join(libraryDir, proposedName), 'word');
    if (chosen === null) return ok(null);
    if (!isAbsolute(chosen)) return relativePathError();
    const target = withExtension(resolve(chosen), '.docx');
    const { houseStyle, notice } = await loadHouseStyle(libraryDir);
    const bytes = await packDocx(build(houseStyle), nodeDeflater);
    try {
      await atomicWriteFile(target, bytes);
    } catch (error) {
      const problem = exportErrorFor(error, target);
      return fail(problem.code, problem.message);
    }
    const logEntry = exportLogEntry(meeting, document, options, basename(target), now());
    // The export dialog showed the final scan before the user chose Exporteren; the written file is scanned once more.
    const names = pseudonymises(options.pseudonym) ? scanDocxForNames(bytes, meeting, options.pseudonym).filter(isNameMiss) : [];
    const nameNotice = names.length > 0 ? `Let op: in de kopie staat nog iets dat op een vervangen naam lijkt: ${names.map((residue) => `„${residue.text}”`).join(', ')}.` : '';
    const notices = [notice, nameNotice].filter(Boolean).join(' ');
    return ok(notices ? { path: target, notice: notices, logEntry } : { path: target, logEntry });
  }

  return {
    'app:info': async () => ok({ version: deps.version, libraryDir }),
    'library:list': async () => {
      try {
        const summaries = await listLibrary(libraryDir);
        for (const summary of summaries) access.grant(summary.path);
        // The start screen is on: the search index is opened now, so the first query does not wait.
        if (deps.cacheDir !== undefined || deps.search !== undefined) search.warm();
        return ok(summaries);
      } catch (error) {
        return libraryUnavailable(error);
      }
    },
    'templates:list': async () => {
      const { templates, problems } = await loadTemplates(templateDirs());
      return ok({ templates: templates.map(summarizeTemplate), problems });
    },
    'meeting:new': async (request) => {
      const templateId = request?.templateId ?? null;
      if (templateId === null) return ok(createMeeting({ now: now(), newId }));
      const { templates } = await loadTemplates(templateDirs());
      const template = templates.find((candidate) => candidate.id === templateId);
      if (!template) {
        return fail('template-not-found', 'Dit sjabloon bestaat niet (meer). Kies een ander sjabloon of begin met een leeg overleg.');
      }
      return ok(createMeetingFromTemplate(template, { now: now(), newId }));
    },
    'meeting:open': ({ path }) => open(path),
    'meeting:openDialog': async () => {
      await tryEnsureLibrary();
      const chosen = await dialogs.chooseOpenPath(libraryDir);
      if (chosen === null) return ok(null);
      access.grant(chosen);
      return open(chosen);
    },
    'meeting:save': ({ path, meeting, expected = null }) => (path === null ? saveNew(meeting) : saveTo(path, meeting, expected)),
    'meeting:read': async ({ path }) => {
      if (!isAbsolute(path)) return relativePathError();
      const absolute = resolve(path);
      const refused = access.refuseOpen(absolute);
      if (refused) return refused;
      const read = await readMeetingFileWithStamp(absolute);
      return read.ok ? ok({ path: absolute, meeting: read.value.meeting, stamp: read.value.stamp }) : read;
    },
    'meeting:lock': ({ path, takeOver }) => lock(path, takeOver),
    'meeting:unlock': async ({ path }) => {
      if (!isAbsolute(path)) return relativePathError();
      await locks.release(resolve(path));
      return ok(null);
    },
    'meeting:saveAs': async ({ meeting }) => {
      await tryEnsureLibrary();
      const chosen = await dialogs.chooseSavePath(await proposeMeetingPath(libraryDir, meeting));
      if (chosen === null) return ok(null);
      const target = withExtension(chosen);
      access.grant(target);
      // A copy under a new name is a meeting of its own: a new id, so that its
      // recovery copies (and anything else kept per meeting) are never the original's.
      return saveTo(target, { ...meeting, id: newId() });
    },
    'meeting:followUp': async ({ path, templateId }) => {
      if (!isAbsolute(path)) return relativePathError();
      const absolute = resolve(path);
      const refused = access.refuseOpen(absolute);
      if (refused) return refused;
      const read = await readMeetingFile(absolute);
      if (!read.ok) return read;
      const problem = followUpProblem(read.value);
      if (problem) return fail('no-next-date', problem);
      const wanted = templateId ?? FOLLOW_UP_TEMPLATE_ID;
      const { templates } = await loadTemplates(templateDirs());
      const template = templates.find((candidate) => candidate.id === wanted);
      if (!template) return fail('template-not-found', `Het sjabloon voor het vervolgoverleg ("${wanted}") bestaat niet (meer). Er is niets gemaakt.`);
      const next = planFollowUp(read.value, template, { now: now(), newId });
      const saved = await saveNew(next);
      if (!saved.ok) return saved;
      return ok({ path: saved.value.path, openActions: next.agendaItems[0]?.review?.actions.length ?? 0 });
    },
    'library:dossiers': async () => {
      try {
        const dossiers = await readLibraryDossiers(libraryDir, now());
        for (const dossier of dossiers) for (const meeting of dossier.meetings) access.grant(meeting.path);
        return ok(dossiers);
      } catch (error) {
        return libraryUnavailable(error);
      }
    },
    'library:search': async ({ query }) => {
      try {
        const answer = await search.search(query);
        for (const result of answer.results) access.grant(result.path);
        return ok(answer);
      } catch (error) {
        return fail('search-failed', 'Zoeken in de overleggen lukte niet. Probeer het opnieuw.', [errorCode(error)]);
      }
    },
    'export:invitation': async ({ meeting }) => {
      const invitation = meetingInvitation(meeting, 'volgend-overleg', now());
      if (!invitation.ok) return fail('no-date', `${invitation.message} Er is geen uitnodiging gemaakt.`);
      await tryEnsureLibrary();
      const chosen = await dialogs.chooseSavePath(join(libraryDir, invitationFileName(meeting)), 'ics');
      if (chosen === null) return ok(null);
      if (!isAbsolute(chosen)) return relativePathError();
      const target = withExtension(resolve(chosen), '.ics');
      try {
        await atomicWriteFile(target, invitation.text);
      } catch (error) {
        return fail('not-written', `De uitnodiging kon niet worden opgeslagen in "${target}". Controleer de map en of u daar mag schrijven, en probeer het opnieuw.`, [errorCode(error)]);
      }
      return ok({ path: target });
    },
    'recent:list': async () => {
      const files = await recent.list();
      for (const file of files) access.grant(file.path);
      return ok(files);
    },
    'library:delete': ({ path }) => deleteMeeting(path),
    'addressBook:list': async () => ok(await addressBook.list()),
    'addressBook:correct': async (correction) => {
      try {
        return ok(await addressBook.correct(correction));
      } catch (error) {
        return fail('address-book-failed', 'De wijziging in het adresboek kon niet worden bewaard. Probeer het opnieuw.', [errorCode(error)]);
      }
    },
    'addressBook:earlierMeetings': async ({ childName, meetingId }) => ok(await addressBook.earlierMeetings(childName, meetingId)),
    'recovery:save': async ({ meeting, path, basedOn = null }) => {
      if (path !== null && !isAbsolute(path)) return relativePathError();
      const refused = path === null ? null : access.refuseRecovery(resolve(path));
      if (refused) return refused;
      try {
        await recovery.write(meeting, path === null ? null : resolve(path), basedOn);
      } catch (error) {
        // The renderer shows this quietly: typing goes on, the next autosave tries again.
        return { ok: false, error: recoveryWriteErrorFor(error) };
      }
      return ok(null);
    },
    'recovery:list': async () => {
      const entries = await recovery.list();
      // A copy names the file its work belongs to: restoring the work saves it there.
      for (const entry of entries) if (entry.path !== null) access.grant(entry.path);
      return ok(entries);
    },
    'recovery:discard': async ({ meetingId, path }) => {
      try {
        await recovery.discard(meetingId, typeof path === 'string' ? resolve(path) : path);
      } catch (error) {
        return fail('recovery-failed', 'De automatische herstelkopie kon niet worden verwijderd.', [errorCode(error)]);
      }
      return ok(null);
    },
    'export:agenda': ({ meeting, options = FULL_EXPORT }) =>
      exportWord(meeting, 'agenda', options, exportFileName(meeting, 'Agenda', options), (houseStyle) =>
        buildAgendaDocument(meeting, { exportedAt: now(), houseStyle, options }),
      ),
    'export:minutes': ({ meeting, options = FULL_EXPORT }) =>
      exportWord(meeting, 'verslag', options, exportFileName(meeting, 'Verslag', options), (houseStyle) =>
        buildMinutesDocument(meeting, { exportedAt: now(), houseStyle, options }),
      ),
    'export:pdf': async (request) => {
      await tryEnsureLibrary();
      return exportPdf({ libraryDir, now, printer: pdfPrinter, chooseSavePath: (path) => dialogs.chooseSavePath(path, 'pdf') }, request);
    },
  };
}
