import { strFromU8, unzipSync } from 'fflate';
import type { IStylesOptions } from 'docx';
import { fail, ok, type Result } from '../result';
import { BASE_STYLES_XML, DOCUMENT_LANGUAGE, DOCX_OWN_STYLE_IDS, REQUIRED_STYLES, documentStyles } from './word-styles';

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
  return ok({ stylesXml, styleIds: styleIdsIn(stylesXml) });
}

function styleIdsIn(stylesXml: string): Set<string> {
  return new Set(Array.from(stylesXml.matchAll(/w:styleId="([^"]+)"/g), (match) => match[1] ?? ''));
}

const LANG = `<w:lang w:val="${DOCUMENT_LANGUAGE}"/>`;

/** Elements that come after w:lang in a run's properties (CT_RPr is a sequence). */
const AFTER_LANG = /<w:(eastAsianLayout|specVanish|oMath)[\s/>]/;

/** A run-properties element with the document's language, in its place in the sequence. */
function rPrInDutch(rPr: string): string {
  if (/^<w:rPr\s*\/>$/.test(rPr)) return `<w:rPr>${LANG}</w:rPr>`;
  if (/<w:lang[\s/>]/.test(rPr)) return rPr;
  const after = AFTER_LANG.exec(rPr);
  const at = after ? after.index : rPr.lastIndexOf('</w:rPr>');
  return `${rPr.slice(0, at)}${LANG}${rPr.slice(at)}`;
}

/**
 * The reference's styles in Dutch: the document defaults get `w:lang`
 * nl-NL (added where the reference has none), and a style that sets a
 * language other than Dutch is set to Dutch (a reference made in an
 * English Word says en-US; a Flemish one keeps nl-BE).
 */
function inDutch(stylesXml: string): string {
  const languages = stylesXml.replace(/(<w:lang\b[^>]*\bw:val=")([^"]*)(")/g, (whole, start: string, value: string, end: string) =>
    value.toLowerCase().startsWith('nl') ? whole : `${start}${DOCUMENT_LANGUAGE}${end}`,
  );
  const rPrDefault = /<w:rPrDefault\s*\/>|<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(languages);
  if (rPrDefault) {
    const inner = rPrDefault[1] ?? '';
    const rPr = /<w:rPr\s*\/>|<w:rPr>[\s\S]*?<\/w:rPr>/.exec(inner)?.[0];
    const replaced = `<w:rPrDefault>${rPr ? inner.replace(rPr, rPrInDutch(rPr)) : `<w:rPr>${LANG}</w:rPr>${inner}`}</w:rPrDefault>`;
    return languages.replace(rPrDefault[0], replaced);
  }
  const dutchDefault = `<w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault>`;
  if (/<w:docDefaults\s*\/>/.test(languages)) return languages.replace(/<w:docDefaults\s*\/>/, `<w:docDefaults>${dutchDefault}</w:docDefaults>`);
  if (/<w:docDefaults>/.test(languages)) return languages.replace('<w:docDefaults>', `<w:docDefaults>${dutchDefault}`);
  // No document defaults: they are the first element of w:styles.
  return languages.replace(/(<w:styles\b[^>]*>)/, `$1<w:docDefaults>${dutchDefault}</w:docDefaults>`);
}

/**
 * A reference's styles made whole: the styles the export needs (Table Grid,
 * Default Paragraph Font) added where it has none, in Dutch, and a
 * `w:basedOn` that names a style the document will not define taken out
 * (Word would fall back to Normal for it anyway).
 */
export function completedHouseStyles(houseStyle: HouseStyle, ownIds: Iterable<string>): string {
  const end = houseStyle.stylesXml.lastIndexOf('</w:styles>');
  const missing = REQUIRED_STYLES.filter((style) => !houseStyle.styleIds.has(style.id));
  const completed = `${houseStyle.stylesXml.slice(0, end)}${missing.map((style) => style.xml).join('')}${houseStyle.stylesXml.slice(end)}`;
  const defined = new Set([...styleIdsIn(completed), ...ownIds, ...DOCX_OWN_STYLE_IDS]);
  const based = completed.replace(/<w:basedOn\s+w:val="([^"]*)"\s*\/>/g, (whole, id: string) => (defined.has(id) ? whole : ''));
  return inDutch(based);
}

/** What goes into a Document: our styles alone, or the house style with ours for what it lacks. */
export function stylesFor(houseStyle: HouseStyle | undefined): { styles: IStylesOptions; externalStyles: string } {
  const ours = documentStyles();
  if (!houseStyle) return { externalStyles: BASE_STYLES_XML, styles: ours };
  const paragraphStyles = (ours.paragraphStyles ?? []).filter((style) => !houseStyle.styleIds.has(style.id));
  const characterStyles = (ours.characterStyles ?? []).filter((style) => !houseStyle.styleIds.has(style.id));
  return {
    externalStyles: completedHouseStyles(houseStyle, [...paragraphStyles, ...characterStyles].map((style) => style.id)),
    styles: { paragraphStyles, characterStyles },
  };
}
