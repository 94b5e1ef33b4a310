import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor, SerializedEditorState } from 'lexical';
import { fail, ok, type Result } from '../../result';
import { MDO_NOTE_NODES } from './node-list';

/**
 * A Lexical editor without a DOM, with the same nodes as the app's: for the
 * CLI, the exporter and tests, to read notes the way the app reads them.
 */
export function createNotesEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'mdo-notes',
    nodes: [...MDO_NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/**
 * Loads saved notes into a headless editor and writes them out again: what
 * the app would save after opening them. Notes Lexical cannot read (unknown
 * node types, broken structure) give a Dutch error instead of a throw.
 */
export function normalizeNotes(notes: unknown, itemTitle: string): Result<SerializedEditorState> {
  const editor = createNotesEditor();
  try {
    const state = editor.parseEditorState(JSON.stringify(notes));
    editor.setEditorState(state);
    return ok(editor.getEditorState().toJSON());
  } catch {
    return fail(
      'notes-unreadable',
      `De aantekeningen bij "${itemTitle}" kunnen niet worden gelezen. Ze zijn misschien gemaakt met een nieuwere versie van de app.`,
    );
  }
}
