/** The list with the item at `from` moved to `to` (both clamped); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): readonly T[] {
  if (list.length === 0) return list;
  const source = Math.max(0, Math.min(list.length - 1, from));
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (source === target) return list;
  const next = [...list];
  const [moved] = next.splice(source, 1);
  if (moved === undefined) return list;
  next.splice(target, 0, moved);
  return next;
}

/** A fresh id for a new participant or agenda item. */
export function newItemId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
