import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useId, useState } from 'react';
import { addLink, linkProblem } from './notes-plugins';

/** "Link": the address for the selected text, checked before it is added. */
export function LinkForm({ onClose }: { onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const id = useId();
  const [url, setUrl] = useState('https://');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      noValidate
      className="link-form"
      onSubmit={(event) => {
        event.preventDefault();
        const reason = linkProblem(url);
        if (reason) {
          setProblem(reason);
          return;
        }
        addLink(editor, url);
        onClose();
        editor.focus();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          editor.focus();
        }
      }}
    >
      <label htmlFor={id} className="field__label">
        Adres van de link
      </label>
      <input
        id={id}
        type="url"
        className="field__input"
        autoFocus
        value={url}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
        onChange={(event) => {
          setUrl(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button button--primary">
        Link maken
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          onClose();
          editor.focus();
        }}
      >
        Annuleren
      </button>
      <p id={`${id}-hint`} className="field__hint">
        Een link opent met Ctrl+klik in uw eigen browser, nooit in de app.
      </p>
      {problem && (
        <p id={`${id}-problem`} className="field__hint field__hint--problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
