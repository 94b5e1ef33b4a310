import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createContext, useContext, useEffect } from 'react';

/**
 * Whether the meeting on screen is definitive (frozen): every part of the
 * screen that edits reads it, so nothing can be typed until Heropenen.
 */
export const FrozenContext = createContext(false);

export function useFrozen(): boolean {
  return useContext(FrozenContext);
}

/** Inside a Lexical editor: no typing while the meeting is definitive (the text stays readable and selectable). */
export function FrozenEditorPlugin() {
  const [editor] = useLexicalComposerContext();
  const frozen = useFrozen();
  useEffect(() => {
    editor.setEditable(!frozen);
  }, [editor, frozen]);
  return null;
}
