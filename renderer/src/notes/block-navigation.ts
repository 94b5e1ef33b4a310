import {
  $createParagraphNode,
  $getNodeByKey,
  $isDecoratorNode,
  $isElementNode,
  $isParagraphNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

/**
 * The keyboard between the text and a block (decision, action, safety
 * scale). A block's fields are ordinary form fields inside the text; the
 * note-taker gets in with the arrow keys and out with the keys below, and
 * the caret always lands where typing can go on:
 *
 *   Escape, ↓ at the end of a text field, Tab on the block's last control
 *     → the start of the text right below the block (a new paragraph there
 *       when there is none)
 *   ↑ at the start of a text field, Shift+Tab on its first control
 *     → the end of the text right above (a new paragraph when there is none)
 *   (In a name field ↑ and ↓ go through its suggestions, in a date or a
 *   score field they step the value: there only Escape and Tab leave.)
 *   Enter in a field → the block's next field; on its last one, an empty
 *     paragraph right below the block. Shift+Enter is a new line in a field
 *     of several lines. A name or date field that reads what was typed on
 *     Enter (Wie, Uiterlijk) does so first; Enter on it when empty moves on.
 */

export type LeaveDirection = 'down' | 'up' | 'below';

export type BlockKeyIntent = 'leave-down' | 'leave-up' | 'leave-below' | 'next-field' | null;

/** What a key press in a block is about: the key, and where in the block and its field it happened. */
export interface BlockKeyPress {
  key: string;
  shiftKey: boolean;
  /** `multiline`: a textarea; `text`: a one-line text field; `suggest`: one with suggestions or steps (↑/↓ are its own); `choice`: a select or date picker; `button`. */
  field: 'multiline' | 'text' | 'suggest' | 'choice' | 'button';
  /** The caret is at the very start / end of the field's text (collapsed). */
  atStart: boolean;
  atEnd: boolean;
  /** The field's own Enter handler took the key, and it had text to read. */
  readByField: boolean;
  /** The block's first and last control (Tab order) and whether a later text field follows. */
  firstControl: boolean;
  lastControl: boolean;
  hasNextField: boolean;
}

export function blockKeyIntent(press: BlockKeyPress): BlockKeyIntent {
  const textual = press.field === 'multiline' || press.field === 'text';
  switch (press.key) {
    case 'Escape':
      return 'leave-down';
    case 'ArrowDown':
      return textual && !press.shiftKey && press.atEnd ? 'leave-down' : null;
    case 'ArrowUp':
      return textual && !press.shiftKey && press.atStart ? 'leave-up' : null;
    case 'Tab':
      if (press.shiftKey) return press.firstControl ? 'leave-up' : null;
      return press.lastControl ? 'leave-down' : null;
    case 'Enter':
      if (press.field === 'button' || press.readByField || press.shiftKey) return null;
      return press.hasNextField ? 'next-field' : 'leave-below';
    default:
      return null;
  }
}

/** The fields Enter walks through: where text is typed. Pickers and buttons are reached with Tab. */
const TEXT_FIELDS = 'textarea, input[type="text"]';
const CONTROLS = 'textarea, input, select, button';

function enabled(elements: Iterable<HTMLElement>): HTMLElement[] {
  return [...elements].filter((element) => !(element as HTMLInputElement).disabled);
}

/** The text fields of a block after `field`, in order. */
export function nextTextField(block: HTMLElement, field: HTMLElement): HTMLElement | null {
  const fields = enabled(block.querySelectorAll<HTMLElement>(TEXT_FIELDS));
  return fields.find((candidate) => field.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null;
}

/** Describes a key press on `target` inside the block element `block`. */
export function describeBlockKey(event: { key: string; shiftKey: boolean; defaultPrevented: boolean }, target: HTMLElement, block: HTMLElement): BlockKeyPress {
  const controls = enabled(block.querySelectorAll<HTMLElement>(CONTROLS));
  const field: BlockKeyPress['field'] =
    target instanceof HTMLTextAreaElement
      ? 'multiline'
      : target instanceof HTMLInputElement && target.type === 'text'
        ? target.list || target.dataset.arrowKeys === 'own'
          ? 'suggest'
          : 'text'
        : target instanceof HTMLButtonElement
          ? 'button'
          : 'choice';
  const editable = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text') ? target : null;
  const collapsed = editable !== null && editable.selectionStart === editable.selectionEnd;
  return {
    key: event.key,
    shiftKey: event.shiftKey,
    field,
    atStart: collapsed && editable.selectionStart === 0,
    atEnd: collapsed && editable.selectionEnd === editable.value.length,
    readByField: event.defaultPrevented && editable !== null && editable.value.trim() !== '',
    firstControl: controls[0] === target,
    lastControl: controls.at(-1) === target,
    hasNextField: nextTextField(block, target) !== null,
  };
}

/** Whether the caret can go to the start (`down`) or end (`up`) of `node`: text, not a block or a passage that starts with one. */
function $takesCaret(node: LexicalNode | null, direction: 'down' | 'up'): node is ElementNode {
  if (!$isElementNode(node) || node.isInline()) return false;
  const edge = direction === 'down' ? node.getFirstDescendant() : node.getLastDescendant();
  return !$isDecoratorNode(edge);
}

/** Puts the caret beside `block` (see the comment at the top); may add an empty paragraph. */
export function $caretBeside(block: LexicalNode, direction: LeaveDirection): void {
  if (direction === 'up') {
    const previous = block.getPreviousSibling();
    if ($takesCaret(previous, 'up')) {
      previous.selectEnd();
      return;
    }
    const paragraph = $createParagraphNode();
    block.insertBefore(paragraph);
    paragraph.select();
    return;
  }
  const next = block.getNextSibling();
  if (direction === 'down' && $takesCaret(next, 'down')) {
    next.selectStart();
    return;
  }
  if ($isParagraphNode(next) && next.getTextContentSize() === 0 && next.getChildrenSize() === 0) {
    next.select();
    return;
  }
  const paragraph = $createParagraphNode();
  block.insertAfter(paragraph);
  paragraph.select();
}

/**
 * Leaves a block for the text. The editor takes the focus first: while a
 * field inside a block has it, Lexical leaves the browser's selection
 * alone. (Leaving a name or date field also reads what was typed in it.)
 */
export function leaveBlock(editor: LexicalEditor, nodeKey: NodeKey, direction: LeaveDirection): void {
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.update(() => {
    const block = $getNodeByKey(nodeKey);
    if (block) $caretBeside(block, direction);
  });
}

/** Puts the focus in a block's first field (coming from above) or its last text field (from below). */
export function enterBlock(editor: LexicalEditor, nodeKey: NodeKey, from: 'above' | 'below'): boolean {
  const element = editor.getElementByKey(nodeKey);
  if (!element) return false;
  const field =
    from === 'above'
      ? element.querySelector<HTMLElement>(`${TEXT_FIELDS}, select`)
      : ([...element.querySelectorAll<HTMLElement>(TEXT_FIELDS)].at(-1) ?? null);
  if (!field) return false;
  field.focus();
  if (from === 'below' && (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) {
    field.setSelectionRange(field.value.length, field.value.length);
  }
  return true;
}
