import { flushPendingEdits } from './pending-edits';
import type { MdoBridge } from '../../../shared/ipc/bridge';
import type {
  DiskMeeting,
  FileStamp,
  HostCommand,
  HostEvent,
  LockOwner,
  MeetingLock,
  OpenedMeeting,
  RecoveryEntry,
  SavedMeeting,
  TemplateList,
} from '../../../shared/ipc/contract';
import { describeDifferences } from '../../../shared/meeting/meeting-differences';
import type { ExportLogEntry, Meeting } from '../../../shared/meeting/meeting-schema';
import { FULL_EXPORT, type ExportOptions } from '../../../shared/privacy/export-options';
import type { AppError, Result } from '../../../shared/result';
import { redo, undo } from '../meeting/meeting-history';
import {
  appendExportLog,
  applyEdit,
  currentMeeting,
  currentVersion,
  editRefused,
  exportedVersion,
  MINUTES_STATUS_EDIT,
  isDirty,
  markSaved,
  newDocument,
  openedDocument,
  recoveredDocument,
  withMeetingId,
  type MeetingEdit,
  type OpenDocument,
} from '../meeting/open-document';
import { frozenText } from '../../../shared/cycle/own-statement';
import { callHost } from './bridge-call';
import { lockOwnerName } from './lock-owner-text';
import { createRecoveryAutosave } from './recovery-autosave';

/**
 * The state of the app and everything that changes it, outside React so that
 * keyboard shortcuts, menu commands and buttons all run the same code and
 * always see the current state (no stale closures). React reads it through
 * useSyncExternalStore (see useAppSession).
 */

export type Screen = { name: 'start' } | { name: 'meeting'; document: OpenDocument };

/** The Word documents the export dialog can make. */
export type ExportKind = 'agenda' | 'minutes';

/** Word (.docx, to edit further) or PDF (to send as it is, e.g. to parents): the same copy either way. */
export type ExportFormat = 'word' | 'pdf';

/** The answer to "Er zijn niet-opgeslagen wijzigingen. Wilt u ze bewaren?". */
export type UnsavedAnswer = 'save' | 'discard' | 'cancel';

/**
 * The answer when a save found the file changed on disk: `overwrite` is
 * "Toch opslaan" (the other version stays as `.bak`), `save-as` "Opslaan
 * als…", `reload` "Opnieuw openen" (the user's own changes go), `cancel`
 * leaves everything as it is.
 */
export type ConflictAnswer = 'overwrite' | 'save-as' | 'reload' | 'cancel';

/** The answer to "someone else has this meeting open": read only, take over ("Toch bewerken"), or not open it. */
export type LockAnswer = 'read-only' | 'take-over' | 'cancel';

/** What the question after a refused save shows. */
export interface SaveConflict {
  path: string;
  /** When the file on disk was last changed, ISO timestamp. */
  changedAt: string;
  /** Where the user's version and the file differ, in plain words (empty: only the moment of saving). */
  differences: string[];
}

/**
 * The commands the session runs by id: the host's (menu ids from the command
 * table, and the close prompt's answers) and undo and redo, which the page
 * binds to keys itself (the menu's use Electron's roles).
 */
export type SessionCommand = HostCommand | 'undo' | 'redo';

export interface SessionState {
  screen: Screen;
  /**
   * Changes each time another document comes on screen, also the same
   * meeting read again (Opnieuw openen): the meeting screen and its editors
   * start afresh then, and only then (not when Opslaan als gives the meeting a new id).
   */
  documentKey: number;
  /** Derived from the document; kept here so the host is told only when it changes. */
  dirty: boolean;
  saving: boolean;
  error: AppError | null;
  /** The unsaved-changes question is on screen and waits for an answer. */
  askingAboutUnsaved: boolean;
  /** "Nieuw overleg": the templates to choose from are on screen. */
  choosingTemplate: TemplateList | null;
  /** "Exporteren naar Word": the dialog asking for whom the copy is, for this document. */
  choosingExport: ExportKind | null;
  /** The choices of the last export, offered again in the dialog (for this session only). */
  lastExportOptions: ExportOptions;
  /** The format of the last export, offered again in the dialog. */
  lastExportFormat: ExportFormat;
  /** The last Word export, for the confirmation under the header. */
  exported: { path: string; notice?: string } | null;
  /** Why the automatic recovery copy failed, or null while it works (shown as a quiet line, never a dialog). */
  recoveryProblem: string | null;
  /** A save found the file changed on disk: the question on screen, waiting for a ConflictAnswer. */
  conflict: SaveConflict | null;
  /** Someone else had the meeting open when it was opened here: the notice on screen, waiting for a LockAnswer. */
  lockNotice: LockOwner | null;
  /** The meeting is open to read only, because this person has it open; Opslaan is refused, Opslaan als works. */
  readOnly: LockOwner | null;
  /** Something to know about the lock (no lock could be made in this folder; a stale one was cleared), or null. */
  lockNote: string | null;
  /** What reading the open file changed in it (a link made plain text, formatting dropped); empty when nothing. */
  openWarnings: string[];
}

export interface AppSession {
  readonly bridge: MdoBridge;
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Asks which template to start from (after the unsaved-changes question). */
  newMeeting(): Promise<void>;
  /** Creates the meeting from the chosen template; null: an empty meeting. */
  createFromTemplate(templateId: string | null): Promise<void>;
  cancelNewMeeting(): void;
  /** Asks for whom the agenda is exported (the export dialog). */
  exportAgenda(): void;
  /** Asks for whom the minutes (verslag) are exported (the export dialog). */
  exportMinutes(): void;
  /**
   * Exports the document of the open export dialog as a Word file, asking
   * where to save it, and writes the copy down in the meeting's export log.
   */
  confirmExport(options: ExportOptions, format?: ExportFormat): Promise<void>;
  cancelExport(): void;
  /**
   * Deletes a meeting file from the library (to the trash). Resolves to the
   * number of exported copies that stay behind, or null when nothing was deleted.
   */
  deleteMeeting(path: string): Promise<number | null>;
  dismissExported(): void;
  /** "Begrepen" under the notice of what reading the file changed. */
  dismissOpenWarnings(): void;
  openWithDialog(): Promise<void>;
  openPath(path: string): Promise<void>;
  /** Resolves to whether the meeting is now on disk. */
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  saveAndClose(): Promise<void>;
  backToOverview(): Promise<void>;
  /** Opens unsaved work from a recovery copy (start screen, after a crash). */
  restoreRecovery(entry: RecoveryEntry): Promise<void>;
  /** Removes a recovery copy the user does not want; resolves to whether it is gone. */
  discardRecovery(entry: RecoveryEntry): Promise<boolean>;
  /** Writes pending unsaved changes to the recovery copy now (window blur, page hidden). */
  flushRecovery(): Promise<void>;
  edit(edit: MeetingEdit): void;
  undo(): void;
  redo(): void;
  answerUnsaved(answer: UnsavedAnswer): void;
  answerConflict(answer: ConflictAnswer): void;
  answerLockNotice(answer: LockAnswer): void;
  /** "Toch bewerken" on the read-only banner: writes this window's lock over the other one. */
  takeOverLock(): Promise<void>;
  showError(error: AppError): void;
  dismissError(): void;
  /** A command by its id: from the menu, the keyboard or the host's close prompt. */
  runCommand(command: SessionCommand): void;
  /** Menu commands, the close prompt's answer and "open with" from the host. */
  handleHostEvent(event: HostEvent): void;
}

/**
 * The host checks every meeting against the contract before the save
 * handler runs; for a save or an export, a refused request means fields the user can fix,
 * and the details name them.
 */
function refusedRequestForUser(error: AppError, message: string): AppError {
  return error.code === 'invalid-request' ? { ...error, message } : error;
}

const SAVE_REFUSED = 'Het overleg is niet opgeslagen, want sommige gegevens kloppen niet. Pas de genoemde velden aan en sla opnieuw op.';

/** The host's code when a save found the file changed since the user's version (host/storage.ts). */
const FILE_CHANGED = 'file-changed';

function readOnlyError(owner: LockOwner): AppError {
  return {
    code: 'read-only-meeting',
    message: `Het overleg is niet opgeslagen: het is alleen geopend om te lezen, omdat ${lockOwnerName(owner)} het open heeft. Uw wijzigingen staan nog in de app. Kies Opslaan als om ze als nieuw bestand te bewaren, of Toch bewerken als u zeker weet dat niemand anders er nog aan werkt.`,
  };
}

function frozenError(meeting: Meeting): AppError {
  return { code: 'minutes-definitive', message: `${frozenText(meeting)} Wijzigen kan pas na Heropenen.` };
}

/** How a save reaches the host: Opslaan (with the stamp to check) or Opslaan als (a new file, nothing to check). */
type Writer = (meeting: Meeting, path: string | null, expected: FileStamp | null) => Promise<Result<SavedMeeting | null>>;
const EXPORT_REFUSED = 'Er is geen Word-bestand gemaakt, want sommige gegevens kloppen niet. Pas de genoemde velden aan en exporteer opnieuw.';

/** What belongs to the screen it came up on (a message, a dialog, a notice about the file): none of it goes along to the next screen. */
function nothingOfAScreen(): Pick<
  SessionState,
  'error' | 'exported' | 'choosingExport' | 'recoveryProblem' | 'conflict' | 'lockNotice' | 'readOnly' | 'lockNote' | 'openWarnings'
> {
  return {
    error: null,
    exported: null,
    choosingExport: null,
    recoveryProblem: null,
    conflict: null,
    lockNotice: null,
    readOnly: null,
    lockNote: null,
    openWarnings: [],
  };
}

export function createAppSession(bridge: MdoBridge, clock: () => number = Date.now): AppSession {
  let state: SessionState = {
    screen: { name: 'start' },
    documentKey: 0,
    dirty: false,
    saving: false,
    askingAboutUnsaved: false,
    choosingTemplate: null,
    lastExportOptions: FULL_EXPORT,
    lastExportFormat: 'word',
    ...nothingOfAScreen(),
  };
  const listeners = new Set<() => void>();
  let dirtyToldToHost = false;
  let answerUnsavedQuestion: ((answer: UnsavedAnswer) => void) | null = null;
  let answerConflictQuestion: ((answer: ConflictAnswer) => void) | null = null;
  // The meeting file whose lock this window holds; it goes when the meeting leaves the screen.
  let lockedPath: string | null = null;
  // One save at a time: a second Ctrl+S (or the menu's Opslaan right after
  // the keyboard's) joins the running save instead of starting another.
  let runningSave: Promise<boolean> | null = null;

  function setState(patch: Partial<SessionState>): void {
    const screen = patch.screen ?? state.screen;
    const dirty = screen.name === 'meeting' && isDirty(screen.document);
    state = { ...state, ...patch, dirty };
    if (dirty !== dirtyToldToHost) {
      dirtyToldToHost = dirty;
      void callHost(() => bridge.setDirty(dirty));
    }
    for (const listener of listeners) listener();
  }

  function openDocument(): OpenDocument | null {
    return state.screen.name === 'meeting' ? state.screen.document : null;
  }

  function updateDocument(change: (document: OpenDocument) => OpenDocument): void {
    const document = openDocument();
    if (document) setState({ screen: { name: 'meeting', document: change(document) } });
  }

  function showError(error: AppError): void {
    setState({ error });
  }

  const recovery = createRecoveryAutosave({
    bridge,
    unsavedWork() {
      const document = openDocument();
      return document && state.dirty ? { meeting: currentMeeting(document), path: document.path, basedOn: document.stamp } : null;
    },
    onProblem: (problem) => setState({ recoveryProblem: problem }),
  });

  /** Edits, undo and redo: the recovery copy follows the unsaved changes, and goes when there are none. */
  function changeDocument(change: (document: OpenDocument) => OpenDocument): void {
    const wasDirty = state.dirty;
    updateDocument(change);
    const document = openDocument();
    if (!document) return;
    if (state.dirty) recovery.schedule();
    else if (wasDirty) void recovery.discard(document.meetingId, document.path);
  }

  /**
   * Every way off the document on screen comes through here. Leaving it
   * with unsaved changes means the user chose "Niet opslaan": its
   * recovery copy goes too.
   */
  function replaceScreen(screen: Screen): void {
    const leaving = openDocument();
    if (leaving && state.dirty) void recovery.discard(leaving.meetingId, leaving.path);
    // The lock goes with the meeting, unless the same file comes back on screen (Opnieuw openen, opening it again).
    const nextPath = screen.name === 'meeting' ? screen.document.path : null;
    if (lockedPath !== null && lockedPath !== nextPath) releaseLock(lockedPath);
    setState({
      screen,
      documentKey: state.documentKey + 1,
      ...nothingOfAScreen(),
    });
  }

  function releaseLock(path: string): void {
    if (lockedPath === path) lockedPath = null;
    void callHost(() => bridge.unlockMeeting(path));
  }

  /** What the host said about the lock of the meeting on screen; `ask`: show the notice when someone else has it. */
  function applyLock(path: string, lock: MeetingLock, ask: boolean): void {
    if (openDocument()?.path !== path) return;
    if (lock.state === 'theirs') {
      setState({ readOnly: lock.owner, lockNotice: ask ? lock.owner : null, lockNote: null });
      return;
    }
    if (lock.state === 'mine') lockedPath = path;
    setState({ readOnly: null, lockNotice: null, lockNote: lock.note });
  }

  async function lockFile(path: string, takeOver: boolean, ask: boolean): Promise<void> {
    const result = await callHost(() => bridge.lockMeeting(path, takeOver));
    if (result.ok) applyLock(path, result.value, ask);
    else showError(result.error);
  }

  /** Asks before unsaved changes would be lost; true when it is fine to go on. */
  async function mayLeaveDocument(): Promise<boolean> {
    // A save on its way (the one that records an export right after it, or Ctrl+S just pressed) is waited for:
    // what it writes is not unsaved work, and asking about it would make the user choose for nothing.
    if (runningSave) await runningSave;
    if (!state.dirty) return true;
    if (answerUnsavedQuestion) return false;
    const answer = await new Promise<UnsavedAnswer>((resolve) => {
      answerUnsavedQuestion = resolve;
      setState({ askingAboutUnsaved: true });
    });
    answerUnsavedQuestion = null;
    setState({ askingAboutUnsaved: false });
    if (answer === 'cancel') return false;
    if (answer === 'discard') return true;
    return save();
  }

  function show(document: OpenDocument): void {
    replaceScreen({ name: 'meeting', document });
  }

  const saveWriter: Writer = (meeting, path, expected) => bridge.saveMeeting(path, meeting, expected);
  const saveAsWriter: Writer = (meeting) => bridge.saveMeetingAs(meeting);

  /**
   * Writes the version on screen. `expected` is the file version the save
   * may replace: by default the one the work started from; "Toch opslaan"
   * passes the version the user was just shown.
   */
  async function writeDocument(write: Writer, expected?: FileStamp | null): Promise<boolean> {
    const document = openDocument();
    if (!document) return false;
    const written = currentVersion(document);
    setState({ saving: true, error: null });
    const result = await callHost(() => write(written.meeting, document.path, expected === undefined ? document.stamp : expected));
    setState({ saving: false });
    if (!result.ok) {
      if (result.error.code === FILE_CHANGED && document.path !== null) return resolveConflict(document.path, write);
      showError(refusedRequestForUser(result.error, SAVE_REFUSED));
      return false;
    }
    // Null: the user cancelled the save dialog.
    if (result.value === null) return false;
    const { path, savedAt, stamp, meetingId: savedId } = result.value;
    // The user may have gone to another meeting while the file was written.
    const meetingId = written.meeting.id;
    const stillOnScreen = openDocument()?.meetingId === meetingId;
    // Opslaan als makes the copy a meeting of its own, with a new id: the document goes on as that one.
    if (stillOnScreen) updateDocument((current) => markSaved(savedId === meetingId ? current : withMeetingId(current, savedId), written, path, savedAt, stamp));
    // What reading changed is in the file now: nothing left to say about it.
    if (stillOnScreen && state.openWarnings.length > 0) setState({ openWarnings: [] });
    // Typed on during the save: those changes still need their copy; otherwise the copy has done its job.
    if (stillOnScreen && state.dirty) recovery.schedule();
    // The copy was written for the file the work came from (none for a first save).
    else void recovery.discard(meetingId, document.path);
    // A first save or Opslaan als: the lock moves to the new file. Not awaited: the save is done, and a
    // command right after it (Opslaan als from the menu) must not join this save instead of running.
    if (stillOnScreen && path !== document.path) {
      if (document.path !== null && lockedPath === document.path) releaseLock(document.path);
      void lockFile(path, false, false);
    }
    return true;
  }

  /**
   * The file changed on disk since the user's version: nothing was written.
   * The recovery copy is brought up to date and stays until the user has
   * chosen; the question shows where the two versions differ.
   */
  async function resolveConflict(path: string, write: Writer): Promise<boolean> {
    await recovery.flush();
    const disk = await callHost(() => bridge.readMeeting(path));
    const document = openDocument();
    if (!document || document.path !== path) return false;
    if (!disk.ok) {
      showError(disk.error);
      return false;
    }
    const answer = await new Promise<ConflictAnswer>((resolve) => {
      answerConflictQuestion = resolve;
      setState({
        conflict: {
          path,
          changedAt: new Date(disk.value.stamp.mtimeMs).toISOString(),
          differences: describeDifferences(currentMeeting(document), disk.value.meeting),
        },
      });
    });
    answerConflictQuestion = null;
    setState({ conflict: null });
    switch (answer) {
      case 'overwrite':
        return writeDocument(write, disk.value.stamp);
      case 'save-as':
        return writeDocument(saveAsWriter);
      case 'reload':
        reload(disk.value);
        return false;
      case 'cancel':
        return false;
    }
  }

  /** "Opnieuw openen": the file as it is on disk; the user's changes (and their recovery copy) go, the lock stays. */
  function reload(disk: DiskMeeting): void {
    const { lockNote } = state;
    show(openedDocument(disk.meeting, disk.path, disk.stamp));
    setState({ lockNote });
  }

  function oneSaveAtATime(run: () => Promise<boolean>): Promise<boolean> {
    if (runningSave) return runningSave;
    const saving = run().finally(() => {
      runningSave = null;
    });
    runningSave = saving;
    return saving;
  }

  function save(): Promise<boolean> {
    if (state.readOnly && openDocument()) {
      showError(readOnlyError(state.readOnly));
      return Promise.resolve(false);
    }
    return oneSaveAtATime(() => writeDocument(saveWriter));
  }

  function saveAs(): Promise<boolean> {
    return oneSaveAtATime(() => writeDocument(saveAsWriter));
  }

  async function newMeeting(): Promise<void> {
    if (state.choosingTemplate || !(await mayLeaveDocument())) return;
    const result = await callHost(() => bridge.listTemplates());
    // Without templates the chair can still start an empty meeting; the problem is shown too.
    if (!result.ok) showError(result.error);
    setState({ choosingTemplate: result.ok ? result.value : { templates: [], problems: [] } });
  }

  async function createFromTemplate(templateId: string | null): Promise<void> {
    const result = await callHost(() => bridge.newMeeting(templateId));
    setState({ choosingTemplate: null });
    if (result.ok) show(newDocument(result.value));
    else showError(result.error);
  }

  let exporting = false;
  function askForExport(kind: ExportKind): void {
    // One export at a time: the menu's shortcut and the page's may both fire.
    if (!openDocument() || exporting || state.choosingExport) return;
    setState({ choosingExport: kind, exported: null, error: null });
  }

  async function confirmExport(options: ExportOptions, format: ExportFormat = 'word'): Promise<void> {
    const document = openDocument();
    const kind = state.choosingExport;
    if (!document || !kind || exporting) return;
    exporting = true;
    setState({ choosingExport: null, lastExportOptions: options, lastExportFormat: format });
    // Its updatedAt says which version the log records: the save time, or the last change not yet saved.
    const meeting = exportedVersion(document, clock());
    const result = await callHost(() =>
      format === 'pdf'
        ? bridge.exportPdf(kind === 'agenda' ? 'agenda' : 'verslag', meeting, options)
        : kind === 'agenda'
          ? bridge.exportAgenda(meeting, options)
          : bridge.exportMinutes(meeting, options),
    );
    exporting = false;
    if (!result.ok) {
      showError(refusedRequestForUser(result.error, EXPORT_REFUSED));
      return;
    }
    // Null: the user cancelled the save dialog, nothing left the app.
    if (!result.value) return;
    const { logEntry, ...exported } = result.value;
    setState({ exported });
    recordExport(meeting.id, logEntry);
  }

  /**
   * The copy now exists outside the app, so the meeting says so. A meeting
   * on disk without other changes is saved at once, so the file itself
   * carries the log; otherwise the entry waits with the other unsaved changes
   * (and is in the recovery copy meanwhile), never saving half-finished work
   * the user did not ask to save.
   */
  function recordExport(meetingId: string, entry: ExportLogEntry): void {
    const document = openDocument();
    // The save dialog is modal: the meeting on screen is the one exported.
    if (!document || document.meetingId !== meetingId) return;
    const saveNow = !state.dirty && document.path !== null && state.readOnly === null;
    changeDocument((current) => appendExportLog(current, entry));
    if (saveNow) void save();
  }

  async function deleteMeeting(path: string): Promise<number | null> {
    const document = openDocument();
    if (document && document.path === path && state.dirty) {
      showError({
        code: 'not-deleted',
        message: 'Dit overleg staat open en heeft niet-opgeslagen wijzigingen. Sla het op of gooi de wijzigingen weg voordat u het verwijdert.',
      });
      return null;
    }
    const result = await callHost(() => bridge.deleteMeeting(path));
    if (!result.ok) {
      showError(result.error);
      return null;
    }
    return result.value.exportCount;
  }

  /** A meeting read from disk, with its lock: someone else's lock opens it read-only and asks what the user wants. */
  function showOpened(opened: OpenedMeeting): void {
    show(openedDocument(opened.meeting, opened.path, opened.stamp));
    setState({ openWarnings: opened.warnings });
    applyLock(opened.path, opened.lock, true);
  }

  async function openWithDialog(): Promise<void> {
    if (!(await mayLeaveDocument())) return;
    const result = await callHost(() => bridge.openMeetingDialog());
    if (!result.ok) showError(result.error);
    else if (result.value) showOpened(result.value);
  }

  async function openPath(path: string): Promise<void> {
    if (!(await mayLeaveDocument())) return;
    const result = await callHost(() => bridge.openMeeting(path));
    if (result.ok) showOpened(result.value);
    else showError(result.error);
  }

  function answerLockNotice(answer: LockAnswer): void {
    if (!state.lockNotice) return;
    if (answer === 'cancel') replaceScreen({ name: 'start' });
    else if (answer === 'take-over') void takeOverLock();
    else setState({ lockNotice: null });
  }

  /** The user chose to edit: from now on, even before the host has written the lock (a save is still checked by its stamp). */
  async function takeOverLock(): Promise<void> {
    const path = openDocument()?.path;
    if (!path) return;
    setState({ lockNotice: null, readOnly: null });
    await lockFile(path, true, false);
  }

  async function saveAndClose(): Promise<void> {
    // Should the save fail, the window stays open and the copy holds everything typed.
    await recovery.flush();
    if (openDocument() && !(await save())) return;
    const closed = await callHost(() => bridge.closeWindow());
    if (!closed.ok) showError(closed.error);
  }

  async function backToOverview(): Promise<void> {
    if (!(await mayLeaveDocument())) return;
    replaceScreen({ name: 'start' });
  }

  /** "Niet opslaan" in the host's own close prompt: the changes and their copy go. */
  async function discardAndClose(): Promise<void> {
    const document = openDocument();
    if (document) await recovery.discard(document.meetingId, document.path);
    const closed = await callHost(() => bridge.closeWindow());
    if (!closed.ok) showError(closed.error);
  }

  async function restoreRecovery(entry: RecoveryEntry): Promise<void> {
    if (!(await mayLeaveDocument())) return;
    // The copy stays until the work is saved or thrown away: a second crash loses nothing either.
    show(recoveredDocument(entry.meeting, entry.path, entry.basedOn));
    if (entry.path !== null) await lockFile(entry.path, false, true);
  }

  async function discardRecovery(entry: RecoveryEntry): Promise<boolean> {
    const result = await callHost(() => bridge.discardRecovery(entry.meetingId, entry.path));
    if (!result.ok) showError(result.error);
    return result.ok;
  }

  function undoEdit(): void {
    changeDocument((document) => ({ ...document, history: undo(document.history) }));
  }

  function redoEdit(): void {
    changeDocument((document) => ({ ...document, history: redo(document.history) }));
  }

  function runCommand(command: SessionCommand): void {
    switch (command) {
      case 'new':
        void newMeeting();
        return;
      case 'open':
        void openWithDialog();
        return;
      case 'save':
        void save();
        return;
      case 'save-as':
        void saveAs();
        return;
      case 'save-and-close':
        void saveAndClose();
        return;
      case 'discard-and-close':
        void discardAndClose();
        return;
      case 'export-agenda':
        askForExport('agenda');
        return;
      case 'export-minutes':
        askForExport('minutes');
        return;
      case 'undo':
        undoEdit();
        return;
      case 'redo':
        redoEdit();
        return;
    }
  }

  function handleHostEvent(event: HostEvent): void {
    if (event.type === 'open-file') void openPath(event.path);
    else runCommand(event.command);
  }

  // Every entry point that reads or changes the meeting takes in what the notes editor still holds (pending-edits.ts).
  const afterPendingEdits =
    <Args extends unknown[], Result>(method: (...args: Args) => Result) =>
    (...args: Args): Result => {
      flushPendingEdits();
      return method(...args);
    };

  return {
    bridge,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    newMeeting: afterPendingEdits(newMeeting),
    createFromTemplate,
    cancelNewMeeting: () => setState({ choosingTemplate: null }),
    exportAgenda: afterPendingEdits(() => askForExport('agenda')),
    exportMinutes: afterPendingEdits(() => askForExport('minutes')),
    confirmExport: afterPendingEdits(confirmExport),
    cancelExport: () => setState({ choosingExport: null }),
    deleteMeeting,
    dismissExported: () => setState({ exported: null }),
    dismissOpenWarnings: () => setState({ openWarnings: [] }),
    openWithDialog: afterPendingEdits(openWithDialog),
    openPath: afterPendingEdits(openPath),
    save: afterPendingEdits(save),
    saveAs: afterPendingEdits(saveAs),
    saveAndClose: afterPendingEdits(saveAndClose),
    backToOverview: afterPendingEdits(backToOverview),
    restoreRecovery,
    discardRecovery,
    flushRecovery: afterPendingEdits(() => recovery.flush()),
    edit: afterPendingEdits((edit: MeetingEdit): void => {
      const document = openDocument();
      // Definitive minutes are frozen: a change is refused, and said, until Heropenen (with a reason, logged).
      if (document && editRefused(document, edit)) {
        if (!Object.is(edit.apply(currentMeeting(document)), currentMeeting(document))) showError(frozenError(currentMeeting(document)));
        return;
      }
      changeDocument((current) => applyEdit(current, edit, clock()));
      // After Heropenen the message that edits are refused no longer holds.
      if (edit.field === MINUTES_STATUS_EDIT && state.error?.code === 'minutes-definitive') setState({ error: null });
    }),
    undo: afterPendingEdits(undoEdit),
    redo: afterPendingEdits(redoEdit),
    answerUnsaved(answer) {
      answerUnsavedQuestion?.(answer);
    },
    answerConflict(answer) {
      answerConflictQuestion?.(answer);
    },
    answerLockNotice,
    takeOverLock: afterPendingEdits(takeOverLock),
    showError,
    dismissError: () => setState({ error: null }),
    runCommand: afterPendingEdits(runCommand),
    handleHostEvent: afterPendingEdits(handleHostEvent),
  };
}
