import type { ReactNode } from 'react';

const folded = new Map<string, string>();

/** Lower case, accents off (as the index folds): Chloë and chloe are one word. Words seen before are looked up. */
function fold(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    if (folded.size > 20_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** The words of a query, folded, to mark in the lines found. */
export function markTerms(query: string): string[] {
  return fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0);
}

/** The line with each word that starts with a term of the query in <mark>. */
export function highlighted(line: string, terms: readonly string[]): ReactNode {
  if (terms.length === 0) return line;
  const parts = line.split(/([\p{L}\p{N}]+)/u);
  return parts.map((part, index) => {
    const word = index % 2 === 1 ? fold(part) : '';
    return word !== '' && terms.some((term) => word.startsWith(term)) ? <mark key={index}>{part}</mark> : part;
  });
}
