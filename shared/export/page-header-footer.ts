import { BuilderElement, Footer, Header, Paragraph, TextRun, type XmlComponent } from 'docx';
import { textRuns } from './xml-safe-text';

/**
 * The page header and footer of every export. A page that comes loose from
 * the rest still says what it is, about whom, from when, and for whom; the
 * paragraphs are in Word's own header and footer styles, so a house style
 * can restyle them.
 */

const SEPARATOR = ' · ';

/** "Verslag MDO · N.d.V. · 10 december 2026 · Vertrouwelijk": the parts that are known, the last one bold. */
export function pageHeader(parts: readonly string[], classification: string): Header {
  const known = parts.map((part) => part.trim()).filter(Boolean);
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        children: [...textRuns(known.map((part) => `${part}${SEPARATOR}`).join('')), ...textRuns(classification, { bold: true })],
      }),
    ],
  });
}

function fieldChar(type: 'begin' | 'separate' | 'end'): XmlComponent {
  return new BuilderElement({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/** A field's instruction (`<w:instrText xml:space="preserve"> PAGE </w:instrText>`). */
class FieldInstruction extends BuilderElement {
  constructor(text: string) {
    super({ name: 'w:instrText', attributes: { space: { key: 'xml:space', value: 'preserve' } } });
    this.root.push(` ${text} `);
  }
}

/**
 * A PAGE or NUMPAGES field as Word writes it (begin, instruction, separate,
 * result, end), with "1" as its result: Word and LibreOffice work the
 * number out when they lay out the pages; a reader that does not (a
 * preview, a text extractor) shows a number instead of nothing.
 */
function pageField(name: 'PAGE' | 'NUMPAGES'): TextRun[] {
  return [
    new TextRun({ children: [fieldChar('begin'), new FieldInstruction(name), fieldChar('separate')] }),
    new TextRun({ text: '1' }),
    new TextRun({ children: [fieldChar('end')] }),
  ];
}

/**
 * "Pagina 2 van 3 · Versie voor ouders · Geëxporteerd op …" and, under it,
 * a line for this reader: for professionals how to keep the copy, for
 * parents whom to ask.
 */
export function pageFooter(facts: readonly string[], readerLine: string): Footer {
  const after = facts.map((fact) => fact.trim()).filter(Boolean);
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        children: [
          new TextRun({ text: 'Pagina ' }),
          ...pageField('PAGE'),
          new TextRun({ text: ' van ' }),
          ...pageField('NUMPAGES'),
          ...textRuns(after.map((fact) => `${SEPARATOR}${fact}`).join('')),
        ],
      }),
      ...(readerLine.trim() ? [new Paragraph({ style: 'Footer', children: textRuns(readerLine) })] : []),
    ],
  });
}
