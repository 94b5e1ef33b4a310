import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFileWithWarnings, serializeMeeting, validateMeeting } from '../../shared/file/meeting-file';
import { exportMdoMarkdown, parseMdoMarkdown } from '../../shared/markdown/mdo-markdown';
import { firstInvalidUtf8Line } from '../../shared/markdown/utf8-text';
import type { LexicalState, Meeting } from '../../shared/meeting/meeting-schema';
import { normalizeNotes } from '../../shared/notes/lexical/headless';
import { isSafeLinkTarget, linkTargetProblem } from '../../shared/notes/link-target';
import { cleanNotes } from '../../shared/notes/notes-cleanup';
import { MAX_NOTE_BLOCKS, MAX_NOTE_CHARACTERS, MAX_NOTE_NODES, notesProblem } from '../../shared/notes/notes-validation';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { mdoHere } from './support/run-mdo';

function text(value: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0, ...extra };
}

function paragraph(children: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children, ...extra };
}

function link(url: string, label: string): Record<string, unknown> {
  return { type: 'link', version: 1, url, rel: 'noreferrer', target: null, title: null, direction: null, format: '', indent: 0, children: [text(label)] };
}

function notesWith(children: unknown[]): LexicalState {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

function decision(index: number): Record<string, unknown> {
  return { type: 'mdo-decision', version: 1, id: `b${index}`, text: `Besluit ${index}` };
}

function meetingWithNotes(index: number, notes: unknown): Meeting {
  const meeting = sampleMeeting();
  return { ...meeting, agendaItems: meeting.agendaItems.map((item, at) => (at === index ? { ...item, notes: notes as LexicalState } : item)) };
}

/** A two-hour meeting typed without a pause: about 15,000 words, one paragraph per sentence of 12 words. */
function twoHourNotes(): LexicalState {
  const sentence = 'de moeder vertelt dat het thuis rustiger gaat sinds de nieuwe afspraken met school. ';
  const paragraphs = Array.from({ length: 1_250 }, () => paragraph([text(sentence.trim())]));
  return notesWith(paragraphs);
}

describe('the size of one agenda item’s notes', () => {
  it('lets in two hours of notes typed without a pause (15,000 words) with room to spare', () => {
    const notes = twoHourNotes();
    expect(notesProblem(notes)).toBeNull();
    expect(JSON.stringify(notes).length).toBeGreaterThan(100_000);
  });

  it('lets in the largest notes the limits allow, and they load in the headless editor', () => {
    // Two nodes a paragraph (the paragraph and its text), beside the blocks and the root.
    const paragraphCount = Math.floor((MAX_NOTE_NODES - MAX_NOTE_BLOCKS - 1) / 2);
    const perParagraph = Math.floor((MAX_NOTE_CHARACTERS - 2_000) / paragraphCount);
    const notes = notesWith([
      ...Array.from({ length: paragraphCount }, () => paragraph([text('x'.repeat(perParagraph))])),
      ...Array.from({ length: MAX_NOTE_BLOCKS }, (_, index) => decision(index)),
    ]);
    expect(notesProblem(notes)).toBeNull();
    expect(normalizeNotes(notes, 'groot').ok).toBe(true);
  });

  it('refuses more text than the limit, naming how much and what to do', () => {
    const problem = notesProblem(notesWith([paragraph([text('a'.repeat(MAX_NOTE_CHARACTERS + 1))])]));
    expect(problem).toBe(
      'bevat te veel tekst: 120.001 tekens, hoogstens 120.000 per agendapunt. Verdeel de aantekeningen over meer agendapunten',
    );
  });

  it('counts text in blocks and link targets, not the structure', () => {
    const half = 'b'.repeat(MAX_NOTE_CHARACTERS / 2);
    expect(notesProblem(notesWith([{ type: 'mdo-decision', version: 1, id: 'x', text: half }, paragraph([text(half)])]))).toBeNull();
    expect(notesProblem(notesWith([{ type: 'mdo-decision', version: 1, id: 'x', text: half }, paragraph([link(`https://a.nl/${half}`, half)])]))).toMatch(
      /te veel tekst/,
    );
  });

  it('refuses more nodes and more blocks than the limits', () => {
    const nodes = notesWith(Array.from({ length: MAX_NOTE_NODES }, () => paragraph([])));
    expect(notesProblem(nodes)).toMatch(/^bevat te veel onderdelen: meer dan 4\.000 /);
    const blocks = notesWith(Array.from({ length: MAX_NOTE_BLOCKS + 1 }, (_, index) => decision(index)));
    expect(notesProblem(blocks)).toBe(
      'bevat te veel besluiten, acties en schaalvragen: 51, hoogstens 50 per agendapunt. Verdeel de aantekeningen over meer agendapunten',
    );
  });

  it('names the agenda item by number and title when a file is refused', () => {
    const meeting = meetingWithNotes(1, notesWith([paragraph([text('z'.repeat(1_000_000))])]));
    const result = validateMeeting(meeting);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const title = meeting.agendaItems[1]!.title;
    expect(result.error.details).toEqual([
      `Agendapunt 2 ("${title}") › Aantekeningen bevat te veel tekst: 1.000.000 tekens, hoogstens 120.000 per agendapunt. Verdeel de aantekeningen over meer agendapunten.`,
    ]);
  });
});

describe('the one rule for link targets', () => {
  it.each([
    'https://www.nji.nl/kindermishandeling',
    'http://example.org/a?b=c#d',
    'mailto:ab@jeugdteam.nl',
    'HTTPS://VOORBEELD.NL',
    '  https://voorbeeld.nl  ',
  ])('keeps %s', (target) => {
    expect(isSafeLinkTarget(target)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'mailto:ab@jeugdteam.nl?attach=/etc/passwd',
    'mailto:ab@jeugdteam.nl?subject=x',
    'mailto:ab@jeugdteam.nl%3Fattach=x',
    'mailto:a@b.nl,c@d.nl',
    'https://user:pass@voorbeeld.nl',
    'https://voorbeeld.nl\\@evil.nl',
    'https:/voorbeeld.nl',
    '//voorbeeld.nl',
    'www.voorbeeld.nl',
    '',
  ])('refuses %s', (target) => {
    expect(isSafeLinkTarget(target)).toBe(false);
    expect(linkTargetProblem(target)).toMatch(/^(Typ|Een|Dit)/);
  });
});

describe('a link target longer than any real address', () => {
  it('is refused, with a Dutch reason', () => {
    const target = `https://voorbeeld.nl/${'a'.repeat(3_000)}`;
    expect(isSafeLinkTarget(target)).toBe(false);
    expect(linkTargetProblem(target)).toBe('Dit adres is te lang voor een link (hoogstens 2.000 tekens).');
  });
});

describe('the door for notes read from a file', () => {
  it('makes a link to anything but a web or mail address plain text, keeping the text where it was', () => {
    const notes = notesWith([paragraph([text('Zie '), link('javascript:alert(1)', 'hier'), text(' en '), link('https://nji.nl', 'NJi')])]);
    const { notes: cleaned, removedLinks } = cleanNotes(notes);
    expect(removedLinks).toEqual([{ target: 'javascript:alert(1)', text: 'hier' }]);
    const children = (cleaned.root.children[0] as { children: { type: string; text?: string }[] }).children;
    expect(children.map((child) => child.type)).toEqual(['text', 'text', 'text', 'link']);
    expect(children[1]).toMatchObject({ type: 'text', text: 'hier' });
  });

  it('drops inline styles, unknown formatting and __proto__ keys, and leaves clean notes the same object', () => {
    const hostile = JSON.parse(
      JSON.stringify(
        notesWith([
          paragraph([text('rood', { style: 'color:red;background:url(https://evil.nl/x)', format: 1 | 4 | 16 | 1024 | 65536 })], {
            textStyle: 'font-size:90px',
            format: 'expression(alert(1))',
            indent: 5000,
          }),
        ]),
      ).replace('"detail":0', '"detail":0,"__proto__":{"polluted":true}'),
    ) as LexicalState;
    const { notes } = cleanNotes(hostile);
    const para = notes.root.children[0] as Record<string, unknown>;
    const run = (para.children as Record<string, unknown>[])[0]!;
    expect(run.style).toBe('');
    expect(run.format).toBe(1);
    expect(Object.hasOwn(run, '__proto__')).toBe(false);
    expect(para).toMatchObject({ textStyle: '', format: '', indent: 0 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const clean = twoHourNotes();
    expect(cleanNotes(clean).notes).toBe(clean);
  });

  it('warns, naming the item, when a file’s link is made plain text; the meeting written again keeps no such link', () => {
    const meeting = meetingWithNotes(0, notesWith([paragraph([link('data:text/html,<b>x</b>', 'bijlage')])]));
    const read = parseMeetingFileWithWarnings(serializeMeeting(meeting));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.warnings).toEqual([
      `Agendapunt 1 ("${meeting.agendaItems[0]!.title}"): de link bij "bijlage" naar "data:text/html,<b>x</b>" is gewone tekst geworden: alleen een webadres (https://…) of één e-mailadres (mailto:…) blijft een link.`,
    ]);
    expect(serializeMeeting(read.value.meeting)).not.toContain('data:text');
  });
});

describe('MDO-Markdown at the door', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  let counter = 0;
  const newId = () => `id-${++counter}`;

  it('makes javascript:, data: and mailto:?attach= links plain text with a warning, and writes them back as text', () => {
    const markdown = '---\ntitel: MDO\n---\n\n## Opening\n\nZie [hier](javascript:alert(1)) en [mail](mailto:a@b.nl?attach=/etc/passwd) en [nji](https://nji.nl).\n';
    const parsed = parseMdoMarkdown(markdown, { now, newId });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.warnings).toHaveLength(2);
    expect(parsed.value.warnings.join('\n')).toMatch(/Agendapunt 1 \("Opening"\): de link bij "hier" naar "javascript:alert\(1\)" is gewone tekst/);
    const written = exportMdoMarkdown(parsed.value.meeting);
    expect(written.ok && written.value).toMatch(/Zie hier en mail en \[nji\]\(https:\/\/nji\.nl\)/);
  });

  it('refuses a file with one line of a megabyte, naming the item', () => {
    const markdown = `---\ntitel: MDO\n---\n\n## Thuissituatie\n\n${'woord '.repeat(200_000)}\n`;
    const started = performance.now();
    const parsed = parseMdoMarkdown(markdown, { now, newId });
    const elapsed = performance.now() - started;
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.details).toEqual([
      'Agendapunt 1 ("Thuissituatie") › Aantekeningen bevat te veel tekst: 1.200.000 tekens, hoogstens 120.000 per agendapunt. Verdeel de aantekeningen over meer agendapunten.',
    ]);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('finds the line of the first byte that is no UTF-8', () => {
    expect(firstInvalidUtf8Line(Buffer.from('a\nb\n'))).toBeNull();
    expect(firstInvalidUtf8Line(Buffer.concat([Buffer.from('---\ntitel: '), Buffer.from([0xe9]), Buffer.from('\n---\n')]))).toBe(2);
    expect(firstInvalidUtf8Line(Buffer.concat([Buffer.from('a\n\nc'), Buffer.from([0xc3])]))).toBe(3);
  });
});

describe('mdo at the door', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-limits-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('mdo import refuses Markdown that is no UTF-8, naming the line, and writes nothing', async () => {
    const input = join(dir, 'ansi.md');
    await writeFile(input, Buffer.concat([Buffer.from('---\ntitel: MDO '), Buffer.from([0x4e, 0x6f, 0xeb, 0x6c]), Buffer.from('\n---\n\n## Opening\n')]));
    const result = await mdoHere('import', input, '-o', join(dir, 'ansi.mdo'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"ansi.md" is niet als UTF-8 opgeslagen; er is niets geïmporteerd.');
    expect(result.stderr).toContain('  - Regel 2: bevat tekens die geen UTF-8 zijn');
    await expect(readFile(join(dir, 'ansi.mdo'))).rejects.toThrow();
  });

  it('mdo validate refuses a file with 1 MB of notes in one item, naming it', async () => {
    const path = join(dir, 'groot.mdo');
    await writeFile(path, serializeMeeting(meetingWithNotes(1, notesWith([paragraph([text('y'.repeat(1_048_576))])]))));
    const result = await mdoHere('validate', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ {2}- Agendapunt 2 \("[^"]+"\) › Aantekeningen bevat te veel tekst: 1\.048\.576 tekens, hoogstens 120\.000 per agendapunt\./);
    expect(result.stdout).toBe('');
  });

  it('mdo validate says once which link it made plain text, and --format md writes it as text', async () => {
    const path = join(dir, 'link.mdo');
    await writeFile(path, serializeMeeting(meetingWithNotes(0, notesWith([paragraph([link('javascript:alert(1)', 'klik')])]))));
    const result = await mdoHere('validate', path);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('geldig\n');
    expect(result.stderr.match(/gewone tekst geworden/g)).toHaveLength(1);
    const output = join(dir, 'link.md');
    const exported = await mdoHere('export', path, '--format', 'md', '-o', output);
    expect(exported.code).toBe(0);
    expect(await readFile(output, 'utf8')).not.toContain('javascript:');
  });
});
