import { fail, ok, type Result } from '../result';

/**
 * The bytes of an MDO-Markdown file as text. Markdown must be UTF-8, as the
 * `.mdo` file is: a byte that is no UTF-8 would otherwise become `�` in a
 * title or a name without anyone noticing. The message names the line, so
 * the user can find it (often a file saved as "ANSI" or Windows-1252).
 */

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The 1-based line of the first byte that is no UTF-8, or null when all is UTF-8. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | null {
  try {
    strict.decode(bytes);
    return null;
  } catch {
    // Decode line by line (a line break is one byte in UTF-8 and never part of a longer character).
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index < bytes.length && bytes[index] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line += 1;
      start = index + 1;
    }
    return line;
  }
}

/** The text of MDO-Markdown bytes, or a Dutch error naming the first line that is not UTF-8. */
export function markdownText(bytes: Uint8Array, name: string): Result<string> {
  const line = firstInvalidUtf8Line(bytes);
  if (line !== null) {
    return fail(
      'not-utf8',
      `"${name}" is niet als UTF-8 opgeslagen; er is niets geïmporteerd.`,
      [`Regel ${line}: bevat tekens die geen UTF-8 zijn (waarschijnlijk een letter met een accent of een aanhalingsteken uit een ander programma). Sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8) en probeer het opnieuw.`],
    );
  }
  return ok(lenient.decode(bytes));
}
