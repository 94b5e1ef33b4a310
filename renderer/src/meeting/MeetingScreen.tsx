import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { LockOwner } from '../../../shared/ipc/contract';
import type { AppSession } from '../app/app-session';
import { ExportNotice } from './ExportNotice';
import { FileLocation } from './FileLocation';
import { AgendaCheckPanel } from './agenda/AgendaCheckPanel';
import { AgendaPanel } from './agenda/AgendaPanel';
import { MeetingDetailsForm } from './details/MeetingDetailsForm';
import { InvitationButton } from './details/InvitationButton';
import { MinutesView } from '../minutes/MinutesView';
import { FollowUpButton } from '../cycle/FollowUpButton';
import { jumpView } from '../search/jump-target';
import { MeetingViewNav, type MeetingView } from './MeetingViewNav';
import { ParticipantsPanel } from './participants/ParticipantsPanel';
import { MeetingToolbar } from './MeetingToolbar';
import { canRedo, canUndo } from './meeting-history';
import { currentMeeting, type OpenDocument } from './open-document';
import { LockNote } from './LockNote';
import { OpenWarnings } from './OpenWarnings';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { isFrozen } from '../../../shared/cycle/minutes-status';
import { FrozenBanner } from './FrozenBanner';
import { FrozenContext, FrozenInputGuard } from './frozen-context';
import { frozenText } from '../../../shared/cycle/own-statement';
import { RecoveryNotice } from './RecoveryNotice';
import { SaveStatus } from './SaveStatus';
import './meeting-screen.css';

interface MeetingScreenProps {
  session: AppSession;
  document: OpenDocument;
  dirty: boolean;
  saving: boolean;
  /** The automatic recovery copy could not be written; said quietly under the save status. */
  recoveryProblem: string | null;
  exported: { path: string; notice?: string } | null;
  /** Someone else has the meeting open: it is open here to read only (Opslaan als still works). */
  readOnly: LockOwner | null;
  /** Something to know about the lock, said quietly (e.g. no lock could be made in this folder). */
  lockNote: string | null;
  /** What reading the file changed (links made plain text), until the user saves or dismisses it. */
  openWarnings: readonly string[];
  /** The app's message region, placed under the header. */
  alert: ReactNode;
}

export function MeetingScreen({ session, document: openDocument, dirty, saving, recoveryProblem, exported, readOnly, lockNote, openWarnings, alert }: MeetingScreenProps) {
  const meeting = currentMeeting(openDocument);
  const title = meeting.title.trim() || 'Naamloos overleg';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A search result leads to its item in Notuleren (renderer/src/search/jump-target.ts).
  const [view, setView] = useState<MeetingView>(() => jumpView(openDocument.path) ?? 'details');
  const panelProps = { meeting, onEdit: session.edit, onUndo: session.undo };
  // Stable, so the toolbar (memoised) does not render again for every keystroke in the notes.
  const save = useCallback(() => void session.save(), [session]);
  const saveAs = useCallback(() => void session.saveAs(), [session]);
  // Definitive minutes: nothing can be edited until Heropenen (the session refuses any edit that still comes).
  const frozen = isFrozen(meeting);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    // The window title: in Electron it is what the task bar shows.
    document.title = `${dirty ? '• ' : ''}${title}${readOnly ? ' (alleen lezen)' : ''} – MDO-assistent`;
  }, [title, dirty, readOnly]);

  const workspace = view === 'minutes';

  return (
    // Notuleren is a workspace: the window is the page, and the notes, the agenda and the task panel scroll each on their own.
    <div className={workspace ? 'screen screen--workspace' : 'screen'}>
      {/* Sticky: the title, whether the work is saved, and Opslaan stay in sight while the page scrolls. */}
      <header className="meeting-header">
        <div className="meeting-header__bar">
          <button
            type="button"
            className="button button--quiet meeting-header__back"
            aria-label="Terug naar overzicht"
            title="Terug naar overzicht"
            onClick={() => void session.backToOverview()}
          >
            <span aria-hidden="true">←</span> Overzicht
          </button>
          <div className="meeting-header__heading">
            <h1 ref={headingRef} tabIndex={-1} className="meeting-header__title" title={title}>
              {title}
            </h1>
            <FileLocation path={openDocument.path} />
          </div>
          <div className="meeting-header__status">
            <SaveStatus dirty={dirty} saving={saving} savedAt={openDocument.savedAt} />
            <RecoveryNotice problem={recoveryProblem} />
          </div>
        </div>
        <div className="meeting-header__bar meeting-header__bar--second">
          <MeetingViewNav view={view} onChange={setView} meeting={meeting} />
          <MeetingToolbar
            canUndo={canUndo(openDocument.history)}
            canRedo={canRedo(openDocument.history)}
            onUndo={session.undo}
            onRedo={session.redo}
            onSave={save}
            onSaveAs={saveAs}
            onExportAgenda={session.exportAgenda}
            onExportMinutes={session.exportMinutes}
            exportFirst={workspace ? 'minutes' : 'agenda'}
          />
        </div>
      </header>
      <main className="screen-main meeting-main">
        {frozen && <FrozenBanner meeting={meeting} onEdit={session.edit} />}
        {readOnly && <ReadOnlyBanner owner={readOnly} onSaveAs={() => void session.saveAs()} onTakeOver={() => void session.takeOverLock()} />}
        <LockNote note={lockNote} />
        <OpenWarnings warnings={openWarnings} onDismiss={session.dismissOpenWarnings} />
        {alert}
        <ExportNotice exported={exported} onDismiss={session.dismissExported} />
        <FrozenContext.Provider value={frozen}>
          {workspace ? (
            <div id="meeting-view" className="meeting-workspace">
              <FrozenInputGuard
                frozen={frozen}
                onRefused={() => session.showError({ code: 'minutes-definitive', message: `${frozenText(meeting)} Wijzigen kan pas na Heropenen.` })}
              >
                <MinutesView {...panelProps} />
              </FrozenInputGuard>
            </div>
          ) : (
            <div className="meeting-layout">
              <div className="meeting-layout__main" id="meeting-view">
                {view === 'details' && (
                  <MeetingDetailsForm
                    {...panelProps}
                    followUp={
                      <>
                        <FollowUpButton session={session} />
                        <InvitationButton bridge={session.bridge} meeting={meeting} />
                      </>
                    }
                  />
                )}
                <fieldset className="frozen-lock" disabled={frozen}>
                  {view === 'participants' && <ParticipantsPanel {...panelProps} />}
                  {view === 'agenda' && <AgendaPanel {...panelProps} />}
                </fieldset>
              </div>
              <aside className="meeting-layout__side" aria-label="Agendacheck">
                <AgendaCheckPanel meeting={meeting} />
              </aside>
            </div>
          )}
        </FrozenContext.Provider>
      </main>
    </div>
  );
}
