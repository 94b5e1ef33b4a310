const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/**
 * Whether a keystroke lands in a field with its own undo (text inputs,
 * text areas, rich text). There Ctrl+Z belongs to the field, not to the app.
 */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return textInputTypes.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}
