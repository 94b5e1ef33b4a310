import type { AppSession } from '../app/app-session';
import { setJumpTarget, type JumpTarget } from './jump-target';

/**
 * Opens the meeting of a search result at its item. The session asks first
 * when the open meeting has unsaved changes; cancelled, nothing changes.
 */
export async function openSearchResult(session: AppSession, target: JumpTarget): Promise<void> {
  setJumpTarget(target);
  await session.openPath(target.path);
  const { screen } = session.getState();
  const opened = screen.name === 'meeting' && screen.document.path === target.path;
  if (!opened) {
    setJumpTarget(null);
    return;
  }
  // The meeting screen reads the target as it starts, in React's next render.
  window.setTimeout(() => setJumpTarget(null), 1_000);
}
