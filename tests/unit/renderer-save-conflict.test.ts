import { beforeEach, describe, expect, it } from 'vitest';
import { createAppSession, type AppSession } from '../../renderer/src/app/app-session';
import { currentMeeting } from '../../renderer/src/meeting/open-document';
import type { MdoBridge } from '../../shared/ipc/bridge';
import type { FileStamp, LockOwner, MeetingLock } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { fail, ok, type Result } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * The session's side of the save conflict and the lock, over a fake host
 * that records every call: which stamp a save sends, what each answer
 * does, and when the lock is taken and given back.
 */

const path = '/home/anna/Documenten/MDO/noor.mdo';
const copyPath = '/home/anna/Documenten/MDO/noor-kopie.mdo';
const stampOf = (n: number): FileStamp => ({ size: 100 + n, mtimeMs: 1_796_000_000_000 + n, sha256: String(n).repeat(64).slice(0, 64) });
const read = stampOf(1);
const theirs = stampOf(2);
const carla: LockOwner = { name: 'Carla Smit', host: 'werkplek-7', sameHost: false, since: '2026-12-10T07:46:00.000Z' };

let calls: string[];
let lockOnOpen: MeetingLock;
let diskChanged: boolean;
const diskMeeting: Meeting = { ...sampleMeeting(), location: 'Gemeentehuis' };

function stampName(stamp: FileStamp | null | undefined): string {
  if (stamp === read) return 'gelezen';
  if (stamp === theirs) return 'van de ander';
  return stamp ? `stempel ${stamp.size}` : 'geen';
}

function fakeBridge(): MdoBridge {
  const done = <T>(value: T): Promise<Result<T>> => Promise.resolve(ok(value));
  const bridge: Partial<MdoBridge> = {
    openMeeting: () => done({ path, meeting: sampleMeeting(), stamp: read, lock: lockOnOpen, warnings: [] }),
    readMeeting: () => done({ path, meeting: diskMeeting, stamp: theirs }),
    saveMeeting: (savePath, meeting, expected) => {
      calls.push(`save ${meeting.location} over ${stampName(expected)}`);
      if (diskChanged && expected !== theirs) return Promise.resolve(fail('file-changed', 'Het bestand is veranderd.'));
      return done({ path: savePath ?? path, meetingId: meeting.id, savedAt: '2026-12-10T13:00:00.000Z', stamp: stampOf(3) });
    },
    saveMeetingAs: (meeting) => {
      calls.push(`save as ${meeting.location}`);
      return done({ path: copyPath, meetingId: 'nieuw-id', savedAt: '2026-12-10T13:00:00.000Z', stamp: stampOf(4) });
    },
    lockMeeting: (lockPath, takeOver) => {
      calls.push(`lock ${lockPath}${takeOver ? ' (overnemen)' : ''}`);
      return done({ state: 'mine', note: null });
    },
    unlockMeeting: (unlockPath) => {
      calls.push(`unlock ${unlockPath}`);
      return done(null);
    },
    saveRecovery: () => done(null),
    discardRecovery: () => done(null),
    setDirty: () => done(null),
  };
  return bridge as MdoBridge;
}

function setLocation(session: AppSession, location: string): void {
  session.edit({ field: 'location', apply: (meeting) => ({ ...meeting, location }) });
}

function meetingOnScreen(session: AppSession): Meeting {
  const { screen } = session.getState();
  if (screen.name !== 'meeting') throw new Error('no meeting on screen');
  return currentMeeting(screen.document);
}

/** Lets the session's pending promises run until the conflict question is on screen. */
async function questionShown(session: AppSession): Promise<void> {
  for (let tries = 0; tries < 20 && !session.getState().conflict; tries++) await Promise.resolve();
  expect(session.getState().conflict).not.toBeNull();
}

describe('a save over a file someone else saved', () => {
  let session: AppSession;

  beforeEach(async () => {
    calls = [];
    lockOnOpen = { state: 'mine', note: null };
    diskChanged = false;
    session = createAppSession(fakeBridge());
    await session.openPath(path);
  });

  it('sends the stamp of the version it read, and the stamp of each save after that', async () => {
    setLocation(session, 'Kamer 1');
    await session.save();
    setLocation(session, 'Kamer 2');
    await session.save();
    expect(calls).toEqual(['save Kamer 1 over gelezen', 'save Kamer 2 over stempel 103']);
  });

  it('asks, and with Toch opslaan saves over the version it showed (the host keeps that one as .bak)', async () => {
    diskChanged = true;
    setLocation(session, 'Kamer 1');
    const saving = session.save();
    await questionShown(session);
    expect(session.getState().conflict).toMatchObject({ path, differences: ['Locatie'] });
    session.answerConflict('overwrite');
    expect(await saving).toBe(true);
    expect(calls).toEqual(['save Kamer 1 over gelezen', 'save Kamer 1 over van de ander']);
    expect(session.getState()).toMatchObject({ conflict: null, dirty: false });
  });

  it('with Opslaan als saves a new file, takes the lock there, gives the old one back and goes on under the new id', async () => {
    diskChanged = true;
    setLocation(session, 'Kamer 1');
    const saving = session.save();
    await questionShown(session);
    session.answerConflict('save-as');
    expect(await saving).toBe(true);
    expect(calls).toEqual(['save Kamer 1 over gelezen', 'save as Kamer 1', `unlock ${path}`, `lock ${copyPath}`]);
    expect(meetingOnScreen(session).id).toBe('nieuw-id');
    expect(session.getState()).toMatchObject({ dirty: false, screen: { document: { path: copyPath, meetingId: 'nieuw-id' } } });
  });

  it('with Opnieuw openen shows the file as it is now, keeps the lock and writes nothing', async () => {
    diskChanged = true;
    setLocation(session, 'Kamer 1');
    const keyBefore = session.getState().documentKey;
    const saving = session.save();
    await questionShown(session);
    session.answerConflict('reload');
    expect(await saving).toBe(false);
    expect(meetingOnScreen(session).location).toBe('Gemeentehuis');
    expect(session.getState()).toMatchObject({ dirty: false, conflict: null });
    expect(session.getState().documentKey).toBeGreaterThan(keyBefore);
    expect(calls).toEqual(['save Kamer 1 over gelezen']);
  });

  it('with Annuleren leaves everything as it was', async () => {
    diskChanged = true;
    setLocation(session, 'Kamer 1');
    const saving = session.save();
    await questionShown(session);
    session.answerConflict('cancel');
    expect(await saving).toBe(false);
    expect(meetingOnScreen(session).location).toBe('Kamer 1');
    expect(session.getState()).toMatchObject({ dirty: true, conflict: null });
  });
});

describe('a meeting someone else has open', () => {
  let session: AppSession;

  beforeEach(async () => {
    calls = [];
    lockOnOpen = { state: 'theirs', owner: carla };
    diskChanged = false;
    session = createAppSession(fakeBridge());
    await session.openPath(path);
  });

  it('opens read-only with the notice; Opslaan writes nothing and says why', async () => {
    expect(session.getState()).toMatchObject({ lockNotice: carla, readOnly: carla });
    session.answerLockNotice('read-only');
    expect(session.getState()).toMatchObject({ lockNotice: null, readOnly: carla });
    setLocation(session, 'Kamer 1');
    expect(await session.save()).toBe(false);
    expect(session.getState().error?.message).toMatch(/alleen geopend om te lezen, omdat Carla Smit het open heeft/);
    expect(calls).toEqual([]);
  });

  it('still saves with Opslaan als, and then edits the new file with its own lock', async () => {
    session.answerLockNotice('read-only');
    setLocation(session, 'Kamer 1');
    expect(await session.saveAs()).toBe(true);
    expect(calls).toEqual(['save as Kamer 1', `lock ${copyPath}`]);
    expect(session.getState().readOnly).toBeNull();
  });

  it('takes the lock over with Toch bewerken, and gives it back when the meeting is closed', async () => {
    session.answerLockNotice('take-over');
    await Promise.resolve();
    await Promise.resolve();
    expect(session.getState()).toMatchObject({ lockNotice: null, readOnly: null });
    await session.backToOverview();
    expect(calls).toEqual([`lock ${path} (overnemen)`, `unlock ${path}`]);
  });

  it('goes back to the overview with Annuleren, without touching the lock', () => {
    session.answerLockNotice('cancel');
    expect(session.getState().screen.name).toBe('start');
    expect(calls).toEqual([]);
  });
});
