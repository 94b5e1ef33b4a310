import { randomUUID } from 'node:crypto';
import { BrowserWindow, session } from 'electron';
import { isPdf, PdfPrintError, withTempHtml, type PdfPrinter } from '../../host/pdf-export';

/**
 * The PDF export in the app: Electron's own Chromium prints the page
 * (host/pdf-export.ts makes it), so the user needs no Chromium, Chrome or
 * LibreOffice of their own. The page is loaded in a window that is never
 * shown and renders off screen, sandboxed, without preload, without
 * JavaScript, in a session of its own (in memory, gone afterwards) that
 * refuses every request but the page's own file and every permission.
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

async function printPage(html: string): Promise<Uint8Array> {
  return withTempHtml(html, async ({ url }) => {
    // No "persist:" prefix: the session lives in memory and keeps nothing on disk.
    const printSession = session.fromPartition(`mdo-pdf-${randomUUID()}`, { cache: false });
    printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printSession.setPermissionCheckHandler(() => false);
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
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
        session: printSession,
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
      window.destroy();
      await printSession.clearStorageData().catch(() => undefined);
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
