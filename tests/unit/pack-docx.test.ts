import { Document, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { nodeDeflater } from '../../host/deflater';
import { packDocx, packsWithOwnZip } from '../../shared/export/pack-docx';

describe('packing a Word document', () => {
  it('uses docx’s own compiler with a faster zip (a docx upgrade that hides the compiler is noticed here)', () => {
    expect(packsWithOwnZip()).toBe(true);
  });

  it.each([
    ['fflate in JavaScript', undefined],
    ['Node’s zlib', nodeDeflater],
  ])('writes every part of the package with %s, readable by an independent unzip', async (_name, deflater) => {
    const document = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Besluit: het wijkteam start.')] })] }] });
    const bytes = await packDocx(document, deflater);
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
    expect(strFromU8(parts['word/document.xml']!)).toContain('Besluit: het wijkteam start.');
    // Compressed, not stored: the document part is much smaller in the zip than unpacked.
    expect(bytes.length).toBeLessThan(Object.values(parts).reduce((total, part) => total + part.length, 0) / 2);
  });
});
