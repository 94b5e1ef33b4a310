import { findChromium, pdfHtml, printWithChromium } from '../host/pdf-export';
import { scanHtmlForNames } from '../shared/export/html-name-scan';
import type { Meeting } from '../shared/meeting/meeting-schema';
import type { ExportOptions } from '../shared/privacy/export-options';
import { isNameMiss, residueMessage } from '../shared/privacy/name-scan';
import { pseudonymises } from '../shared/privacy/pseudonymise';
import type { CliIo } from './cli-io';

/**
 * The PDF half of `mdo export --pdf`, in a module of its own so that no
 * other command loads it: the page of this copy (the same copy as Word),
 * checked for names, printed by a Chromium or Google Chrome of this
 * computer. Null, with the reason printed in Dutch, when no PDF is made.
 */

export interface PdfRequest {
  /** The agenda (invitation), or else the minutes. */
  agenda: boolean;
  meeting: Meeting;
  exportedAt: Date;
  options: ExportOptions;
  /** --toch: write even when the final scan finds something like a replaced name. */
  anyway: boolean;
}

export async function pdfBytes(request: PdfRequest, io: CliIo): Promise<Uint8Array | null> {
  // First whether a PDF can be made at all: then nothing else is done for nothing.
  const chromium = await findChromium();
  if (!chromium.ok) {
    io.err(chromium.message);
    io.err('Er is niets geschreven.');
    return null;
  }
  const html = pdfHtml(request.agenda ? 'agenda' : 'verslag', request.meeting, request.options, request.exportedAt);
  if (pseudonymises(request.options.pseudonym)) {
    const found = scanHtmlForNames(html, request.meeting, request.options.pseudonym);
    // The header's name is on every page: each finding once.
    for (const message of new Set(found.map(residueMessage))) io.err(`Let op: ${message}`);
    if (found.some(isNameMiss) && !request.anyway) {
      io.err('Er is niets geschreven: de kopie bevat nog iets dat op een vervangen naam lijkt. Pas de aantekeningen aan, of exporteer met --toch als u zeker weet dat het geen naam is.');
      return null;
    }
  }
  try {
    return await printWithChromium(chromium.path, html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`De PDF is niet gemaakt; er is niets geschreven. ${reason} Probeer het opnieuw, of exporteer naar Word en sla het document daar op als PDF.`);
    return null;
  }
}
