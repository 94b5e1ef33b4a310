import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, delimiter, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAgendaHtml } from '../shared/export/agenda-html';
import { exportFileName } from '../shared/export/file-names';
import { scanHtmlForNames } from '../shared/export/html-name-scan';
import { buildMinutesHtml } from '../shared/export/minutes-html';
import type { ExportedFile } from '../shared/ipc/contract';
import type { Meeting } from '../shared/meeting/meeting-schema';
import { isNameMiss } from '../shared/privacy/name-scan';
import { exportLogEntry, FULL_EXPORT, type ExportOptions } from '../shared/privacy/export-options';
import { pseudonymises } from '../shared/privacy/pseudonymise';
import { fail, ok, type Result } from '../shared/result';
import { atomicWriteFile, PRIVATE_FILE_MODE } from './atomic-write';
import { exportErrorFor } from './export-errors';

/**
 * The PDF export, plain Node: the minutes or the agenda as the printable
 * HTML page (shared/export/minutes-html.ts, agenda-html.ts: the same copy
 * as the Word document), printed by a Chromium. Electron prints with its
 * own Chromium (electron/main/pdf-print.ts), the test host with
 * Playwright's page; the CLI, and the host without either, run a Chromium
 * or Google Chrome found on this computer, headless, with no network and
 * a throwaway profile. LibreOffice is not needed.
 */

/** Prints one HTML page (it loads nothing, runs no script) to PDF bytes. */
export interface PdfPrinter {
  /** Null when this printer can make a PDF here; else why not and what to do, in Dutch. */
  unavailable(): Promise<string | null>;
  print(html: string): Promise<Uint8Array>;
}

export type PdfDocument = 'verslag' | 'agenda';

/** The advice when nothing can print: the Word export always works. */
export const NO_CHROMIUM_MESSAGE =
  'Voor PDF is Chromium of Google Chrome nodig, en die is op deze computer niet gevonden. Installeer Chromium of Google Chrome (of geef met de omgevingsvariabele MDO_CHROMIUM aan waar het programma staat), of exporteer naar Word en sla het document daar op als PDF.';

/** A Chromium that ran but gave no PDF: nothing was written. */
export class PdfPrintError extends Error {}

/** The HTML page of this copy, the one the PDF is printed from. */
export function pdfHtml(document: PdfDocument, meeting: Meeting, options: ExportOptions, exportedAt: Date): string {
  return document === 'agenda' ? buildAgendaHtml(meeting, { exportedAt, options }) : buildMinutesHtml(meeting, { exportedAt, options });
}

/** `2026-12-10 Verslag MDO N.d.V. voor ouders.pdf`: the Word export's name with .pdf. */
export function pdfFileName(meeting: Meeting, document: PdfDocument, options: ExportOptions): string {
  return exportFileName(meeting, document === 'agenda' ? 'Agenda' : 'Verslag', options).replace(/\.docx$/i, '.pdf');
}

// ---------------------------------------------------------------------------
// Finding a Chromium

/** Program names on PATH, in the order tried. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'];

/** Where Chrome, Chromium and Edge install themselves outside PATH (Windows and macOS). */
function standardLocations(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [];
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false;
    await access(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Playwright's own Chromium, when Playwright is installed beside the app (a
 * developer's machine). Playwright reads PLAYWRIGHT_BROWSERS_PATH from this
 * process; a search with another environment only takes a browser inside
 * the folder that one names.
 */
async function playwrightChromium(env: NodeJS.ProcessEnv): Promise<string | null> {
  try {
    const require = createRequire(import.meta.url);
    // A name in a variable: the CLI's bundler leaves this import alone, so Playwright is only loaded where it is installed.
    const specifier = 'playwright-core';
    const playwright = require(specifier) as { chromium?: { executablePath(): string } };
    const path = playwright.chromium?.executablePath();
    const folder = env.PLAYWRIGHT_BROWSERS_PATH;
    if (folder && path && !resolve(path).startsWith(resolve(folder))) return null;
    return path && (await isExecutableFile(path)) ? path : null;
  } catch {
    return null;
  }
}

export type ChromiumSearch = { ok: true; path: string } | { ok: false; message: string };

/**
 * The Chromium to print with: the one MDO_CHROMIUM names (when it is set,
 * only that one: the user chose it), else chromium, chromium-browser or
 * google-chrome (and Chrome or Edge where Windows and macOS install them)
 * on PATH, else Playwright's Chromium when installed.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<ChromiumSearch> {
  const chosen = env.MDO_CHROMIUM?.trim();
  if (chosen) {
    return (await isExecutableFile(chosen))
      ? { ok: true, path: chosen }
      : {
          ok: false,
          message: `Voor PDF is Chromium of Google Chrome nodig. De omgevingsvariabele MDO_CHROMIUM wijst naar "${chosen}", maar daar staat geen programma dat gestart kan worden. Pas MDO_CHROMIUM aan (of laat hem weg), of exporteer naar Word en sla het document daar op als PDF.`,
        };
  }
  const extensions = platform === 'win32' ? ['.exe', ''] : [''];
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter).filter((dir) => dir !== '' && isAbsolute(dir));
  for (const name of PATH_NAMES) {
    for (const dir of dirs) {
      for (const extension of extensions) {
        const candidate = join(dir, `${name}${extension}`);
        if (await isExecutableFile(candidate)) return { ok: true, path: candidate };
      }
    }
  }
  for (const candidate of standardLocations(env, platform)) {
    if (await isExecutableFile(candidate)) return { ok: true, path: candidate };
  }
  const fromPlaywright = await playwrightChromium(env);
  return fromPlaywright ? { ok: true, path: fromPlaywright } : { ok: false, message: NO_CHROMIUM_MESSAGE };
}

// ---------------------------------------------------------------------------
// Printing with a Chromium of this computer

/** How long one print may take before Chromium is stopped. */
const PRINT_TIMEOUT_MS = 90_000;

/**
 * Flags for a print that touches nothing of the user's: a fresh profile,
 * no first-run, sync, extensions or updates, and no name resolves, so no
 * request can leave the computer whatever the page would ask.
 */
export function chromiumPrintArgs(profileDir: string, pdfPath: string, htmlUrl: string): string[] {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    '--headless',
    // Chromium refuses its sandbox to root (CI, containers); everyone else keeps it.
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-sync',
    '--disable-quic',
    '--mute-audio',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    // No --blink-settings=scriptEnabled=false: headless printing needs it on and then writes no PDF.
    // The page has no script, and its policy (default-src 'none') would refuse one.
    // Our own header and footer are in the page's margins; Chromium's (with the file's path) stay out.
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    `--print-to-pdf=${pdfPath}`,
    htmlUrl,
  ];
}

function run(executable: string, args: readonly string[], timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr });
    });
  });
}

/**
 * The page as a file in a private temp folder (0700, the file 0600), for a
 * Chromium to load by its file URL; the folder is removed afterwards,
 * whatever happens. A file, not a data: URL: Chromium refuses URLs over
 * 2 MB, and the minutes of a long meeting are more.
 */
export async function withTempHtml<T>(html: string, use: (page: { url: string; dir: string }) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'mdo-pdf-'));
  try {
    const htmlPath = join(dir, 'document.html');
    await writeFile(htmlPath, html, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
    return await use({ url: pathToFileURL(htmlPath).href, dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the page with the Chromium at `executable`, headless. */
export function printWithChromium(executable: string, html: string, timeoutMs = PRINT_TIMEOUT_MS): Promise<Uint8Array> {
  return withTempHtml(html, async ({ url, dir }) => {
    const pdfPath = join(dir, 'document.pdf');
    const { code, stderr } = await run(executable, chromiumPrintArgs(join(dir, 'profiel'), pdfPath, url), timeoutMs);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(pdfPath));
    } catch {
      const last = stderr.trim().split('\n').filter((line) => !/dbus|Fontconfig/i.test(line)).slice(-1)[0] ?? '';
      throw new PdfPrintError(
        `${basename(executable)} heeft geen PDF gemaakt${code === null ? ' (gestopt na te lang wachten)' : ` (afsluitcode ${code})`}${last ? `: ${last.trim()}` : ''}.`,
      );
    }
    if (!isPdf(bytes)) throw new PdfPrintError(`${basename(executable)} gaf een bestand dat geen PDF is.`);
    return bytes;
  });
}

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 8 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** The printer that runs a Chromium of this computer, looked for at each export (one may be installed meanwhile). */
export function chromiumPdfPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  return {
    async unavailable() {
      const found = await findChromium(env);
      return found.ok ? null : found.message;
    },
    async print(html) {
      const found = await findChromium(env);
      if (!found.ok) throw new PdfPrintError(found.message);
      return printWithChromium(found.path, html);
    },
  };
}

// ---------------------------------------------------------------------------
// The export as the app makes it

export interface PdfExportDeps {
  libraryDir: string;
  /** Asks where the PDF goes; null when the user cancels. */
  chooseSavePath(defaultPath: string): Promise<string | null>;
  printer: PdfPrinter;
  now: () => Date;
}

export interface PdfExportRequest {
  document: PdfDocument;
  meeting: Meeting;
  options?: ExportOptions | undefined;
}

function withPdfExtension(path: string): string {
  return path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`;
}

/**
 * Exporteren als PDF in the app: first whether a PDF can be made at all
 * (else the Dutch reason, before anything is asked or written), then where
 * to save it, the page of this copy, the print, an atomic write and the
 * final name scan of the page the PDF was printed from.
 */
export async function exportPdf(deps: PdfExportDeps, request: PdfExportRequest): Promise<Result<ExportedFile | null>> {
  const options = request.options ?? FULL_EXPORT;
  const missing = await deps.printer.unavailable();
  if (missing) return fail('pdf-unavailable', missing);
  const chosen = await deps.chooseSavePath(join(deps.libraryDir, pdfFileName(request.meeting, request.document, options)));
  if (chosen === null) return ok(null);
  if (!isAbsolute(chosen)) {
    return fail('invalid-path', 'De app gaf geen volledige bestandslocatie door. Kies het bestand opnieuw via Openen of Opslaan als.');
  }
  const target = withPdfExtension(resolve(chosen));
  const exportedAt = deps.now();
  const html = pdfHtml(request.document, request.meeting, options, exportedAt);
  let bytes: Uint8Array;
  try {
    bytes = await deps.printer.print(html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('pdf-failed', `De PDF is niet gemaakt; er is niets geschreven. ${reason} Probeer het opnieuw, of exporteer naar Word en sla het document daar op als PDF.`);
  }
  try {
    await atomicWriteFile(target, bytes);
  } catch (error) {
    const problem = exportErrorFor(error, target);
    return fail(problem.code, problem.message.replace('Het Word-bestand is', 'De PDF is').replace('een eerder Word-bestand', 'een eerdere PDF'));
  }
  const logEntry = exportLogEntry(request.meeting, request.document, options, basename(target), exportedAt);
  const names = pseudonymises(options.pseudonym) ? scanHtmlForNames(html, request.meeting, options.pseudonym).filter(isNameMiss) : [];
  const notice =
    names.length > 0 ? `Let op: in de kopie staat nog iets dat op een vervangen naam lijkt: ${names.map((residue) => `„${residue.text}”`).join(', ')}.` : '';
  return ok(notice ? { path: target, notice, logEntry } : { path: target, logEntry });
}
