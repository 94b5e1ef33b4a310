/**
 * The yardstick for the notes editor: Lexical's plain rich-text editor with
 * nothing of the app around it (no meeting, no panels, no plugins of ours),
 * loaded with the same text as the item open in the app. run-ui.ts builds
 * this into a temp folder with esbuild and sets `window.__bareNotes` (the
 * Lexical JSON) before the script runs.
 */
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    __bareNotes: unknown;
    /** Takes the editor away and mounts it again with the same text (the "open the notes" comparison). */
    __bareRemount: () => void;
  }
}

const theme = {
  paragraph: 'bare-p',
  text: { bold: 'bare-bold', italic: 'bare-italic' },
};

function BareEditor() {
  const initialConfig: InitialConfigType = {
    namespace: 'bare',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    theme,
    editorState: JSON.stringify(window.__bareNotes),
    onError: (error) => console.error(error),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={<ContentEditable className="bare-editor" aria-label="Aantekeningen" spellCheck lang="nl" />}
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <ListPlugin />
    </LexicalComposer>
  );
}

function Page() {
  const [generation, setGeneration] = useState(0);
  window.__bareRemount = () => setGeneration((value) => value + 1);
  return <BareEditor key={generation} />;
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
}
