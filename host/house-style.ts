import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readHouseStyle, type HouseStyle } from '../shared/export/house-style';

/** The file an organisation puts in the library folder to give every export its house style. */
export const HOUSE_STYLE_FILE = 'Huisstijl.docx';

export interface HouseStyleChoice {
  houseStyle?: HouseStyle;
  /** Said to the user when a house style is there but cannot be used. */
  notice?: string;
}

/** The library's Huisstijl.docx when there is one; a broken one is reported and the default is used. */
export async function loadHouseStyle(libraryDir: string): Promise<HouseStyleChoice> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(libraryDir, HOUSE_STYLE_FILE));
  } catch {
    return {};
  }
  const read = readHouseStyle(bytes, HOUSE_STYLE_FILE);
  return read.ok ? { houseStyle: read.value } : { notice: read.error.message };
}
