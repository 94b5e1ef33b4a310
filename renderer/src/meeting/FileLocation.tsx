import { fileNameOf, folderOf } from '../format/file-path';

/** Where the meeting is kept, so the user can find the file outside the app. */
export function FileLocation({ path }: { path: string | null }) {
  if (path === null) {
    return <p className="file-location">Nog geen bestand. Bij Opslaan komt het overleg in uw map.</p>;
  }
  return (
    // On one line in the header; the tooltip has the whole path when the line is cut.
    <p className="file-location" title={path}>
      Bestand: <span className="file-location__name">{fileNameOf(path)}</span>
      {folderOf(path) !== '' && <span className="file-location__folder"> in {folderOf(path)}</span>}
    </p>
  );
}
