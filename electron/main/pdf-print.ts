import { BrowserWindow, session, type Session } from 'electron';
import { isPdf, PdfPrintError, withTempHtml, type PdfPrinter } from '../../host/pdf-export';

/**
 * The PDF export in the app: Electron's own Chromium prints the page
 * (host/pdf-export.ts makes it), so the user needs no Chromium, Chrome or
 * LibreOffice of their own. The page is loaded in a window that is never
 * shown and renders off screen, sandboxed, without preload, without
 * JavaScript, in a session of its own (in memory) that refuses every
 * permission and every request but the page's own file.
 */

/** How long loading and printing one page may take. */
const PRINT_TIMEOUT_MS = 60_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PdfPrintError('Het maken van de PDF duurde te lang.')), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The page files being printed now: the print session loads these and nothing else. */
const printing = new Set<string>();
let printSession: Session | null = null;

/**
 * One session for all prints, made at the first: in memory (no "persist:"
 * prefix, nothing kept on disk), no permission, no request but a page
 * being printed.
 */
function sessionForPrinting(): Session {
  if (printSession) return printSession;
  const created = session.fromPartition('mdo-pdf', { cache: false });
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  created.setPermissionCheckHandler(() => false);
  created.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !printing.has(details.url) }));
  printSession = created;
  return created;
}

async function printPage(html: string): Promise<Uint8Array> {
  return withTempHtml(html, async ({ url }) => {
    printing.add(url);
    const window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: {
        offscreen: true,
        sandbox: true,
        javascript: false,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        session: sessionForPrinting(),
      },
    });
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    try {
      await window.loadURL(url);
      const pdf = await window.webContents.printToPDF({
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      const bytes = new Uint8Array(pdf);
      if (!isPdf(bytes)) throw new PdfPrintError('Electron gaf een bestand dat geen PDF is.');
      return bytes;
    } finally {
      printing.delete(url);
      window.destroy();
    }
  });
}

export function electronPdfPrinter(): PdfPrinter {
  return {
    // Electron always has its Chromium.
    unavailable: async () => null,
    print: (html) => withTimeout(printPage(html), PRINT_TIMEOUT_MS),
  };
}
