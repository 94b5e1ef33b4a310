import { ExportMenu } from './ExportMenu';

interface MeetingToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onSaveAs: () => void;
  onExportAgenda: () => void;
  onExportMinutes: () => void;
}

export function MeetingToolbar({ canUndo, canRedo, onUndo, onRedo, onSave, onSaveAs, onExportAgenda, onExportMinutes }: MeetingToolbarProps) {
  return (
    <div className="button-row" role="group" aria-label="Overleg bewerken en opslaan">
      <button type="button" className="button button--quiet" disabled={!canUndo} aria-keyshortcuts="Control+Z" onClick={onUndo}>
        Ongedaan maken
      </button>
      <button type="button" className="button button--quiet" disabled={!canRedo} aria-keyshortcuts="Control+Y" onClick={onRedo}>
        Opnieuw
      </button>
      <ExportMenu onExportAgenda={onExportAgenda} onExportMinutes={onExportMinutes} />
      <button type="button" className="button" aria-keyshortcuts="Control+Shift+S" onClick={onSaveAs}>
        Opslaan als…
      </button>
      <button type="button" className="button button--primary" aria-keyshortcuts="Control+S" onClick={onSave}>
        Opslaan
      </button>
    </div>
  );
}
