import { strFromU8, unzipSync } from 'fflate';
import { Document, HeadingLevel, Paragraph, TextRun, type IStylesOptions } from 'docx';
import { fail, ok, type Result } from '../result';
import { BASE_STYLES_XML, documentStyles, withTableGrid } from './docx-building-blocks';

/**
 * A house style: the styles of a reference Word document (fonts, colours,
 * how headings look) that an organisation made in Word. The export then
 * uses those styles; ours fill in only the styles the reference lacks
 * (Besluit, Actie, Tabeltekst, …), so every paragraph still has a style.
 */
export interface HouseStyle {
  /** The reference document's word/styles.xml. */
  stylesXml: string;
  /** The style ids it defines. */
  styleIds: ReadonlySet<string>;
}

/** Reads a reference .docx; a file that is no Word document gets a Dutch message naming it. */
export function readHouseStyle(bytes: Uint8Array, fileName: string): Result<HouseStyle> {
  const unusable = (why: string) =>
    fail('house-style-invalid', `Het huisstijlbestand "${fileName}" is niet te gebruiken: ${why} Het verslag wordt gemaakt met de standaardopmaak.`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/styles.xml' });
  } catch {
    return unusable('het is geen Word-document (.docx).');
  }
  const styles = files['word/styles.xml'];
  if (!styles) return unusable('er staan geen opmaakprofielen in.');
  const stylesXml = strFromU8(styles);
  if (!/<w:styles[\s>]/.test(stylesXml) || !stylesXml.trimEnd().endsWith('</w:styles>')) return unusable('de opmaakprofielen zijn beschadigd.');
  const styleIds = new Set(Array.from(stylesXml.matchAll(/w:styleId="([^"]+)"/g), (match) => match[1] ?? ''));
  return ok({ stylesXml, styleIds });
}

/** What goes into a Document: our styles alone, or the house style with ours for what it lacks. */
export function stylesFor(houseStyle: HouseStyle | undefined): { styles: IStylesOptions; externalStyles: string } {
  const ours = documentStyles();
  if (!houseStyle) return { externalStyles: BASE_STYLES_XML, styles: ours };
  return {
    externalStyles: withTableGrid(houseStyle.stylesXml),
    styles: {
      paragraphStyles: (ours.paragraphStyles ?? []).filter((style) => !houseStyle.styleIds.has(style.id)),
      characterStyles: (ours.characterStyles ?? []).filter((style) => !houseStyle.styleIds.has(style.id)),
    },
  };
}

/**
 * The neutral reference document an organisation starts from: one example
 * paragraph per style, in our default look. Change the styles in Word (not
 * the text), save it as Huisstijl.docx in the library folder, and every
 * export uses them.
 */
export function neutralReferenceDocument(): Document {
  const example = (style: string, text: string) => new Paragraph({ style, children: [new TextRun(text)] });
  return new Document({
    title: 'Huisstijl MDO-assistent',
    description: 'Referentiedocument: pas de opmaakprofielen aan, niet de tekst.',
    ...stylesFor(undefined),
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Titel (Title)')] }),
          example('Subtitle', 'Ondertitel (Subtitle)'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Kop 1 (Heading 1)')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Kop 2 (Heading 2)')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Kop 3 (Heading 3)')] }),
          new Paragraph({
            children: [
              new TextRun('Gewone tekst (Normal). Pas de opmaakprofielen aan via Start → Stijlen; de tekst in dit document wordt niet gebruikt.'),
            ],
          }),
          example('Quote', 'Citaat (Quote): de vraag "Wat betekent dit voor het kind?"'),
          example('ListBullet', 'Opsomming (List Bullet)'),
          example('ListNumber', 'Nummering (List Number)'),
          example('Besluit', 'B1 Besluit: een besluit zoals het in het verslag staat (Besluit).'),
          example('Actie', 'A1 Actie: een actie met wie en uiterlijk wanneer (Actie).'),
          example('TableText', 'Tekst in tabellen (Tabeltekst).'),
          example('ChildInterest', 'De vraag naar het belang van het kind in de agenda (Belang van het kind).'),
        ],
      },
    ],
  });
}
