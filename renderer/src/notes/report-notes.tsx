import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type EditorState, type NodeKey } from 'lexical';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { LexicalState } from '../../../shared/meeting/meeting-schema';
import { isBlockNodeType } from '../../../shared/notes/node-types';
import { holdPendingEdits } from '../app/pending-edits';

/** A pause in typing this long hands the notes to the meeting. */
export const NOTES_REPORT_PAUSE_MS = 300;
/** A change after this long without one is reported at once (the save status changes with the first letter). */
const FRESH_AFTER_MS = 2000;

/** Whether an update made, changed or removed a decision, action or safety scale (the task panel shows those). */
function touchesBlock(keys: Iterable<NodeKey>, states: readonly EditorState[]): boolean {
  for (const key of keys) {
    for (const state of states) {
      const type = state._nodeMap.get(key)?.getType();
      if (type !== undefined && isBlockNodeType(type)) return true;
    }
  }
  return false;
}

interface ReportNotesPluginProps {
  /** Receives the notes as JSON; the same function for as long as the editor is on screen. */
  onChange: (notes: LexicalState) => void;
  /** What was reported last, so notes coming back from the meeting are known as the editor's own. */
  lastEmittedRef: React.RefObject<LexicalState | null>;
}

/**
 * Hands the notes to the meeting, as Lexical's OnChangePlugin does, but not
 * at every key. A report renders the meeting screen again, and React, before
 * and after each render, reads and then puts back the caret by walking every
 * text node of the focused notes: in a long item that was most of a
 * keystroke's time. So typing in the text is reported when the note-taker
 * pauses (or at once after a quiet while); a new, changed or removed block
 * at once, as the task panel shows it; and whatever reads the meeting
 * (save, export, undo, another edit, closing, leaving the item) takes the
 * pending notes first (app/pending-edits.ts). Selection changes alone and
 * loading the notes are not changes.
 */
export function ReportNotesPlugin({ onChange, lastEmittedRef }: ReportNotesPluginProps) {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    let waiting: EditorState | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastReport = 0;

    function report(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const state = waiting;
      waiting = null;
      if (state === null) return;
      lastReport = performance.now();
      const json = state.toJSON() as unknown as LexicalState;
      lastEmittedRef.current = json;
      onChangeRef.current(json);
    }

    const release = holdPendingEdits(report);
    const stop = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
      const fresh = waiting === null && performance.now() - lastReport > FRESH_AFTER_MS;
      waiting = editorState;
      const states = [editorState, prevEditorState];
      if (fresh || touchesBlock(dirtyLeaves, states) || touchesBlock(dirtyElements.keys(), states)) {
        report();
        return;
      }
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(report, NOTES_REPORT_PAUSE_MS);
    });
    return () => {
      stop();
      // Leaving the item (or the view): what was typed goes to the meeting now.
      report();
      release();
    };
  }, [editor, lastEmittedRef]);

  return null;
}
