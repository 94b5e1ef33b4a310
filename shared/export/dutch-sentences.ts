/**
 * Sentences the export composes around names and numbers. A name may end
 * in a full stop ("Amir B.", "Noor de V."), and a list of numbers may be
 * long (A1 … A120): both must still read as Dutch.
 */

/** A sentence ends in one full stop, also after a name that ends in one ("Versie voor Amir B."). */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Two full stops where one was meant ("Versie voor Amir B.. Passages"): a
 * sentence put together around a label that already ends in one. An
 * ellipsis ("...") stays.
 */
export function withoutDoubleFullStops(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

/** `1, 3 en 5`: the Dutch way of listing, no comma before the last. */
export function dutchList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1) ?? ''}`;
}

interface NumberParts {
  prefix: string;
  value: number;
}

function partsOf(label: string): NumberParts | null {
  const match = /^(\D*)(\d+)$/.exec(label.trim());
  return match ? { prefix: match[1] ?? '', value: Number(match[2]) } : null;
}

/** Up to this many numbers read well one by one; a longer list gets ranges. */
const LISTED_ONE_BY_ONE = 4;

/**
 * Numbers in the order given; in a list of more than four, runs of three
 * or more consecutive ones become a range: `A1, A2, A3, A4, A7` →
 * `A1–A4`, `A7`, so a meeting with 120 actions does not list every one.
 * `A2, A3, A4, A6` stays as it is. A label that is no number is kept.
 */
export function numberRangeParts(labels: readonly string[]): string[] {
  if (labels.length <= LISTED_ONE_BY_ONE) return [...labels];
  const out: string[] = [];
  let run: string[] = [];
  let last: NumberParts | null = null;
  const flush = () => {
    if (run.length >= 3) out.push(`${run[0] ?? ''}–${run.at(-1) ?? ''}`);
    else out.push(...run);
    run = [];
  };
  for (const label of labels) {
    const parts = partsOf(label);
    const follows = parts !== null && last !== null && parts.prefix === last.prefix && parts.value === last.value + 1;
    if (!follows) flush();
    run.push(label);
    last = parts;
  }
  flush();
  return out;
}

/** The same, joined with commas: `A1–A4, A7`. */
export function numberRanges(labels: readonly string[]): string {
  return numberRangeParts(labels).join(', ');
}
