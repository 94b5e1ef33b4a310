import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { MeetingSummary, RecoveryEntry } from '../../../shared/ipc/contract';
import type { AppSession } from '../app/app-session';
import { DeleteMeetingDialog } from './DeleteMeetingDialog';
import { EmptyLibrary } from './EmptyLibrary';
import { exportedCopiesText } from './exported-copies-text';
import { MeetingList } from './MeetingList';
import { LibraryViews } from '../library/dossier/LibraryViews';
import { RecentFileList } from './RecentFileList';
import { RecoveryPanel } from './RecoveryPanel';
import { StartSearch } from '../search/StartSearch';
import { useLibrary } from './useLibrary';
import { useRecoveryOffers } from './useRecoveryOffers';
import './start-screen.css';

interface StartScreenProps {
  session: AppSession;
  /** The app's message region, placed under the header. */
  alert: ReactNode;
}

export function StartScreen({ session, alert }: StartScreenProps) {
  const library = useLibrary(session.bridge, session.showError);
  const recovery = useRecoveryOffers(session);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const libraryHeadingId = useId();
  const recentHeadingId = useId();
  const libraryHeadingRef = useRef<HTMLHeadingElement>(null);
  const openPath = (path: string) => void session.openPath(path);
  const [deleting, setDeleting] = useState<MeetingSummary | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  async function deleteMeeting(summary: MeetingSummary): Promise<void> {
    const exportCount = await session.deleteMeeting(summary.path);
    setDeleting(null);
    if (exportCount === null) return;
    const title = summary.title?.trim() || 'Naamloos overleg';
    setDeleted(`"${title}" is naar de prullenbak verplaatst. ${exportedCopiesText(exportCount)}`);
    library.reload();
    recovery.reload();
    // The card and its button are gone: the list's heading keeps the focus in place.
    libraryHeadingRef.current?.focus();
  }

  async function discardRecovery(entry: RecoveryEntry): Promise<boolean> {
    const gone = await recovery.discard(entry);
    // The last copy gone: its panel disappears, the focus goes back to the top.
    if (gone && recovery.entries.length === 1) headingRef.current?.focus();
    return gone;
  }

  useEffect(() => {
    document.title = 'MDO-assistent';
    headingRef.current?.focus();
  }, []);

  return (
    <div className="screen">
      <header className="screen-header">
        <div className="screen-header__inner start-header">
          <div>
            <h1 ref={headingRef} tabIndex={-1} className="start-header__name">
              MDO-assistent
            </h1>
            <p className="start-header__tagline">Agenda, verslag en taakverdeling voor het overleg rond een kind</p>
          </div>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void session.newMeeting()}>
              Nieuw overleg
            </button>
            <button type="button" className="button" onClick={() => void session.openWithDialog()}>
              Openen
            </button>
          </div>
        </div>
      </header>
      <main className="screen-main">
        {alert}
        <div aria-live="polite" className={deleted ? 'notice' : 'notice notice--empty'}>
          {deleted && (
            <>
              <p className="notice__message">{deleted}</p>
              <button type="button" className="button button--quiet" onClick={() => setDeleted(null)}>
                Melding sluiten
              </button>
            </>
          )}
        </div>
        {recovery.entries.length > 0 && (
          <RecoveryPanel
            entries={recovery.entries}
            onRestore={(entry) => void session.restoreRecovery(entry)}
            onDiscard={discardRecovery}
          />
        )}
        <StartSearch session={session} />
        <div className="start-columns">
          <section className="panel" aria-labelledby={libraryHeadingId}>
            <h2 id={libraryHeadingId} ref={libraryHeadingRef} tabIndex={-1} className="panel__title">
              Overleggen in uw map
            </h2>
            {library.libraryDir && <p className="panel__subtitle">Map: {library.libraryDir}</p>}
            {library.loading ? (
              <p className="muted" role="status">
                De overleggen worden gelezen…
              </p>
            ) : library.meetings.length === 0 ? (
              <EmptyLibrary />
            ) : (
              <LibraryViews session={session} list={<MeetingList meetings={library.meetings} onOpen={openPath} onDelete={setDeleting} />} />
            )}
          </section>
          <section className="panel panel--side" aria-labelledby={recentHeadingId}>
            <h2 id={recentHeadingId} className="panel__title">
              Recent geopend
            </h2>
            {library.recent.length > 0 ? (
              <RecentFileList files={library.recent} onOpen={openPath} />
            ) : (
              <p className="muted">Nog geen bestanden geopend of opgeslagen.</p>
            )}
          </section>
        </div>
      </main>
      {deleting && (
        <DeleteMeetingDialog
          summary={deleting}
          hasRecoveryCopy={recovery.entries.some((entry) => entry.path === deleting.path)}
          onConfirm={() => void deleteMeeting(deleting)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
