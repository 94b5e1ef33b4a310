import { ExportDialog } from '../meeting/export/ExportDialog';
import { MeetingScreen } from '../meeting/MeetingScreen';
import { currentMeeting } from '../meeting/open-document';
import { StartScreen } from '../start/StartScreen';
import { SearchLauncher } from '../search/SearchLauncher';
import type { AppSession } from './app-session';
import { ErrorAlert } from './ErrorAlert';
import { LockNoticeDialog } from './LockNoticeDialog';
import { NewMeetingDialog } from './NewMeetingDialog';
import { SaveConflictDialog } from './SaveConflictDialog';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import { useAppSession } from './useAppSession';
import { useHostEvents } from './useHostEvents';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRecoveryFlush } from './useRecoveryFlush';
import './app.css';

export function App({ session }: { session: AppSession }) {
  const state = useAppSession(session);
  useHostEvents(session);
  useKeyboardShortcuts(session);
  useRecoveryFlush(session);

  const alert = <ErrorAlert error={state.error} onDismiss={session.dismissError} />;
  return (
    <>
      {state.screen.name === 'start' ? (
        <StartScreen session={session} alert={alert} />
      ) : (
        <MeetingScreen
          key={state.documentKey}
          session={session}
          document={state.screen.document}
          dirty={state.dirty}
          saving={state.saving}
          recoveryProblem={state.recoveryProblem}
          exported={state.exported}
          readOnly={state.readOnly}
          lockNote={state.lockNote}
          openWarnings={state.openWarnings}
          alert={alert}
        />
      )}
      {state.choosingExport && state.screen.name === 'meeting' && (
        <ExportDialog
          kind={state.choosingExport}
          meeting={currentMeeting(state.screen.document)}
          initial={state.lastExportOptions}
          initialFormat={state.lastExportFormat}
          onExport={(options, format) => void session.confirmExport(options, format)}
          onCancel={session.cancelExport}
        />
      )}
      <SearchLauncher session={session} />
      {state.askingAboutUnsaved && <UnsavedChangesDialog onAnswer={session.answerUnsaved} />}
      {state.conflict && <SaveConflictDialog conflict={state.conflict} onAnswer={session.answerConflict} />}
      {state.lockNotice && state.screen.name === 'meeting' && (
        <LockNoticeDialog owner={state.lockNotice} onAnswer={session.answerLockNotice} />
      )}
      {state.choosingTemplate && (
        <NewMeetingDialog
          templates={state.choosingTemplate}
          onCreate={(templateId) => void session.createFromTemplate(templateId)}
          onCancel={session.cancelNewMeeting}
        />
      )}
    </>
  );
}
