/**
 * CI check: LibreOffice opens the Noor minutes the CLI writes (with a
 * professionals-only passage) and the agenda of the Noor case (from its
 * MDO-Markdown), converts them to PDF without error; the minutes' PDF holds
 * the header, the action table with the passage's mark, and the agenda is
 * one page. Run by .ci/run after the tests; it skips (exit 0 with a printed
 * reason) only when LibreOffice or pdftotext is not installed.
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
    const agenda = join(dir, 'agenda-noor.docx');
    await writeFile(mdo, serializeMeeting(noorWithSecretPassage()), 'utf8');
    const repo = resolve(import.meta.dirname, '../..');
    execFileSync(process.execPath, [join(repo, 'bin/mdo.js'), 'export', mdo, '-o', docx], { stdio: 'inherit' });
    execFileSync(process.execPath, [join(repo, 'bin/mdo.js'), 'export', join(repo, 'tests/fixtures/markdown/casus-noor.mdo.md'), '--agenda', '-o', agenda], { stdio: 'inherit' });
    const started = Date.now();
    const convert = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profiel`, '--convert-to', 'pdf', '--outdir', dir, docx, agenda], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    const pdf = join(dir, 'verslag-noor.pdf');
    const agendaPdf = join(dir, 'agenda-noor.pdf');
    if (convert.status !== 0 || !existsSync(pdf) || !existsSync(agendaPdf)) {
      console.error(`LibreOffice kon het verslag of de agenda niet omzetten (code ${convert.status}):\n${convert.stdout}\n${convert.stderr}`);
      return 1;
    }
    const took = Date.now() - started;
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const expected = [
      'Verslag multidisciplinair overleg', 'Verslag MDO · N.d.V. · 10 december 2026 · Vertrouwelijk', 'Actielijst / taakverdeling', 'Consultatie Veilig Thuis',
      'vr 18 dec 2026', 'Regievoerder: Ömer Yılmaz', 'Pagina 1 van', 'Vertrouwelijk – alleen professionals', 'vertrouwelijk – alleen',
    ];
    const missing = expected.filter((part) => !text.includes(part));
    if (missing.length > 0) {
      console.error(`De PDF van het verslag mist: ${missing.join(' | ')}`);
      return 1;
    }
    const pages = (text.match(/\f/g) ?? []).length;
    // The invitation of the Noor case (nine items, seven participants) goes out as one sheet.
    const agendaText = execFileSync('pdftotext', ['-layout', agendaPdf, '-'], { encoding: 'utf8' });
    const agendaPages = (agendaText.match(/\f/g) ?? []).length;
    const agendaMissing = ['Uitnodiging multidisciplinair overleg', 'Agenda MDO · N.d.V. · 10 december 2026', 'Afmelden bij Fatima El Amrani', '9. Rondvraag en sluiting', 'Totaal 90 minuten'].filter(
      (part) => !agendaText.includes(part),
    );
    if (agendaPages !== 1 || agendaMissing.length > 0) {
      console.error(`De agenda van de casus Noor hoort op één pagina met alle punten; LibreOffice maakt ${agendaPages} pagina's${agendaMissing.length > 0 ? ` en mist: ${agendaMissing.join(' | ')}` : ''}.`);
      return 1;
    }
    console.log(`LibreOffice-controle geslaagd: verslag en agenda omgezet naar PDF in ${took} ms; verslag ${pages} pagina's met actietabel en vertrouwelijke markering, agenda op 1 pagina.`);
    return 0;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
