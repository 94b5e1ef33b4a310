import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeHandlers, type NodeHandlers } from '../../host/handlers';
import { invitationFileName } from '../../host/invitation-file';
import { createLibrarySearch, type LibrarySearch } from '../../host/library-search-service';
import { indexPathFor } from '../../host/search-index';
import { writeMeetingFile } from '../../host/storage';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { notesFromMarkdown } from '../support/lexical-fixtures';
import { sampleMeeting } from '../fixtures/sample-meeting';

/**
 * library:search and export:invitation as the app reaches them: the real
 * handlers on real files, one index in memory kept up to date by the saves
 * and deletes the handlers do, saved in the user's cache folder.
 */
describe('the app’s search and invitation channels', () => {
  let dir = '';
  let libraryDir = '';
  let cacheDir = '';
  let search: LibrarySearch;
  let handlers: NodeHandlers;
  const proposed: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-search-handler-'));
    libraryDir = join(dir, 'MDO');
    cacheDir = join(dir, 'cache');
    proposed.length = 0;
    const noor = sampleMeeting();
    await mkdir(libraryDir, { recursive: true });
    await writeMeetingFile(join(libraryDir, 'noor.mdo'), { ...noor, agendaItems: noor.agendaItems.map((item) => (item.id === 'a2' ? { ...item, notes: notesFromMarkdown('Speelt vaak met Chloë.') } : item)) });
    await writeMeetingFile(join(libraryDir, 'sem.mdo'), { ...noor, id: 'sem', title: 'MDO Sem B.', child: { name: 'Sem B.', birthDate: null } });
    search = createLibrarySearch({ libraryDir, cacheDir, persistDelayMs: 0 });
    handlers = createNodeHandlers({
      libraryDir,
      configDir: join(dir, 'config'),
      version: 'test',
      search,
      dialogs: {
        chooseOpenPath: async () => null,
        chooseSavePath: async (path) => {
          proposed.push(path);
          return path;
        },
      },
    });
  });
  afterEach(async () => {
    await search.flush();
    await rm(dir, { recursive: true, force: true });
  });

  async function found(query: string) {
    const result = await handlers['library:search']({ query });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it('finds Chloë by chloe, with the item and the line, and the meeting then opens', async () => {
    const answer = await found('chloe');
    expect(answer.total).toBe(1);
    const [result] = answer.results;
    expect(result).toMatchObject({ fileName: 'noor.mdo', title: 'MDO Noor de Vries', child: 'Noor de V.', moreHits: 0 });
    expect(result?.hits).toEqual([{ itemId: 'a2', itemNumber: 2, itemTitle: 'Stem van Noor', lines: ['Speelt vaak met Chloë.'] }]);
    // Handed out by the search, so the app may open it.
    expect((await handlers['meeting:open']({ path: result!.path })).ok).toBe(true);
  });

  it('keeps the index up to date with saves and deletes, and saves it in the cache folder only', async () => {
    expect((await found('zwanenvijver')).total).toBe(0);
    // As the start screen does: the files of the library are handed out by its list.
    expect((await handlers['library:list'](undefined)).ok).toBe(true);
    const opened = await handlers['meeting:open']({ path: join(libraryDir, 'sem.mdo') });
    if (!opened.ok) throw new Error(opened.error.message);
    const meeting: Meeting = { ...opened.value.meeting, agendaItems: opened.value.meeting.agendaItems.map((item, index) => (index === 0 ? { ...item, notes: notesFromMarkdown('Afgesproken bij de Zwanenvijver.') } : item)) };
    const saved = await handlers['meeting:save']({ path: opened.value.path, meeting, expected: opened.value.stamp });
    expect(saved.ok).toBe(true);
    const after = await found('zwanenvijver');
    expect(after.results.map((result) => [result.fileName, result.hits.map((hit) => hit.itemId)])).toEqual([['sem.mdo', ['a1']]]);

    await handlers['meeting:unlock']({ path: opened.value.path });
    expect((await handlers['library:delete']({ path: opened.value.path })).ok).toBe(true);
    expect((await found('zwanenvijver')).total).toBe(0);

    await search.flush();
    const indexFile = indexPathFor(libraryDir, cacheDir);
    expect((await stat(indexFile)).mode & 0o777).toBe(0o600);
    expect((await stat(cacheDir)).mode & 0o777).toBe(0o700);
    expect((await readdir(libraryDir)).filter((name) => !name.startsWith('.'))).toEqual(['noor.mdo']);
  });

  it('answers an empty query, or one of stop words only, with nothing', async () => {
    expect(await found('  ')).toEqual({ total: 0, results: [] });
    expect(await found('de het')).toEqual({ total: 0, results: [] });
  });

  it('refuses a request that is not a query (checked before the handler)', async () => {
    const { dispatch } = await import('../../host/dispatch');
    const refused = await dispatch(handlers as never, 'library:search', { query: 'x'.repeat(201) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('saves the invitation for the next meeting under a proposed name, read back with ical.js', async () => {
    const meeting = { ...sampleMeeting(), location: 'OBS De Regenboog' };
    const result = await handlers['export:invitation']({ meeting });
    if (!result.ok || result.value === null) throw new Error(JSON.stringify(result));
    expect(proposed).toEqual([join(libraryDir, '2027-01-28 MDO N.d.V.ics')]);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(result.value.path, 'utf8')));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    const start = event.startDate.clone();
    start.zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    expect(start.toJSDate().toISOString()).toBe('2027-01-28T13:00:00.000Z');
    expect(event.location).toBe('OBS De Regenboog');
  });

  it('says in Dutch what is missing and asks nothing when the next meeting has no date', async () => {
    const meeting = { ...sampleMeeting(), nextMeeting: { date: null, time: '14:00' } };
    const result = await handlers['export:invitation']({ meeting });
    expect(result).toEqual({
      ok: false,
      error: { code: 'no-date', message: 'Het volgende overleg heeft nog geen datum. Vul bij Gegevens "Volgend overleg" de datum en de tijd in. Er is geen uitnodiging gemaakt.' },
    });
    expect(proposed).toEqual([]);
  });

  it('proposes a file name with the date and the child’s initials only', () => {
    expect(invitationFileName({ child: { name: 'Noor de Vries', birthDate: null }, nextMeeting: { date: '2027-01-28', time: '14:00' } })).toBe('2027-01-28 MDO N.d.V.ics');
    expect(invitationFileName({ child: { name: '', birthDate: null }, nextMeeting: { date: null, time: null } })).toBe('MDO.ics');
  });
});
