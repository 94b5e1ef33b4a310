import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useStableCallback } from '../app/use-stable-callback';

/**
 * Whether the meeting on screen is definitive (frozen): every part of the
 * screen that edits reads it, so nothing can be typed until Heropenen.
 */
export const FrozenContext = createContext(false);

export function useFrozen(): boolean {
  return useContext(FrozenContext);
}

/**
 * Inside a Lexical editor: no typing while the meeting is definitive (the
 * text stays readable and selectable), nor while the editor's own text is
 * still `loading` (what is typed then would be replaced by it).
 */
export function FrozenEditorPlugin({ loading = false }: { loading?: boolean }) {
  const [editor] = useLexicalComposerContext();
  const frozen = useFrozen();
  useEffect(() => {
    editor.setEditable(!frozen && !loading);
  }, [editor, frozen, loading]);
  return null;
}

/**
 * Around a part of the screen whose fields are not all locked one by one
 * (Notuleren: the task panel's own fields): while the meeting is definitive,
 * no typing, pasting or dropping reaches any field inside, and the user is
 * told why. Buttons that only show (another agenda item, a panel) still work.
 */
export function FrozenInputGuard({ frozen, onRefused, children }: { frozen: boolean; onRefused: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const refused = useStableCallback(onRefused);
  useEffect(() => {
    const element = ref.current;
    if (!element || !frozen) return undefined;
    const refuse = (event: Event) => {
      event.preventDefault();
      refused();
    };
    element.addEventListener('beforeinput', refuse, true);
    return () => element.removeEventListener('beforeinput', refuse, true);
  }, [frozen, refused]);
  return (
    <div ref={ref} className="frozen-guard">
      {children}
    </div>
  );
}
