import type { Meeting } from '../meeting/meeting-schema';
import type { ExportOptions } from '../privacy/export-options';
import type { Result } from '../result';
import type {
  AppInfo,
  Channel,
  ExportedFile,
  HostEvent,
  MeetingSummary,
  OpenedMeeting,
  RecentFile,
  RecoveryEntry,
  RequestOf,
  ResponseOf,
  SavedMeeting,
  TemplateList,
} from './contract';

/**
 * `window.mdo`: the only way the renderer reaches the host. It is built from
 * two functions so that the Electron preload (over ipcRenderer) and the test
 * host (over Playwright bindings) expose exactly the same API.
 */
export type RawInvoke = (channel: Channel, request: unknown) => Promise<unknown>;
export type RawSubscribe = (listener: (event: HostEvent) => void) => () => void;

export interface MdoBridge {
  appInfo(): Promise<Result<AppInfo>>;
  listLibrary(): Promise<Result<MeetingSummary[]>>;
  listTemplates(): Promise<Result<TemplateList>>;
  newMeeting(templateId?: string | null): Promise<Result<Meeting>>;
  openMeeting(path: string): Promise<Result<OpenedMeeting>>;
  openMeetingDialog(): Promise<Result<OpenedMeeting | null>>;
  saveMeeting(path: string | null, meeting: Meeting): Promise<Result<SavedMeeting>>;
  saveMeetingAs(meeting: Meeting): Promise<Result<SavedMeeting | null>>;
  listRecent(): Promise<Result<RecentFile[]>>;
  /** Without options: the full document with every name as written. */
  exportAgenda(meeting: Meeting, options?: ExportOptions): Promise<Result<ExportedFile | null>>;
  exportMinutes(meeting: Meeting, options?: ExportOptions): Promise<Result<ExportedFile | null>>;
  /** Moves a meeting file to the trash; exported copies stay where they are. */
  deleteMeeting(path: string): Promise<Result<{ exportCount: number }>>;
  saveRecovery(meeting: Meeting, path: string | null): Promise<Result<null>>;
  listRecovery(): Promise<Result<RecoveryEntry[]>>;
  discardRecovery(meetingId: string): Promise<Result<null>>;
  setDirty(dirty: boolean): Promise<Result<null>>;
  closeWindow(): Promise<Result<null>>;
  openExternal(url: string): Promise<Result<null>>;
  onHostEvent(listener: (event: HostEvent) => void): () => void;
}

export function createBridge(rawInvoke: RawInvoke, subscribe: RawSubscribe): MdoBridge {
  // The host answers every channel with a Result of that channel's response.
  const invoke = <C extends Channel>(channel: C, request: RequestOf<C>) =>
    rawInvoke(channel, request) as Promise<Result<ResponseOf<C>>>;

  return {
    appInfo: () => invoke('app:info', undefined),
    listLibrary: () => invoke('library:list', undefined),
    listTemplates: () => invoke('templates:list', undefined),
    newMeeting: (templateId = null) => invoke('meeting:new', { templateId }),
    openMeeting: (path) => invoke('meeting:open', { path }),
    openMeetingDialog: () => invoke('meeting:openDialog', undefined),
    saveMeeting: (path, meeting) => invoke('meeting:save', { path, meeting }),
    saveMeetingAs: (meeting) => invoke('meeting:saveAs', { meeting }),
    listRecent: () => invoke('recent:list', undefined),
    exportAgenda: (meeting, options) => invoke('export:agenda', options ? { meeting, options } : { meeting }),
    exportMinutes: (meeting, options) => invoke('export:minutes', options ? { meeting, options } : { meeting }),
    deleteMeeting: (path) => invoke('library:delete', { path }),
    saveRecovery: (meeting, path) => invoke('recovery:save', { meeting, path }),
    listRecovery: () => invoke('recovery:list', undefined),
    discardRecovery: (meetingId) => invoke('recovery:discard', { meetingId }),
    setDirty: (dirty) => invoke('window:setDirty', { dirty }),
    closeWindow: () => invoke('window:close', undefined),
    openExternal: (url) => invoke('shell:openExternal', { url }),
    onHostEvent: (listener) => subscribe(listener),
  };
}
