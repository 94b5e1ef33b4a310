/**
 * CI check: Doyensec's electronegativity over the Electron code (electron/)
 * and the renderer page (the built out/renderer when it exists, else the
 * source index.html), told the Electron version the app pins. Prints a table
 * of findings per severity and fails on any HIGH finding. MEDIUM and LOW
 * findings we accept are printed with the reason; others are printed as
 * "te beoordelen" so a reviewer sees them.
 *
 * Not a dependency: it would pull in an old TypeScript and ESLint. It runs
 * through npx from the npm registry; when that is unreachable the check
 * fails with the reason, it never silently passes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TOOL = '@doyensec/electronegativity@1.10.3';
const repo = resolve(import.meta.dirname, '../..');

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  description: string;
}

/** Why a finding that is not HIGH is acceptable here, by check (and optionally by file). */
const ACCEPTED: { issue: string; file?: RegExp; reason: string }[] = [
  {
    issue: 'OPEN_EXTERNAL_JS_CHECK',
    file: /^out\/renderer\//,
    reason:
      'window.mdo.openExternal in de renderer (renderer/src/app/external-links.ts, na een klik op een link) is een verzoek aan de host; die controleert afzender, schema en adres opnieuw.',
  },
  {
    issue: 'OPEN_EXTERNAL_JS_CHECK',
    reason:
      'shell.openExternal krijgt alleen adressen die isSafeExternalUrl goedkeurt (http, https, mailto): vanuit shell:openExternal (openLinkExternally; de renderer vraagt het na een klik op een link) en vanuit de window-open-handler (guardContents), die het venster zelf altijd weigert. Getest in tests/unit/electron-security.test.ts en tests/e2e/no-network.spec.ts.',
  },
  {
    issue: 'AUXCLICK_JS_CHECK',
    reason:
      'Een middelklik kan geen venster openen: setWindowOpenHandler weigert elk nieuw venster, will-navigate elke andere pagina, en de renderer vangt klikken op links af (renderer/src/app/external-links.ts).',
  },
  {
    issue: 'PRELOAD_JS_CHECK',
    reason:
      'De preload geeft de pagina alleen window.mdo (benoemde functies over ipcRenderer.invoke), nooit ipcRenderer zelf; elk kanaal controleert de afzender en het schema.',
  },
  {
    issue: 'CSP_GLOBAL_CHECK',
    file: /electron\/main\/security\.ts$/,
    reason:
      'De header (hardenSession) krijgt de constante CONTENT_SECURITY_POLICY, die electronegativity niet kan lezen ("Failed to parse"). Hetzelfde beleid staat letterlijk in index.html en wordt daar wel beoordeeld.',
  },
  {
    issue: 'CSP_GLOBAL_CHECK',
    file: /index\.html$/,
    reason:
      "Het enige punt van de CSP-evaluator is script-src 'self' (\"problematisch bij JSONP, Angular of geüploade bestanden\"): de app laadt alleen haar eigen, meegeleverde bestanden.",
  },
];

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((cell) => cell.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  row.push(field);
  if (row.some((cell) => cell.trim() !== '')) rows.push(row);
  return rows;
}

function readFindings(csv: string): Finding[] {
  const [header, ...rows] = parseCsv(csv);
  const columns = (header ?? []).map((name) => name.trim());
  const at = (row: string[], name: string) => (row[columns.indexOf(name)] ?? '').trim();
  if (!columns.includes('issue') || !columns.includes('severity')) throw new Error(`onverwachte kop in de CSV: ${columns.join(', ')}`);
  return rows.map((row) => ({
    issue: at(row, 'issue'),
    severity: at(row, 'severity').toUpperCase(),
    confidence: at(row, 'confidence'),
    file: at(row, 'filename'),
    location: at(row, 'location'),
    sample: at(row, 'sample').replace(/\s+/g, ' '),
    description: at(row, 'description'),
  }));
}

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const declared = pkg.devDependencies?.electron;
  const version = declared?.replace(/^[\^~=v]+/, '');
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`package.json noemt geen vaste Electron-versie (gevonden: ${String(declared)})`);
  return version;
}

/** electron/ and the renderer page in one folder, so the global checks see the whole app at once. */
function stageInput(): { dir: string; page: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mdo-electronegativity-'));
  cpSync(join(repo, 'electron'), join(dir, 'electron'), { recursive: true });
  const built = join(repo, 'out', 'renderer');
  if (existsSync(join(built, 'index.html'))) {
    mkdirSync(join(dir, 'out'));
    cpSync(built, join(dir, 'out', 'renderer'), { recursive: true });
    return { dir, page: 'out/renderer (gebouwd)' };
  }
  mkdirSync(join(dir, 'renderer'));
  cpSync(join(repo, 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'));
  return { dir, page: 'renderer/index.html (niet gebouwd: alleen de bron-HTML)' };
}

function main(): number {
  const version = electronVersion();
  const { dir, page } = stageInput();
  try {
    const csvPath = join(dir, 'electronegativity.csv');
    console.log(`electronegativity (${TOOL}) over electron/ en ${page}, Electron ${version}`);
    const run = spawnSync('npx', ['--yes', TOOL, '-i', dir, '-e', version, '-r', '-o', csvPath], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 600_000,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    if (run.error || run.status !== 0 || !existsSync(csvPath)) {
      const reason = run.error ? run.error.message : `afsluitcode ${String(run.status)}`;
      console.error(`electronegativity kon niet draaien (${reason}). Is het npm-register bereikbaar voor npx?`);
      console.error(`${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().slice(-4_000));
      return 1;
    }
    const findings = readFindings(readFileSync(csvPath, 'utf8'));
    return report(findings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(findings: Finding[]): number {
  const order = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
  const counts = new Map<string, number>(order.map((severity) => [severity, 0]));
  for (const finding of findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  console.log('\nErnst          Aantal');
  for (const [severity, count] of counts) console.log(`${severity.padEnd(14)} ${count}`);

  const high = findings.filter((finding) => finding.severity === 'HIGH');
  for (const finding of findings) {
    const where = `${finding.file}:${finding.location}`;
    const line = `${finding.severity} ${finding.issue} ${where}\n    ${finding.description}${finding.sample && finding.sample !== 'N/A' ? `\n    ${finding.sample.slice(0, 200)}` : ''}`;
    if (finding.severity === 'HIGH') {
      console.log(`\n✗ ${line}`);
      continue;
    }
    const accepted = ACCEPTED.find((entry) => entry.issue === finding.issue && (!entry.file || entry.file.test(finding.file)));
    console.log(`\n${accepted ? '✓ geaccepteerd' : '? te beoordelen'}: ${line}${accepted ? `\n    Waarom: ${accepted.reason}` : ''}`);
  }
  if (high.length > 0) {
    console.error(`\nelectronegativity: ${high.length} bevinding(en) met ernst HIGH; los ze op voordat dit door CI mag.`);
    return 1;
  }
  console.log(`\nelectronegativity: geen bevindingen met ernst HIGH (${findings.length} in totaal).`);
  return 0;
}

process.exitCode = main();
