import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeeting } from '../../shared/meeting/create-meeting';
import {
  CURRENT_SCHEMA_VERSION,
  MEETING_FILE_FORMAT,
  parseMeetingFile,
  serializeMeeting,
  validateMeeting,
} from '../../shared/file/meeting-file';
import { migrations } from '../../shared/meeting/migrations';
import { sampleMeeting } from '../fixtures/sample-meeting';

const fixtures = join(import.meta.dirname, '../fixtures/meeting-files');

function fileWith(meeting: unknown, schemaVersion = CURRENT_SCHEMA_VERSION): string {
  return JSON.stringify({ format: MEETING_FILE_FORMAT, schemaVersion, meeting });
}

function errorsFor(mutate: (meeting: Record<string, unknown>) => void): string[] {
  const meeting = structuredClone(sampleMeeting()) as unknown as Record<string, unknown>;
  mutate(meeting);
  const result = parseMeetingFile(fileWith(meeting));
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error.details ?? [];
}

describe('the .mdo file', () => {
  it('round-trips every field through serialize and parse', () => {
    const meeting = sampleMeeting();
    const result = parseMeetingFile(serializeMeeting(meeting));
    expect(result).toEqual({ ok: true, value: meeting });
  });

  it('writes the format name and the current schema version', () => {
    const written = JSON.parse(serializeMeeting(sampleMeeting())) as Record<string, unknown>;
    expect(written.format).toBe('mdo-assistent/meeting');
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('accepts a newly created, empty meeting', () => {
    const meeting = createMeeting({ now: new Date('2026-11-23T09:00:00Z'), newId: () => 'id-1' });
    expect(validateMeeting(meeting).ok).toBe(true);
    expect(parseMeetingFile(serializeMeeting(meeting))).toEqual({ ok: true, value: meeting });
  });

  it('says in Dutch that text which is not JSON cannot be read', () => {
    const result = parseMeetingFile('{"format": "mdo-assistent/meeting", "schemaVer');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('not-json');
      expect(result.error.message).toMatch(/beschadigd/);
    }
  });

  it('recognises a JSON file of another program', () => {
    const result = parseMeetingFile('{"name": "package"}');
    expect(!result.ok && result.error.code).toBe('not-mdo');
  });

  it('refuses a file from a newer version and says to update', () => {
    const result = parseMeetingFile(fileWith(sampleMeeting(), CURRENT_SCHEMA_VERSION + 1));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('too-new');
      expect(result.error.message).toMatch(/nieuwere versie/);
    }
  });

  it.each([0, -1, 1.5, '2', null])('refuses schema version %j', (version) => {
    const text = JSON.stringify({ format: MEETING_FILE_FORMAT, schemaVersion: version, meeting: sampleMeeting() });
    const result = parseMeetingFile(text);
    expect(!result.ok && result.error.code).toBe('invalid-file');
  });
});

describe('validation errors name the field in Dutch', () => {
  it.each<[string, (m: Record<string, unknown>) => void, RegExp]>([
    ['an empty title', (m) => (m.title = '  '), /^Titel is leeg/],
    ['a missing title', (m) => delete m.title, /^Titel ontbreekt/],
    ['a title of the wrong type', (m) => (m.title = 42), /^Titel heeft een verkeerde waarde: verwacht is tekst/],
    ['a date that does not exist', (m) => (m.date = '2026-02-30'), /^Datum is geen bestaande datum/],
    ['a date in Dutch notation', (m) => (m.date = '10-12-2026'), /^Datum moet een datum zijn in de vorm JJJJ-MM-DD/],
    ['a start time past midnight', (m) => (m.startTime = '24:10'), /^Begintijd moet een tijd zijn in de vorm UU:MM/],
    ['an end time without colon', (m) => (m.endTime = '1530'), /^Eindtijd moet een tijd zijn/],
    ['a location that is too long', (m) => (m.location = 'x'.repeat(501)), /^Locatie is te lang: hoogstens 500 tekens/],
    ['a birth date that does not exist', (m) => ((m.child as Record<string, unknown>).birthDate = '2019-13-01'), /^Kind › Geboortedatum/],
    ['a missing reason', (m) => delete m.reason, /^Aanleiding ontbreekt/],
    ['a goal of the wrong type', (m) => (m.goal = ['x']), /^Doel heeft een verkeerde waarde/],
    ['a chair without name', (m) => delete (m.chair as Record<string, unknown>).name, /^Voorzitter › Naam ontbreekt/],
    ['a note-taker of the wrong type', (m) => (m.noteTaker = 'Joost'), /^Notulist heeft een verkeerde waarde/],
    ['a coordinator id of the wrong type', (m) => ((m.coordinator as Record<string, unknown>).participantId = 3), /^Regievoerder › Gekozen deelnemer/],
    ['an unknown attendance', (m) => ((m.participants as Record<string, unknown>[])[2]!.attendance = 'ziek'), /^Deelnemer 3 › Aanwezigheid moet een van deze waarden zijn: aanwezig, afgemeld, afwezig/],
    ['an unknown role', (m) => ((m.participants as Record<string, unknown>[])[0]!.role = 'baas'), /^Deelnemer 1 › Rol moet een van deze waarden zijn: professional, ouder, kind, netwerk/],
    ['a participant without name', (m) => delete (m.participants as Record<string, unknown>[])[4]!.name, /^Deelnemer 5 › Naam ontbreekt/],
    ['a participant e-mail of the wrong type', (m) => ((m.participants as Record<string, unknown>[])[1]!.email = false), /^Deelnemer 2 › E-mail/],
    ['a negative timebox', (m) => ((m.agendaItems as Record<string, unknown>[])[1]!.minutes = -5), /^Agendapunt 2 › Minuten moet minstens 0 zijn/],
    ['a fractional timebox', (m) => ((m.agendaItems as Record<string, unknown>[])[0]!.minutes = 2.5), /^Agendapunt 1 › Minuten heeft een verkeerde waarde: verwacht is een heel getal/],
    ['an unknown agenda item kind', (m) => ((m.agendaItems as Record<string, unknown>[])[0]!.kind = 'koffie'), /^Agendapunt 1 › Soort agendapunt/],
    ['notes that are not an editor state', (m) => ((m.agendaItems as Record<string, unknown>[])[1]!.notes = { root: 'tekst' }), /^Agendapunt 2 › Aantekeningen › Inhoud/],
    ['a child-interest note of the wrong type', (m) => ((m.agendaItems as Record<string, unknown>[])[0]!.childInterest = 7), /^Agendapunt 1 › Wat betekent dit voor het kind\?/],
    ['a next meeting date that does not exist', (m) => ((m.nextMeeting as Record<string, unknown>).date = '2027-02-29'), /^Volgend overleg › Datum is geen bestaande datum/],
    ['an unknown status', (m) => (m.status = 'klaar'), /^Status moet een van deze waarden zijn: concept, definitief/],
    ['a changed time that is not a timestamp', (m) => (m.updatedAt = 'gisteren'), /^Laatst gewijzigd moet een tijdstip zijn/],
  ])('for %s', (_name, mutate, expected) => {
    const details = errorsFor(mutate);
    expect(details.some((line) => expected.test(line)), details.join('\n')).toBe(true);
  });

  it('lists every problem, not only the first', () => {
    const details = errorsFor((m) => {
      m.title = '';
      m.status = 'klaar';
    });
    expect(details).toHaveLength(2);
  });
});

describe('migrations', () => {
  it('has one migration for every older version, in order', () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('opens a version 1 file and upgrades it', () => {
    const result = parseMeetingFile(readFileSync(join(fixtures, 'v1-noor.mdo'), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const meeting = result.value;
    expect(meeting.title).toBe('MDO Noor de Vries');
    expect(meeting.child).toEqual({ name: 'Noor de V.', birthDate: '2019-03-14' });
    expect(meeting.chair).toEqual({ participantId: 'p1', name: 'Fatima El Amrani' });
    expect(meeting.coordinator).toEqual({ participantId: 'p3', name: 'Ömer Yılmaz' });
    // Version 1 knew no roles; version 2 guessed "professional" for all but parents, which version 5 turns back into no choice.
    expect(meeting.participants.map((p) => [p.name, p.attendance, p.role])).toEqual([
      ['Fatima El Amrani', 'aanwezig', null],
      ['Joost Bakker', 'aanwezig', null],
      ['Ömer Yılmaz', 'aanwezig', null],
      ['Els de Vries', 'aanwezig', 'ouder'],
      ['Karin Jansen', 'afgemeld', null],
    ]);
    expect(meeting.agendaItems.map((item) => [item.title, item.leadId, item.kind])).toEqual([
      ['Opening en kennismaking', 'p1', 'bespreking'],
      ['Stem van Noor', 'p2', 'bespreking'],
    ]);
    expect(meeting.nextMeeting).toEqual({ date: '2027-01-28', time: null });
    expect(meeting.notInvitedReasons).toEqual({ parents: '', child: '' });
  });

  it('opens a version 2 file and adds empty reasons for not inviting', () => {
    const result = parseMeetingFile(readFileSync(join(fixtures, 'v2-noor.mdo'), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.notInvitedReasons).toEqual({ parents: '', child: '' });
    expect(result.value.participants).toHaveLength(7);
    expect(result.value.agendaItems[1]?.notes).toEqual(sampleMeeting().agendaItems[1]?.notes);
  });

  it('opens a version 3 file with no basis for sharing, no confidential items and an empty export log', () => {
    const result = parseMeetingFile(readFileSync(join(fixtures, 'v3-noor.mdo'), 'utf8'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.sharingBasis).toBeNull();
    expect(result.value.exportLog).toEqual([]);
    expect(result.value.agendaItems.map((item) => [item.sharingBasis, item.confidential])).toEqual(
      result.value.agendaItems.map(() => [null, null]),
    );
    expect(result.value.notInvitedReasons).toEqual({ parents: '', child: '' });
    expect(result.value.agendaItems[1]?.notes).toEqual(sampleMeeting().agendaItems[1]?.notes);
  });

  it('has a fixture file for every older version', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version += 1) {
      const text = readFileSync(join(fixtures, `v${version}-noor.mdo`), 'utf8');
      expect((JSON.parse(text) as { schemaVersion: number }).schemaVersion).toBe(version);
      expect(parseMeetingFile(text).ok).toBe(true);
    }
  });

  it('leaves an odd old file for validation to report instead of crashing', () => {
    const text = JSON.stringify({ format: MEETING_FILE_FORMAT, schemaVersion: 1, meeting: { title: 'x', participants: 'geen lijst', agendaItems: [1, null] } });
    const result = parseMeetingFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.length).toBeGreaterThan(0);
  });
});
