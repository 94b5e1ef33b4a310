import { memo, useCallback, useEffect, useRef, type RefObject } from 'react';
import type { LexicalState } from '../../../shared/meeting/meeting-schema';
import { NotesEditor } from '../notes/NotesEditor';

interface ItemNotesEditorProps {
  itemTitle: string;
  notes: LexicalState | null;
  /** The same function for as long as the item is on screen, or the editor renders again at every key. */
  onChange: (notes: LexicalState) => void;
}

/**
 * The notes editor of the item on screen, which does not render again for
 * its own keystrokes. Every key gives the meeting new notes, and so the view
 * a new meeting; but notes that are exactly what this editor reported last
 * are what it shows already, and rendering it (the composer, a dozen plugins,
 * the toolbar) would only cost time. Notes from elsewhere (undo, redo) are
 * another object, and the editor takes them over as before.
 */
export function ItemNotesEditor(props: ItemNotesEditorProps) {
  const reportedRef = useRef<LexicalState | null>(null);
  return <QuietNotesEditor {...props} reportedRef={reportedRef} />;
}

interface QuietProps extends ItemNotesEditorProps {
  /** What the editor reported last; cleared when other notes come in, so going back to them is a change again. */
  reportedRef: RefObject<LexicalState | null>;
}

const QuietNotesEditor = memo(
  function QuietNotesEditor({ itemTitle, notes, onChange, reportedRef }: QuietProps) {
    const report = useCallback(
      (next: LexicalState) => {
        reportedRef.current = next;
        onChange(next);
      },
      [reportedRef, onChange],
    );
    useEffect(() => {
      if (notes !== reportedRef.current) reportedRef.current = null;
    }, [notes, reportedRef]);
    return <NotesEditor itemTitle={itemTitle} notes={notes} onChange={report} />;
  },
  (before, after) =>
    before.itemTitle === after.itemTitle &&
    before.onChange === after.onChange &&
    before.reportedRef === after.reportedRef &&
    (before.notes === after.notes || (after.notes !== null && after.notes === after.reportedRef.current)),
);
