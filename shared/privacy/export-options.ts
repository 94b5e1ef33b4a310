import * as z from 'zod';
import {
  exportAudienceSchema,
  pseudonymSchema,
  type ExportDocument,
  type ExportLogEntry,
  type Meeting,
} from '../meeting/meeting-schema';
import { FULL_AUDIENCE } from './audience';

/** The choices for one exported copy: for whom, and which names are replaced. */
export const exportOptionsSchema = z
  .object({
    audience: exportAudienceSchema,
    pseudonym: pseudonymSchema,
  })
  .strict();

export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** The full minutes with every name as written. */
export const FULL_EXPORT: ExportOptions = {
  audience: FULL_AUDIENCE,
  pseudonym: { child: false, childAlias: '', parents: false },
};

/** The line for the meeting's export log, written when a copy leaves the app. */
export function exportLogEntry(
  meeting: Pick<Meeting, 'status' | 'updatedAt'>,
  document: ExportDocument,
  options: ExportOptions,
  fileName: string,
  now: Date,
): ExportLogEntry {
  return {
    at: now.toISOString(),
    document,
    audience: options.audience,
    pseudonym: options.pseudonym,
    fileName,
    meetingStatus: meeting.status,
    meetingUpdatedAt: meeting.updatedAt,
  };
}
