import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupPathFor, readMeetingFile } from '../../host/storage';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { exportMdoMarkdown, importMdoMarkdown } from '../../shared/markdown/mdo-markdown';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { readDocx } from '../support/docx-reader';
import { mdoHere } from './support/run-mdo';

/** The exported text; the export fails only for notes it cannot read. */
function markdownOf(meeting: Meeting): string {
  const result = exportMdoMarkdown(meeting);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const NOOR = join(import.meta.dirname, '../fixtures/markdown/casus-noor.mdo.md');
const NOOR_CONFIDENTIAL = join(import.meta.dirname, '../fixtures/markdown/casus-noor-vertrouwelijk.mdo.md');

const BAD_DATE = '---\ntitel: MDO Noor\ndatum: 31-12-2026\n---\n\n## Opening (abc min)\n';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdo-cli-md-'));
  await copyFile(NOOR, join(dir, 'noor.md'));
  await copyFile(NOOR_CONFIDENTIAL, join(dir, 'noor-vertrouwelijk.md'));
  await writeFile(join(dir, 'fout.md'), BAD_DATE);
  await writeFile(join(dir, 'sample.mdo'), serializeMeeting(sampleMeeting()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mdo import', () => {
  it('writes a valid .mdo from MDO-Markdown, with the basis for sharing and without warnings', async () => {
    const output = join(dir, 'noor.mdo');
    const result = await mdoHere('import', join(dir, 'noor.md'), '-o', output);
    expect(result).toMatchObject({ code: 0, stdout: `Overleg geschreven naar ${output} (9 agendapunten, 7 deelnemers)\n`, stderr: '' });
    const meeting = await readMeetingFile(output);
    expect(meeting.ok).toBe(true);
    if (!meeting.ok) return;
    expect(meeting.value.agendaItems).toHaveLength(9);
    expect(meeting.value.sharingBasis).toEqual({ kind: 'toestemming', consentBy: 'ouders', consentDate: '2026-12-10', reason: '' });
    expect(meeting.value.agendaItems[6]?.sharingBasis).toMatchObject({ kind: 'meldcode', reason: expect.stringMatching(/^consultatie Veilig Thuis/) });
    const lists = deriveMeetingLists(meeting.value);
    expect(lists.decisions.map((d) => d.number)).toEqual(['B1', 'B2']);
    expect(lists.actions.map((a) => a.number)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
    expect((await mdoHere('validate', output)).stdout).toBe('geldig\n');
  });

  it('keeps confidential passages in the .mdo, with the decision and action inside them restricted', async () => {
    const output = join(dir, 'noor-vertrouwelijk.mdo');
    const result = await mdoHere('import', join(dir, 'noor-vertrouwelijk.md'), '-o', output);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const meeting = await readMeetingFile(output);
    if (!meeting.ok) throw new Error(meeting.error.message);
    const saved = JSON.stringify(meeting.value.agendaItems[5]?.notes);
    expect(saved).toContain('"type":"mdo-confidential"');
    expect(saved).toContain('"scope":"professionals"');
    const lists = deriveMeetingLists(meeting.value);
    expect(lists.decisions.map((d) => [d.number, d.restrictions.map((r) => r.scope)])).toEqual([
      ['B1', []],
      ['B2', []],
      ['B3', ['professionals']],
    ]);
    expect(lists.actions.at(-1)).toMatchObject({ number: 'A6', restrictions: [{ scope: 'professionals', notFor: [] }] });
    const els = meeting.value.participants.find((p) => p.name === 'Els de Vries');
    expect(JSON.stringify(meeting.value.agendaItems[2]?.notes)).toContain(
      `"scope":"niet-voor","notFor":[{"participantId":"${els?.id}","name":"Els de Vries"}]`,
    );
  });

  it('warns on stderr about an unclosed passage and still writes it as confidential', async () => {
    const input = join(dir, 'open-passage.md');
    await writeFile(input, '---\ntitel: MDO\n---\n\n## Zorgen (10 min)\n::: vertrouwelijk professionals\nGeheim.\n');
    const output = join(dir, 'open-passage.mdo');
    const result = await mdoHere('import', input, '-o', output);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `${input}: let op: Regel 6: de vertrouwelijke passage die hier begint is niet afgesloten met ":::"; hij loopt door tot het einde van agendapunt "Zorgen" en blijft vertrouwelijk.\n`,
    );
    const meeting = await readMeetingFile(output);
    expect(meeting.ok && JSON.stringify(meeting.value.agendaItems[0]?.notes)).toMatch(/"type":"mdo-confidential".*"scope":"professionals"/);
  });

  it('refuses to replace an existing file unless --overschrijven is given', async () => {
    const output = join(dir, 'bestaand.mdo');
    await writeFile(output, serializeMeeting(sampleMeeting()));
    const before = await readFile(output, 'utf8');
    const refused = await mdoHere('import', join(dir, 'noor.md'), '-o', output);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Het bestand "${output}" bestaat al en is niet veranderd.`);
    expect(refused.stderr).toContain('--overschrijven');
    expect(await readFile(output, 'utf8')).toBe(before);

    const replaced = await mdoHere('import', join(dir, 'noor.md'), '-o', output, '--overschrijven');
    expect(replaced.code).toBe(0);
    expect(await readFile(backupPathFor(output), 'utf8')).toBe(before);
    const meeting = await readMeetingFile(output);
    expect(meeting.ok && meeting.value.title).toBe('MDO Noor de Vries');
  });

  it('prints the line-numbered Dutch errors, writes nothing and exits 1', async () => {
    const output = join(dir, 'fout.mdo');
    const result = await mdoHere('import', join(dir, 'fout.md'), '-o', output);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `${join(dir, 'fout.md')}: Dit bestand volgt de vorm van MDO-Markdown niet; er is niets geïmporteerd. Verbeter de genoemde regels en probeer het opnieuw.`,
        '  - Regel 3: datum moet JJJJ-MM-DD zijn, bijvoorbeeld 2026-12-10.',
        '  - Regel 6: de tijd van een agendapunt moet een heel aantal minuten zijn (0 tot 1440), bijvoorbeeld "(10 min)"; "(abc min)" is niet te lezen.',
        '',
      ].join('\n'),
    );
    expect((await readdir(dir)).filter((name) => name.startsWith('fout.mdo'))).toEqual([]);
  });

  it('exits 2 on wrong use', async () => {
    expect((await mdoHere('import', join(dir, 'noor.md'))).code).toBe(2);
    const notMarkdown = await mdoHere('import', join(dir, 'sample.mdo'), '-o', join(dir, 'x.mdo'));
    expect(notMarkdown).toMatchObject({ code: 2 });
    expect(notMarkdown.stderr).toContain('moet MDO-Markdown zijn');
    const notMdo = await mdoHere('import', join(dir, 'noor.md'), '-o', join(dir, 'x.json'));
    expect(notMdo.code).toBe(2);
    expect(notMdo.stderr).toContain('Het uitvoerbestand moet eindigen op .mdo.');
    expect((await mdoHere('import', join(dir, 'bestaat-niet.md'), '-o', join(dir, 'y.mdo'))).code).toBe(1);
  });
});

describe('mdo export', () => {
  it('writes the minutes as Word from a .mdo or a .md file', async () => {
    for (const input of ['sample.mdo', 'noor.md']) {
      const output = join(dir, `${input}.docx`);
      const result = await mdoHere('export', join(dir, input), '-o', output);
      // Only a .mdo has an export log to write the copy down in.
      const logged = input.endsWith('.mdo') ? `Vastgelegd in het exportlogboek van ${join(dir, input)}.\n` : '';
      expect(result).toMatchObject({ code: 0, stdout: `Verslag geschreven naar ${output}\n${logged}` });
      const docx = readDocx(new Uint8Array(await readFile(output)));
      expect(docx.paragraphs.map((p) => p.text)).toContain('Verslag multidisciplinair overleg');
    }
  });

  it('writes the agenda from a .md file with --agenda', async () => {
    const output = join(dir, 'agenda.docx');
    const result = await mdoHere('export', join(dir, 'noor.md'), '--agenda', '-o', output);
    expect(result).toMatchObject({ code: 0, stdout: `Agenda geschreven naar ${output}\n` });
    const agenda = readDocx(new Uint8Array(await readFile(output))).tables.find((table) => table[0]?.[0] === 'Tijd');
    expect(agenda?.slice(1).map((row) => row[0])).toHaveLength(9);
  });

  it('writes MDO-Markdown with --format md, from a .mdo and from a .md file', async () => {
    const fromMdo = join(dir, 'sample.md');
    expect(await mdoHere('export', join(dir, 'sample.mdo'), '--format', 'md', '-o', fromMdo)).toMatchObject({
      code: 0,
      stdout: `MDO-Markdown geschreven naar ${fromMdo}\nVastgelegd in het exportlogboek van ${join(dir, 'sample.mdo')}.\n`,
    });
    expect(await readFile(fromMdo, 'utf8')).toBe(markdownOf(sampleMeeting()));

    const fromMd = join(dir, 'noor-opnieuw.md');
    expect((await mdoHere('export', join(dir, 'noor.md'), '--format', 'md', '-o', fromMd)).code).toBe(0);
    const text = await readFile(fromMd, 'utf8');
    let count = 0;
    const again = importMdoMarkdown(text, { now: new Date(), newId: () => `id-${++count}` });
    expect(again.ok && markdownOf(again.value)).toBe(text);
  });

  it('writes confidential passages, whole confidential items and the basis for sharing back with --format md', async () => {
    const imported = join(dir, 'rondje.mdo');
    expect((await mdoHere('import', join(dir, 'noor-vertrouwelijk.md'), '-o', imported)).code).toBe(0);
    const fromMdo = join(dir, 'rondje.md');
    expect((await mdoHere('export', imported, '--format', 'md', '-o', fromMdo)).code).toBe(0);
    const original = await readFile(NOOR_CONFIDENTIAL, 'utf8');
    // Nested lists are written with four spaces; everything else comes back as it was.
    expect(await readFile(fromMdo, 'utf8')).toBe(original.replace('  - 12 november\n  - 26 november', '    - 12 november\n    - 26 november'));

    const whole = sampleMeeting();
    whole.agendaItems[1]!.confidential = { scope: 'professionals', notFor: [] };
    whole.agendaItems[1]!.sharingBasis = { kind: 'meldcode', consentBy: null, consentDate: null, reason: 'zorgen over veiligheid' };
    await writeFile(join(dir, 'heel-punt.mdo'), serializeMeeting(whole));
    const wholeMd = join(dir, 'heel-punt.md');
    expect((await mdoHere('export', join(dir, 'heel-punt.mdo'), '--format', 'md', '-o', wholeMd)).code).toBe(0);
    const text = await readFile(wholeMd, 'utf8');
    expect(text).toContain('grondslag: toestemming — ouders — 2026-12-10\n');
    expect(text).toContain('## Stem van Noor (10 min)\n::: vertrouwelijk professionals (het hele agendapunt)\n');
    expect(text).toContain('Grondslag: meldcode — zorgen over veiligheid\n');
    const back = join(dir, 'heel-punt-terug.mdo');
    expect((await mdoHere('import', wholeMd, '-o', back)).code).toBe(0);
    const meeting = await readMeetingFile(back);
    expect(meeting.ok && meeting.value.agendaItems[1]).toMatchObject({
      confidential: { scope: 'professionals', notFor: [] },
      sharingBasis: { kind: 'meldcode', reason: 'zorgen over veiligheid' },
    });
  });

  it('exits 1 and writes nothing for a .md file with errors', async () => {
    const output = join(dir, 'fout.docx');
    const result = await mdoHere('export', join(dir, 'fout.md'), '-o', output);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Regel 3: datum moet JJJJ-MM-DD zijn, bijvoorbeeld 2026-12-10.');
    expect(await readdir(dir)).not.toContain('fout.docx');
  });

  it('exits 2 for an unknown format or an agenda in Markdown, and explains every command in --help', async () => {
    const odt = await mdoHere('export', join(dir, 'sample.mdo'), '--format', 'odt', '-o', join(dir, 'x.odt'));
    expect(odt.code).toBe(2);
    expect(odt.stderr).toContain('Onbekend formaat "odt"; kies docx, pdf of md.');
    expect((await mdoHere('export', join(dir, 'sample.mdo'), '--agenda', '--format', 'md', '-o', join(dir, 'x.md'))).code).toBe(2);
    const help = await mdoHere('--help');
    expect(help.code).toBe(0);
    for (const usage of ['mdo import AGENDA.md -o OVERLEG.mdo [--overschrijven]', 'mdo export BESTAND.mdo -o VERSLAG.docx', '--format md']) {
      expect(help.stdout).toContain(usage);
    }
  });
});

describe('mdo export --huisstijl', () => {
  it('uses the styles of the given reference, and a broken one still exports with a Dutch notice', async () => {
    const { readDocx } = await import('../support/docx-reader');
    const { readFile: read } = await import('node:fs/promises');
    const reference = join(import.meta.dirname, '../../templates/huisstijl/neutraal.docx');
    const styled = join(dir, 'met-huisstijl.docx');
    const good = await mdoHere('export', join(dir, 'sample.mdo'), '--huisstijl', reference, '-o', styled);
    expect(good.code).toBe(0);
    expect(readDocx(await read(styled)).parts['word/styles.xml']).toContain('w:styleId="Besluit"');

    await writeFile(join(dir, 'kapot.docx'), 'geen zip');
    const broken = await mdoHere('export', join(dir, 'sample.mdo'), '--huisstijl', join(dir, 'kapot.docx'), '-o', join(dir, 'zonder.docx'));
    expect(broken.code).toBe(0);
    expect(broken.stderr).toContain('Het huisstijlbestand "kapot.docx" is niet te gebruiken');
  });
});
