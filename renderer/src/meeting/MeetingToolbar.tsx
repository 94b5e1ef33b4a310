import { ariaShortcut, pageLabel } from '../app/page-shortcuts';
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

/** The buttons say what the menu says, with the same keys: both come from the command table. */
export function MeetingToolbar({ canUndo, canRedo, onUndo, onRedo, onSave, onSaveAs, onExportAgenda, onExportMinutes }: MeetingToolbarProps) {
  return (
    <div className="button-row" role="group" aria-label="Overleg bewerken en opslaan">
      <button type="button" className="button button--quiet" disabled={!canUndo} aria-keyshortcuts={ariaShortcut('undo')} onClick={onUndo}>
        {pageLabel('undo')}
      </button>
      <button type="button" className="button button--quiet" disabled={!canRedo} aria-keyshortcuts={ariaShortcut('redo')} onClick={onRedo}>
        {pageLabel('redo')}
      </button>
      <ExportMenu onExportAgenda={onExportAgenda} onExportMinutes={onExportMinutes} />
      <button type="button" className="button" aria-keyshortcuts={ariaShortcut('save-as')} onClick={onSaveAs}>
        {pageLabel('save-as')}
      </button>
      <button type="button" className="button button--primary" aria-keyshortcuts={ariaShortcut('save')} onClick={onSave}>
        {pageLabel('save')}
      </button>
    </div>
  );
}
