import { describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { foldName } from '../../shared/meeting/person-name';
import type { Meeting, Participant, Pseudonym } from '../../shared/meeting/meeting-schema';
import { ACCENTED_FORMS, diminutiveWords } from '../../shared/privacy/name-forms';
import { findNameResidue } from '../../shared/privacy/name-scan';
import { nameReplacer, pseudonymiseMeeting, pseudonymiseNotesJson, replacedNames } from '../../shared/privacy/pseudonymise';
import { CORPUS_PSEUDONYM, corpusMeeting } from '../fixtures/pseudonym-corpus';
import { readDocx } from '../support/docx-reader';
import { notesFromMarkdown } from '../support/lexical-fixtures';

type Named = Pick<Meeting, 'child' | 'participants'>;

function person(id: string, name: string, fn: string, organisation = ''): Participant {
  return { id, name, function: fn, organisation, email: '', attendance: 'aanwezig', role: null };
}

function family(child: string, ...participants: Participant[]): Named {
  return { child: { name: child, birthDate: null }, participants };
}

const BOTH: Pseudonym = { child: true, childAlias: 'kind A', parents: true };
const CHILD_ONLY: Pseudonym = { child: true, childAlias: 'kind A', parents: false };
const PARENTS_ONLY: Pseudonym = { child: false, childAlias: '', parents: true };

describe('names folded for case and diacritics', () => {
  it('finds Ömer as Omer and OMER, Yılmaz as Yilmaz, and Leila as Leïla, in either direction', () => {
    const replace = nameReplacer(family('Sara Y.', person('p1', 'Ömer Yılmaz', 'vader'), person('p2', 'Leila Yilmaz', 'moeder')), BOTH);
    expect(replace('Omer Yilmaz, OMER en ömer', 'reason')).toBe('Vader, vader en vader');
    expect(replace('Leïla en LEÏLA, Yılmaz-familie', 'reason')).toBe('Moeder en moeder, kind A-familie');
  });

  it('has a table of accented letters in which every letter folds to its key', () => {
    for (const [letter, forms] of Object.entries(ACCENTED_FORMS)) {
      for (const form of forms) expect(foldName(form), form).toBe(letter);
    }
  });
});

describe('diminutives', () => {
  it('spells the Dutch forms of a given name', () => {
    expect(diminutiveWords('Amir')).toEqual(expect.arrayContaining(['amirtje', 'amirje', 'amirke']));
    expect(diminutiveWords('Bas')).toEqual(expect.arrayContaining(['basje', 'bassie']));
    expect(diminutiveWords('Kim')).toEqual(expect.arrayContaining(['kimpje', 'kimmie']));
    expect(diminutiveWords('Jan')).toEqual(expect.arrayContaining(['jantje', 'janneke', 'jannetje']));
    expect(diminutiveWords('Leïla')).toEqual(expect.arrayContaining(['leilatje', 'leilaatje']));
    expect(diminutiveWords('Lotte')).toEqual(expect.arrayContaining(['lotje']));
    expect(diminutiveWords('Bo')).toEqual([]);
  });

  it('takes a possessive "s" only where Dutch writes it without apostrophe', () => {
    const replace = nameReplacer(family('Bo V.'), CHILD_ONLY);
    expect(replace("Bo's fiets staat in het bos bij Bos.", 'reason')).toBe("Kind A's fiets staat in het bos bij Bos.");
    expect(findNameResidue(['In het bos bij Bos.'], family('Bo V.'), CHILD_ONLY)).toEqual([]);
    expect(nameReplacer(family('Leïla B.'), CHILD_ONLY)('Leilas fiets', 'reason')).toBe("Kind A's fiets");
  });

  it('replaces them as whole words only', () => {
    const replace = nameReplacer(family('Kim J.'), CHILD_ONLY);
    expect(replace('Kimpje en Kimmie, niet Kimberley of kimono', 'reason')).toBe('Kind A en kind A, niet Kimberley of kimono');
  });
});

describe('names that are ordinary words too', () => {
  const deJong = family('Sem de Jong', person('p1', 'Ben de Jong', 'vader'), person('p2', 'Roos Groot', 'moeder'));

  it('keeps a frequent word in lower case and replaces the name with a capital', () => {
    const replace = nameReplacer(deJong, BOTH);
    expect(replace('Ik ben blij dat Ben er is.', 'reason')).toBe('Ik ben blij dat vader er is.');
    expect(replace('Een jong gezin; de familie De Jong; meneer de Jong.', 'reason')).toBe('Een jong gezin; de familie kind A; vader.');
    expect(replace('Een groot huis. Groot en Roos zijn er.', 'reason')).toBe('Een groot huis. Moeder en moeder zijn er.');
  });

  it('replaces a name that is a rarer word in lower case too (least privilege), but never inside a longer word', () => {
    const replace = nameReplacer(deJong, BOTH);
    expect(replace('roos belt; de rooskleurige basis', 'reason')).toBe('Moeder belt; de rooskleurige basis');
    const mark = nameReplacer(family('Noor V.', person('p1', 'Mark Visser', 'vader')), BOTH);
    expect(mark('Wie gaat dit markeren? mark zei het.', 'reason')).toBe('Wie gaat dit markeren? Vader zei het.');
  });
});

describe('the family name', () => {
  const bouzid = family('Amir B.', person('p1', 'Leïla Bouzid', 'moeder'), person('p2', 'Karim Bouzid', 'vader'), person('p3', 'Joost Bakker', 'leerkracht', 'OBS De Regenboog'));

  it('is the child’s when a parent’s surname starts with the child’s initial, never a professional’s', () => {
    expect(replacedNames(bouzid, BOTH)).toEqual([
      { name: 'Amir B.', replacement: 'kind A', who: 'kind' },
      { name: 'Bouzid', replacement: 'kind A', who: 'kind' },
      { name: 'Leïla Bouzid', replacement: 'moeder', who: 'ouder' },
      { name: 'Karim Bouzid', replacement: 'vader', who: 'ouder' },
    ]);
    const replace = nameReplacer(bouzid, CHILD_ONLY);
    expect(replace('Joost Bakker en meester Bakker', 'reason')).toBe('Joost Bakker en meester Bakker');
  });

  it('with only the child replaced: the parents stay as written, their surname alone and with an honorific does not', () => {
    const replace = nameReplacer(bouzid, CHILD_ONLY);
    expect(replace('Leïla Bouzid en Karim Bouzid komen.', 'reason')).toBe('Leïla Bouzid en Karim Bouzid komen.');
    expect(replace('Mevrouw Bouzid belt; de familie Bouzid verhuist.', 'reason')).toBe('Mevrouw [naam weggelaten] belt; de familie kind A verhuist.');
  });

  it('with only the parents replaced: the child stays, and a surname shared by both parents is left out', () => {
    const replace = nameReplacer(family('Amir Bouzid', person('p1', 'Leïla Bouzid', 'moeder'), person('p2', 'Karim Bouzid', 'vader')), PARENTS_ONLY);
    expect(replace('Amir Bouzid en Leïla; mevrouw Bouzid; Bouzid.', 'reason')).toBe('Amir Bouzid en moeder; moeder; [naam weggelaten].');
    expect(replacedNames(family('Amir Bouzid', person('p1', 'Leïla Bouzid', 'moeder')), PARENTS_ONLY)).toEqual([{ name: 'Leïla Bouzid', replacement: 'moeder', who: 'ouder' }]);
  });

  it('names a parent with another surname by their role, also with "familie"', () => {
    const replace = nameReplacer(family('Amir Bouzid', person('p1', 'Leïla Benali', 'moeder')), BOTH);
    expect(replace('Mevrouw Benali en de familie Benali; meneer Benali.', 'reason')).toBe('Moeder en de familie van moeder; meneer [naam weggelaten].');
  });

  it('never keeps a name that may be the child written another way, but keeps a namesake professional whole', () => {
    const named = family('Amir B.', person('p1', 'Amir Bouzid', 'leerling'), person('p2', 'Amir Haddad', 'gezinscoach', 'Wijkteam Oost'), person('p3', 'Leïla Bouzid', 'moeder'));
    const replace = nameReplacer(named, CHILD_ONLY);
    expect(replace('Amir Bouzid, Amir Haddad en Amir; Leïla Bouzid.', 'reason')).toBe('Kind A, Amir Haddad en kind A; Leïla Bouzid.');
  });

  it('keeps a professional with the child’s surname as a whole name', () => {
    const replace = nameReplacer(family('Noor de Vries', person('p1', 'Mark de Vries', 'intern begeleider', 'OBS De Regenboog')), CHILD_ONLY);
    expect(replace('Mark de Vries en M. de Vries spreken de familie De Vries.', 'reason')).toBe('Mark de Vries en M. de Vries spreken de familie kind A.');
  });
});

describe('capitals at the start of a sentence', () => {
  const meeting = corpusMeeting();
  const replace = nameReplacer(meeting, CORPUS_PSEUDONYM);

  it('follows the sentence inside a string, and in names never', () => {
    expect(replace('Amir lacht. Amir huilt! amir? Amir', 'reason')).toBe('Kind A lacht. Kind A huilt! Kind A? Kind A');
    expect(replace('Amir lacht', 'text')).toBe('kind A lacht');
    expect(replace('bijv. Amir en dhr. B. Bouzid', 'reason')).toBe('bijv. kind A en vader');
    expect(replace('Leïla Bouzid', 'name')).toBe('moeder');
    expect(replace('Amir B.', 'name')).toBe('kind A');
    expect(replace('Gesprek met Amir B.', 'title')).toBe('Gesprek met kind A');
  });

  it('follows the paragraph in the notes: a fragment mid-sentence stays in lower case, a decision starts with a capital', () => {
    const notes = notesFromMarkdown('Gisteren zei **Amir** iets.\n\n**Amir** lacht. Toen *Leïla*.\n\nHet ging goed. [Amir](https://www.veiligthuis.nl/) kwam.');
    const decision = { type: 'mdo-decision', version: 1, id: 'd1', text: 'Amir mag ontbijten op school.', reason: 'leïla vraagt het.', dissent: [] };
    notes.root.children.push(decision as never);
    const copy = pseudonymiseNotesJson(notes, replace);
    const paragraphs = copy.root.children.slice(0, 3).map((paragraph) => JSON.stringify(paragraph).match(/"text":"[^"]*"/g)?.join(''));
    expect(paragraphs).toEqual([
      '"text":"Gisteren zei ""text":"kind A""text":" iets."',
      '"text":"Kind A""text":" lacht. Toen ""text":"moeder""text":"."',
      '"text":"Het ging goed. ""text":"Kind A""text":" kwam."',
    ]);
    expect(copy.root.children[3]).toMatchObject({ text: 'Kind A mag ontbijten op school.', reason: 'Moeder vraagt het.' });
    expect(JSON.stringify(notes)).toContain('Gisteren zei');
    expect(JSON.stringify(notes)).not.toContain('kind A');
  });
});

describe('link targets and e-mail addresses', () => {
  const meeting = corpusMeeting();
  const replace = nameReplacer(meeting, CORPUS_PSEUDONYM);

  it('empties a link target with a name in it and leaves any other as it is, never rewritten', () => {
    expect(replace('https://example.org/amir_b', 'url')).toBe('');
    expect(replace('https://example.org/p?voor=Le%C3%AFla', 'url')).toBe('');
    expect(replace('https://www.veiligthuis.nl/Amir%20B', 'url')).toBe('');
    expect(replace('https://www.veiligthuis.nl/', 'url')).toBe('https://www.veiligthuis.nl/');
    expect(replace('https://example.org/basis', 'url')).toBe('https://example.org/basis');
  });

  it('removes the e-mail address of the child and the parents from the participants, and any address with their name', () => {
    const copy = pseudonymiseMeeting({ ...meeting, participants: [...meeting.participants, { ...person('p9', 'Amir B.', 'leerling'), email: 'amir@school.nl' }] }, CORPUS_PSEUDONYM);
    expect(copy.participants.map((p) => [p.name, p.email])).toEqual([
      ['Mark de Vries', 'm.devries@regenboog.nl'],
      ['Sanne Visser', ''],
      ['moeder', ''],
      ['vader', ''],
      ['Aïcha Benali', ''],
      ['kind A', ''],
    ]);
    const onlyChild = pseudonymiseMeeting({ ...meeting, participants: [{ ...person('p8', 'Ria Jansen', 'mentor', 'VO'), email: 'amir.bouzid@gmail.com' }] }, CHILD_ONLY);
    expect(onlyChild.participants[0]?.email).toBe('');
  });

  it('writes the link text without a link in the Word export when the target held a name', async () => {
    const withLink = corpusMeeting();
    withLink.agendaItems[1] = { ...withLink.agendaItems[1]!, notes: notesFromMarkdown('Zie [Amirs filmpje](https://example.org/amir_b) en [Leïla](mailto:leila.bouzid@outlook.com).') as Meeting['agendaItems'][number]['notes'] };
    const docx = readDocx(
      await packDocx(buildMinutesDocument(withLink, { exportedAt: new Date('2026-12-11T09:00:00Z'), options: { audience: { kind: 'ouders', person: null }, pseudonym: CORPUS_PSEUDONYM } })),
    );
    expect(docx.paragraphs.map((p) => p.text)).toContain("Zie kind A's filmpje en moeder.");
    expect(docx.parts['word/document.xml']).not.toContain('<w:hyperlink');
    expect(docx.parts['word/_rels/document.xml.rels']).not.toMatch(/example\.org|mailto|outlook/);
  });
});

describe('the names a copy replaces, for the preview', () => {
  it('lists the child with the alias or initials and each parent with their role', () => {
    const meeting = corpusMeeting();
    expect(replacedNames(meeting, CORPUS_PSEUDONYM)).toEqual([
      { name: 'Amir B.', replacement: 'kind A', who: 'kind' },
      { name: 'Bouzid', replacement: 'kind A', who: 'kind' },
      { name: 'Leïla Bouzid', replacement: 'moeder', who: 'ouder' },
      { name: 'Bas Bouzid', replacement: 'vader', who: 'ouder' },
    ]);
    expect(replacedNames(family('Noor de Vries'), { child: true, childAlias: '', parents: false })).toEqual([{ name: 'Noor de Vries', replacement: 'N.d.V.', who: 'kind' }]);
    expect(replacedNames(meeting, { child: false, childAlias: '', parents: false })).toEqual([]);
  });
});
