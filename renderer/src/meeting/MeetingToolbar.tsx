import { memo } from 'react';
import { ToolIcon } from '../icons/ToolIcon';
import { ariaShortcut, pageLabel, visibleShortcut } from '../app/page-shortcuts';
import { ExportMenu, type ExportChoice } from './ExportMenu';

interface MeetingToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onSaveAs: () => void;
  onExportAgenda: () => void;
  onExportMinutes: () => void;
  /** What Exporteren naar Word offers first: the minutes while taking them, else the agenda. */
  exportFirst: ExportChoice;
}

/**
 * The buttons say what the menu says, with the same keys: both come from the
 * command table. Undo and redo are drawings with the words in a tooltip and
 * in their names.
 */
export const MeetingToolbar = memo(function MeetingToolbar({ canUndo, canRedo, onUndo, onRedo, onSave, onSaveAs, onExportAgenda, onExportMinutes, exportFirst }: MeetingToolbarProps) {
  return (
    <div className="button-row meeting-toolbar" role="group" aria-label="Overleg bewerken en opslaan">
      <button
        type="button"
        className="button button--quiet button--icon"
        disabled={!canUndo}
        aria-label={pageLabel('undo')}
        title={`${pageLabel('undo')} (${visibleShortcut('undo')})`}
        aria-keyshortcuts={ariaShortcut('undo')}
        onClick={onUndo}
      >
        <ToolIcon name="undo" />
      </button>
      <button
        type="button"
        className="button button--quiet button--icon"
        disabled={!canRedo}
        aria-label={pageLabel('redo')}
        title={`${pageLabel('redo')} (${visibleShortcut('redo')})`}
        aria-keyshortcuts={ariaShortcut('redo')}
        onClick={onRedo}
      >
        <ToolIcon name="redo" />
      </button>
      <ExportMenu onExportAgenda={onExportAgenda} onExportMinutes={onExportMinutes} first={exportFirst} />
      <button type="button" className="button" title={`${pageLabel('save-as')} (${visibleShortcut('save-as')})`} aria-keyshortcuts={ariaShortcut('save-as')} onClick={onSaveAs}>
        {pageLabel('save-as')}
      </button>
      <button type="button" className="button button--primary" title={`${pageLabel('save')} (${visibleShortcut('save')})`} aria-keyshortcuts={ariaShortcut('save')} onClick={onSave}>
        {pageLabel('save')}
      </button>
    </div>
  );
});
