import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { foldText, matchingLines, newLibraryIndex, noteLines, queryTerms, searchDocumentsOf, searchLibrary } from '../../shared/search/library-search';
import { MAX_MEETING_FILE_BYTES as MAX_INDEXED_BYTES } from '../../host/library-location';
import { defaultCacheDir, indexPathFor, openLibraryIndex, searchWithLines } from '../../host/search-index';
import { MAX_MEETING_FILE_BYTES } from '../../host/storage';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { notesFromMarkdown } from '../support/lexical-fixtures';

/** A second child's meeting, with a participant whose name has an accent. */
function chloeMeeting(): Meeting {
  const meeting = sampleMeeting();
  return {
    ...meeting,
    id: 'c0000000-0000-4000-8000-000000000002',
    title: 'MDO Sem Jansen',
    date: '2027-02-04',
    child: { name: 'Sem Jansen', birthDate: null },
    participants: [
      { ...meeting.participants[0]!, id: 'q1', name: "Chloë O'Brien", function: 'intern begeleider', organisation: 'De Vlieger' },
      { ...meeting.participants[1]!, id: 'q2', name: 'Łukasz Nowak', function: 'vader', organisation: '' },
    ],
    agendaItems: [
      { ...meeting.agendaItems[0]!, id: 's1', title: 'Wat gaat goed', notes: notesFromMarkdown('Sem voetbalt graag en heeft vrienden in de klas.') as Meeting['agendaItems'][number]['notes'] },
      { ...meeting.agendaItems[0]!, id: 's2', title: 'Zorgen', notes: notesFromMarkdown('- Sem **verzuimt** vaak op maandag\n- de ochtenden zijn onrustig') as Meeting['agendaItems'][number]['notes'] },
    ],
  };
}

function indexOf(...meetings: [string, Meeting][]) {
  const index = newLibraryIndex();
  for (const [path, meeting] of meetings) index.addAll(searchDocumentsOf(path, meeting));
  return index;
}

describe('searching the library', () => {
  it('folds accents and case, also for letters NFD leaves alone', () => {
    expect(foldText("Chloë O'Brien")).toBe("chloe o'brien");
    expect(foldText('Ömer Yılmaz')).toBe('omer yilmaz');
    expect(foldText('Łukasz Søren STRAßE')).toBe('lukasz soren strasse');
    expect(queryTerms('de Chloe, en het ONTBIJT')).toEqual(['chloe', 'ontbijt']);
  });

  it('reads the notes as lines: paragraphs, list items (nested apart), decisions with reason and dissent, actions with their people, scales', () => {
    const notes = noorWithMinutes().agendaItems[3]!.notes;
    expect(noteLines(notes)).toEqual([
      'Zie Veilig Thuis.',
      'Besluit: Het wijkteam start gezinsbegeleiding.',
      'Moeder vraagt om hulp.',
      'Els de Vries — twee keer per week is te veel',
      'Actie: Eerste huisbezoek — Ömer Yılmaz',
      'Actie: Oma vragen — Els de Vries, oma Riet',
      'Actie: Schoolontbijt regelen',
    ]);
    expect(noteLines(noorWithMinutes().agendaItems[1]!.notes)).toEqual([
      'Noor zegt: "ik pak zelf mijn brood".',
      'tekening',
      'mama & ik & de kat',
      'Besluit: Noor mag ontbijten op school.',
    ]);
    expect(noteLines(noorWithMinutes().agendaItems[2]!.notes)).toContain('Fatima El Amrani — blauwe plekken');
  });

  it('finds Chloë by "chloe", a word by its beginning, and groups the hits per meeting with the item', () => {
    const index = indexOf(['/lib/noor.mdo', noorWithMinutes()], ['/lib/sem.mdo', chloeMeeting()]);
    const chloe = searchLibrary(index, 'chloe');
    expect(chloe.map((result) => result.path)).toEqual(['/lib/sem.mdo']);
    expect(chloe[0]!.hits).toEqual([expect.objectContaining({ itemId: null })]);

    const ontbijt = searchLibrary(index, 'ontbijt');
    expect(ontbijt.map((result) => result.path)).toEqual(['/lib/noor.mdo']);
    // "ontbijten" in a decision of item 2 and "Schoolontbijt" does not start with it: item 4 is not a hit.
    expect(ontbijt[0]!.hits.map((hit) => hit.itemNumber)).toEqual([2]);

    const verzuim = searchLibrary(index, 'VERZUIM maandag');
    expect(verzuim).toHaveLength(1);
    expect(verzuim[0]!.hits).toEqual([expect.objectContaining({ itemId: 's2', itemNumber: 2, itemTitle: 'Zorgen' })]);
  });

  it('needs every word, in the item or in the meeting it belongs to', () => {
    const index = indexOf(['/lib/noor.mdo', noorWithMinutes()], ['/lib/sem.mdo', chloeMeeting()]);
    expect(searchLibrary(index, 'sem voetbalt').map((result) => result.path)).toEqual(['/lib/sem.mdo']);
    expect(searchLibrary(index, 'noor voetbalt')).toEqual([]);
    expect(searchLibrary(index, 'huisbezoek yilmaz')[0]!.hits.map((hit) => hit.itemId)).toEqual(['a4']);
    expect(searchLibrary(index, 'de het een')).toEqual([]);
  });

  it('shows the line that matched, cut around the word', () => {
    const long = `${'Lange inleiding zonder het woord. '.repeat(10)}Hier staat ontbijt in de zin, en daarna ${'nog veel meer tekst. '.repeat(10)}`;
    const [line] = matchingLines(['niets', long], ['ontbijt']);
    expect(line).toMatch(/^… .*Hier staat ontbijt in de zin.* …$/);
    expect(line!.length).toBeLessThanOrEqual(170);
    expect(matchingLines(['Chloë komt', 'niet'], ['chloe'])).toEqual(['Chloë komt']);
  });

  it('reads what it can of a damaged meeting and nothing of what is not one', () => {
    expect(searchDocumentsOf('/x.mdo', null)).toEqual([]);
    const odd = searchDocumentsOf('/x.mdo', { title: 12, agendaItems: [null, { id: 'a', title: 'Zorgen', notes: { root: 'geen' } }, { title: 'zonder id' }] });
    expect(odd.map((document) => [document.id, document.itemTitle, document.text])).toEqual([
      ['/x.mdo', '', ''],
      ['/x.mdo#a', 'Zorgen', ''],
    ]);
  });
});

describe('the index on disk', () => {
  let root = '';
  let library = '';
  let cache = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'mdo-search-'));
    library = join(root, 'MDO');
    cache = join(root, 'cache');
    await mkdir(library);
    await writeFile(join(library, '2026-12-10 MDO Noor.mdo'), serializeMeeting(noorWithMinutes()));
    await writeFile(join(library, '2027-02-04 MDO Sem.mdo'), serializeMeeting(chloeMeeting()));
    await writeFile(join(library, '2027-03-01 MDO Leeg.mdo'), serializeMeeting({ ...sampleMeeting(), id: 'e0000000-0000-4000-8000-000000000003', title: 'MDO Leeg', agendaItems: [] }));
    // Not meetings: a hidden backup, a damaged file, another kind of file.
    await writeFile(join(library, '.2026-12-10 MDO Noor.mdo.bak'), serializeMeeting(chloeMeeting()));
    await writeFile(join(library, 'kapot.mdo'), '{ dit is geen json');
    await writeFile(join(library, 'notities.txt'), 'ontbijt');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is built once, saved privately in the cache folder, and opened warm the next time', async () => {
    const first = await openLibraryIndex(library, cache);
    expect(first.update).toEqual({ read: 3, removed: 0, skipped: 1, fromScratch: true });
    expect(searchLibrary(first.index, 'ontbijt').map((result) => result.path)).toEqual([join(library, '2026-12-10 MDO Noor.mdo')]);
    // The backup's copy of Sem's meeting is not a second result.
    expect(searchLibrary(first.index, 'chloe')).toHaveLength(1);

    const indexFile = indexPathFor(library, cache);
    expect(await readdir(cache)).toEqual([indexFile.slice(cache.length + 1)]);
    expect((await stat(indexFile)).mode & 0o777).toBe(0o600);
    expect((await stat(cache)).mode & 0o777).toBe(0o700);
    expect(await readdir(library)).not.toContainEqual(expect.stringMatching(/zoek/));

    const second = await openLibraryIndex(library, cache);
    expect(second.update).toEqual({ read: 0, removed: 0, skipped: 0, fromScratch: false });
    expect(searchLibrary(second.index, 'ontbijt')).toHaveLength(1);
  });

  it('reads again only what changed, and forgets what is gone', async () => {
    await openLibraryIndex(library, cache);
    const sem = join(library, '2027-02-04 MDO Sem.mdo');
    const changed = chloeMeeting();
    changed.agendaItems[0]!.notes = notesFromMarkdown('Sem zwemt graag.') as Meeting['agendaItems'][number]['notes'];
    await writeFile(sem, serializeMeeting(changed));
    await utimes(sem, new Date(), new Date(Date.now() + 5_000));
    await rm(join(library, '2027-03-01 MDO Leeg.mdo'));

    const reopened = await openLibraryIndex(library, cache);
    expect(reopened.update).toMatchObject({ read: 1, removed: 2, fromScratch: false });
    expect(searchLibrary(reopened.index, 'voetbalt')).toEqual([]);
    expect(searchLibrary(reopened.index, 'zwemt').map((result) => result.path)).toEqual([sem]);
    expect(searchLibrary(reopened.index, 'leeg')).toEqual([]);
  });

  it('builds again from the files when the saved index is damaged or of another version', async () => {
    await openLibraryIndex(library, cache);
    await writeFile(indexPathFor(library, cache), '{"format":"mdo-zoekindex","version":1,"libraryDir":"x"');
    const rebuilt = await openLibraryIndex(library, cache);
    expect(rebuilt.update.fromScratch).toBe(true);
    expect(searchLibrary(rebuilt.index, 'ontbijt')).toHaveLength(1);
    const saved = JSON.parse(await readFile(indexPathFor(library, cache), 'utf8')) as { version: number };
    expect(saved.version).toBe(1);
  });

  it('still searches when the cache folder cannot be made', async () => {
    // A file where the folder should be: no user, not even root, can write the index there.
    await writeFile(cache, 'geen map');
    const opened = await openLibraryIndex(library, cache);
    expect(searchLibrary(opened.index, 'ontbijt')).toHaveLength(1);
    expect(await readFile(cache, 'utf8')).toBe('geen map');
  });

  it('gives the lines that matched, per item, from the files found', async () => {
    const { index } = await openLibraryIndex(library, cache);
    const { total, results: [noor] } = await searchWithLines(index, 'huisbezoek');
    expect(total).toBe(1);
    expect(noor!.hits.map((hit) => hit.itemId)).toEqual(['a4']);
    expect(noor!.lines.get('a4')).toEqual(['Actie: Eerste huisbezoek — Ömer Yılmaz']);
    const { results: [sem] } = await searchWithLines(index, 'lukasz');
    expect(sem!.lines.get(null)).toEqual(['Łukasz Nowak, vader']);
  });

  it('skips exactly the files the app would refuse as too large', () => {
    expect(MAX_INDEXED_BYTES).toBe(MAX_MEETING_FILE_BYTES);
  });

  it('lives in the platform cache folder unless MDO_CACHE_DIR says otherwise', () => {
    expect(defaultCacheDir({ MDO_CACHE_DIR: '/tmp/x' }, 'linux', '/home/a')).toBe('/tmp/x');
    expect(defaultCacheDir({}, 'linux', '/home/a')).toBe('/home/a/.cache/mdo-assistent');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/a')).toBe('/c/mdo-assistent');
    expect(defaultCacheDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Caches/MDO-assistent');
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a')).toContain('MDO-assistent');
  });
});
