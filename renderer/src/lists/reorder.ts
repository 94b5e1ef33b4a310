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
  return `${prefix}-${randomUuid()}`;
}

/**
 * crypto.randomUUID exists only in a secure context: Electron's file:// page
 * is one, the app in Chromium (served from http://mdo.app) is not.
 * getRandomValues works in both.
 */
function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
