import * as z from 'zod';
import type { Meeting } from '../meeting/meeting-schema';
import type { ExportOptions } from '../privacy/export-options';
import { fail, type Result } from '../result';
import { ipcContract, type AddressBookCorrection, type Channel, type FileStamp, type HostEvent, type RequestOf, type ResponseOf } from './contract';

/**
 * `window.mdo`: the only way the renderer reaches the host. It is built from
 * two functions so that the Electron preload (over ipcRenderer) and the test
 * host (over Playwright bindings) expose exactly the same API.
 */
export type RawInvoke = (channel: Channel, request: unknown) => Promise<unknown>;
export type RawSubscribe = (listener: (event: HostEvent) => void) => () => void;

interface BridgeMethod<C extends Channel, Args extends unknown[]> {
  readonly channel: C;
  /** The method's arguments as the channel's request. */
  readonly toRequest: (...args: Args) => RequestOf<C>;
}

function method<C extends Channel, Args extends unknown[]>(channel: C, toRequest: (...args: Args) => RequestOf<C>): BridgeMethod<C, Args> {
  return { channel, toRequest };
}

const noRequest = () => undefined;

/** Every method of `window.mdo` but onHostEvent: its channel, and how its arguments become the request. */
const bridgeMethods = {
  appInfo: method('app:info', noRequest),
  listLibrary: method('library:list', noRequest),
  listTemplates: method('templates:list', noRequest),
  newMeeting: method('meeting:new', (templateId: string | null = null) => ({ templateId })),
  openMeeting: method('meeting:open', (path: string) => ({ path })),
  openMeetingDialog: method('meeting:openDialog', noRequest),
  /** With `expected`: only when the file is still the version that stamp describes. */
  saveMeeting: method('meeting:save', (path: string | null, meeting: Meeting, expected?: FileStamp | null) =>
    expected === undefined ? { path, meeting } : { path, meeting, expected },
  ),
  readMeeting: method('meeting:read', (path: string) => ({ path })),
  lockMeeting: method('meeting:lock', (path: string, takeOver?: boolean) => ({ path, takeOver: takeOver ?? false })),
  unlockMeeting: method('meeting:unlock', (path: string) => ({ path })),
  saveMeetingAs: method('meeting:saveAs', (meeting: Meeting) => ({ meeting })),
  /** Vervolgoverleg plannen from the saved meeting in `path`: the new meeting's file, to open. */
  planFollowUp: method('meeting:followUp', (path: string, templateId: string | null = null) => ({ path, templateId })),
  listDossiers: method('library:dossiers', noRequest),
  listRecent: method('recent:list', noRequest),
  /** The library's meetings holding every word of `query`, best first, with the lines that matched. */
  searchLibrary: method('library:search', (query: string) => ({ query })),
  /** Uitnodiging (.ics) for the next meeting, saved where the user chooses. */
  exportInvitation: method('export:invitation', (meeting: Meeting) => ({ meeting })),
  addressBook: method('addressBook:list', noRequest),
  correctAddressBook: method('addressBook:correct', (correction: AddressBookCorrection) => correction),
  earlierMeetings: method('addressBook:earlierMeetings', (childName: string, meetingId: string) => ({ childName, meetingId })),
  /** Without options: the full document with every name as written. */
  exportAgenda: method('export:agenda', (meeting: Meeting, options?: ExportOptions) => (options ? { meeting, options } : { meeting })),
  exportMinutes: method('export:minutes', (meeting: Meeting, options?: ExportOptions) => (options ? { meeting, options } : { meeting })),
  /** The same copy as PDF (printed by Chromium, no LibreOffice needed). */
  exportPdf: method('export:pdf', (document: 'agenda' | 'verslag', meeting: Meeting, options?: ExportOptions) =>
    options ? { document, meeting, options } : { document, meeting },
  ),
  /** Moves a meeting file to the trash; exported copies stay where they are. */
  deleteMeeting: method('library:delete', (path: string) => ({ path })),
  saveRecovery: method('recovery:save', (meeting: Meeting, path: string | null, basedOn?: FileStamp | null) =>
    basedOn === undefined ? { meeting, path } : { meeting, path, basedOn },
  ),
  listRecovery: method('recovery:list', noRequest),
  /** Without a path: every copy of this meeting; with one (null: never saved), only the copy of that file. */
  discardRecovery: method('recovery:discard', (meetingId: string, path?: string | null) => (path === undefined ? { meetingId } : { meetingId, path })),
  setDirty: method('window:setDirty', (dirty: boolean) => ({ dirty })),
  closeWindow: method('window:close', noRequest),
  openExternal: method('shell:openExternal', (url: string) => ({ url })),
};

type BridgeMethods = typeof bridgeMethods;

/** Each method answers with a Result of its channel's response, as the contract says. */
export type MdoBridge = {
  readonly [Name in keyof BridgeMethods]: (
    ...args: Parameters<BridgeMethods[Name]['toRequest']>
  ) => Promise<Result<ResponseOf<BridgeMethods[Name]['channel']>>>;
} & {
  readonly onHostEvent: (listener: (event: HostEvent) => void) => () => void;
};

export const UNEXPECTED_ANSWER_MESSAGE =
  'De app kreeg een onverwacht antwoord van de computer. Probeer het opnieuw; blijft het misgaan, start de app dan opnieuw.';

const appErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(z.string()).optional(),
});

/** The Result the host wraps every answer in, with the channel's response as its value. */
function resultSchemaOf(response: z.ZodType) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: response }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}

/**
 * Turns whatever came back into a Result: the answer as the contract
 * describes it, or a failure with a Dutch message. A malformed answer (a
 * host of another version, a bug) never reaches the app as a value of the
 * wrong shape, and is never thrown.
 */
function answerChecker(): <C extends Channel>(channel: C, answer: unknown) => Result<ResponseOf<C>> {
  const schemas = new Map<Channel, ReturnType<typeof resultSchemaOf>>();
  return <C extends Channel>(channel: C, answer: unknown) => {
    let schema = schemas.get(channel);
    if (!schema) {
      schema = resultSchemaOf(ipcContract[channel].response);
      schemas.set(channel, schema);
    }
    // jitless: the bridge runs in the page, whose content security policy refuses eval.
    const parsed = schema.safeParse(answer, { jitless: true });
    // The schema is the channel's response schema, so its output is that channel's Result.
    return parsed.success ? (parsed.data as Result<ResponseOf<C>>) : fail('unexpected-answer', UNEXPECTED_ANSWER_MESSAGE);
  };
}

export function createBridge(rawInvoke: RawInvoke, subscribe: RawSubscribe): MdoBridge {
  const checkAnswer = answerChecker();
  const methods = Object.fromEntries(
    Object.entries(bridgeMethods).map(([name, { channel, toRequest }]) => {
      const request = toRequest as (...args: unknown[]) => unknown;
      const call = async (...args: unknown[]) => checkAnswer(channel, await rawInvoke(channel, request(...args)));
      return [name, call];
    }),
  );
  // Built from the table above, so it has exactly the methods (and arguments) MdoBridge names.
  return { ...methods, onHostEvent: (listener: (event: HostEvent) => void) => subscribe(listener) } as unknown as MdoBridge;
}
