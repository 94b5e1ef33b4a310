import { strFromU8, unzipSync } from 'fflate';
import type { IStylesOptions } from 'docx';
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
