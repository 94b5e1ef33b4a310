import type { Meeting } from '../../../shared/meeting/meeting-schema';
import { versionedMeeting } from '../../unit/support/versioned-meeting';

/** Recovery versions of a trial lie this far above its save versions, so the two never meet. */
export const RECOVERY_VERSION_OFFSET = 50_000;

/** What the note-taker typed after the last save: distinctive, so a restored copy is recognised. */
export function unsavedTyping(version: number): string {
  return `Nog niet opgeslagen (${version}): moeder belt vrijdag met Veilig Thuis ☎️ «niet kwijtraken»`;
}

/**
 * Recovery version n: the meeting as the autosave sends it, version n with
 * the unsaved typing as a last paragraph in the first agenda item's notes.
 * Built the same way in the saving child and in the test.
 */
export function recoveryVersion(version: number): Meeting {
  const meeting = versionedMeeting(version);
  return {
    ...meeting,
    agendaItems: meeting.agendaItems.map((item, index) =>
      index === 0 && item.notes
        ? {
            ...item,
            notes: {
              root: {
                ...item.notes.root,
                children: [
                  ...item.notes.root.children,
                  { type: 'paragraph', children: [{ type: 'text', text: unsavedTyping(version) }] },
                ],
              },
            },
          }
        : item,
    ),
  };
}
