/**
 * Makes templates/huisstijl/neutraal.docx, the reference an organisation
 * copies to Huisstijl.docx and restyles in Word: the export's own styles
 * (shared/export/word-styles.ts), with one sample paragraph per style and
 * the page header and footer in theirs. tests/unit/house-style.test.ts
 * checks that the shipped file has exactly these styles; after a change to
 * the styles, make it again:
 *
 *   npx tsx tests/support/neutral-house-style.ts
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, Footer, Header, HeadingLevel, Paragraph, TextRun } from 'docx';
import { stylesFor } from '../../shared/export/house-style';
import { packDocx } from '../../shared/export/pack-docx';

export const NEUTRAL_REFERENCE = join(import.meta.dirname, '../../templates/huisstijl/neutraal.docx');

function sample(text: string, style?: string): Paragraph {
  return new Paragraph({ ...(style ? { style } : {}), children: [new TextRun(text)] });
}

export function neutralReferenceDocument(): Document {
  return new Document({
    title: 'Huisstijl MDO-assistent',
    creator: 'MDO-assistent',
    lastModifiedBy: 'MDO-assistent',
    description: 'Referentiedocument: pas de opmaakprofielen aan, niet de tekst.',
    ...stylesFor(undefined),
    sections: [
      {
        headers: { default: new Header({ children: [sample('Koptekst (header): soort document, kind, datum en Vertrouwelijk.', 'Header')] }) },
        footers: { default: new Footer({ children: [sample('Voettekst (footer): paginanummer, voor wie de kopie is en de datum van export.', 'Footer')] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Titel (Title)')] }),
          sample('Ondertitel (Subtitle)', 'Subtitle'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Kop 1 (Heading 1)')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Kop 2 (Heading 2)')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Kop 3 (Heading 3)')] }),
          sample('Gewone tekst (Normal). Pas de opmaakprofielen aan via Start → Stijlen; de tekst in dit document wordt niet gebruikt.'),
          sample('Citaat (Quote): de vraag "Wat betekent dit voor het kind?"', 'Quote'),
          sample('Opsomming (List Bullet)', 'ListBullet'),
          sample('Nummering (List Number)', 'ListNumber'),
          sample('B1 Besluit: een besluit zoals het in het verslag staat (Besluit).', 'Besluit'),
          sample('A1 Actie: een actie met wie en uiterlijk wanneer (Actie).', 'Actie'),
          sample('Tekst in tabellen (Tabeltekst).', 'TableText'),
          sample('De vraag naar het belang van het kind in de agenda (Belang van het kind).', 'ChildInterest'),
        ],
      },
    ],
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(NEUTRAL_REFERENCE, await packDocx(neutralReferenceDocument()));
  console.log(`Geschreven: ${NEUTRAL_REFERENCE}`);
}
