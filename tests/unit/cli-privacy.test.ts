import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withOptionalAlias } from '../../cli/export-command';
import { readMeetingFile } from '../../host/storage';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { SECRET_PASSAGE, noorWithMinutes, noorWithSecretPassage } from '../fixtures/noor-minutes';
import { readDocx, type DocxPackage } from '../support/docx-reader';
import { notesFromMarkdown } from '../support/lexical-fixtures';
import { mdoHere } from './support/run-mdo';

const NOOR_MD = join(import.meta.dirname, '../fixtures/markdown/casus-noor.mdo.md');

const SECRET = 'Vader verblijft sinds november in detentie.';
const SECRET_DECISION = 'Veilig Thuis adviseert over het contact met vader.';

/** The Noor minutes with one professional-only passage (a paragraph and a decision) in item 3. */
function noorWithSecret(): Meeting {
  const meeting = noorWithMinutes();
  meeting.agendaItems[2]!.notes!.root.children.unshift({
    type: 'mdo-confidential',
    version: 1,
    id: 'c1',
    scope: 'professionals',
    notFor: [],
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      notesFromMarkdown(SECRET).root.children[0],
      { type: 'mdo-decision', version: 1, id: 'd9', text: SECRET_DECISION, reason: '', dissent: [] },
    ],
  });
  return meeting;
}

async function docxAt(path: string): Promise<DocxPackage> {
  return readDocx(new Uint8Array(await readFile(path)));
}

function allText(docx: DocxPackage): string {
  return Object.values(docx.parts)
    .map((xml) => xml.replace(/<[^>]+>/g, ''))
    .join('\n');
}

let dir = '';
let counter = 0;
/** A fresh copy of the meeting file for each test, so export logs do not mix. */
async function meetingFile(meeting: Meeting = noorWithSecret()): Promise<string> {
  const path = join(dir, `noor-${++counter}.mdo`);
  await writeFile(path, serializeMeeting(meeting));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdo-cli-privacy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mdo export --voor', () => {
  it('writes the parents’ copy without the professional-only passage and records the export in the .mdo', async () => {
    const input = await meetingFile();
    const before = await readMeetingFile(input);
    const output = join(dir, 'ouders.docx');
    const result = await mdoHere('export', input, '-o', output, '--voor', 'ouders');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Verslag (versie voor ouders) geschreven naar ${output}\nVastgelegd in het exportlogboek van ${input}.\n`);
    const docx = await docxAt(output);
    const text = allText(docx);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(SECRET_DECISION);
    expect(text).toContain('Versie voor ouders. Passages die alleen voor professionals bedoeld zijn, zijn weggelaten.');
    expect(docx.paragraphs.map((p) => p.text)).toContain('B3 Besluit: Het wijkteam start gezinsbegeleiding.');

    const after = await readMeetingFile(input);
    expect(after.ok && before.ok).toBe(true);
    if (!after.ok || !before.ok) return;
    expect(after.value.exportLog).toEqual([
      {
        at: expect.any(String),
        document: 'verslag',
        audience: { kind: 'ouders', person: null },
        pseudonym: { child: false, childAlias: '', parents: false },
        fileName: 'ouders.docx',
        meetingStatus: 'concept',
        meetingUpdatedAt: before.value.updatedAt,
      },
    ]);
    // Nothing else in the meeting changed.
    expect({ ...after.value, exportLog: [], updatedAt: '' }).toEqual({ ...before.value, exportLog: [], updatedAt: '' });
  });

  it('finds a participant by name, ignoring case and accents, and appends to the log', async () => {
    const input = await meetingFile();
    const forEls = join(dir, 'els.docx');
    const result = await mdoHere('export', input, '--voor', 'els DE vries', '-o', forEls);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Verslag (versie voor Els de Vries) geschreven naar');
    const docx = await docxAt(forEls);
    expect(allText(docx)).not.toContain(SECRET);
    expect(allText(docx)).toContain('Versie voor Els de Vries.');

    const forOmer = join(dir, 'omer.docx');
    expect((await mdoHere('export', input, '--agenda', '--voor', 'Omer Yilmaz', '-o', forOmer)).code).toBe(0);
    const agenda = await docxAt(forOmer);
    expect(allText(agenda)).toContain('Versie voor Ömer Yılmaz.');

    const log = await readMeetingFile(input);
    expect(log.ok && log.value.exportLog.map((entry) => [entry.document, entry.audience])).toEqual([
      ['verslag', { kind: 'deelnemer', person: { participantId: 'p5', name: 'Els de Vries' } }],
      ['agenda', { kind: 'deelnemer', person: { participantId: 'p4', name: 'Ömer Yılmaz' } }],
    ]);
  });

  it('shows the passage to the professionals', async () => {
    const input = await meetingFile();
    const output = join(dir, 'professionals.docx');
    expect((await mdoHere('export', input, '--voor', 'professionals', '-o', output)).code).toBe(0);
    expect(allText(await docxAt(output))).toContain(SECRET);
  });

  it('exits 2 for a name that is no participant, lists the participants, and writes nothing', async () => {
    const input = await meetingFile();
    const before = await readFile(input, 'utf8');
    const output = join(dir, 'niemand.docx');
    const result = await mdoHere('export', input, '--voor', 'Piet Puk', '-o', output);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"Piet Puk" is geen deelnemer van dit overleg.');
    expect(result.stderr).toContain('  - Els de Vries');
    expect(result.stderr).toContain('  - Dr. P. Hendriks');
    expect(await readdir(dir)).not.toContain('niemand.docx');
    expect(await readFile(input, 'utf8')).toBe(before);
  });
});

describe('mdo export --pseudoniem', () => {
  it('replaces the child’s name by the alias everywhere and logs the choice', async () => {
    const input = await meetingFile();
    const output = join(dir, 'alias.docx');
    const result = await mdoHere('export', input, '--pseudoniem', 'kind A', '--voor', 'ouders', '-o', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Verslag (versie voor ouders, kind als "kind A") geschreven naar');
    const docx = await docxAt(output);
    const text = allText(docx);
    expect(text).not.toMatch(/Noor/i);
    expect(text).toContain('MDO kind A');
    expect(docx.headerFooterText).toContain('Verslag MDO · kind A · 10 december 2026 · Vertrouwelijk');
    const log = await readMeetingFile(input);
    expect(log.ok && log.value.exportLog[0]?.pseudonym).toEqual({ child: true, childAlias: 'kind A', parents: false });
  });

  it('uses initials without an alias, also as the last option, and hides the parents with --pseudoniem-ouders', async () => {
    const input = await meetingFile();
    const output = join(dir, 'initialen.docx');
    const result = await mdoHere('export', input, '-o', output, '--pseudoniem-ouders', '--pseudoniem');
    expect(result.code).toBe(0);
    const text = allText(await docxAt(output));
    expect(text).not.toMatch(/Noor|Els/);
    expect(text).toContain('MDO N.d.V.');
    expect(text).toContain(SECRET); // the full copy, with names replaced
    expect(withOptionalAlias(['--pseudoniem', 'noor.mdo', '-o', 'x.docx'])).toEqual(['--pseudoniem=', 'noor.mdo', '-o', 'x.docx']);
    expect(withOptionalAlias(['x.mdo', '--pseudoniem', '--voor', 'ouders'])).toEqual(['x.mdo', '--pseudoniem=', '--voor', 'ouders']);
    expect(withOptionalAlias(['x.mdo', '--pseudoniem', 'kind B'])).toEqual(['x.mdo', '--pseudoniem=kind B']);
  });

  it('refuses a copy per recipient or with replaced names in MDO-Markdown (exit 2), and records nothing for a .md input', async () => {
    const input = await meetingFile();
    const before = await readFile(input, 'utf8');
    for (const extra of [['--voor', 'ouders'], ['--pseudoniem'], ['--pseudoniem-ouders']]) {
      const result = await mdoHere('export', input, '--format', 'md', '-o', join(dir, 'x.md'), ...extra);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('MDO-Markdown bevat altijd het volledige overleg');
    }
    expect(await readFile(input, 'utf8')).toBe(before);

    const markdown = join(dir, 'noor.md');
    await copyFile(NOOR_MD, markdown);
    const markdownBefore = await readFile(markdown, 'utf8');
    const result = await mdoHere('export', markdown, '--voor', 'ouders', '-o', join(dir, 'uit-md.docx'));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('exportlogboek');
    expect(await readFile(markdown, 'utf8')).toBe(markdownBefore);
  });

  it('explains the choices and the export log in --help', async () => {
    const help = await mdoHere('--help');
    for (const text of ['--voor ouders', '--voor "NAAM"', '--pseudoniem [ALIAS]', '--pseudoniem-ouders', 'Bij een .md-\n  bestand wordt niets vastgelegd.']) {
      expect(help.stdout).toContain(text);
    }
  });
});

describe('mdo export --voorbeeld and roles that are not certain', () => {
  it('prints what the copy leaves out, by number, and writes nothing, not even the log', async () => {
    const file = await meetingFile(noorWithSecretPassage());
    const before = await readFile(file, 'utf8');
    const run = await mdoHere('export', file, '--voor', 'ouders', '--voorbeeld');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim().split('\n')).toEqual([
      'Versie voor ouders.',
      'Weggelaten: een passage bij agendapunt 3 (Veiligheid), vertrouwelijk – alleen professionals: „Vader verblijft sinds november in detentie; alleen voor …”.',
      'Daarmee ook weggelaten: besluit B2 en actie A1.',
    ]);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.docx') && name.includes(`noor-${counter}`))).toEqual([]);
  });

  it('gives the pupil with the child’s name the child’s copy and says so for a reader whose role is not known', async () => {
    const meeting = noorWithSecretPassage();
    meeting.participants.push(
      { id: 'p8', name: 'Noor de V.', function: 'leerling', organisation: 'OBS De Regenboog', email: '', attendance: 'aanwezig', role: null },
      { id: 'p9', name: 'Yusuf Haddad', function: 'jeugdconsulent', organisation: '', email: '', attendance: 'aanwezig', role: null },
    );
    const file = await meetingFile(meeting);
    const forChild = join(dir, 'kind.docx');
    const run = await mdoHere('export', file, '--voor', 'noor de v.', '-o', forChild);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'Let op: De rol van Yusuf Haddad is niet bekend; deze kopie behandelt Yusuf Haddad niet als professional. Kies bij Deelnemers de rol, of vul functie en organisatie in.\n',
    );
    const text = allText(await docxAt(forChild));
    for (const secret of Object.values(SECRET_PASSAGE)) expect(text).not.toContain(secret);
    expect(text).toContain('Kind: aanwezig (Noor de V.).');

    const preview = await mdoHere('export', file, '--voor', 'Yusuf Haddad', '--voorbeeld');
    expect(preview.stdout).toContain('vertrouwelijk – alleen professionals');
  });

  it('says a wrong option in Dutch, once', async () => {
    const run = await mdoHere('export', 'x.mdo', '--overschrijven', '-o', 'x.docx');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('Onbekende optie "--overschrijven".');
    expect(run.stderr).not.toMatch(/Unknown|positional/);
  });
});

describe('the final scan of a copy with replaced names', () => {
  /** Noor's minutes where someone typed the mother's surname with a slip ("Vriez"): no form of the name, but one letter away. */
  function withSlip(): Meeting {
    const meeting = noorWithMinutes();
    meeting.agendaItems[0]!.notes!.root.children.push(notesFromMarkdown('Mevrouw Vriez belt morgen terug.').root.children[0]);
    return meeting;
  }

  it('stops the export when the copy still holds something close to a replaced name, and writes nothing', async () => {
    const file = await meetingFile(withSlip());
    const output = join(dir, `slip-${counter}.docx`);
    const run = await mdoHere('export', file, '--voor', 'ouders', '--pseudoniem', 'kind A', '--pseudoniem-ouders', '-o', output);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Let op: Lijkt op de naam van [^:]+: „Vriez”/);
    expect(run.stderr).toContain('Er is niets geschreven');
    expect(await readdir(dir)).not.toContain(`slip-${counter}.docx`);
  });

  it('writes it with --toch, and says what it found', async () => {
    const file = await meetingFile(withSlip());
    const output = join(dir, `slip-toch-${counter}.docx`);
    const run = await mdoHere('export', file, '--voor', 'ouders', '--pseudoniem', 'kind A', '--pseudoniem-ouders', '--toch', '-o', output);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('„Vriez”');
    expect(allText(await docxAt(output))).toContain('Vriez');
  });

  it('lists the names it replaces in the preview', async () => {
    const file = await meetingFile(noorWithSecretPassage());
    const run = await mdoHere('export', file, '--voor', 'ouders', '--pseudoniem', 'kind A', '--pseudoniem-ouders', '--voorbeeld');
    expect(run.stdout).toContain('Namen vervangen: Noor de V. → kind A');
    expect(run.stdout).toContain('Els de Vries → moeder');
  });
});
