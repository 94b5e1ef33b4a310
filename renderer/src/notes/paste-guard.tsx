import { LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, PASTE_COMMAND, type EditorState } from 'lexical';
import { useEffect } from 'react';
import { safeLinkTarget, shownLinkTarget } from '../../../shared/notes/link-target';
import { MAX_NOTE_CHARACTERS, dutchNumber, notesProblem, sizeProblem, type NotesSize } from '../../../shared/notes/notes-validation';
import { isBlockNodeType } from '../../../shared/notes/node-types';
import './paste-guard.css';

/**
 * What is pasted (or typed as Markdown) goes through the same door as a
 * file: a link to anything but a web address or one e-mail address becomes
 * plain text (shared/notes/link-target.ts), and notes never grow past the
 * limits of one agenda item (shared/notes/notes-validation.ts). Either is
 * said in Dutch above the notes; the message goes at the next key press.
 */

/** The size of what a paste brings: its plain text (what the clipboard also holds as HTML is about as long). */
function pastedLength(event: unknown): number {
  if (typeof ClipboardEvent === 'undefined' || !(event instanceof ClipboardEvent)) return 0;
  const data = event.clipboardData;
  if (!data) return 0;
  const plain = data.getData('text/plain');
  return plain !== '' ? plain.length : data.getData('text/html').length;
}

/** The update that puts back the notes as they were before a change that went past a limit. */
const UNDONE_TAG = 'mdo-limit-undone';

/**
 * The size of the notes in an editor state, cheaply enough for every key
 * press: the node map's size, the text of the root, the blocks in the map.
 * (What is typed in blocks is counted when a file is read, not here.)
 */
function sizeOf(state: EditorState): NotesSize {
  let blocks = 0;
  for (const node of state._nodeMap.values()) if (isBlockNodeType(node.getType())) blocks += 1;
  return { nodes: state._nodeMap.size, characters: state.read(() => $getRoot().getTextContentSize()), blocks };
}

/** `onNotice` should be stable (a state setter): the plugin registers again when it changes. */
export function PasteGuardPlugin({ itemTitle, onNotice }: { itemTitle: string; onNotice: (notice: string | null) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const notify = onNotice;
    const tooLarge = (what: string) =>
      `Niet geplakt: ${what}. De aantekeningen bij "${itemTitle}" mogen hoogstens ${dutchNumber(MAX_NOTE_CHARACTERS)} tekens hebben. Plak een kleiner stuk, of verdeel de aantekeningen over meer agendapunten.`;
    return mergeRegister(
      // Before the paste is read: the text that is there and the text that comes.
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const incoming = pastedLength(event);
          if (incoming === 0) return false;
          const present = editor.getEditorState().read(() => $getRoot().getTextContentSize());
          if (present + incoming <= MAX_NOTE_CHARACTERS) return false;
          if ('preventDefault' in event) event.preventDefault();
          notify(tooLarge(`dat zijn ${dutchNumber(incoming)} tekens erbij, en er staan er al ${dutchNumber(present)}`));
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      // After a paste: what no character count sees (thousands of pieces or blocks) is undone.
      // After any other change (typing, a block from the toolbar): the same limits, counted cheaply.
      editor.registerUpdateListener(({ editorState, prevEditorState, tags, dirtyElements, dirtyLeaves }) => {
        if (tags.has(UNDONE_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
        const problem = tags.has('paste') ? notesProblem(editorState.toJSON()) : sizeProblem(sizeOf(editorState));
        if (problem === null || (!tags.has('paste') && sizeProblem(sizeOf(prevEditorState)) !== null)) return;
        // After this update has run its course (plugins may still be reacting to it): back to the notes before it.
        setTimeout(() => editor.setEditorState(prevEditorState, { tag: UNDONE_TAG }), 0);
        notify(`Niet ${tags.has('paste') ? 'geplakt' : 'toegevoegd'}: de aantekeningen bij "${itemTitle}" ${problem}.`);
      }),
      // A link to anything but a web or mail address (javascript:, file:, mailto:?attach=…) keeps its text only.
      editor.registerNodeTransform(LinkNode, (node) => {
        const target = node.getURL();
        const safe = safeLinkTarget(target);
        if (safe !== null) {
          if (safe !== target) node.setURL(safe);
          return;
        }
        for (const child of node.getChildren()) node.insertBefore(child);
        node.remove();
        notify(
          `De link naar "${shownLinkTarget(target)}" is gewone tekst geworden: alleen een webadres (https://…) of één e-mailadres (mailto:…) zonder ? erachter blijft een link.`,
        );
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        () => {
          notify(null);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, itemTitle, onNotice]);
  return null;
}
