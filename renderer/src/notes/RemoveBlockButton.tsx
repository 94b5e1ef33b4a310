import type { ReactNode } from 'react';
import { useBlockRemover } from './block-hooks';

/** A block's own "… verwijderen" button, at the foot of a decision, action or safety scale; Ctrl+Z in the editor brings the block back. */
export function RemoveBlockButton({ nodeKey, children }: { nodeKey: string; children: ReactNode }) {
  const remove = useBlockRemover(nodeKey);
  return (
    <button type="button" className="button button--quiet notes-block__small notes-block__remove" onClick={remove}>
      {children}
    </button>
  );
}
