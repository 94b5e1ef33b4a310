import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppSession, type AppSession } from '../../renderer/src/app/app-session';
import { RECOVERY_DELAY_MS, RECOVERY_MAX_WAIT_MS } from '../../renderer/src/app/recovery-autosave';
import type { MdoBridge } from '../../shared/ipc/bridge';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { fail, ok, type Result } from '../../shared/result';
import { sampleMeeting } from '../fixtures/sample-meeting';

/** The host calls the session makes, in order, as short strings. */
let calls: string[] = [];
let recoveryFails = false;
const path = '/home/fatima/Documenten/MDO/noor.mdo';
const stamp = { size: 100, mtimeMs: 1_796_000_000_000, sha256: '0'.repeat(64) };

function fakeBridge(): MdoBridge {
  const done = <T>(value: T): Promise<Result<T>> => Promise.resolve(ok(value));
  const bridge: Partial<MdoBridge> = {
    openMeeting: () => done({ path, meeting: sampleMeeting(), stamp, lock: { state: 'mine', note: null }, warnings: [] }),
    lockMeeting: () => done({ state: 'mine', note: null }),
    unlockMeeting: () => done(null),
    saveMeeting: (_path, meeting) => {
      calls.push(`save ${meeting.title}`);
      return done({ path, meetingId: meeting.id, savedAt: '2026-12-10T13:00:00.000Z', stamp });
    },
    saveRecovery: (meeting: Meeting, copyPath) => {
      calls.push(`copy ${meeting.title} ${copyPath}`);
      return Promise.resolve(recoveryFails ? fail('recovery-failed', 'De automatische herstelkopie kon niet worden bewaard: de schijf is vol.') : ok(null));
    },
    discardRecovery: (meetingId, copyPath) => {
      // Only this file's copy goes: another file may share the meeting's id (a copy made in the file manager).
      calls.push(`discard ${meetingId} ${copyPath}`);
      return done(null);
    },
    setDirty: () => done(null),
    closeWindow: () => {
      calls.push('close');
      return done(null);
    },
  };
  return bridge as MdoBridge;
}

function typeTitle(session: AppSession, title: string): void {
  session.edit({ field: 'title', apply: (meeting) => ({ ...meeting, title }) });
}

describe('autosave to a recovery copy', () => {
  let session: AppSession;
  const id = sampleMeeting().id;

  beforeEach(async () => {
    vi.useFakeTimers();
    calls = [];
    recoveryFails = false;
    session = createAppSession(fakeBridge());
    await session.openPath(path);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the copy once typing pauses, not at every keystroke', async () => {
    typeTitle(session, 'M');
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS - 100);
    typeTitle(session, 'MD');
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS - 100);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toEqual([`copy MD ${path}`]);
  });

  it('still writes during steady typing without pauses', async () => {
    for (let elapsed = 0; elapsed < RECOVERY_MAX_WAIT_MS; elapsed += 500) {
      typeTitle(session, `Titel ${elapsed}`);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(calls).toEqual([`copy Titel ${RECOVERY_MAX_WAIT_MS - 500} ${path}`]);
  });

  it('writes at once on flush, and not again while nothing changed', async () => {
    typeTitle(session, 'Nieuw');
    await session.flushRecovery();
    await session.flushRecovery();
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS * 2);
    expect(calls).toEqual([`copy Nieuw ${path}`]);
  });

  it('removes the copy after a save, and writes nothing for a meeting without changes', async () => {
    await session.flushRecovery();
    typeTitle(session, 'Nieuw');
    await session.save();
    await vi.advanceTimersByTimeAsync(RECOVERY_DELAY_MS * 2);
    expect(calls).toEqual(['save Nieuw', `discard ${id} ${path}`]);
  });

  it('removes the copy when the user throws the changes away', async () => {
    typeTitle(session, 'Nieuw');
    await session.flushRecovery();
    const leaving = session.backToOverview();
    session.answerUnsaved('discard');
    await leaving;
    expect(calls).toEqual([`copy Nieuw ${path}`, `discard ${id} ${path}`]);
    expect(session.getState().screen.name).toBe('start');
  });

  it('writes the pending copy before save and close, and removes it after the save', async () => {
    typeTitle(session, 'Nieuw');
    await session.saveAndClose();
    expect(calls).toEqual([`copy Nieuw ${path}`, 'save Nieuw', `discard ${id} ${path}`, 'close']);
  });

  it('removes the copy on Niet opslaan in the close prompt, and writes none as the page goes', async () => {
    typeTitle(session, 'Nieuw');
    session.handleHostEvent({ type: 'command', command: 'discard-and-close' });
    await vi.advanceTimersByTimeAsync(0);
    await session.flushRecovery();
    expect(calls).toEqual([`discard ${id} ${path}`, 'close']);
  });

  it('reports a failing copy quietly, keeps the edit, and tries again at the next change', async () => {
    recoveryFails = true;
    typeTitle(session, 'Nieuw');
    await session.flushRecovery();
    expect(session.getState()).toMatchObject({ error: null, dirty: true });
    expect(session.getState().recoveryProblem).toBe('De automatische herstelkopie kon niet worden bewaard: de schijf is vol.');
    recoveryFails = false;
    typeTitle(session, 'Nieuwer');
    await session.flushRecovery();
    expect(session.getState().recoveryProblem).toBeNull();
  });

  it('restores a copy as unsaved work that saves to its original file', async () => {
    await session.backToOverview();
    const meeting = { ...sampleMeeting(), title: 'Hersteld' };
    await session.restoreRecovery({ meetingId: id, title: 'Hersteld', date: null, path, savedAt: '2026-12-10T12:00:00.000Z', olderThanFile: false, basedOn: stamp, meeting });
    expect(session.getState()).toMatchObject({ dirty: true, screen: { name: 'meeting', document: { path } } });
    await session.save();
    expect(calls).toEqual(['save Hersteld', `discard ${id} ${path}`]);
    expect(session.getState().dirty).toBe(false);
  });
});
