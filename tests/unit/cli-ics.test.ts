import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { mdo, mdoLoading, sourcesIn } from './support/run-mdo';

describe('mdo ics', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-cli-ics-'));
    await writeFile(join(dir, 'noor.mdo'), serializeMeeting(noorWithMinutes()));
    const withoutNext = { ...noorWithMinutes(), nextMeeting: { date: null, time: null } };
    await writeFile(join(dir, 'zonder-volgend.mdo'), serializeMeeting(withoutNext));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the invitation for the next meeting, which an independent parser reads at 14:00 in Amsterdam', async () => {
    const output = join(dir, 'volgend.ics');
    const run = await mdo('ics', join(dir, 'noor.mdo'), '-o', output);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`Uitnodiging "Vervolg-MDO N.d.V." (donderdag 28 januari 2027, 14:00–15:30 uur) geschreven naar ${output}`);
    expect(run.stderr).toBe('');
    const calendar = new ICAL.Component(ICAL.parse(await readFile(output, 'utf8')));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    const start = event.startDate.clone();
    start.zone = zone;
    expect(start.toJSDate().toISOString()).toBe('2027-01-28T13:00:00.000Z');
    expect(event.summary).toBe('Vervolg-MDO N.d.V.');
    expect(((await stat(output)).mode & 0o777).toString(8)).toBe('600');
  });

  it('writes nothing and says in Dutch what to fill in when the next meeting has no date', async () => {
    const output = join(dir, 'leeg.ics');
    const run = await mdo('ics', join(dir, 'zonder-volgend.mdo'), '-o', output);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${join(dir, 'zonder-volgend.mdo')}: Het volgende overleg heeft nog geen datum en tijd. Vul bij Gegevens "Volgend overleg" de datum en de tijd in. Er is niets geschreven.`,
    );
    await expect(stat(output)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('replaces an existing file only with --overschrijven, and makes this meeting\'s invitation with --dit-overleg', async () => {
    const output = join(dir, 'dit.ics');
    await writeFile(output, 'iets anders');
    const refused = await mdo('ics', join(dir, 'noor.mdo'), '--dit-overleg', '-o', output);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bestaat al en is niet veranderd');
    expect(await readFile(output, 'utf8')).toBe('iets anders');
    const replaced = await mdo('ics', join(dir, 'noor.mdo'), '--dit-overleg', '--overschrijven', '-o', output);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(await readFile(output, 'utf8')).toMatch(/^DTSTART;TZID=Europe\/Amsterdam:20261210T140000\r?$/m);
  });

  it('exits 2 with the usage in Dutch on wrong use', async () => {
    for (const args of [['ics'], ['ics', join(dir, 'noor.mdo')], ['ics', join(dir, 'noor.mdo'), '-o', join(dir, 'x.txt')], ['ics', join(dir, 'noor.mdo'), '-o', join(dir, 'x.ics'), '--onbekend']]) {
      const run = await mdo(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Gebruik: mdo ics BESTAND.mdo -o OVERLEG.ics');
      expect(run.stderr).not.toMatch(/\b(the|unknown|option|invalid)\b/i);
    }
  });

  it('loads no docx, Lexical or Markdown parser for a .mdo', async () => {
    const run = await mdoLoading('ics', join(dir, 'noor.mdo'), '--overschrijven', '-o', join(dir, 'laden.ics'));
    expect(run.code, run.stderr).toBe(0);
    const sources = await sourcesIn(run.loaded.filter((path) => path.startsWith('out/cli/')));
    expect(sources).toContainEqual(expect.stringMatching(/node_modules\/ical-generator\//));
    expect(sources.filter((source) => /node_modules\/(docx|fflate|lexical|@lexical)\//.test(source) || /^shared\/markdown\//.test(source))).toEqual([]);
  });
});
