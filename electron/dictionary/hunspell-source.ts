import { compareBytes, type BdicContent, type BdicWord } from './bdic-writer';

/**
 * Reads a Hunspell dictionary (.aff and .dic, UTF-8) into what a .bdic holds,
 * the way Chromium's converter does (chrome/tools/convert_dict: aff_reader,
 * dic_reader, hunspell_reader), so the file reads in Chromium as its own
 * dictionaries do:
 *
 * - the comment lines at the top of the .aff are kept;
 * - every set of flags (after a `/` in a word or an affix rule) becomes an
 *   affix group, `AF <flags>`, and is referred to by its 1-based number;
 * - SFX/PFX lines are kept with their continuation flags replaced by that
 *   number; REP lines become pairs (`_` is a space); the first AF and REP
 *   lines (their counts) are dropped;
 * - everything else goes to the other commands, SET excepted (a .bdic is
 *   always UTF-8);
 * - a word is everything before the first `/` that is not escaped (`\/` is a
 *   slash in the word), without a morphological field after a tab; the same
 *   word twice keeps both sets of flags.
 */

/** Whitespace as base::TrimWhitespaceASCII trims it, and a byte order mark at the start. */
function trimLine(line: string): string {
  return line.replace(/^\uFEFF/, '').replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}

/** Everything from the first `#` on is a comment. */
function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash === -1 ? line : trimLine(line.slice(0, hash));
}

function collapseSpaces(line: string): string {
  return line.replace(/ {2,}/g, ' ');
}

function lines(text: string): string[] {
  return text.split('\n').map(trimLine);
}

class AffixGroups {
  private readonly ids = new Map<string, number>();

  idFor(flags: string): number {
    const trimmed = trimLine(flags);
    const known = this.ids.get(trimmed);
    if (known !== undefined) return known;
    const id = this.ids.size + 1;
    this.ids.set(trimmed, id);
    return id;
  }

  /** "AF <flags>" in id order: the group with id n is line n. */
  lines(): string[] {
    return [...this.ids.entries()].sort((a, b) => a[1] - b[1]).map(([flags]) => `AF ${flags}`);
  }
}

interface AffRead {
  comment: string;
  groups: AffixGroups;
  /** The .aff lists its own AF lines: flags after a `/` are then already numbers. */
  indexedAffixes: boolean;
  affixRules: string[];
  replacements: [string, string][];
  otherCommands: string[];
}

/** An SFX/PFX line, its stripping, affix and flags re-written as Chromium's converter does. */
function affixRule(line: string, aff: AffRead): string {
  const rule = collapseSpaces(trimLine(line));
  let spaces = 0;
  let token = '';
  for (let index = 0; index < rule.length; index++) {
    if (rule[index] !== ' ') {
      token += rule[index];
      continue;
    }
    spaces++;
    if (spaces === 3) {
      // The header line ("SFX D Y 4") has its cross-product flag here; a rule
      // line has the part it strips, which starts the part that is re-written.
      const partStart = token[0] !== 'Y' && token[0] !== 'N' ? index - token.length : index;
      let part = rule.slice(partStart);
      if (part.includes('-')) {
        // Old Hungarian morphology ("0 d e - M") becomes a flag ("0 d/M e").
        const tokens = part.split(' ').map(trimLine);
        if (tokens.length >= 5) part = `${tokens[0]} ${tokens[1]}/${tokens[4]} ${tokens[2]}`;
      }
      const slash = part.indexOf('/');
      if (slash !== -1 && !aff.indexedAffixes) {
        const afterSlash = part
          .slice(slash + 1)
          .split(' ')
          .map(trimLine);
        if (afterSlash.length === 1) afterSlash.push('.');
        part = `${part.slice(0, slash + 1)}${aff.groups.idFor(afterSlash[0] ?? '')} ${afterSlash[1] ?? '.'}`;
      }
      return rule.slice(0, partStart) + part;
    }
    token = '';
  }
  return rule;
}

export function readAff(text: string): AffRead {
  const aff: AffRead = { comment: '', groups: new AffixGroups(), indexedAffixes: false, affixRules: [], replacements: [], otherCommands: [] };
  let gotCommand = false;
  let gotFirstAf = false;
  let gotFirstRep = false;
  for (const raw of lines(text)) {
    if (!gotCommand && raw.startsWith('#')) {
      aff.comment += `${raw}\n`;
      continue;
    }
    const line = stripComment(raw);
    if (line === '') continue;
    gotCommand = true;
    if (line.startsWith('SET ')) {
      const encoding = trimLine(line.slice(4)).toUpperCase();
      if (encoding !== 'UTF-8') throw new Error(`Alleen UTF-8-woordenboeken worden omgezet, niet ${encoding}.`);
    } else if (line.startsWith('AF ')) {
      aff.indexedAffixes = true;
      if (gotFirstAf) aff.groups.idFor(line.slice(3));
      else gotFirstAf = true;
    } else if (line.startsWith('SFX ') || line.startsWith('PFX ')) {
      aff.affixRules.push(affixRule(line, aff));
    } else if (line.startsWith('REP ')) {
      if (!gotFirstRep) {
        gotFirstRep = true;
        continue;
      }
      const rule = collapseSpaces(trimLine(line.slice(4)));
      const space = rule.indexOf(' ');
      if (space === -1) throw new Error(`Geen spatie in de vervanging "${rule}".`);
      aff.replacements.push([rule.slice(0, space).replaceAll('_', ' '), rule.slice(space + 1).replaceAll('_', ' ')]);
    } else if (line.startsWith('IGNORE ') || line.startsWith('COMPLEXPREFIXES ')) {
      throw new Error(`Chromium's woordenboekformaat kent ${line.split(' ')[0] ?? ''} niet.`);
    } else {
      aff.otherCommands.push(line);
    }
  }
  return aff;
}

/** The word before the first unescaped `/` (not at the start), and the flags after it. */
function splitDicLine(line: string): [string, string | null] {
  let slash = line.length;
  for (let index = 1; index < line.length; index++) {
    if (line[index] === '/' && line[index - 1] !== '\\') {
      slash = index;
      break;
    }
  }
  const word = line.slice(0, slash).replaceAll('\\/', '/');
  return [word, slash < line.length - 1 ? line.slice(slash + 1) : null];
}

const utf8 = new TextEncoder();

/** The words of a .dic (its first line is the count), each once, bytewise sorted, affix ids high to low. */
export function readDic(text: string, aff: AffRead): BdicWord[] {
  const words = new Map<string, Set<number>>();
  let countLine = true;
  for (const raw of lines(text)) {
    const line = stripComment(raw);
    if (line === '') continue;
    if (countLine) {
      countLine = false;
      continue;
    }
    const [rawWord, flags] = splitDicLine(line);
    let affixId = 0;
    if (flags !== null) {
      const withoutMorphology = flags.split('\t')[0] ?? '';
      affixId = aff.indexedAffixes ? Number.parseInt(withoutMorphology, 10) || 0 : aff.groups.idFor(withoutMorphology);
    }
    const word = rawWord.split('\t')[0] ?? '';
    const ids = words.get(word) ?? new Set<number>();
    ids.add(affixId);
    words.set(word, ids);
  }
  return [...words.entries()]
    .map(([word, ids]) => ({ word: utf8.encode(word), affixIds: [...ids].sort((a, b) => b - a) }))
    .sort((a, b) => compareBytes(a.word, b.word));
}

/** A Hunspell dictionary, as the .bdic writer takes it. */
export function hunspellToBdicContent(affText: string, dicText: string): BdicContent {
  const aff = readAff(affText);
  const words = readDic(dicText, aff);
  return {
    comment: aff.comment,
    affixGroups: aff.groups.lines(),
    affixRules: aff.affixRules,
    replacements: aff.replacements,
    otherCommands: aff.otherCommands,
    words,
  };
}
