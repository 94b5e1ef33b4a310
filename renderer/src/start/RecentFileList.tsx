import type { RecentFile } from '../../../shared/ipc/contract';

interface RecentFileListProps {
  files: RecentFile[];
  onOpen: (path: string) => void;
}

/** Recently opened or saved files, by file name; a file that is gone says so. */
export function RecentFileList({ files, onOpen }: RecentFileListProps) {
  return (
    <ul className="recent-list">
      {files.map((file) => (
        <li key={file.path} className="recent-list__item">
          {file.exists ? (
            <button type="button" className="link-button" title={file.path} onClick={() => onOpen(file.path)}>
              {file.fileName}
            </button>
          ) : (
            <span className="recent-list__missing" title={file.path}>
              {file.fileName} <span className="muted">(niet meer gevonden)</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
