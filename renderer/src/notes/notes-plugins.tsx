import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $createListNode, $isListItemNode, $isListNode, INSERT_ORDERED_LIST_COMMAND, type ListItemNode, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isAtNodeEnd, $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $handleIndentAndOutdent, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isLineBreakNode,
  $isNodeSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  createCommand,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ENTER_COMMAND,
  KEY_TAB_COMMAND,
  TextNode,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type ParagraphNode,
} from 'lexical';
import { useEffect, useState } from 'react';
import type { Participant } from '../../../shared/meeting/meeting-schema';
import {
  $createActionNode,
  $createDecisionNode,
  $createSafetyScaleNode,
  $isActionNode,
  $isDecisionNode,
  $isSafetyScaleNode,
} from '../../../shared/notes/lexical/block-nodes';
import { DEFAULT_SAFETY_QUESTION } from '../../../shared/notes/node-data';
import { linkTargetProblem, safeLinkTarget } from '../../../shared/notes/link-target';
import { newItemId } from '../lists/reorder';
import { parseDissentLine, parseReasonLine, parseTypedBlock } from '../../../shared/notes/typed-conventions';
import { enterBlock } from './block-navigation';
import { noteDueProblem, requestFieldFocus } from './block-requests';
import { $leavePassageOnEnter } from './confidential-passages';
import { editorShortcutOf, type EditorShortcut } from './editor-shortcuts';
import { emptyAction, emptyDecision, insertBlock, topLevelBlock } from './insert-blocks';
import { useNotesContext } from './notes-context';

/**
 * Typing `Besluit: …`, `Actie: … - wie - uiterlijk …` or `Schaalvraag: Els 7,
 * Sanne 6` at the start of a paragraph, or of an item of a list that is
 * not nested, and pressing Enter turns that line into a decision, an action
 * or a safety scale with what was typed filled in
 * (shared/notes/typed-conventions.ts reads the line); a list is split
 * around the block, as blocks stand outside lists. On
 * the lines right below a decision, `Reden: …` and `Oneens: naam - waarom`
 * go into that decision, and the line is empty again for the next one.
 */
export function TypedConventionPlugin() {
  const [editor] = useLexicalComposerContext();
  const { participants, now } = useNotesContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (event?.shiftKey) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const anchorNode = selection.anchor.getNode();
          const block = topLevelBlock(anchorNode);
          // The line typed: a paragraph, or an item of a list that is not nested (blocks live outside lists).
          const line = $isParagraphNode(block) ? block : outerListItem(anchorNode, block);
          if (line === null) return false;
          // Only at the end of the line: Enter in the middle splits it, as always.
          const last = line.getLastDescendant();
          const atEnd = last === null || (anchorNode.is(last) && $isAtNodeEnd(selection.anchor)) || (anchorNode.is(line) && selection.anchor.offset === line.getChildrenSize());
          if (!atEnd) return false;
          if ($isParagraphNode(line) && $foldIntoDecision(line, participants)) {
            event?.preventDefault();
            return true;
          }
          const typed = parseTypedBlock(line.getTextContent(), participants, now());
          if (!typed) return false;
          event?.preventDefault();
          let node;
          if (typed.kind === 'decision') {
            node = $createDecisionNode(emptyDecision(typed.text, false));
          } else if (typed.kind === 'safety-scale') {
            node = $createSafetyScaleNode({ id: newItemId('s'), question: DEFAULT_SAFETY_QUESTION, scores: typed.scores, reason: typed.reason });
          } else {
            const data = emptyAction({ what: typed.what, who: typed.who, due: typed.due }, false);
            if (typed.dueProblem) noteDueProblem(data.id, typed.dueProblem);
            node = $createActionNode(data);
          }
          if ($isListItemNode(line)) $takeOutOfList(line, node);
          else line.replace(node);
          const next = $createParagraphNode();
          node.insertAfter(next);
          next.select();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, participants, now],
  );
  return null;
}

/** The item of `list` (a list at the top of the notes) that holds `node`, when it is one line of text; null otherwise. */
function outerListItem(node: LexicalNode, list: LexicalNode | null): ListItemNode | null {
  if (!$isListNode(list)) return null;
  const item = $findMatchingParent(node, $isListItemNode);
  if (!$isListItemNode(item) || !item.getParent()?.is(list)) return null;
  return item.getChildren().some($isListNode) ? null : item;
}

/**
 * Puts `block` where the list item `item` was: the list is split there, the
 * items before it stay a list, the block follows, and the items after it
 * become a list of their own (a numbered one going on with its numbers).
 */
function $takeOutOfList(item: ListItemNode, block: LexicalNode): void {
  const list = item.getParent();
  if (!$isListNode(list)) return;
  const after = item.getNextSiblings();
  if (after.length > 0) {
    const rest = $createListNode(list.getListType(), list.getStart() + item.getIndexWithinParent());
    rest.append(...after);
    list.insertAfter(rest);
  }
  list.insertAfter(block);
  item.remove();
  if (list.isAttached() && list.getChildrenSize() === 0) list.remove();
}

/**
 * `Reden: …` or `Oneens: naam - waarom` in the paragraph right after a
 * decision: added to the decision, and the paragraph is emptied for the
 * next line. A line with only `Reden:` or `Oneens:` puts the focus in that
 * field of the decision instead. Returns whether the line was folded.
 */
export function $foldIntoDecision(paragraph: ParagraphNode, participants: readonly Participant[]): boolean {
  const decision = paragraph.getPreviousSibling();
  if (!$isDecisionNode(decision)) return false;
  const text = paragraph.getTextContent();
  const data = decision.getData();
  const reason = parseReasonLine(text);
  const dissent = reason === null ? parseDissentLine(text, participants, { typed: true }) : null;
  if (reason !== null) {
    decision.setData({ ...data, reason: data.reason === '' ? reason : `${data.reason} ${reason}` });
    if (reason === '') requestFieldFocus(data.id, 'reason');
  } else if (dissent !== null) {
    decision.setData({ ...data, dissent: [...data.dissent, dissent] });
    if (dissent.who.name === '') requestFieldFocus(data.id, 'last-dissent');
  } else {
    return false;
  }
  paragraph.clear();
  paragraph.select();
  return true;
}

/** Enter on an empty last paragraph of a confidential passage leaves the passage (as it leaves a list). */
export function ConfidentialPassagePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => $leavePassageOnEnter(), COMMAND_PRIORITY_LOW), [editor]);
  return null;
}

/** Nine list levels, as many as the Word export's lists have (shared/export/notes-to-docx.ts). */
export const MAX_LIST_INDENT = 8;

/**
 * Tab and Shift+Tab in the notes. In a list they indent and outdent the
 * selected items (one level deeper, up to nine levels, or one back).
 * Anywhere else they do nothing: the focus stays in the notes, so what is
 * typed next is never lost on a button, and a paragraph is not indented
 * either (an indent would show on screen but not in Word or MDO-Markdown).
 * Escape leaves the notes for the keyboard's next stop.
 */
export function TabIndentPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          event.preventDefault();
          if ($isRangeSelection($getSelection())) $indentListItems(event.shiftKey ? -1 : 1);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}

/** Indents (1) or outdents (-1) the selected list items; other blocks stay as they are. */
export function $indentListItems(step: 1 | -1): void {
  $handleIndentAndOutdent((block) => {
    if (!$isListItemNode(block)) return;
    const indent = block.getIndent();
    const next = Math.max(0, Math.min(MAX_LIST_INDENT, indent + step));
    if (next !== indent) block.setIndent(next);
  });
}

/**
 * ↓ and ↑ from the text onto a decision, action or safety scale put the
 * focus in its first field (coming from above) or its last text field
 * (from below), so the arrow keys go through blocks as through text; the
 * block's own keys lead back out (block-navigation.ts). Lexical selects the
 * block as a whole on such an arrow; this takes that selection on to a field.
 */
export function BlockArrowPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let arrowFrom: 'above' | 'below' | null = null;
    const remember = (from: 'above' | 'below') => (event: KeyboardEvent) => {
      arrowFrom = event.shiftKey || event.ctrlKey || event.metaKey || event.altKey ? null : from;
      return false;
    };
    return mergeRegister(
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, remember('above'), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, remember('below'), COMMAND_PRIORITY_HIGH),
      editor.registerUpdateListener(({ editorState }) => {
        const from = arrowFrom;
        arrowFrom = null;
        if (from === null) return;
        const key = editorState.read((): NodeKey | null => {
          const selection = $getSelection();
          if (!$isNodeSelection(selection)) return null;
          const nodes = selection.getNodes();
          const only = nodes.length === 1 ? nodes[0] : undefined;
          return $isDecisionNode(only) || $isActionNode(only) || $isSafetyScaleNode(only) ? only.getKey() : null;
        });
        if (key !== null) enterBlock(editor, key, from);
      }),
    );
  }, [editor]);
  return null;
}

/**
 * Ctrl+End and Ctrl+Home (with Shift: select to there) put the caret at the
 * very end or start of the notes. The browser does that itself, but text
 * out of sight is not laid out (content-visibility in notes.css), and in a
 * paragraph or list that is not laid out it puts the caret at the start of
 * it: what the note-taker then typed landed at the start of the last
 * paragraph, not at the end. Not when the notes end (or start) with a block:
 * blocks are always laid out, the browser's own move is right there.
 */
export function DocumentEdgeKeysPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || event.altKey || (event.key !== 'End' && event.key !== 'Home')) return false;
          if (!$moveToNotesEdge(event.key === 'End' ? 'end' : 'start', event.shiftKey)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}

/** The caret (or, extending, the selection's moving end) at the notes' first or last text; false when the notes start or end otherwise (a block). */
export function $moveToNotesEdge(edge: 'start' | 'end', extend: boolean): boolean {
  const root = $getRoot();
  const edgeNode = edge === 'end' ? root.getLastDescendant() : root.getFirstDescendant();
  // A line break (Shift+Enter) at the edge: the caret goes on its empty line, in its paragraph.
  const node = $isLineBreakNode(edgeNode) ? edgeNode.getParent() : edgeNode;
  if (!$isTextNode(node) && !$isElementNode(node)) return false;
  const selection = $getSelection();
  if (extend) {
    if (!$isRangeSelection(selection)) return false;
    const offset = edge === 'start' ? 0 : $isTextNode(node) ? node.getTextContentSize() : node.getChildrenSize();
    selection.focus.set(node.getKey(), offset, $isTextNode(node) ? 'text' : 'element');
    return true;
  }
  const caret = edge === 'end' ? node.selectEnd() : node.selectStart();
  // Typing goes on in the format of the text there (as after a click), not in that of where the caret was.
  [caret.format, caret.style] = $isTextNode(node)
    ? [node.getFormat(), node.getStyle()]
    : $isParagraphNode(node)
      ? [node.getTextFormat(), node.getTextStyle()]
      : [0, ''];
  return true;
}

/** Until when (ms since 1970) a new notes editor takes the focus: set by Ctrl+↓/↑ in the notes of the previous item. */
let carryFocusUntil = 0;
const CARRY_FOCUS_MS = 1000;

/**
 * Ctrl+↓ and Ctrl+↑ go to the next or previous agenda item
 * (renderer/src/minutes/MinutesView.tsx); when the note-taker was typing in
 * the notes (or a block in them), the next item's notes get the focus with
 * the caret at the end of their text, so typing goes on there. The item's
 * editor is a new one, so the old one leaves a note for it here.
 */
export function ItemSwitchFocusPlugin({ ready }: { ready: boolean }) {
  const [editor] = useLexicalComposerContext();
  // Decided when this editor comes on screen, so notes that take longer to load than the window still get the focus.
  const [carry] = useState(() => Date.now() <= carryFocusUntil);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        carryFocusUntil = Date.now() + CARRY_FOCUS_MS;
      }
    }
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
    });
  }, [editor]);
  useEffect(() => {
    // Once the notes are in (large notes load a moment after the item is on screen), on the next frame;
    // not when the note-taker put the focus somewhere else in the meantime.
    if (!ready || !carry) return;
    const frame = window.requestAnimationFrame(() => {
      carryFocusUntil = 0;
      const focused = document.activeElement;
      if (focused === null || focused === document.body) focusNotesEnd(editor);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [editor, ready, carry]);
  return null;
}

/**
 * The focus in the notes with the caret at the end of the text. Notes that
 * end in a block get an empty paragraph after it to type in.
 */
export function focusNotesEnd(editor: LexicalEditor): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.update(() => $selectNotesEnd());
}

export function $selectNotesEnd(): void {
  // In the format of the text there, as Ctrl+End.
  if ($moveToNotesEdge('end', false)) return;
  const root = $getRoot();
  const last = root.getLastDescendant();
  const paragraph = $createParagraphNode();
  const block = last === null ? null : topLevelBlock(last);
  if (block) block.insertAfter(paragraph);
  else root.append(paragraph);
  paragraph.select();
}

/** The toolbar's "Vertrouwelijk…" (or "Wijzigen…" in a passage) and "Vertrouwelijk opheffen", from the keyboard. */
export const OPEN_CONFIDENTIAL_FORM_COMMAND: LexicalCommand<void> = createCommand('OPEN_CONFIDENTIAL_FORM_COMMAND');
export const UNMARK_CONFIDENTIAL_COMMAND: LexicalCommand<void> = createCommand('UNMARK_CONFIDENTIAL_COMMAND');

/** Connects the two confidential shortcuts to whatever shows the form (the notes toolbar). */
export function useConfidentialShortcuts(editor: LexicalEditor, onOpen: () => void, onUnmark: () => void): void {
  useEffect(
    () =>
      mergeRegister(
        // After the command's update: both read and change the editor themselves.
        editor.registerCommand(OPEN_CONFIDENTIAL_FORM_COMMAND, () => (queueMicrotask(onOpen), true), COMMAND_PRIORITY_LOW),
        editor.registerCommand(UNMARK_CONFIDENTIAL_COMMAND, () => (queueMicrotask(onUnmark), true), COMMAND_PRIORITY_LOW),
      ),
    [editor, onOpen, onUnmark],
  );
}

const PLUGIN_SHORTCUTS: readonly EditorShortcut[] = [
  'decision',
  'action',
  'safetyScale',
  'link',
  'heading',
  'quote',
  'bulletList',
  'numberedList',
  'confidential',
  'unmarkConfidential',
];

/**
 * The editor's shortcuts beyond Lexical's own (editor-shortcuts.ts):
 * insert a decision, action or safety scale, make a link, a heading or a
 * list, and mark or unmark a passage. Listened for on the editor's element
 * itself, so the blocks' shortcuts also work while the focus is in a field
 * of a decision or action (the new block comes right after it); the text
 * shortcuts are for the text only.
 */
export function NotesShortcutsPlugin({ onLink }: { onLink: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { participants } = useNotesContext();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      const shortcut = editorShortcutOf(event, PLUGIN_SHORTCUTS);
      if (shortcut === null) return;
      const target = event.target instanceof Element ? event.target : null;
      const inBlock = target?.closest('[data-block-id]') ?? null;
      if (inBlock && shortcut !== 'decision' && shortcut !== 'action' && shortcut !== 'safetyScale') return;
      event.preventDefault();
      event.stopPropagation();
      switch (shortcut) {
        case 'decision':
        case 'action':
        case 'safetyScale':
          insertBlock(editor, shortcut === 'decision' ? 'decision' : shortcut === 'action' ? 'action' : 'safety-scale', participants, inBlock);
          break;
        case 'link':
          onLink();
          break;
        case 'heading':
        case 'quote':
          toggleBlockType(editor, shortcut);
          break;
        case 'bulletList':
        case 'numberedList':
          toggleList(editor, shortcut === 'bulletList' ? 'bullet' : 'number');
          break;
        case 'confidential':
          editor.dispatchCommand(OPEN_CONFIDENTIAL_FORM_COMMAND, undefined);
          break;
        case 'unmarkConfidential':
          editor.dispatchCommand(UNMARK_CONFIDENTIAL_COMMAND, undefined);
          break;
        default:
          break;
      }
    }
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
    });
  }, [editor, participants, onLink]);
  return null;
}

/** The caret's blocks as a heading (level 3, as the notes' headings are) or a quote, or back to paragraphs when they are that already. */
function toggleBlockType(editor: LexicalEditor, kind: 'heading' | 'quote'): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const top = topLevelBlock(selection.anchor.getNode());
    const already = kind === 'heading' ? $isHeadingNode(top) : $isQuoteNode(top);
    $setBlocksType(selection, () => (already ? $createParagraphNode() : kind === 'heading' ? $createHeadingNode('h3') : $createQuoteNode()));
  });
}

/** The caret's blocks as a bulleted or numbered list, or back to paragraphs when they are that list already. */
function toggleList(editor: LexicalEditor, kind: 'bullet' | 'number'): void {
  const current = editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    const top = topLevelBlock(selection.anchor.getNode());
    return $isListNode(top) ? top.getListType() : null;
  });
  editor.dispatchCommand(current === kind ? REMOVE_LIST_COMMAND : kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
}

/** Whether the caret is in a link (then "Link" removes it). */
export function selectionInLink(editor: ReturnType<typeof useLexicalComposerContext>[0]): boolean {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return false;
    const node = selection.anchor.getNode();
    return $isLinkNode(node) || $isLinkNode(node.getParent());
  });
}

export function removeLink(editor: ReturnType<typeof useLexicalComposerContext>[0]): void {
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
}

/** Only a web address or one e-mail address becomes a link (shared/notes/link-target.ts); anything else is refused with a reason. */
export function linkProblem(url: string): string | null {
  return linkTargetProblem(url);
}

export function addLink(editor: ReturnType<typeof useLexicalComposerContext>[0], url: string): void {
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, safeLinkTarget(url) ?? url.trim());
}

/**
 * Pasted text keeps bold, italic, underline, lists, web links and headings, and
 * loses everything else: fonts, colours and sizes from Word or a web page
 * arrive as inline styles, which are dropped here. (Images and scripts have
 * no node in the editor, so they never arrive; links are checked by
 * PasteGuardPlugin.)
 */
export function PlainStylesPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getStyle() !== '') node.setStyle('');
          const unwanted = ['strikethrough', 'code', 'subscript', 'superscript', 'highlight'] as const;
          for (const format of unwanted) if (node.hasFormat(format)) node.toggleFormat(format);
        }),
      ),
    [editor],
  );
  return null;
}
