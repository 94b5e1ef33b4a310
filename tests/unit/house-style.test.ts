import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUSE_STYLE_FILE, loadHouseStyle } from '../../host/house-style';
import { createNodeHandlers } from '../../host/handlers';
import { readHouseStyle } from '../../shared/export/house-style';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { readDocx } from '../support/docx-reader';

const shipped = join(import.meta.dirname, '../../templates/huisstijl/neutraal.docx');

/** The shipped reference with the Title style recoloured, as an organisation would do it in Word. */
async function recolouredReference(): Promise<Uint8Array> {
  const files = unzipSync(await readFile(shipped));
  const styles = strFromU8(files['word/styles.xml']!);
  const titleStyle = /<w:style [^>]*w:styleId="Title"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)?.[0];
  if (!titleStyle) throw new Error('no Title style in the shipped reference');
  const changed = titleStyle.replace(/<w:color w:val="[0-9A-F]+"\/>/, '<w:color w:val="C00000"/>');
  files['word/styles.xml'] = strToU8(styles.replace(titleStyle, changed));
  return zipSync(files);
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdo-huisstijl-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the house style', () => {
  it('ships a neutral reference with every style the export uses', async () => {
    const read = readHouseStyle(await readFile(shipped), 'neutraal.docx');
    expect(read.ok).toBe(true);
    for (const id of ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Quote', 'ListBullet', 'ListNumber', 'Besluit', 'Actie', 'TableText']) {
      expect(read.ok && read.value.styleIds.has(id), id).toBe(true);
    }
  });

  it('gives the export the styles of the reference, and ours only where it has none', async () => {
    const read = readHouseStyle(await recolouredReference(), 'Huisstijl.docx');
    if (!read.ok) throw new Error(read.error.message);
    const withoutBesluit = { ...read.value, styleIds: new Set([...read.value.styleIds].filter((id) => id !== 'Besluit')) };
    const docx = readDocx(await packDocx(buildMinutesDocument(noorWithMinutes(), { exportedAt: new Date(), houseStyle: withoutBesluit })));
    const styles = docx.parts['word/styles.xml']!;
    const title = /<w:style [^>]*w:styleId="Title"[^>]*>[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(title).toContain('w:val="C00000"');
    expect(styles.match(/w:styleId="Besluit"/g)?.length).toBe(1);
    expect(docx.paragraphs.some((p) => p.style === 'Besluit')).toBe(true);
  });

  it('refuses a file that is not a Word document, in Dutch, naming it', () => {
    const read = readHouseStyle(new TextEncoder().encode('geen zip'), 'Huisstijl.docx');
    expect(!read.ok && read.error.message).toBe(
      'Het huisstijlbestand "Huisstijl.docx" is niet te gebruiken: het is geen Word-document (.docx). Het verslag wordt gemaakt met de standaardopmaak.',
    );
    const noStyles = readHouseStyle(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'Huisstijl.docx');
    expect(!noStyles.ok && noStyles.error.message).toContain('er staan geen opmaakprofielen in');
  });

  it('is taken from Huisstijl.docx in the library; a broken one still exports, and says so', async () => {
    expect(await loadHouseStyle(dir)).toEqual({});
    await writeFile(join(dir, HOUSE_STYLE_FILE), await recolouredReference());
    expect((await loadHouseStyle(dir)).houseStyle?.styleIds.has('Title')).toBe(true);

    await writeFile(join(dir, HOUSE_STYLE_FILE), 'kapot');
    const target = join(dir, 'verslag.docx');
    const handlers = createNodeHandlers({
      libraryDir: dir,
      configDir: join(dir, 'config'),
      version: 'test',
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => target },
    });
    const result = await handlers['export:minutes']({ meeting: noorWithMinutes() });
    expect(result.ok && result.value).toEqual({
      path: target,
      logEntry: expect.objectContaining({ document: 'verslag', fileName: 'verslag.docx' }),
      notice: 'Het huisstijlbestand "Huisstijl.docx" is niet te gebruiken: het is geen Word-document (.docx). Het verslag wordt gemaakt met de standaardopmaak.',
    });
    expect(readDocx(await readFile(target)).paragraphs[0]?.text).toBe('Verslag multidisciplinair overleg');
  });
});
