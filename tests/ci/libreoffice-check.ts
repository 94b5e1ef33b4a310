/**
 * CI check: LibreOffice opens the Noor minutes the CLI writes (with a
 * professionals-only passage), converts them to PDF without error, and the
 * PDF text holds the action table with the passage's mark. Run by
 * .ci/run after the tests; it skips (exit 0 with a printed reason) only when
 * LibreOffice or pdftotext is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { noorWithSecretPassage } from '../fixtures/noor-minutes';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

async function main(): Promise<number> {
  if (!has('soffice') || !has('pdftotext')) {
    console.log('LibreOffice-controle overgeslagen: soffice of pdftotext is niet geïnstalleerd.');
    return 0;
  }
  const dir = await mkdtemp(join(tmpdir(), 'mdo-libreoffice-'));
  try {
    const mdo = join(dir, 'noor.mdo');
    const docx = join(dir, 'verslag-noor.docx');
    await writeFile(mdo, serializeMeeting(noorWithSecretPassage()), 'utf8');
    const repo = resolve(import.meta.dirname, '../..');
    execFileSync(process.execPath, [join(repo, 'bin/mdo.js'), 'export', mdo, '-o', docx], { stdio: 'inherit' });
    const started = Date.now();
    const convert = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profiel`, '--convert-to', 'pdf', '--outdir', dir, docx], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    const pdf = join(dir, 'verslag-noor.pdf');
    if (convert.status !== 0 || !existsSync(pdf)) {
      console.error(`LibreOffice kon het verslag niet omzetten (code ${convert.status}):\n${convert.stdout}\n${convert.stderr}`);
      return 1;
    }
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const expected = ['Verslag multidisciplinair overleg', 'Actielijst / taakverdeling', 'Consultatie Veilig Thuis', 'vr 18 dec 2026', 'Regievoerder: Ömer Yılmaz', 'Pagina 1 van', 'Vertrouwelijk – alleen professionals', 'vertrouwelijk – alleen'];
    const missing = expected.filter((part) => !text.includes(part));
    if (missing.length > 0) {
      console.error(`De PDF van het verslag mist: ${missing.join(' | ')}`);
      return 1;
    }
    const pages = (text.match(/\f/g) ?? []).length;
    console.log(`LibreOffice-controle geslaagd: verslag omgezet naar PDF in ${Date.now() - started} ms, ${pages} pagina's, actietabel en vertrouwelijke markering gevonden.`);
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
