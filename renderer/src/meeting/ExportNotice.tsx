interface ExportNoticeProps {
  exported: { path: string; notice?: string } | null;
  onDismiss: () => void;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Says where the Word file or the PDF went; a polite status, so it is read out once. */
export function ExportNotice({ exported, onDismiss }: ExportNoticeProps) {
  return (
    <div aria-live="polite" className={exported ? 'notice' : 'notice notice--empty'}>
      {exported && (
        <>
          <p className="notice__message">
            {/\.pdf$/i.test(exported.path) ? 'PDF gemaakt' : 'Word-bestand gemaakt'}: <strong>{fileName(exported.path)}</strong>
            <span className="notice__path"> in {exported.path.slice(0, -fileName(exported.path).length - 1)}</span>
          </p>
          {exported.notice && <p className="notice__extra">{exported.notice}</p>}
          <button type="button" className="button button--quiet" onClick={onDismiss}>
            Melding sluiten
          </button>
        </>
      )}
    </div>
  );
}
