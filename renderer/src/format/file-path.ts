/** The last part of a path, for Windows and POSIX paths alike. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts.at(-1) || path;
}

/** Everything before the file name, or an empty string. */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : '';
}
