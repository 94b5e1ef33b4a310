import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND, $isListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $isConfidentialNode } from '../../../shared/notes/lexical/confidential-node';
import { restrictionLabel } from '../../../shared/privacy/audience';
import { $selectedPassage } from './confidential-passages';
import { insertBlock } from './insert-blocks';
import { topLevelBlock } from './insert-blocks';
import { useNotesContext } from './notes-context';

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  block: 'paragraph' | 'heading' | 'bullet' | 'number' | 'other';
  canUndo: boolean;
  canRedo: boolean;
  /** The label of the confidential passage the caret is in, or null outside one. */
  passage: string | null;
}

const initial: ToolbarState = { bold: false, italic: false, underline: false, block: 'paragraph', canUndo: false, canRedo: false, passage: null };

interface NotesToolbarProps {
  onLink: () => void;
  /** "Vertrouwelijk…": opens the form to mark the selected blocks. */
  onConfidential: () => void;
  /** "Wijzigen…": another audience for the passage the caret is in. */
  onChangeConfidential: () => void;
  /** "Vertrouwelijk opheffen": the passage's text stays, the mark goes. */
  onUnmarkConfidential: () => void;
}

/** The note-taker's buttons; each also has a shortcut (shown in its label's title). */
export function NotesToolbar({ onLink, onConfidential, onChangeConfidential, onUnmarkConfidential }: NotesToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const { participants } = useNotesContext();
  const [state, setState] = useState<ToolbarState>(initial);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          editorState.read(() => {
            // Without a selection (the focus is in a form) the buttons stay as they were.
            if ($getSelection() === null) return;
            const passage = $selectedPassage();
            const passageLabel = $isConfidentialNode(passage) ? restrictionLabel(passage.getData(), participants) : null;
            setState((current) => (current.passage === passageLabel ? current : { ...current, passage: passageLabel }));
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const top = topLevelBlock(selection.anchor.getNode());
            const block: ToolbarState['block'] = $isHeadingNode(top)
              ? 'heading'
              : $isListNode(top)
                ? top.getListType() === 'number'
                  ? 'number'
                  : 'bullet'
                : $isParagraphNode(top)
                  ? 'paragraph'
                  : 'other';
            setState((current) => ({
              ...current,
              bold: selection.hasFormat('bold'),
              italic: selection.hasFormat('italic'),
              underline: selection.hasFormat('underline'),
              block,
            }));
          });
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (canUndo) => (setState((s) => ({ ...s, canUndo })), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (canRedo) => (setState((s) => ({ ...s, canRedo })), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, participants],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const toggleHeading = () =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, () => (state.block === 'heading' ? $createParagraphNode() : $createHeadingNode('h3')));
    });
  const toggleList = (kind: 'bullet' | 'number') =>
    editor.dispatchCommand(
      state.block === kind ? REMOVE_LIST_COMMAND : kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );

  return (
    <div className="notes-toolbar" role="toolbar" aria-label="Opmaak en invoegen">
      <div className="notes-toolbar__group">
        <ToolButton label="Vet" shortcut="Control+B" pressed={state.bold} onClick={() => format('bold')} />
        <ToolButton label="Cursief" shortcut="Control+I" pressed={state.italic} onClick={() => format('italic')} />
        <ToolButton label="Onderstrepen" shortcut="Control+U" pressed={state.underline} onClick={() => format('underline')} />
        <ToolButton label="Link" shortcut="Control+K" onClick={onLink} />
      </div>
      <div className="notes-toolbar__group">
        <ToolButton label="Kopje" pressed={state.block === 'heading'} onClick={toggleHeading} />
        <ToolButton label="Opsomming" pressed={state.block === 'bullet'} onClick={() => toggleList('bullet')} />
        <ToolButton label="Nummering" pressed={state.block === 'number'} onClick={() => toggleList('number')} />
        <ToolButton label="Inspringen" onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)} />
        <ToolButton label="Terug inspringen" onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)} />
      </div>
      <div className="notes-toolbar__group">
        <ToolButton label="Ongedaan maken" shortcut="Control+Z" disabled={!state.canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} />
        <ToolButton label="Opnieuw" shortcut="Control+Shift+Z" disabled={!state.canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} />
      </div>
      <div className="notes-toolbar__group notes-toolbar__group--blocks">
        <ToolButton label="Besluit invoegen" shortcut="Control+Shift+B" strong onClick={() => insertBlock(editor, 'decision', participants)} />
        <ToolButton label="Actie invoegen" shortcut="Control+Shift+A" strong onClick={() => insertBlock(editor, 'action', participants)} />
        <ToolButton label="Schaalvraag invoegen" onClick={() => insertBlock(editor, 'safety-scale', participants)} />
      </div>
      <div className="notes-toolbar__group notes-toolbar__group--confidential">
        {state.passage === null ? (
          <ToolButton label="Vertrouwelijk…" onClick={onConfidential} />
        ) : (
          <>
            <span className="notes-toolbar__status">{state.passage}</span>
            <ToolButton label="Wijzigen…" description="Wie de vertrouwelijke passage niet mag lezen" onClick={onChangeConfidential} />
            <ToolButton label="Vertrouwelijk opheffen" onClick={onUnmarkConfidential} />
          </>
        )}
      </div>
    </div>
  );
}

interface ToolButtonProps {
  label: string;
  onClick: () => void;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  strong?: boolean;
  /** A longer title, when the label alone says too little. */
  description?: string;
}

function ToolButton({ label, onClick, shortcut, pressed, disabled = false, strong = false, description }: ToolButtonProps) {
  return (
    <button
      type="button"
      className={strong ? 'notes-toolbar__button notes-toolbar__button--strong' : 'notes-toolbar__button'}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut.replace('Control', 'Ctrl')})` : (description ?? label)}
      disabled={disabled}
      // Keep the caret where it is in the text.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
