import { describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { findNameResidue, scanDocxForNames } from '../../shared/privacy/name-scan';
import { nameReplacer } from '../../shared/privacy/pseudonymise';
import { CORPUS_PSEUDONYM, corpusMeeting, pseudonymCorpus } from '../fixtures/pseudonym-corpus';
import { readDocx } from '../support/docx-reader';
import { notesFromMarkdown } from '../support/lexical-fixtures';

const replace = nameReplacer(corpusMeeting(), CORPUS_PSEUDONYM);
const replacedCases = pseudonymCorpus.filter((entry) => entry.verdict === 'vervangen');
const keptCases = pseudonymCorpus.filter((entry) => entry.verdict === 'blijft');

describe('the pseudonym corpus: names as they are written in Dutch notes', () => {
  it('has at least 40 ways a name is written, names that must go and text that must stay', () => {
    expect(pseudonymCorpus.length).toBeGreaterThanOrEqual(40);
    expect(replacedCases.length).toBeGreaterThanOrEqual(40);
    expect(keptCases.length).toBeGreaterThanOrEqual(10);
    expect(new Set(pseudonymCorpus.map((entry) => entry.text)).size).toBe(pseudonymCorpus.length);
  });

  it.each(replacedCases.map((entry) => [entry.what, entry] as const))('replaces %s', (_, entry) => {
    expect(replace(entry.text, entry.field ?? 'reason')).toBe(entry.expected);
  });

  it.each(keptCases.map((entry) => [entry.what, entry] as const))('keeps %s', (_, entry) => {
    expect(replace(entry.text, entry.field ?? 'reason')).toBe(entry.text);
  });

  it('misses nothing and replaces nothing falsely, all cases at once', () => {
    const misses = pseudonymCorpus.filter((entry) => replace(entry.text, entry.field ?? 'reason') !== entry.expected).map((entry) => entry.what);
    expect(misses).toEqual([]);
  });

  it('leaves nothing for the final scan in the replaced corpus', () => {
    const copies = pseudonymCorpus.map((entry) => replace(entry.text, entry.field ?? 'reason'));
    expect(findNameResidue(copies, corpusMeeting(), CORPUS_PSEUDONYM)).toEqual([]);
  });

  it('lets the final scan find every case that must be replaced, before replacing', () => {
    const unseen = replacedCases.filter((entry) => findNameResidue([entry.text], corpusMeeting(), CORPUS_PSEUDONYM).length === 0).map((entry) => entry.what);
    expect(unseen).toEqual([]);
    expect(findNameResidue(keptCases.map((entry) => entry.text), corpusMeeting(), CORPUS_PSEUDONYM)).toEqual([]);
  });
});

describe('the corpus in the notes, exported to Word', () => {
  const exportedAt = new Date('2026-12-11T09:00:00Z');

  function meetingWithCorpus(): Meeting {
    const meeting = corpusMeeting();
    const sentences = pseudonymCorpus.filter((entry) => entry.field === undefined).map((entry) => entry.text);
    const markdown = [...sentences, 'Zie [Amirs filmpje](https://example.org/amir_b) en [het protocol](https://www.veiligthuis.nl/).'].join('\n\n');
    meeting.agendaItems[1] = { ...meeting.agendaItems[1]!, notes: notesFromMarkdown(markdown) as Meeting['agendaItems'][number]['notes'] };
    return meeting;
  }

  it('leaves no name in any part of the package, and writes a link to a name as its text without the link', async () => {
    const meeting = meetingWithCorpus();
    const docx = await packDocx(buildMinutesDocument(meeting, { exportedAt, options: { audience: { kind: 'ouders', person: null }, pseudonym: CORPUS_PSEUDONYM } }));
    expect(scanDocxForNames(docx, meeting, CORPUS_PSEUDONYM)).toEqual([]);
    const read = readDocx(docx);
    const everything = Object.values(read.parts).join('\n');
    expect(everything.match(/\b(?:amir|le[iï]la|bouzid|bas|bassie)\b/giu)).toBeNull();
    const texts = read.paragraphs.map((p) => p.text);
    expect(texts).toContain("Zie kind A's filmpje en het protocol.");
    // The link to the protocol stays a link; the one to the child's page is gone, not rewritten.
    const rels = read.parts['word/_rels/document.xml.rels'] ?? '';
    expect(rels).toContain('https://www.veiligthuis.nl/');
    expect(rels).not.toContain('example.org');
    expect(read.parts['word/document.xml']?.match(/<w:hyperlink\b/g)).toHaveLength(1);
    for (const sentence of ['Mail naar [e-mailadres weggelaten].', 'Zijn filmpje: [link weggelaten]', 'Moeder is aanwezig.', 'Vader belt terug.', 'Familie kind A woont sinds 2020 in de wijk.']) {
      expect(texts).toContain(sentence);
    }
  });

  it('lets the final scan find the names in a copy without replacing, in the text, the properties and the link targets', async () => {
    const meeting = meetingWithCorpus();
    const none = { child: false, childAlias: '', parents: false };
    const docx = await packDocx(buildMinutesDocument(meeting, { exportedAt, options: { audience: { kind: 'volledig', person: null }, pseudonym: none } }));
    const found = scanDocxForNames(docx, meeting, CORPUS_PSEUDONYM);
    const parts = new Set(found.map((residue) => residue.part));
    expect(parts).toContain('word/document.xml');
    expect(parts).toContain('docProps/core.xml');
    expect(parts).toContain('word/_rels/document.xml.rels');
    expect(found.some((residue) => residue.part === 'word/_rels/document.xml.rels' && residue.text === 'amir')).toBe(true);
    expect(found.filter((residue) => residue.kind === 'behouden-naam')).toEqual([]);
  });
});
