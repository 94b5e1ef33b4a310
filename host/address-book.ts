import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { AddressBook, AddressBookCorrection, EarlierMeeting, KnownPerson } from '../shared/ipc/contract';
import { MEETING_FILE_EXTENSION } from '../shared/file/meeting-file';
import type { Meeting } from '../shared/meeting/meeting-schema';
import { foldName } from '../shared/meeting/person-name';
import { judgeRole } from '../shared/meeting/roles';
import { atomicWriteFile, ensurePrivateFolder, PRIVATE_FILE_MODE } from './atomic-write';
import { readMeetingFile } from './storage';

/**
 * The address book: the people the chair met in earlier meetings, so the
 * same school mentor is not typed again for every meeting. It is built each
 * time from the meetings in the library (the folder is the truth), plus a
 * small file in the app's config folder with the chair's corrections: a
 * name or function put right, two entries that are one person, a person to
 * forget. Nothing leaves the computer.
 *
 * Only professionals are remembered (as the app judges roles,
 * shared/meeting/roles.ts): a parent's or a child's name has no place in the
 * suggestions of another family's meeting. They come back only through
 * "Deelnemers overnemen" from a meeting about the same child.
 */

export const ADDRESS_BOOK_FILE_NAME = 'adresboek.json';

const personChangesSchema = z
  .object({ name: z.string().max(200), function: z.string().max(200), organisation: z.string().max(200), email: z.string().max(320) })
  .partial();

const correctionsSchema = z.object({
  version: z.literal(1),
  /** Per person (by key): the details the chair corrected. */
  changes: z.record(z.string(), personChangesSchema),
  /** A key that is the same person as another: `from` → `into`. */
  sameAs: z.record(z.string(), z.string()),
  /** Forgotten people, with when: a meeting saved after that brings them back. */
  forgotten: z.record(z.string(), z.string()),
});

type Corrections = z.infer<typeof correctionsSchema>;

const emptyCorrections = (): Corrections => ({ version: 1, changes: {}, sameAs: {}, forgotten: {} });

export interface AddressBookStore {
  list(): Promise<AddressBook>;
  correct(correction: AddressBookCorrection): Promise<AddressBook>;
  /** Other meetings about the child of this name, newest first. */
  earlierMeetings(childName: string, exceptMeetingId: string): Promise<EarlierMeeting[]>;
}

export interface AddressBookOptions {
  libraryDir: string;
  configDir: string;
  now?: () => Date;
}

/** Readable meetings directly in the library; broken files and our hidden ones are skipped. */
async function libraryMeetings(libraryDir: string): Promise<Meeting[]> {
  let names: string[];
  try {
    const entries = await readdir(libraryDir, { withFileTypes: true });
    names = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.toLowerCase().endsWith(MEETING_FILE_EXTENSION))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
  const meetings: Meeting[] = [];
  // A few at a time: a library of hundreds of meetings must not open hundreds of files at once.
  for (let start = 0; start < names.length; start += 8) {
    const reads = await Promise.all(names.slice(start, start + 8).map((name) => readMeetingFile(join(libraryDir, name))));
    for (const read of reads) if (read.ok) meetings.push(read.value);
  }
  return meetings;
}

/** Newest first: by the meeting's date, then by its last change. */
function newestFirst(a: Meeting, b: Meeting): number {
  const byDate = (b.date ?? '').localeCompare(a.date ?? '');
  return byDate !== 0 ? byDate : b.updatedAt.localeCompare(a.updatedAt);
}

/** Follows "same as" links to the key a person is kept under; a loop ends where it started. */
function resolveKey(key: string, corrections: Corrections): string {
  const seen = new Set<string>();
  let current = key;
  while (corrections.sameAs[current] !== undefined && !seen.has(current)) {
    seen.add(current);
    current = corrections.sameAs[current] ?? current;
  }
  return current;
}

export function buildAddressBook(meetings: readonly Meeting[], corrections: Corrections): AddressBook {
  const people = new Map<string, KnownPerson>();
  for (const meeting of [...meetings].sort(newestFirst)) {
    const counted = new Set<string>();
    for (const participant of meeting.participants) {
      const folded = foldName(participant.name);
      if (folded === '' || judgeRole(participant, meeting.child).role !== 'professional') continue;
      const key = resolveKey(folded, corrections);
      const forgottenAt = corrections.forgotten[key];
      if (forgottenAt !== undefined && meeting.updatedAt <= forgottenAt) continue;
      const known = people.get(key);
      if (!known) {
        // The newest meeting's details are the person's details now.
        people.set(key, {
          key,
          name: participant.name.trim(),
          function: participant.function.trim(),
          organisation: participant.organisation.trim(),
          email: participant.email.trim(),
          meetingCount: 1,
          lastSeen: meeting.date,
        });
      } else if (!counted.has(key)) {
        known.meetingCount += 1;
        if (known.email === '') known.email = participant.email.trim();
      }
      counted.add(key);
    }
  }
  for (const person of people.values()) Object.assign(person, corrections.changes[person.key] ?? {});
  return { people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
}

export function createAddressBook({ libraryDir, configDir, now = () => new Date() }: AddressBookOptions): AddressBookStore {
  const filePath = join(configDir, ADDRESS_BOOK_FILE_NAME);
  let pending: Promise<unknown> = Promise.resolve();

  async function readCorrections(): Promise<Corrections> {
    try {
      const parsed = correctionsSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
      // A damaged file costs only the corrections, never the meetings: start again.
      return parsed.success ? parsed.data : emptyCorrections();
    } catch {
      return emptyCorrections();
    }
  }

  async function writeCorrections(corrections: Corrections): Promise<void> {
    await ensurePrivateFolder(configDir);
    await atomicWriteFile(filePath, `${JSON.stringify(corrections, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  }

  function apply(corrections: Corrections, correction: AddressBookCorrection): Corrections {
    const next: Corrections = {
      version: 1,
      changes: { ...corrections.changes },
      sameAs: { ...corrections.sameAs },
      forgotten: { ...corrections.forgotten },
    };
    if (correction.action === 'update') {
      const key = resolveKey(correction.key, next);
      next.changes[key] = { ...next.changes[key], ...correction.changes };
      // The corrected name, typed in a later meeting, is the same person.
      const renamed = correction.changes.name === undefined ? '' : foldName(correction.changes.name);
      if (renamed !== '' && renamed !== key && resolveKey(renamed, next) !== key) next.sameAs[renamed] = key;
    } else if (correction.action === 'merge') {
      const from = resolveKey(correction.from, next);
      const into = resolveKey(correction.into, next);
      if (from !== into) {
        next.sameAs[from] = into;
        next.changes = Object.fromEntries(Object.entries(next.changes).filter(([key]) => key !== from));
      }
    } else {
      next.forgotten[resolveKey(correction.key, next)] = now().toISOString();
    }
    return next;
  }

  function inOrder<T>(task: () => Promise<T>): Promise<T> {
    const run = pending.then(task);
    pending = run.catch(() => undefined);
    return run;
  }

  return {
    list: () => inOrder(async () => buildAddressBook(await libraryMeetings(libraryDir), await readCorrections())),
    correct: (correction) =>
      inOrder(async () => {
        const corrections = apply(await readCorrections(), correction);
        await writeCorrections(corrections);
        return buildAddressBook(await libraryMeetings(libraryDir), corrections);
      }),
    async earlierMeetings(childName, exceptMeetingId) {
      const child = foldName(childName);
      if (child === '') return [];
      const meetings = (await libraryMeetings(libraryDir))
        .filter((meeting) => meeting.id !== exceptMeetingId && foldName(meeting.child.name) === child && meeting.participants.length > 0)
        .sort(newestFirst);
      return meetings.map((meeting) => ({ meetingId: meeting.id, title: meeting.title, date: meeting.date, participants: meeting.participants }));
    },
  };
}
