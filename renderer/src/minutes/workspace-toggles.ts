import { useState } from 'react';

/**
 * Whether the agenda rail and the task panel are open. Kept while the window
 * is open (not in the meeting: it is how this note-taker likes the screen),
 * so going to Agenda and back to Notuleren leaves them as they were.
 */
const remembered = new Map<WorkspacePart, boolean>();

export type WorkspacePart = 'agenda-rail' | 'task-panel';

export function useWorkspaceToggle(part: WorkspacePart, initial: () => boolean): [boolean, () => void] {
  const [open, setOpen] = useState(() => remembered.get(part) ?? initial());
  function toggle(): void {
    remembered.set(part, !open);
    setOpen(!open);
  }
  return [open, toggle];
}

/** The task panel starts open where it leaves the notes a comfortable width (a 1280-pixel window and up). */
export function wideEnoughForTaskPanel(): boolean {
  return window.matchMedia('(min-width: 75rem)').matches;
}
