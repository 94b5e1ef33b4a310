import { fail, ok, type Result } from '../result';
import { describeIssues } from '../meeting/validation-messages';
import { meetingSchema, type Meeting } from '../meeting/meeting-schema';
import { isRecord } from '../json';
import { CURRENT_SCHEMA_VERSION, migrateMeeting } from '../meeting/migrations';
import { describeNotesProblems, withoutEmptyNotes } from '../notes/notes-validation';
import { cleanMeetingNotes } from '../notes/notes-cleanup';

/**
 * The `.mdo` file: JSON with an envelope that names the format and the schema
 * version, around the meeting itself.
 */
export const MEETING_FILE_FORMAT = 'mdo-assistent/meeting';
export const MEETING_FILE_EXTENSION = '.mdo';
export { CURRENT_SCHEMA_VERSION };

export interface MeetingFile {
  format: typeof MEETING_FILE_FORMAT;
  schemaVersion: number;
  meeting: Meeting;
}

const INVALID_MEETING = 'Het overleg bevat gegevens die niet kloppen. Pas de genoemde velden aan en probeer het opnieuw.';

/** A meeting that passed, and what was changed to let it in (a link made plain text), one Dutch sentence each. */
export interface ValidatedMeeting {
  meeting: Meeting;
  warnings: string[];
}

/**
 * The schema, then the notes of every agenda item: a meeting that passes
 * can be loaded by every editor and exporter, so one that does not is never
 * opened, restored or written. Then the door (notes-cleanup.ts): links to
 * anything but a web or e-mail address become plain text (each a warning),
 * inline styles and unknown formatting go. Empty notes come back as null.
 */
export function validateMeetingWithWarnings(candidate: unknown): Result<ValidatedMeeting> {
  const parsed = meetingSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return fail('invalid-meeting', INVALID_MEETING, describeIssues(parsed.error.issues));
  const notesProblems = describeNotesProblems(parsed.data.agendaItems);
  if (notesProblems.length > 0) return fail('invalid-meeting', INVALID_MEETING, notesProblems);
  const cleaned = cleanMeetingNotes(parsed.data.agendaItems);
  return ok({ meeting: { ...parsed.data, agendaItems: cleaned.items.map(withoutEmptyNotes) }, warnings: cleaned.warnings });
}

/** validateMeeting without the warnings (see above). */
export function validateMeeting(candidate: unknown): Result<Meeting> {
  const validated = validateMeetingWithWarnings(candidate);
  return validated.ok ? ok(validated.value.meeting) : validated;
}

/** Checks the envelope, upgrades an older version, then validates the meeting. */
export function parseMeetingDocument(document: unknown): Result<Meeting> {
  const parsed = parseMeetingDocumentWithWarnings(document);
  return parsed.ok ? ok(parsed.value.meeting) : parsed;
}

/** parseMeetingDocument, with what the door changed (validateMeetingWithWarnings). */
export function parseMeetingDocumentWithWarnings(document: unknown): Result<ValidatedMeeting> {
  if (!isRecord(document) || document.format !== MEETING_FILE_FORMAT) {
    return fail(
      'not-mdo',
      'Dit is geen bestand van MDO-assistent. Kies een bestand dat eindigt op .mdo en met deze app is gemaakt.',
    );
  }
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'invalid-file',
      'Dit bestand kan niet worden geopend: de versie van het bestandsformaat ontbreekt of is ongeldig. Het bestand is niet gewijzigd.',
    );
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail(
      'too-new',
      `Dit bestand is gemaakt met een nieuwere versie van MDO-assistent (bestandsformaat ${version}; deze app kent tot en met ${CURRENT_SCHEMA_VERSION}). Werk de app bij om het te openen. Het bestand is niet gewijzigd.`,
    );
  }
  if (!isRecord(document.meeting)) {
    return fail('invalid-file', 'Dit bestand bevat geen overleg. Het bestand is niet gewijzigd.');
  }
  const validated = validateMeetingWithWarnings(migrateMeeting(document.meeting, version));
  if (validated.ok) return validated;
  return fail(
    'invalid-file',
    'Dit bestand bevat fouten en kan niet worden geopend. Het bestand is niet gewijzigd; vraag zo nodig de reservekopie (.bak) op.',
    validated.error.details,
  );
}

/** Parses the text of a `.mdo` file. Never throws. */
export function parseMeetingFile(text: string): Result<Meeting> {
  const parsed = parseMeetingFileWithWarnings(text);
  return parsed.ok ? ok(parsed.value.meeting) : parsed;
}

/** parseMeetingFile, with what the door changed (validateMeetingWithWarnings). */
export function parseMeetingFileWithWarnings(text: string): Result<ValidatedMeeting> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return fail(
      'not-json',
      'Dit bestand is beschadigd of geen MDO-bestand: de inhoud is niet leesbaar. Het bestand is niet gewijzigd; open zo nodig de reservekopie (.bak).',
    );
  }
  return parseMeetingDocumentWithWarnings(document);
}

/** The exact text written to disk; stable key order so files diff cleanly. */
export function serializeMeeting(meeting: Meeting): string {
  const file: MeetingFile = {
    format: MEETING_FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meeting,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
