import { followUpProblem } from '../../../shared/cycle/follow-up';
import type { AppError } from '../../../shared/result';
import type { AppSession } from '../app/app-session';
import { callHost } from '../app/bridge-call';
import { currentMeeting } from '../meeting/open-document';

/** What the chair is asked before the follow-up is made from a meeting with unsaved changes. */
export type SaveFirstAnswer = 'save' | 'cancel';

/**
 * Vervolgoverleg plannen: the follow-up is made from the meeting as it is
 * saved, so unsaved changes are saved first (after asking); then the host
 * writes the new meeting into the library and the app opens it.
 * Resolves to a Dutch message when nothing was made (null: made and opened, or cancelled).
 */
export async function planFollowUpFlow(session: AppSession, askSaveFirst: () => Promise<SaveFirstAnswer>): Promise<AppError | null> {
  const state = session.getState();
  if (state.screen.name !== 'meeting') return null;
  const problem = followUpProblem(currentMeeting(state.screen.document));
  if (problem) return { code: 'no-next-date', message: problem };
  if (state.dirty || state.screen.document.path === null) {
    if ((await askSaveFirst()) === 'cancel') return null;
    // A failed save shows its own message (and keeps everything typed).
    if (!(await session.save())) return null;
  }
  const after = session.getState();
  const path = after.screen.name === 'meeting' ? after.screen.document.path : null;
  if (path === null) return null;
  const result = await callHost(() => session.bridge.planFollowUp(path));
  if (!result.ok) return result.error;
  await session.openPath(result.value.path);
  return null;
}
