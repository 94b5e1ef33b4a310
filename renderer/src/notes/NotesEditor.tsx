import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $createParagraphNode, $getRoot, HISTORY_MERGE_TAG, type EditorState, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import type { Confidentiality } from '../../../shared/meeting/meeting-schema';
import { NOTE_TRANSFORMERS } from '../../../shared/notes/lexical/note-transformers';
import type { LexicalState } from '../../../shared/meeting/meeting-schema';
import { newItemId } from '../lists/reorder';
import { ConfidentialForm } from './ConfidentialForm';
import { $setLeftToRight } from './text-direction';
import { EDITOR_NOTE_NODES } from './editor-nodes';
import { $blocksToMark, $changeConfidential, $markConfidential, $selectedPassage, $unmarkConfidential, newPassageData } from './confidential-passages';
import { LinkForm } from './LinkForm';
import { PasteGuardPlugin } from './paste-guard';
import { ReportNotesPlugin } from './report-notes';
import { useNotesContext } from './notes-context';
import { TYPED_CONVENTIONS_HINT } from '../../../shared/notes/typed-conventions';
import { rootNode, visitNodes } from '../../../shared/notes/lexical-json';
import {
  BlockArrowPlugin,
  DocumentEdgeKeysPlugin,
  ConfidentialPassagePlugin,
  ItemSwitchFocusPlugin,
  NotesShortcutsPlugin,
  PlainStylesPlugin,
  TabIndentPlugin,
  TypedConventionPlugin,
  useConfidentialShortcuts,
  linkProblem,
  removeLink,
  selectionInLink,
} from './notes-plugins';
import { NotesToolbar } from './NotesToolbar';
import { FrozenEditorPlugin } from '../meeting/frozen-context';
import './notes.css';

const theme = {
  paragraph: 'notes-p',
  heading: { h1: 'notes-h', h2: 'notes-h', h3: 'notes-h' },
  quote: 'notes-quote',
  list: { ul: 'notes-ul', ol: 'notes-ol', listitem: 'notes-li', nested: { listitem: 'notes-li--nested' } },
  link: 'notes-link',
  text: { bold: 'notes-bold', italic: 'notes-italic', underline: 'notes-underline' },
};

interface NotesEditorProps {
  /** The agenda item whose notes these are (the editor is rebuilt for another item). */
  itemTitle: string;
  notes: LexicalState | null;
  onChange: (notes: LexicalState) => void;
}

/**
 * The rich-text notes of one agenda item. The editor owns the text while it
 * is on screen; every change goes to the meeting (one source of truth for
 * saving and the lists). When the meeting's notes change from outside (the
 * app's undo), the editor takes them over.
 */
export function NotesEditor({ itemTitle, notes, onChange }: NotesEditorProps) {
  const labelId = useId();
  const hintId = useId();
  // Null until InitialNotesPlugin has loaded the notes, so ExternalNotesPlugin leaves them to it.
  const lastEmittedRef = useRef<LexicalState | null>(null);
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  // What the door did to a paste (refused as too large, a link made plain text); gone at the next key press.
  const [notice, setNotice] = useState<string | null>(null);
  // Large notes come in after the item is on screen (see InitialNotesPlugin); until then nothing can be typed.
  const [loading, setLoading] = useState(() => notes !== null && hasMoreNodesThan(notes, LOAD_AFTER_PAINT_NODES));

  const initialConfig: InitialConfigType = {
    namespace: 'mdo-notes',
    nodes: [...EDITOR_NOTE_NODES],
    theme,
    // Saved notes are loaded by InitialNotesPlugin, after the plugins have registered; empty notes start with one paragraph.
    editorState: notes
      ? null
      : () => {
          $setLeftToRight();
          $getRoot().append($createParagraphNode());
        },
    editable: !loading,
    onError: (error) => console.error(error),
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="notes-editor">
        <NotesToolbarWithForms linkFormOpen={linkFormOpen} setLinkFormOpen={setLinkFormOpen} />
        <p id={hintId} className="field__hint notes-editor__hint">
          {TYPED_CONVENTIONS_HINT}
        </p>
        {notice && (
          <p className="notes-editor__notice" role="alert">
            {notice}
          </p>
        )}
        {/* The frame gives the notes their height; the surface inside it is then laid out on its own as the note-taker types (minutes.css). */}
        <div className="notes-editor__frame">
          <div className="notes-editor__surface">
            <p id={labelId} className="visually-hidden">
              Aantekeningen bij {itemTitle}
            </p>
            <RichTextPlugin
              contentEditable={<ContentEditable className="notes-editor__content" aria-labelledby={labelId} aria-describedby={hintId} aria-multiline="true" spellCheck lang="nl" />}
              placeholder={
                <p className="notes-editor__placeholder" aria-hidden="true">
                  {loading
                    ? 'De aantekeningen worden geladen…'
                    : 'Typ hier wat er gezegd is. Een regel “Besluit: …” of “Actie: wat - wie - uiterlijk datum” wordt met Enter een besluit of actie.'}
                </p>
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
        <HistoryPlugin />
        <FrozenEditorPlugin loading={loading} />
        <ListPlugin />
        <LinkPlugin validateUrl={(url) => linkProblem(url) === null} />
        <PasteGuardPlugin itemTitle={itemTitle} onNotice={setNotice} />
        {/* The same Markdown as MDO-Markdown's notes: `- `, `1. `, `# `, `> `, `**vet**`, `*cursief*`, `[tekst](adres)`. */}
        <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
        <PlainStylesPlugin />
        <TypedConventionPlugin />
        <ConfidentialPassagePlugin />
        <NotesShortcutsPlugin onLink={() => setLinkFormOpen(true)} />
        <TabIndentPlugin />
        <BlockArrowPlugin />
        <DocumentEdgeKeysPlugin />
        <ItemSwitchFocusPlugin ready={!loading} />
        {/* After every plugin that registers a node transform: see InitialNotesPlugin. */}
        <InitialNotesPlugin notes={notes} lastEmittedRef={lastEmittedRef} afterPaint={loading} onLoaded={() => setLoading(false)} />
        <ExternalNotesPlugin notes={notes} lastEmittedRef={lastEmittedRef} />
        <ReportNotesPlugin onChange={onChange} lastEmittedRef={lastEmittedRef} />
      </div>
    </LexicalComposer>
  );
}

/** What the "Vertrouwelijk" form works on: new blocks to mark, or a passage whose audience changes. */
type ConfidentialTarget = { mode: 'mark'; blocks: NodeKey[] } | { mode: 'change'; passage: NodeKey; current: Confidentiality };

function NotesToolbarWithForms({ linkFormOpen, setLinkFormOpen }: { linkFormOpen: boolean; setLinkFormOpen: (open: boolean) => void }) {
  const [editor] = useLexicalComposerContext();
  const { participants } = useNotesContext();
  const [confidential, setConfidential] = useState<ConfidentialTarget | null>(null);

  function openConfidential(mode: ConfidentialTarget['mode']): void {
    // The target is taken now: while the form has the focus, the editor's selection may change.
    const target = editor.getEditorState().read((): ConfidentialTarget | null => {
      if (mode === 'mark') {
        const blocks = $blocksToMark();
        return blocks.length > 0 ? { mode, blocks } : null;
      }
      const passage = $selectedPassage();
      if (!passage) return null;
      const { scope, notFor } = passage.getData();
      return { mode, passage: passage.getKey(), current: { scope, notFor } };
    });
    setLinkFormOpen(false);
    setConfidential(target);
    if (!target) editor.focus();
  }

  function closeConfidential(): void {
    setConfidential(null);
    editor.focus();
  }

  function unmark(): void {
    editor.update(() => {
      const passage = $selectedPassage();
      if (passage) $unmarkConfidential(passage.getKey());
    });
    setConfidential(null);
    editor.focus();
  }

  // Ctrl+Shift+P opens what the toolbar shows (Vertrouwelijk… or Wijzigen…), Ctrl+Shift+O lifts the mark.
  useConfidentialShortcuts(
    editor,
    () => openConfidential(editor.getEditorState().read(() => $selectedPassage() !== null) ? 'change' : 'mark'),
    unmark,
  );

  return (
    <>
      <NotesToolbar
        onLink={() => {
          if (selectionInLink(editor)) removeLink(editor);
          else setLinkFormOpen(true);
        }}
        onConfidential={() => openConfidential('mark')}
        onChangeConfidential={() => openConfidential('change')}
        onUnmarkConfidential={unmark}
      />
      {linkFormOpen && <LinkForm onClose={() => setLinkFormOpen(false)} />}
      {confidential && (
        <ConfidentialForm
          key={confidential.mode === 'change' ? confidential.passage : 'nieuw'}
          title={confidential.mode === 'mark' ? 'Vertrouwelijk markeren' : 'Vertrouwelijke passage wijzigen'}
          participants={participants}
          current={confidential.mode === 'change' ? confidential.current : null}
          submitLabel={confidential.mode === 'mark' ? 'Markeren' : 'Wijzigen'}
          onCancel={closeConfidential}
          onSubmit={(restriction) => {
            editor.update(() => {
              if (confidential.mode === 'mark') $markConfidential(confidential.blocks, newPassageData(newItemId('v'), restriction));
              else $changeConfidential(confidential.passage, restriction);
            });
            closeConfidential();
          }}
        />
      )}
    </>
  );
}

/**
 * The notes as an editor state, written left to right (see text-direction.ts).
 * Parsed from the object itself: the notes are plain JSON already.
 */
function notesState(editor: LexicalEditor, notes: LexicalState): EditorState {
  return editor.parseEditorState(notes as unknown as Parameters<LexicalEditor['parseEditorState']>[0], $setLeftToRight);
}

/**
 * Notes with more nodes than this load after the item is on screen. Showing
 * the item (the screen, the task panel) and reading, building and laying out
 * the largest notes allowed (4,000 nodes) took one task of up to 240 ms;
 * split, each part stays well under 200 ms (tests/e2e/notes-limits.spec.ts).
 * A real item has a few hundred nodes and loads at once, with no frame
 * between.
 */
const LOAD_AFTER_PAINT_NODES = 1_500;

function hasMoreNodesThan(notes: LexicalState, limit: number): boolean {
  const root = rootNode(notes);
  if (root === null) return false;
  let count = 0;
  // Once past the limit, no node's children are looked at any more.
  visitNodes(root, () => ++count <= limit);
  return count > limit;
}

interface InitialNotesPluginProps {
  notes: LexicalState | null;
  lastEmittedRef: React.RefObject<LexicalState | null>;
  /** Load after the next frame (the item is painted with "geladen…" first), then call onLoaded. */
  afterPaint: boolean;
  onLoaded: () => void;
}

/**
 * Loads the saved notes once, after the other plugins have registered.
 * Registering a node transform (the list plugin's and PlainStylesPlugin's
 * on every text node) marks every node of that type dirty and runs a full
 * update over them; on an empty editor there is nothing to mark. The notes
 * were checked and cleaned when the file was read, so the transforms have
 * nothing to do on them: they run for what is typed or pasted. Loading is
 * not a change (no undo step, no unsaved changes). Notes that changed from
 * outside before a later load (the app's undo) are ExternalNotesPlugin's.
 */
function InitialNotesPlugin({ notes, lastEmittedRef, afterPaint, onLoaded }: InitialNotesPluginProps) {
  const [editor] = useLexicalComposerContext();
  const initialNotesRef = useRef(notes);
  const afterPaintRef = useRef(afterPaint);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    const initial = initialNotesRef.current;
    lastEmittedRef.current = initial;
    if (initial === null) return undefined;
    const show = (state: EditorState) => editor.setEditorState(state, { tag: HISTORY_MERGE_TAG });
    if (!afterPaintRef.current) {
      show(notesState(editor, initial));
      return undefined;
    }
    // After the frame that paints the item: one task reads the notes, the next builds them on screen.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const state = notesState(editor, initial);
        timer = setTimeout(() => {
          if (lastEmittedRef.current === initial) show(state);
          onLoadedRef.current();
        }, 0);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [editor, lastEmittedRef]);
  return null;
}

/** Takes over notes that changed outside the editor (the app's undo and redo). */
function ExternalNotesPlugin({ notes, lastEmittedRef }: { notes: LexicalState | null; lastEmittedRef: React.RefObject<LexicalState | null> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (notes === lastEmittedRef.current) return;
    lastEmittedRef.current = notes;
    if (notes === null) {
      editor.update(() => $getRoot().clear());
      return;
    }
    editor.setEditorState(notesState(editor, notes));
  }, [editor, notes, lastEmittedRef]);
  return null;
}
