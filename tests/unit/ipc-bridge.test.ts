import { describe, expect, expectTypeOf, it } from 'vitest';
import { createBridge, UNEXPECTED_ANSWER_MESSAGE, type MdoBridge, type RawInvoke } from '../../shared/ipc/bridge';
import type { Channel, FileStamp, HostEvent, OpenedMeeting } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { FULL_EXPORT } from '../../shared/privacy/export-options';
import { fail, ok, type Result } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * window.mdo over a stand-in for ipcRenderer.invoke: it records the requests
 * and answers what the test puts in `answer`.
 */
let requests: [Channel, unknown][] = [];
let answer: unknown = null;

const rawInvoke: RawInvoke = async (channel, request) => {
  requests.push([channel, request]);
  return answer;
};

function bridge(): MdoBridge {
  requests = [];
  return createBridge(rawInvoke, () => () => undefined);
}

const unexpected = fail('unexpected-answer', UNEXPECTED_ANSWER_MESSAGE);

describe('the bridge', () => {
  it('offers the same named functions as before, and nothing else', () => {
    expect(Object.keys(bridge()).sort()).toEqual(
      [
        'addressBook',
        'appInfo',
        'closeWindow',
        'correctAddressBook',
        'earlierMeetings',
        'deleteMeeting',
        'discardRecovery',
        'exportAgenda',
        'exportInvitation',
        'exportMinutes',
        'exportPdf',
        'listDossiers',
        'listLibrary',
        'listRecent',
        'listRecovery',
        'listTemplates',
        'lockMeeting',
        'newMeeting',
        'onHostEvent',
        'openExternal',
        'openMeeting',
        'openMeetingDialog',
        'planFollowUp',
        'readMeeting',
        'saveMeeting',
        'saveMeetingAs',
        'saveRecovery',
        'searchLibrary',
        'setDirty',
        'unlockMeeting',
      ].sort(),
    );
  });

  it('takes its types from the contract', () => {
    expectTypeOf<Parameters<MdoBridge['saveMeeting']>>().toEqualTypeOf<[path: string | null, meeting: Meeting, expected?: FileStamp | null]>();
    expectTypeOf<Awaited<ReturnType<MdoBridge['openMeetingDialog']>>>().toEqualTypeOf<Result<OpenedMeeting | null>>();
    expectTypeOf<Awaited<ReturnType<MdoBridge['deleteMeeting']>>>().toEqualTypeOf<Result<{ exportCount: number }>>();
  });

  it('sends each call as its channel\'s request', async () => {
    const mdo = bridge();
    const meeting = sampleMeeting();
    answer = ok(null);
    await mdo.newMeeting();
    await mdo.newMeeting('mdo-kindgericht');
    await mdo.saveMeeting(null, meeting);
    await mdo.exportAgenda(meeting);
    await mdo.exportMinutes(meeting, FULL_EXPORT);
    await mdo.listRecovery();
    expect(requests).toEqual([
      ['meeting:new', { templateId: null }],
      ['meeting:new', { templateId: 'mdo-kindgericht' }],
      ['meeting:save', { path: null, meeting }],
      ['export:agenda', { meeting }],
      ['export:minutes', { meeting, options: FULL_EXPORT }],
      ['recovery:list', undefined],
    ]);
  });

  it('passes a well-formed answer on, and an error value as it is', async () => {
    const mdo = bridge();
    answer = ok({ version: '0.1.0', libraryDir: '/home/fatima/Documenten/MDO' });
    expect(await mdo.appInfo()).toEqual(answer);
    const stamp = { size: 884, mtimeMs: 1_796_000_000_000, sha256: 'a'.repeat(64) };
    answer = ok({ path: '/home/fatima/Documenten/MDO/noor.mdo', meeting: sampleMeeting(), stamp, lock: { state: 'mine', note: null }, warnings: [] });
    expect(await mdo.openMeeting('/home/fatima/Documenten/MDO/noor.mdo')).toEqual(answer);
    answer = ok(null);
    expect(await mdo.openMeetingDialog()).toEqual(answer);
    answer = fail('not-found', 'Het bestand bestaat niet meer.', ['noor.mdo']);
    expect(await mdo.openMeeting('/weg.mdo')).toEqual(answer);
  });

  it('drops fields the contract does not know of', async () => {
    answer = { ok: true, value: { version: '0.1.0', libraryDir: '/home/fatima/Documenten/MDO', extra: 'geheim' }, also: 1 };
    expect(await bridge().appInfo()).toEqual(ok({ version: '0.1.0', libraryDir: '/home/fatima/Documenten/MDO' }));
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null for a Result', null],
    ['a bare value', { version: '0.1.0', libraryDir: '/tmp' }],
    ['a value of the wrong shape', ok({ version: 1, libraryDir: '/tmp' })],
    ['a value without a field', ok({ version: '0.1.0' })],
    ['ok without a value', { ok: true }],
    ['an error without a message', { ok: false, error: { code: 'kapot' } }],
    ['ok as a string', { ok: 'true', value: { version: '0.1.0', libraryDir: '/tmp' } }],
  ])('turns %s into a failure with a Dutch message, never a throw', async (_what, malformed) => {
    answer = malformed;
    await expect(bridge().appInfo()).resolves.toEqual(unexpected);
  });

  it('checks a meeting in an answer against the meeting schema', async () => {
    answer = ok({ path: '/tmp/noor.mdo', meeting: { ...sampleMeeting(), date: '2026-13-45' } });
    expect(await bridge().openMeeting('/tmp/noor.mdo')).toEqual(unexpected);
    answer = ok([{ path: '/tmp/noor.mdo', fileName: 'noor.mdo', exists: 'ja' }]);
    expect(await bridge().listRecent()).toEqual(unexpected);
  });

  it('hands host events to the listener and stops when asked', () => {
    const received: HostEvent[] = [];
    let listener: ((event: HostEvent) => void) | null = null;
    const mdo = createBridge(rawInvoke, (added) => {
      listener = added;
      return () => {
        listener = null;
      };
    });
    const stop = mdo.onHostEvent((event) => received.push(event));
    listener!({ type: 'command', command: 'export-minutes' });
    stop();
    expect(listener).toBeNull();
    expect(received).toEqual([{ type: 'command', command: 'export-minutes' }]);
  });
});
