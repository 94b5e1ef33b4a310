import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADDRESS_BOOK_FILE_NAME, createAddressBook } from '../../host/address-book';
import { writeMeetingFile } from '../../host/storage';
import type { Meeting, Participant } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';

let libraryDir: string;
let configDir: string;

beforeEach(async () => {
  libraryDir = await mkdtemp(join(tmpdir(), 'mdo-adresboek-lib-'));
  configDir = await mkdtemp(join(tmpdir(), 'mdo-adresboek-config-'));
});

afterEach(async () => {
  await rm(libraryDir, { recursive: true, force: true });
  await rm(configDir, { recursive: true, force: true });
});

function person(id: string, name: string, fn: string, organisation: string, extra: Partial<Participant> = {}): Participant {
  return { id, name, function: fn, organisation, email: '', attendance: 'aanwezig', role: null, ...extra };
}

async function save(fileName: string, changes: Partial<Meeting>): Promise<Meeting> {
  const meeting: Meeting = { ...sampleMeeting(), ...changes };
  const saved = await writeMeetingFile(join(libraryDir, fileName), meeting, { now: () => new Date(meeting.updatedAt) });
  if (!saved.ok) throw new Error(saved.error.message);
  return meeting;
}

/** Three meetings: Noor in December and January, and another child in November. */
async function threeMeetings(): Promise<void> {
  await save('2026-12-10 MDO Noor.mdo', { id: 'noor-1', date: '2026-12-10', updatedAt: '2026-12-10T15:00:00.000Z' });
  await save('2027-01-28 MDO Noor.mdo', {
    id: 'noor-2',
    date: '2027-01-28',
    updatedAt: '2027-01-28T15:00:00.000Z',
    participants: [
      person('q1', 'Fatima El Amrani', 'intern begeleider', 'OBS De Regenboog', { email: 'f.elamrani@example.org' }),
      person('q2', 'Omer Yilmaz', 'gezinscoach', 'Wijkteam Oost'),
      person('q3', 'Els de Vries', 'moeder', ''),
    ],
  });
  await save('2026-11-05 MDO Sem.mdo', {
    id: 'sem-1',
    title: 'MDO Sem B.',
    child: { name: 'Sem B.', birthDate: null },
    date: '2026-11-05',
    updatedAt: '2026-11-05T10:00:00.000Z',
    participants: [
      person('s1', 'Yusuf Haddad', 'jeugdconsulent', 'Zorg & Veiligheid'),
      person('s2', 'Karin Jansen', 'aandachtsfunctionaris', 'Veilig Thuis'),
      person('s3', 'Marco B.', 'vader', ''),
      person('s4', 'Sem B.', '', ''),
    ],
  });
}

describe('the address book', () => {
  it('knows the professionals of every meeting in the library, with the newest details, and no parent or child', async () => {
    await threeMeetings();
    const { people } = await createAddressBook({ libraryDir, configDir }).list();
    const names = people.map((p) => p.name);
    expect(names).toContain('Yusuf Haddad');
    expect(names).toContain('Karin Jansen');
    expect(names).not.toContain('Els de Vries');
    expect(names).not.toContain('Marco B.');
    expect(names).not.toContain('Sem B.');
    const fatima = people.find((p) => p.name === 'Fatima El Amrani');
    expect(fatima).toMatchObject({ function: 'intern begeleider', organisation: 'OBS De Regenboog', meetingCount: 2, lastSeen: '2027-01-28' });
    const karin = people.find((p) => p.name === 'Karin Jansen');
    expect(karin?.meetingCount).toBe(2);
    // Ömer typed without accents in January is the same person (folded names).
    expect(people.filter((p) => p.key === 'omer yilmaz')).toHaveLength(1);
  });

  it('corrects a name, merges two entries and forgets one, kept in a private file in the config folder', async () => {
    await threeMeetings();
    const book = createAddressBook({ libraryDir, configDir, now: () => new Date('2027-02-01T09:00:00Z') });
    let { people } = await book.correct({ action: 'update', key: 'dr. p. hendriks', changes: { name: 'Dr. Pieter Hendriks', email: 'hendriks@example.org' } });
    expect(people.find((p) => p.key === 'dr. p. hendriks')).toMatchObject({ name: 'Dr. Pieter Hendriks', email: 'hendriks@example.org', function: 'huisarts' });

    ({ people } = await book.correct({ action: 'merge', from: 'sanne visser', into: 'karin jansen' }));
    expect(people.some((p) => p.key === 'sanne visser')).toBe(false);
    expect(people.find((p) => p.key === 'karin jansen')?.meetingCount).toBe(2);

    ({ people } = await book.correct({ action: 'forget', key: 'yusuf haddad' }));
    expect(people.some((p) => p.name === 'Yusuf Haddad')).toBe(false);

    const file = join(configDir, ADDRESS_BOOK_FILE_NAME);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stored = await readFile(file, 'utf8');
    // Only corrections are stored: no function or organisation of anyone not corrected.
    expect(stored).not.toContain('aandachtsfunctionaris');

    // A new instance reads the corrections back; a meeting saved after forgetting brings the person back.
    expect((await createAddressBook({ libraryDir, configDir }).list()).people.some((p) => p.name === 'Yusuf Haddad')).toBe(false);
    await save('2027-03-01 MDO Sem.mdo', {
      id: 'sem-2',
      child: { name: 'Sem B.', birthDate: null },
      updatedAt: '2027-03-01T10:00:00.000Z',
      participants: [person('t1', 'Yusuf Haddad', 'jeugdconsulent', 'Zorg & Veiligheid')],
    });
    expect((await createAddressBook({ libraryDir, configDir }).list()).people.some((p) => p.name === 'Yusuf Haddad')).toBe(true);
  });

  it('survives a damaged corrections file and broken meeting files', async () => {
    await threeMeetings();
    await writeFile(join(configDir, ADDRESS_BOOK_FILE_NAME), '{ kapot');
    await writeFile(join(libraryDir, 'kapot.mdo'), 'geen json');
    const { people } = await createAddressBook({ libraryDir, configDir }).list();
    expect(people.length).toBeGreaterThan(5);
  });

  it('lists the earlier meetings of the same child, newest first, without the meeting itself', async () => {
    await threeMeetings();
    const book = createAddressBook({ libraryDir, configDir });
    const earlier = await book.earlierMeetings('noor de v.', 'noor-3');
    expect(earlier.map((m) => m.meetingId)).toEqual(['noor-2', 'noor-1']);
    expect(earlier[0]?.participants.map((p) => p.name)).toContain('Els de Vries');
    expect((await book.earlierMeetings('Noor de V.', 'noor-2')).map((m) => m.meetingId)).toEqual(['noor-1']);
    expect(await book.earlierMeetings('Iemand anders', 'x')).toEqual([]);
  });
});
