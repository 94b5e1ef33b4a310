import { newItemId } from '../lists/reorder';

/** Ids of blocks just inserted: their view takes the focus once, then forgets them. */
const freshBlocks = new Set<string>();

export function newBlockId(kind: 'b' | 'a' | 's'): string {
  const id = newItemId(kind);
  freshBlocks.add(id);
  return id;
}

export function takeFresh(id: string): boolean {
  return freshBlocks.delete(id);
}
