import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND, $isListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
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
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { $isConfidentialNode } from '../../../shared/notes/lexical/confidential-node';
import { restrictionLabel } from '../../../shared/privacy/audience';
import { ToolIcon, type ToolIconName } from '../icons/ToolIcon';
import { $selectedPassage } from './confidential-passages';
import { EDITOR_SHORTCUTS } from './editor-shortcuts';
import { insertBlock } from './insert-blocks';
import { topLevelBlock } from './insert-blocks';
import { useItemCommands } from './item-commands';
import { useNotesContext } from './notes-context';
import { $indentListItems } from './notes-plugins';
import { NotesMoreMenu, type MoreMenuEntry } from './NotesMoreMenu';
import { useToolbarKeys } from './toolbar-keys';
import './notes-toolbar.css';

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  block: 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number' | 'other';
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

/**
 * The note-taker's buttons, on one row: formatting as letters and drawings
 * (the words and the shortcut in their tooltips and names), the blocks and
 * Vertrouwelijk in words, and the rarer commands (Kopje, Citaat, Link,
 * indenting, undo and redo, which everyone does with Ctrl+Z, and the whole
 * item confidential) in Meer.
 */
export function NotesToolbar({ onLink, onConfidential, onChangeConfidential, onUnmarkConfidential }: NotesToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const { participants } = useNotesContext();
  const { markItemConfidential } = useItemCommands();
  const [state, setState] = useState<ToolbarState>(initial);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const toolbarKeys = useToolbarKeys(toolbarRef);

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
              : $isQuoteNode(top)
                ? 'quote'
                : $isListNode(top)
                ? top.getListType() === 'number'
                  ? 'number'
                  : 'bullet'
                : $isParagraphNode(top)
                  ? 'paragraph'
                  : 'other';
            const bold = selection.hasFormat('bold');
            const italic = selection.hasFormat('italic');
            const underline = selection.hasFormat('underline');
            // The same state object when nothing changed: typing a letter does not render the toolbar again.
            setState((current) =>
              current.bold === bold && current.italic === italic && current.underline === underline && current.block === block
                ? current
                : { ...current, bold, italic, underline, block },
            );
          });
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (canUndo) => (setState((s) => (s.canUndo === canUndo ? s : { ...s, canUndo })), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (canRedo) => (setState((s) => (s.canRedo === canRedo ? s : { ...s, canRedo })), false), COMMAND_PRIORITY_LOW),
      ),
    [editor, participants],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  /** Kopje and Citaat switch the caret's blocks to that kind, or back to paragraphs. */
  const toggleBlock = (kind: 'heading' | 'quote') =>
    editor.update(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return;
      $setBlocksType(selection, () => (state.block === kind ? $createParagraphNode() : kind === 'heading' ? $createHeadingNode('h3') : $createQuoteNode()));
    });
  const toggleList = (kind: 'bullet' | 'number') =>
    editor.dispatchCommand(
      state.block === kind ? REMOVE_LIST_COMMAND : kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );
  /** After a choice in Meer, typing goes on where it was. */
  const thenType = (command: () => void) => () => {
    command();
    editor.focus();
  };

  const inList = state.block === 'bullet' || state.block === 'number';
  const listOnly = 'in een opsomming of nummering';
  const more: MoreMenuEntry[] = [
    { id: 'heading', label: 'Kopje', icon: 'heading', shortcut: EDITOR_SHORTCUTS.heading, pressed: state.block === 'heading', onChoose: thenType(() => toggleBlock('heading')) },
    { id: 'quote', label: 'Citaat', icon: 'quote', shortcut: EDITOR_SHORTCUTS.quote, pressed: state.block === 'quote', onChoose: thenType(() => toggleBlock('quote')) },
    { id: 'link', label: 'Link', icon: 'link', shortcut: EDITOR_SHORTCUTS.link, onChoose: onLink },
    // Only list items indent, as with Tab: an indented paragraph would show here but not in Word or MDO-Markdown.
    {
      id: 'indent',
      label: 'Inspringen',
      icon: 'indent',
      shortcut: EDITOR_SHORTCUTS.indent,
      note: listOnly,
      disabled: !inList,
      onChoose: thenType(() => editor.update(() => $indentListItems(1))),
    },
    {
      id: 'outdent',
      label: 'Terug inspringen',
      icon: 'outdent',
      shortcut: EDITOR_SHORTCUTS.outdent,
      note: listOnly,
      disabled: !inList,
      onChoose: thenType(() => editor.update(() => $indentListItems(-1))),
    },
    {
      id: 'undo',
      label: 'Ongedaan maken',
      icon: 'undo',
      shortcut: EDITOR_SHORTCUTS.undo,
      separated: true,
      disabled: !state.canUndo,
      onChoose: thenType(() => editor.dispatchCommand(UNDO_COMMAND, undefined)),
    },
    { id: 'redo', label: 'Opnieuw', icon: 'redo', shortcut: EDITOR_SHORTCUTS.redo, disabled: !state.canRedo, onChoose: thenType(() => editor.dispatchCommand(REDO_COMMAND, undefined)) },
  ];
  if (markItemConfidential) more.push({ id: 'item-confidential', label: 'Hele agendapunt vertrouwelijk…', icon: 'lock', separated: true, onChoose: markItemConfidential });

  return (
    <div ref={toolbarRef} className="notes-toolbar" role="toolbar" aria-label="Opmaak en invoegen" onFocus={toolbarKeys.onFocus} onKeyDown={toolbarKeys.onKeyDown}>
      <div className="notes-toolbar__group">
        <ToolButton label="Vet" glyph="B" glyphClass="notes-toolbar__glyph--bold" shortcut={EDITOR_SHORTCUTS.bold} pressed={state.bold} onClick={() => format('bold')} />
        <ToolButton label="Cursief" glyph="I" glyphClass="notes-toolbar__glyph--italic" shortcut={EDITOR_SHORTCUTS.italic} pressed={state.italic} onClick={() => format('italic')} />
        <ToolButton label="Onderstrepen" glyph="U" glyphClass="notes-toolbar__glyph--underline" shortcut={EDITOR_SHORTCUTS.underline} pressed={state.underline} onClick={() => format('underline')} />
      </div>
      <div className="notes-toolbar__group">
        <ToolButton label="Opsomming" icon="bullet-list" shortcut={EDITOR_SHORTCUTS.bulletList} pressed={state.block === 'bullet'} onClick={() => toggleList('bullet')} />
        <ToolButton label="Nummering" icon="number-list" shortcut={EDITOR_SHORTCUTS.numberedList} pressed={state.block === 'number'} onClick={() => toggleList('number')} />
      </div>
      <div className="notes-toolbar__group">
        <ToolButton label="Besluit invoegen" text="Besluit" marker="decision" shortcut={EDITOR_SHORTCUTS.decision} onClick={() => insertBlock(editor, 'decision', participants)} />
        <ToolButton label="Actie invoegen" text="Actie" marker="action" shortcut={EDITOR_SHORTCUTS.action} onClick={() => insertBlock(editor, 'action', participants)} />
        <ToolButton label="Schaalvraag invoegen" text="Schaalvraag" marker="scale" shortcut={EDITOR_SHORTCUTS.safetyScale} onClick={() => insertBlock(editor, 'safety-scale', participants)} />
      </div>
      <div className="notes-toolbar__group notes-toolbar__group--confidential">
        {state.passage === null ? (
          <ToolButton label="Vertrouwelijk…" text="Vertrouwelijk…" icon="lock" description="Vertrouwelijk: wie het gekozen stuk tekst niet mag lezen" shortcut={EDITOR_SHORTCUTS.confidential} onClick={onConfidential} />
        ) : (
          <>
            <span className="notes-toolbar__status" title={state.passage}>
              {state.passage}
            </span>
            <ToolButton
              label="Wijzigen…"
              text="Wijzigen…"
              icon="lock"
              description={`Wie de vertrouwelijke passage niet mag lezen (nu: ${state.passage})`}
              shortcut={EDITOR_SHORTCUTS.confidential}
              onClick={onChangeConfidential}
            />
            <ToolButton
              label="Vertrouwelijk opheffen"
              text="Opheffen"
              icon="unlock"
              compact
              description="Vertrouwelijk opheffen: de tekst blijft, de markering gaat weg"
              shortcut={EDITOR_SHORTCUTS.unmarkConfidential}
              onClick={onUnmarkConfidential}
            />
          </>
        )}
      </div>
      <NotesMoreMenu entries={more} />
    </div>
  );
}

interface ToolButtonProps {
  /** The accessible name, and the tooltip's words. */
  label: string;
  onClick: () => void;
  /** Words on the button; without them the button shows its drawing or letter only. */
  text?: string;
  icon?: ToolIconName;
  /** A letter as the drawing (B, I, U), styled by `glyphClass`. */
  glyph?: string;
  glyphClass?: string;
  /** The colour of the block it inserts, as in the notes. */
  marker?: 'decision' | 'action' | 'scale';
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  /** A longer tooltip, when the label alone says too little. */
  description?: string;
  /** Where the notes are narrow, only the drawing shows. */
  compact?: boolean;
}

function ToolButton({ label, onClick, text, icon, glyph, glyphClass, marker, shortcut, pressed, disabled = false, description, compact = false }: ToolButtonProps) {
  const tooltip = description ?? label;
  const className = ['notes-toolbar__button', text ? '' : 'notes-toolbar__button--icon', compact ? 'notes-toolbar__button--compact' : ''].filter(Boolean).join(' ');
  return (
    <button
      type="button"
      className={className}
      // Always the whole name: the words may give way to the drawing where the notes are narrow. The visible
      // words are part of it ("Besluit" of "Besluit invoegen"), so speech input finds the button.
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${tooltip} (${shortcut.replace('Control', 'Ctrl')})` : tooltip}
      disabled={disabled}
      // Keep the caret where it is in the text.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {marker && <span className={`notes-toolbar__marker notes-toolbar__marker--${marker}`} aria-hidden="true" />}
      {icon && <ToolIcon name={icon} />}
      {glyph && (
        <span className={`notes-toolbar__glyph ${glyphClass ?? ''}`} aria-hidden="true">
          {glyph}
        </span>
      )}
      {text && <span className="notes-toolbar__text">{text}</span>}
    </button>
  );
}
