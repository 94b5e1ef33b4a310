import { $isLinkNode, LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isAtNodeEnd } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  INSERT_PARAGRAPH_COMMAND,
  KEY_ENTER_COMMAND,
  TextNode,
} from 'lexical';
import { useEffect } from 'react';
import { $createActionNode, $createDecisionNode, $createSafetyScaleNode } from '../../../shared/notes/lexical/block-nodes';
import { DEFAULT_SAFETY_QUESTION } from '../../../shared/notes/node-data';
import { newItemId } from '../lists/reorder';
import { parseTypedBlock } from '../../../shared/notes/typed-conventions';
import { $leavePassageOnEnter } from './confidential-passages';
import { emptyAction, emptyDecision, insertBlock, topLevelBlock } from './insert-blocks';
import { useNotesContext } from './notes-context';

/**
 * Typing `Besluit: …`, `Actie: … — wie — uiterlijk …` or `Schaalvraag: Els 7,
 * Sanne 6` at the start of a paragraph and pressing Enter turns the
 * paragraph into a decision, an action or a safety scale with what was
 * typed filled in.
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
          if (!$isParagraphNode(block)) return false;
          // Only at the end of the paragraph: Enter in the middle splits it, as always.
          const last = block.getLastDescendant();
          const atEnd = last === null || (anchorNode.is(last) && $isAtNodeEnd(selection.anchor)) || (anchorNode.is(block) && selection.anchor.offset === block.getChildrenSize());
          if (!atEnd) return false;
          const typed = parseTypedBlock(block.getTextContent(), participants, now());
          if (!typed) return false;
          event?.preventDefault();
          const node =
            typed.kind === 'decision'
              ? $createDecisionNode(emptyDecision(typed.text, false))
              : typed.kind === 'safety-scale'
                ? $createSafetyScaleNode({ id: newItemId('s'), question: DEFAULT_SAFETY_QUESTION, scores: typed.scores })
                : $createActionNode(emptyAction({ what: typed.what, who: typed.who, due: typed.due }, false));
          block.replace(node);
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

/** Enter on an empty last paragraph of a confidential passage leaves the passage (as it leaves a list). */
export function ConfidentialPassagePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => $leavePassageOnEnter(), COMMAND_PRIORITY_LOW), [editor]);
  return null;
}

/**
 * Shortcuts: Ctrl+Shift+B inserts a decision, Ctrl+Shift+A an action,
 * Ctrl+K makes a link. Listened for on the editor's element itself, so they
 * also work while the focus is in a field of a decision or action.
 */
export function NotesShortcutsPlugin({ onLink }: { onLink: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { participants } = useNotesContext();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const target = event.target instanceof Element ? event.target : null;
      const inBlock = target?.closest('[data-block-id]') ?? null;
      if (event.shiftKey && (key === 'b' || key === 'a')) {
        event.preventDefault();
        event.stopPropagation();
        insertBlock(editor, key === 'b' ? 'decision' : 'action', participants, inBlock);
      } else if (!event.shiftKey && key === 'k' && !inBlock) {
        event.preventDefault();
        onLink();
      }
    }
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', onKeyDown);
      root?.addEventListener('keydown', onKeyDown);
    });
  }, [editor, participants, onLink]);
  return null;
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

/** Only web addresses become links; anything else is refused with a reason. */
export function linkProblem(url: string): string | null {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(trimmed)) return 'Typ een webadres dat begint met https:// of http://.';
  return null;
}

export function addLink(editor: ReturnType<typeof useLexicalComposerContext>[0], url: string): void {
  editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim());
}

/**
 * Pasted text keeps bold, italic, underline, lists, web links and headings, and
 * loses everything else: fonts, colours and sizes from Word or a web page
 * arrive as inline styles, which are dropped here. (Images and scripts have
 * no node in the editor, so they never arrive.)
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
        // A pasted link to anything but a web or mail address (javascript:, file:, …) keeps its text only.
        editor.registerNodeTransform(LinkNode, (node) => {
          if (!/^(https?:\/\/|mailto:)/i.test(node.getURL().trim())) {
            for (const child of node.getChildren()) node.insertBefore(child);
            node.remove();
          }
        }),
      ),
    [editor],
  );
  return null;
}
