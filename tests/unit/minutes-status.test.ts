import { describe, expect, it } from 'vitest';
import { conceptNotice, isFrozen, makeDefinitive, reopen, statusLogLines } from '../../shared/cycle/minutes-status';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { noorWithMinutes } from '../fixtures/noor-minutes';

const december17 = new Date('2026-12-17T09:05:00Z');
const january5 = new Date('2027-01-05T13:30:00Z');

function concept(): Meeting {
  return { ...noorWithMinutes(), status: 'concept', reactionDeadline: '2026-12-24' };
}

describe('concept and definitive minutes', () => {
  it('says on a concept by when to react, and nothing on definitive minutes', () => {
    expect(conceptNotice(concept())).toBe('Concept – reageren vóór donderdag 24 december 2026');
    expect(conceptNotice({ status: 'concept', reactionDeadline: null })).toBe('Concept – nog niet vastgesteld');
    expect(conceptNotice({ status: 'definitief', reactionDeadline: '2026-12-24' })).toBeNull();
  });

  it('makes the minutes definitive with who and when, freezing the meeting; the file keeps it', () => {
    const made = makeDefinitive(concept(), ' Joost Bakker ', december17);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(isFrozen(made.value)).toBe(true);
    expect(made.value.finalized).toEqual({ at: '2026-12-17T09:05:00.000Z', by: 'Joost Bakker' });
    const read = parseMeetingFile(serializeMeeting(made.value));
    expect(read.ok && read.value.statusLog).toEqual([{ at: '2026-12-17T09:05:00.000Z', change: 'definitief', by: 'Joost Bakker', reason: '' }]);
    expect(makeDefinitive(made.value, 'Joost Bakker', december17)).toMatchObject({ ok: false, error: { message: 'Het verslag is al definitief.' } });
  });

  it('opens definitive minutes again only with a reason, which stays in the log', () => {
    const made = makeDefinitive(concept(), 'Joost Bakker', december17);
    if (!made.ok) throw new Error('not made');
    expect(reopen(made.value, 'Joost Bakker', '   ', january5)).toMatchObject({ ok: false, error: { code: 'no-reason' } });
    expect(reopen(made.value, '', 'datum', january5)).toMatchObject({ ok: false, error: { code: 'no-name' } });
    const opened = reopen(made.value, 'Joost Bakker', 'Correctie van de datum van het huisbezoek, op verzoek van moeder.', january5);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(isFrozen(opened.value)).toBe(false);
    expect(opened.value.finalized).toBeNull();
    expect(statusLogLines(opened.value, (iso) => iso.slice(0, 10))).toEqual([
      '2026-12-17: definitief gemaakt door Joost Bakker',
      '2027-01-05: heropend door Joost Bakker. Reden: Correctie van de datum van het huisbezoek, op verzoek van moeder.',
    ]);
    expect(reopen(opened.value, 'Joost Bakker', 'nogmaals', january5)).toMatchObject({ ok: false, error: { code: 'not-definitive' } });
  });

  it('reads files with corrections and an own statement, and older files without any of it', () => {
    const withStatement: Meeting = {
      ...concept(),
      corrections: [{ receivedOn: '2026-12-20', from: 'Sanne Visser', text: 'De consultatie was op 16 december, niet op 15.' }],
      ownStatements: [{ id: 'v1', by: { participantId: 'p1', name: 'Fatima El Amrani' }, receivedOn: '2026-12-21', text: 'Ik ben het niet eens met wat er over de ochtenden staat.' }],
    };
    const read = parseMeetingFile(serializeMeeting(withStatement));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.ownStatements?.[0]?.text).toBe('Ik ben het niet eens met wat er over de ochtenden staat.');
    const older = parseMeetingFile(serializeMeeting(noorWithMinutes()));
    expect(older.ok && older.value.statusLog).toBeUndefined();
  });
});
