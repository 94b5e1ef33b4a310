import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, redo, undo } from '../../renderer/src/meeting/meeting-history';
import { applyEdit, currentMeeting, editRefused, isDirty, MINUTES_STATUS_EDIT, openedDocument, type MeetingEdit } from '../../renderer/src/meeting/open-document';
import { isFrozen, makeDefinitive, reopen } from '../../shared/cycle/minutes-status';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * A definitive meeting in the app: every edit is refused, only Heropenen
 * goes through, and undo cannot cross Definitief maken or Heropenen (the
 * steps are logged; taking one back silently would unfreeze without a trace).
 */
const december17 = new Date('2026-12-17T09:05:00Z');

const location = (text: string): MeetingEdit => ({ field: 'location', apply: (m) => ({ ...m, location: text }) });
const status = (change: (m: Meeting) => Meeting): MeetingEdit => ({ field: MINUTES_STATUS_EDIT, apply: change });
const definitive = status((m) => {
  const made = makeDefinitive(m, 'Joost Bakker', december17);
  return made.ok ? made.value : m;
});
const reopened = status((m) => {
  const opened = reopen(m, 'Joost Bakker', 'Correctie van een datum.', december17);
  return opened.ok ? opened.value : m;
});

describe('a definitive meeting on screen', () => {
  it('refuses every edit but Heropenen, and undo cannot take back the step', () => {
    let doc = openedDocument({ ...sampleMeeting(), status: 'concept' }, '/tmp/x.mdo');
    doc = applyEdit(doc, location('Kamer 1'), 1_000);
    expect(canUndo(doc.history)).toBe(true);
    doc = applyEdit(doc, definitive, 5_000);
    expect(isFrozen(currentMeeting(doc))).toBe(true);
    expect(isDirty(doc)).toBe(true);
    expect(canUndo(doc.history)).toBe(false);
    expect(undo(doc.history)).toBe(doc.history);

    expect(editRefused(doc, location('Kamer 2'))).toBe(true);
    expect(applyEdit(doc, location('Kamer 2'), 6_000)).toBe(doc);
    expect(currentMeeting(doc).location).toBe('Kamer 1');

    expect(editRefused(doc, reopened)).toBe(false);
    doc = applyEdit(doc, reopened, 7_000);
    expect(isFrozen(currentMeeting(doc))).toBe(false);
    expect(canUndo(doc.history)).toBe(false);
    expect(canRedo(doc.history)).toBe(false);
    expect(redo(doc.history)).toBe(doc.history);
    expect(currentMeeting(doc).statusLog?.map((entry) => entry.change)).toEqual(['definitief', 'heropend']);

    doc = applyEdit(doc, location('Kamer 3'), 8_000);
    expect(currentMeeting(doc).location).toBe('Kamer 3');
    doc = { ...doc, history: undo(doc.history) };
    // Undo goes back to the reopened version, never past it.
    expect(currentMeeting(doc).location).toBe('Kamer 1');
    expect(isFrozen(currentMeeting(doc))).toBe(false);
    expect(canUndo(doc.history)).toBe(false);
  });
});
