import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import type { Meeting, Participant, Pseudonym } from '../../shared/meeting/meeting-schema';
import { findNameResidue, scanDocxForNames, type NameResidue } from '../../shared/privacy/name-scan';
import { CORPUS_PSEUDONYM, corpusMeeting } from '../fixtures/pseudonym-corpus';
import { noorWithMinutes } from '../fixtures/noor-minutes';

function person(id: string, name: string, fn: string, organisation = ''): Participant {
  return { id, name, function: fn, organisation, email: '', attendance: 'aanwezig', role: null };
}

const meeting = corpusMeeting();
const found = (...texts: string[]): Pick<NameResidue, 'text' | 'name' | 'kind'>[] =>
  findNameResidue(texts, meeting, CORPUS_PSEUDONYM).map(({ text, name, kind }) => ({ text, name, kind }));

describe('the final scan of texts', () => {
  it('finds a name the way it is still written: whole, diminutive, without diacritics, in an address or handle', () => {
    expect(found('Amirtje en LEILA', 'mail amir_b@x.nl', 'zie https://x.nl/bas-2', 'AmirBouzid', 'le%C3%AFla')).toEqual([
      { text: 'Amirtje', name: 'Amir B.', kind: 'naam' },
      { text: 'LEILA', name: 'Leïla Bouzid', kind: 'naam' },
      { text: 'amir', name: 'Amir B.', kind: 'naam' },
      { text: 'bas', name: 'Bas Bouzid', kind: 'naam' },
      { text: 'AmirBouzid', name: 'Amir B.', kind: 'naam' },
      { text: 'leïla', name: 'Leïla Bouzid', kind: 'naam' },
    ]);
    expect(found('Bou-zid')).toEqual([{ text: 'Bou-zid', name: 'Amir B.', kind: 'naam' }]);
  });

  it('finds a name of five letters or more one letter away, when written as a name or in an address', () => {
    expect(found('Bouzit kwam', 'Leilla belde', 'leilaa@x.nl')).toEqual([
      { text: 'Bouzit', name: 'Amir B.', kind: 'lijkt-op-naam' },
      { text: 'Leilla', name: 'Leïla Bouzid', kind: 'lijkt-op-naam' },
      { text: 'leilaa', name: 'Leïla Bouzid', kind: 'lijkt-op-naam' },
    ]);
  });

  it('does not report other words: shorter names one letter away, words that start with a name, lower-case look-alikes', () => {
    expect(found('Amira en Emir', 'markeren, basis, Basisschool', 'de bouzidi-regel')).toEqual([]);
  });

  it('does not report an everyday word in lower case, nor what the replacer wrote', () => {
    const deJong = { child: { name: 'Sem de Jong', birthDate: null }, participants: [person('p1', 'Ben de Jong', 'vader')] };
    const pseudonym: Pseudonym = { child: true, childAlias: 'Semmie', parents: true };
    expect(findNameResidue(['ik ben een jong kind', 'Semmie en vader'], deJong, pseudonym)).toEqual([]);
    expect(findNameResidue(['Ben en De Jong'], deJong, pseudonym).map((residue) => residue.text)).toEqual(['Ben', 'Jong']);
  });

  it('reports a kept name that shares a part with a replaced one as a warning, and a kept name one letter away not at all', () => {
    const withNamesakes: Pick<Meeting, 'child' | 'participants'> = {
      child: { name: 'Noor de Vries', birthDate: null },
      participants: [person('p1', 'Mark de Vries', 'intern begeleider', 'OBS De Regenboog'), person('p2', 'Karim Bakker', 'vader'), person('p3', 'Karin Jansen', 'gezinscoach', 'Wijkteam')],
    };
    const residue = findNameResidue(['Mark de Vries en Karin Jansen overleggen.'], withNamesakes, { child: true, childAlias: '', parents: true });
    expect(residue).toEqual([
      { text: 'Vries', name: 'Noor de Vries', who: 'kind', kind: 'behouden-naam', keptName: 'Mark de Vries', context: 'Mark de Vries en Karin Jansen overleggen.', part: null },
    ]);
  });

  it('says nothing when no name is replaced', () => {
    expect(findNameResidue(['Amir B. en Leïla Bouzid'], meeting, { child: false, childAlias: '', parents: false })).toEqual([]);
  });
});

describe('the final scan of a .docx', () => {
  const exportedAt = new Date('2026-12-11T09:00:00Z');

  function docxOf(parts: Record<string, string>): Uint8Array {
    return zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])));
  }

  it('reads every XML part: text split over runs, hyperlink targets, document properties, attribute values', () => {
    const docx = docxOf({
      'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>Het gaat om Am</w:t></w:r><w:r><w:t xml:space="preserve">ir.</w:t></w:r></w:p><w:p><w:hyperlink r:id="rId9" w:tooltip="Profiel van Le&#239;la"><w:r><w:t>profiel</w:t></w:r></w:hyperlink></w:p></w:body></w:document>',
      'word/_rels/document.xml.rels': '<Relationships><Relationship Id="rId9" Target="https://example.org/amir_b" TargetMode="External"/></Relationships>',
      'word/footer1.xml': '<w:ftr><w:p><w:r><w:t>Bassie</w:t></w:r></w:p></w:ftr>',
      'docProps/core.xml': '<cp:coreProperties><dc:title>Verslag MDO Amir B.</dc:title><dc:creator>Mark de Vries</dc:creator></cp:coreProperties>',
      'word/media/image1.png': 'Amir',
    });
    const residue = scanDocxForNames(docx, meeting, CORPUS_PSEUDONYM);
    expect(residue.map(({ text, part }) => [part, text])).toEqual([
      ['word/document.xml', 'Amir'],
      ['word/document.xml', 'Leïla'],
      ['word/_rels/document.xml.rels', 'amir'],
      ['word/footer1.xml', 'Bassie'],
      ['docProps/core.xml', 'Amir'],
    ]);
    expect(residue[0]?.context).toBe('Het gaat om Amir.');
  });

  it('finds the names in an export without replacing, and nothing in the pseudonymised copy', async () => {
    const noor = noorWithMinutes();
    const pseudonym: Pseudonym = { child: true, childAlias: 'kind A', parents: true };
    const none: Pseudonym = { child: false, childAlias: '', parents: false };
    const full = await packDocx(buildMinutesDocument(noor, { exportedAt, options: { audience: { kind: 'volledig', person: null }, pseudonym: none } }));
    const inFull = scanDocxForNames(full, noor, pseudonym);
    expect(new Set(inFull.map((residue) => residue.name))).toEqual(new Set(['Noor de V.', 'Els de Vries']));
    const copy = await packDocx(buildMinutesDocument(noor, { exportedAt, options: { audience: { kind: 'ouders', person: null }, pseudonym } }));
    expect(scanDocxForNames(copy, noor, pseudonym)).toEqual([]);
  });

  it('warns about the mother’s name that stays when only the child is replaced: it carries the child’s family name', async () => {
    const noor = noorWithMinutes();
    const pseudonym: Pseudonym = { child: true, childAlias: '', parents: false };
    const copy = await packDocx(buildMinutesDocument(noor, { exportedAt, options: { audience: { kind: 'ouders', person: null }, pseudonym } }));
    const residue = scanDocxForNames(copy, noor, pseudonym);
    expect(residue.length).toBeGreaterThan(0);
    expect(residue.every((entry) => entry.kind === 'behouden-naam' && entry.keptName === 'Els de Vries' && entry.text === 'Vries')).toBe(true);
  });
});
