import { readFile } from 'node:fs/promises';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../shared/export/agenda-docx';
import { readHouseStyle, type HouseStyle } from '../../shared/export/house-style';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { noorWithSecretPassage } from '../fixtures/noor-minutes';
import { readDocx, type DocxPackage } from '../support/docx-reader';
import { NEUTRAL_REFERENCE, neutralReferenceDocument } from '../support/neutral-house-style';

/**
 * The styles part of every export: the text is Dutch for Word's proofing and
 * for screen readers, and every style is based on one the part defines, with
 * our own styles and with an organisation's house style.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const exportedAt = new Date('2026-12-11T09:00:00Z');

function stylesOf(docx: DocxPackage): Element {
  return new DOMParser().parseFromString(docx.parts['word/styles.xml'] ?? '', 'text/xml').documentElement as unknown as Element;
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter((node): node is Element => (node as Element).localName === name);
}

/** The w:lang values of the document defaults' run properties. */
function defaultLanguage(docx: DocxPackage): string | null {
  const styles = stylesOf(docx);
  const rPr = children(children(children(children(styles, 'docDefaults')[0]!, 'rPrDefault')[0]!, 'rPr')[0]!, 'lang')[0];
  return rPr?.getAttributeNS(W, 'val') ?? null;
}

/** Every w:basedOn that names a style the part does not define. */
function undefinedBases(docx: DocxPackage): string[] {
  const styles = children(stylesOf(docx), 'style');
  const ids = new Set(styles.map((style) => style.getAttributeNS(W, 'styleId')));
  return styles.flatMap((style) =>
    children(style, 'basedOn')
      .map((basedOn) => basedOn.getAttributeNS(W, 'val') ?? '')
      .filter((id) => !ids.has(id))
      .map((id) => `${style.getAttributeNS(W, 'styleId') ?? '?'} → ${id}`),
  );
}

async function bothExports(houseStyle?: HouseStyle): Promise<DocxPackage[]> {
  const meeting = noorWithSecretPassage();
  const options = { exportedAt, ...(houseStyle ? { houseStyle } : {}) };
  return [readDocx(await packDocx(buildMinutesDocument(meeting, options))), readDocx(await packDocx(buildAgendaDocument(meeting, options)))];
}

async function houseStyleFrom(stylesXml: string): Promise<HouseStyle> {
  const files = unzipSync(await readFile(NEUTRAL_REFERENCE));
  files['word/styles.xml'] = strToU8(stylesXml);
  const read = readHouseStyle(zipSync(files), 'Huisstijl.docx');
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const W_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">`;

/**
 * Styles as an English Word writes them: US English by default, a style of
 * its own in English and one in Flemish, no Default Paragraph Font, and a
 * style based on one that is not there (copied from another document).
 */
const ENGLISH_WORD_STYLES =
  `${W_STYLES}<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="C00000"/><w:lang w:val="en-GB"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:lang w:val="nl-BE"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Citaatkop"/></w:style>' +
  '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:b/></w:rPr></w:style>' +
  '</w:styles>';

describe('the language of the exports', () => {
  it('is Dutch in the document defaults and on Normal, in the minutes and the agenda', async () => {
    for (const docx of await bothExports()) {
      expect(defaultLanguage(docx)).toBe('nl-NL');
      const normal = children(stylesOf(docx), 'style').find((style) => style.getAttributeNS(W, 'styleId') === 'Normal')!;
      expect(normal.getElementsByTagNameNS(W, 'lang')[0]?.getAttributeNS(W, 'val')).toBe('nl-NL');
      // No run says otherwise.
      expect(docx.parts['word/document.xml']).not.toContain('<w:lang');
    }
  });

  it('is Dutch with the shipped neutral reference as house style', async () => {
    const read = readHouseStyle(await readFile(NEUTRAL_REFERENCE), 'neutraal.docx');
    if (!read.ok) throw new Error(read.error.message);
    for (const docx of await bothExports(read.value)) expect(defaultLanguage(docx)).toBe('nl-NL');
  });

  it('is Dutch with a house style made in an English Word; a Flemish style stays Flemish, and the house fonts stay', async () => {
    for (const docx of await bothExports(await houseStyleFrom(ENGLISH_WORD_STYLES))) {
      expect(defaultLanguage(docx)).toBe('nl-NL');
      const styles = docx.parts['word/styles.xml']!;
      expect(styles).not.toMatch(/w:val="en-/);
      expect(styles).toContain('<w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/>');
      expect(styles).toContain('<w:lang w:val="nl-BE"/>');
      expect(styles).toContain('w:ascii="Arial"');
      expect(/<w:style [^>]*w:styleId="Title"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toContain('C00000');
    }
  });

  it('is added to a house style without document defaults, or with empty run defaults', async () => {
    const bare = `${W_STYLES}<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
    const emptyRun = bare.replace(W_STYLES, `${W_STYLES}<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>`);
    const inOrder = bare.replace(
      W_STYLES,
      `${W_STYLES}<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults>`,
    );
    for (const xml of [bare, emptyRun, inOrder]) {
      const [minutes] = await bothExports(await houseStyleFrom(xml));
      expect(defaultLanguage(minutes!)).toBe('nl-NL');
    }
    const [ordered] = await bothExports(await houseStyleFrom(inOrder));
    // w:lang comes before w:eastAsianLayout in a run's properties.
    expect(ordered!.parts['word/styles.xml']).toContain('<w:sz w:val="22"/><w:lang w:val="nl-NL"/><w:eastAsianLayout w:id="1"/>');
  });
});

describe('the styles every export is based on', () => {
  it('are all defined: no w:basedOn names a style the part lacks, without a house style', async () => {
    for (const docx of await bothExports()) {
      expect(undefinedBases(docx)).toEqual([]);
      expect(docx.parts['word/styles.xml']).toContain('w:styleId="DefaultParagraphFont"');
    }
  });

  it('are all defined with the neutral reference and with a house style that lacks some', async () => {
    const read = readHouseStyle(await readFile(NEUTRAL_REFERENCE), 'neutraal.docx');
    if (!read.ok) throw new Error(read.error.message);
    for (const houseStyle of [read.value, await houseStyleFrom(ENGLISH_WORD_STYLES)]) {
      for (const docx of await bothExports(houseStyle)) {
        expect(undefinedBases(docx)).toEqual([]);
        expect(docx.parts['word/styles.xml']?.match(/w:styleId="DefaultParagraphFont"/g)?.length).toBe(1);
        expect(docx.parts['word/styles.xml']?.match(/w:styleId="TableGrid"/g)?.length).toBe(1);
      }
    }
  });

  it('has the page header and footer in Word’s own header and footer styles, which a house style may restyle', async () => {
    const [minutes] = await bothExports();
    expect(minutes!.parts['word/header1.xml']).toContain('<w:pStyle w:val="Header"/>');
    expect(minutes!.parts['word/footer1.xml']).toContain('<w:pStyle w:val="Footer"/>');
    expect(minutes!.parts['word/styles.xml']).toMatch(/<w:style [^>]*w:styleId="Footer"[^>]*><w:name w:val="footer"\/>/);
  });

  it('ship in the neutral reference exactly as the export writes them (make it again with tests/support/neutral-house-style.ts)', async () => {
    const shipped = strFromU8(unzipSync(await readFile(NEUTRAL_REFERENCE))['word/styles.xml']!);
    const fresh = strFromU8(unzipSync(await packDocx(neutralReferenceDocument()))['word/styles.xml']!);
    expect(shipped).toBe(fresh);
  });
});
