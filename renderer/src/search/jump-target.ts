/**
 * Where a search result leads: the meeting file and the agenda item to show
 * when that meeting comes on screen. Set just before the meeting is opened;
 * the meeting screen and Notuleren read it as they start (a meeting opened
 * any other way starts as always).
 */
export interface JumpTarget {
  path: string;
  /** Null: the meeting's own details matched; it opens at Gegevens. */
  itemId: string | null;
}

let pending: JumpTarget | null = null;

export function setJumpTarget(target: JumpTarget | null): void {
  pending = target;
}

/** The view the meeting in `path` starts in when a search led there: Notuleren for an item. */
export function jumpView(path: string | null): 'minutes' | null {
  return pending !== null && pending.path === path && pending.itemId !== null ? 'minutes' : null;
}

/**
 * The item Notuleren starts at when a search led there, and puts the caret
 * in its notes once they are on screen. Not forgotten here (React may call a
 * state's initialiser twice): the search forgets it once the meeting is open.
 */
export function takeJumpItem(itemIds: readonly string[]): string | null {
  const target = pending;
  if (target === null || target.itemId === null || !itemIds.includes(target.itemId)) return null;
  focusNotesSoon();
  return target.itemId;
}

/** The editor mounts and renders its text a moment after the view: look for it on the next frames for a short while. */
function focusNotesSoon(): void {
  let frames = 0;
  const tryFocus = () => {
    const editor = document.querySelector<HTMLElement>('#meeting-view .notes-editor__content[contenteditable="true"]');
    if (editor) {
      editor.focus();
      editor.scrollIntoView({ block: 'nearest' });
      return;
    }
    if (++frames < 60) requestAnimationFrame(tryFocus);
  };
  requestAnimationFrame(tryFocus);
}
