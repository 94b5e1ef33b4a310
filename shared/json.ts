/**
 * Plain JSON values as they come from a file or across the bridge: nothing
 * is trusted until it is checked, so these guards are where checking starts.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
