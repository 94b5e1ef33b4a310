import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { readDocx } from '../support/docx-reader';
import { mdo } from './support/run-mdo';

describe('mdo validate', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints "geldig" for a valid meeting and exits 0', async () => {
    const file = join(dir, 'noor.mdo');
    await writeFile(file, serializeMeeting(sampleMeeting()));
    expect(await mdo('validate', file)).toMatchObject({ code: 0, stdout: 'geldig\n' });
  });

  it('accepts a file of an older schema version', async () => {
    const file = join(dir, 'oud.mdo');
    await copyFile(join(import.meta.dirname, '../fixtures/meeting-files/v1-noor.mdo'), file);
    expect((await mdo('validate', file)).stdout).toBe('geldig\n');
  });

  it('lists the Dutch errors with the fields and exits 1', async () => {
    const meeting = { ...sampleMeeting(), title: '', status: 'klaar' };
    const file = join(dir, 'fout.mdo');
    await writeFile(file, serializeMeeting(meeting as never));
    const result = await mdo('validate', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Titel is leeg');
    expect(result.stderr).toContain('Status moet een van deze waarden zijn: concept, definitief');
  });

  it('says a missing file cannot be found and exits 1', async () => {
    const result = await mdo('validate', join(dir, 'bestaat-niet.mdo'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/niet gevonden|bestaat niet/i);
  });

  it('exits 2 with a Dutch hint on wrong use', async () => {
    expect(await mdo()).toMatchObject({ code: 2 });
    const unknown = await mdo('opruimen');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekende opdracht "opruimen"');
    expect((await mdo('validate')).code).toBe(2);
  });

  it('explains itself in Dutch with --help', async () => {
    const result = await mdo('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gebruik:');
    expect(result.stdout).toContain('mdo validate BESTAND.mdo');
  });
});

describe('mdo export --agenda', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-cli-export-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the agenda as a Word document with the computed times', async () => {
    const file = join(dir, 'noor.mdo');
    await writeFile(file, serializeMeeting(sampleMeeting()));
    const output = join(dir, 'agenda.docx');
    const result = await mdo('export', file, '--agenda', '-o', output);
    expect(result).toMatchObject({ code: 0, stdout: `Agenda geschreven naar ${output}\nVastgelegd in het exportlogboek van ${file}.\n` });
    const docx = readDocx(new Uint8Array(await readFile(output)));
    const agenda = docx.tables.find((table) => table[0]?.[0] === 'Tijd');
    expect(agenda?.slice(1).map((row) => row[0])).toEqual(['14:00–14:05', '14:05–14:15']);
  });

  it('writes nothing for an invalid meeting file and exits 1', async () => {
    const file = join(dir, 'kapot.mdo');
    await writeFile(file, '{"format":"mdo-assistent/meeting"');
    const output = join(dir, 'kapot.docx');
    const result = await mdo('export', file, '--agenda', '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('beschadigd');
    expect(await readdir(dir)).not.toContain('kapot.docx');
  });

  it('exits 2 without an output file', async () => {
    const result = await mdo('export', join(dir, 'noor.mdo'), '--agenda');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Gebruik: mdo export');
  });
});
