import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentStyles } from '../../shared/export/word-styles';
import { notesNumbering, notesToDocx, type NotesContext } from '../../shared/export/notes-to-docx';
import { notesFromMarkdown } from '../support/lexical-fixtures';
import { readDocx } from '../support/docx-reader';

function context(): NotesContext {
  let instance = 0;
  return { nextListInstance: () => ++instance, headingBase: 3 };
}

async function render(notes: unknown) {
  const document = new Document({
    styles: documentStyles(),
    numbering: notesNumbering(),
    sections: [{ children: notesToDocx(notes, context()) }],
  });
  return readDocx(new Uint8Array(await Packer.toArrayBuffer(document)));
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

describe('notes in Word', () => {
  it('keeps bold, italic and underline runs', async () => {
    const notes = notesFromMarkdown('Noor zegt **vet** en *schuin* en gewoon.');
    // Markdown has no underline; set Lexical's underline bit on the last run as the editor would.
    const paragraph = (notes.root.children[0] as { children: { format: number; text: string }[] });
    paragraph.children.push({ ...paragraph.children[0]!, text: 'onderstreept', format: 8 });
    const docx = await render(notes);
    const runs = Array.from(docx.document.getElementsByTagNameNS(W, 'r')).map((run) => ({
      text: run.textContent,
      bold: run.getElementsByTagNameNS(W, 'b').length > 0,
      italic: run.getElementsByTagNameNS(W, 'i').length > 0,
      underline: run.getElementsByTagNameNS(W, 'u').length > 0,
    }));
    expect(runs).toContainEqual({ text: 'vet', bold: true, italic: false, underline: false });
    expect(runs).toContainEqual({ text: 'schuin', bold: false, italic: true, underline: false });
    expect(runs).toContainEqual({ text: 'onderstreept', bold: false, italic: false, underline: true });
    expect(runs).toContainEqual({ text: ' en gewoon.', bold: false, italic: false, underline: false });
  });

  it('restarts every numbered list at 1 and nests levels', async () => {
    const docx = await render(
      notesFromMarkdown('1. eerste\n2. tweede\n    1. genest\n\nTussentekst.\n\n1. nieuwe lijst\n2. tweede punt\n\n- bullet\n    - dieper'),
    );
    const listParagraphs = Array.from(docx.document.getElementsByTagNameNS(W, 'p'))
      .filter((p) => p.getElementsByTagNameNS(W, 'numPr').length > 0)
      .map((p) => ({
        text: p.textContent,
        style: p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val'),
        level: p.getElementsByTagNameNS(W, 'ilvl')[0]?.getAttributeNS(W, 'val'),
        numId: p.getElementsByTagNameNS(W, 'numId')[0]?.getAttributeNS(W, 'val'),
      }));
    expect(listParagraphs.map((p) => [p.text, p.style, p.level])).toEqual([
      ['eerste', 'ListNumber', '0'],
      ['tweede', 'ListNumber', '0'],
      ['genest', 'ListNumber', '1'],
      ['nieuwe lijst', 'ListNumber', '0'],
      ['tweede punt', 'ListNumber', '0'],
      ['bullet', 'ListBullet', '0'],
      ['dieper', 'ListBullet', '1'],
    ]);
    // A second numbered list has its own w:num, so Word starts it at 1 again.
    expect(listParagraphs[0]!.numId).toBe(listParagraphs[2]!.numId);
    expect(listParagraphs[3]!.numId).not.toBe(listParagraphs[0]!.numId);
    const numbering = docx.parts['word/numbering.xml'] ?? '';
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });

  it('makes links clickable and keeps headings and quotes in Word styles', async () => {
    const docx = await render(notesFromMarkdown('## Kopje\n\n> Een citaat van moeder.\n\nZie [Veilig Thuis](https://www.veiligthuis.nl/) voor meer.'));
    expect(docx.paragraphs.find((p) => p.text === 'Kopje')?.style).toBe('Heading4');
    expect(docx.paragraphs.find((p) => p.text === 'Een citaat van moeder.')?.style).toBe('Quote');
    const link = docx.document.getElementsByTagNameNS(W, 'hyperlink')[0];
    expect(link?.textContent).toBe('Veilig Thuis');
    const relId = link?.getAttribute('r:id');
    expect(docx.parts['word/_rels/document.xml.rels']).toMatch(new RegExp(`Id="${relId}"[^>]*Target="https://www.veiligthuis.nl/"[^>]*TargetMode="External"|Target="https://www.veiligthuis.nl/"[^>]*Id="${relId}"`));
  });

  it('keeps the text of a link to an unsafe address, without the link', async () => {
    const notes = notesFromMarkdown('[klik](https://example.org)');
    const link = (notes.root.children[0] as { children: { url: string }[] }).children[0]!;
    link.url = 'javascript:alert(1)';
    const docx = await render(notes);
    expect(docx.document.getElementsByTagNameNS(W, 'hyperlink')).toHaveLength(0);
    expect(docx.paragraphs.map((p) => p.text)).toContain('klik');
  });

  it('keeps the text of unknown and absurdly deep nodes', async () => {
    let deep: Record<string, unknown> = { type: 'text', text: 'diep verstopt', format: 0 };
    for (let i = 0; i < 5_000; i += 1) deep = { type: 'mystery', children: [deep] };
    const docx = await render({ root: { type: 'root', children: [{ type: 'future-node', children: [{ type: 'text', text: 'uit de toekomst' }] }, deep] } });
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('uit de toekomst');
    expect(texts).toContain('diep verstopt');
  });

  it('exports nothing for empty or malformed notes', async () => {
    expect(notesToDocx(null, context())).toEqual([]);
    expect(notesToDocx({ root: 'tekst' }, context())).toEqual([]);
    expect(notesToDocx({ root: { type: 'root', children: [1, null, 'x'] } }, context())).toEqual([]);
  });
});
