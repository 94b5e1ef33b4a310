/** Letters that are no accented form of a Latin letter, so NFKD keeps them: "Yılmaz" typed as "Yilmaz". */
const LOOK_ALIKES: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss' };

/**
 * A name as someone types it on a keyboard without accents: lower case, no
 * accents, single spaces. Two names are the same person's when their folded
 * forms are equal; the one rule for linking typed names to participants
 * (notes, confidential passages, the CLI's `--voor`).
 */
export function foldName(name: string): string {
  return name
    .toLocaleLowerCase('nl')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøđæœß]/g, (letter) => LOOK_ALIKES[letter] ?? letter)
    .trim()
    .replace(/\s+/g, ' ');
}
