import type { Meeting } from '../../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../../fixtures/sample-meeting';

/** The save time every version carries, so a version read back equals the one built here. */
export const VERSION_SAVED_AT = '2026-12-10T13:00:00.000Z';

/** Below the 120,000 characters one item's notes may hold (MAX_NOTE_CHARACTERS). */
const MAX_PADDING = 110_000;

/** Version n's note length: spread over 0–110,000 characters so some writes take much longer than others. */
export function paddingLength(version: number): number {
  return (Math.imul(version, 2_654_435_761) >>> 0) % MAX_PADDING;
}

/**
 * Version n of one meeting: its title names the version, and a note of
 * varying length makes each write a different size. Built the same way in
 * the saving child and in the test, so the test can compare every field.
 */
export function versionedMeeting(version: number): Meeting {
  const meeting = sampleMeeting();
  const unit = 'Ömer & Noor 🌱 ';
  const padding = `Versie ${version}: ${unit.repeat(Math.floor(paddingLength(version) / unit.length))}`;
  return {
    ...meeting,
    title: `Versie ${version}`,
    agendaItems: meeting.agendaItems.map((item, index) =>
      index === 0
        ? {
            ...item,
            notes: {
              root: {
                type: 'root',
                children: [{ type: 'paragraph', children: [{ type: 'text', text: padding }] }],
              },
            },
          }
        : item,
    ),
    updatedAt: VERSION_SAVED_AT,
  };
}
