/**
 * English in a message for users. Our messages are Dutch; a sentence of
 * Node's, zod's or a library's that slips through is English, and English
 * shows in its small words. The list holds words that are English and no
 * Dutch word ("is", "in", "of", "was", "had", "die", "over", "want" and "type"
 * are both, so they tell nothing), plus the words programmers' messages are made of. Text between
 * quotes, paths and options are left out: there a message repeats what the file or the user
 * wrote (a title, an unknown type, a link target), whatever its language.
 */
const ENGLISH_WORDS = new Set([
  'the', 'and', 'to', 'not', 'cannot', "can't", 'could', 'would', 'should', 'must', 'will', 'shall',
  'a', 'an', 'or', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into', 'than', 'then',
  'this', 'that', 'these', 'those', 'there', 'which', 'what', 'when', 'where', 'who', 'it', 'its',
  'were', 'are', 'be', 'been', 'has', 'have', 'does', 'did', 'no', 'yes',
  'unexpected', 'expected', 'invalid', 'received', 'required', 'unknown', 'missing', 'failed', 'error', 'please',
  'file', 'value', 'string', 'number', 'object', 'array', 'token', 'input', 'output', 'option', 'argument',
  'character', 'characters', 'position', 'line', 'column', 'undefined', 'null', 'nan', 'true', 'false',
  'too', 'long', 'large', 'big', 'small', 'empty', 'found', 'allowed',
]);

/** Text with what stands between quotes ("…", “…”, ‘…’), paths (anything with a / or \\) and options (--output) left out. */
function withoutQuoted(text: string): string {
  return text
    .replace(/"[^"]*"|“[^”]*”|‘[^’]*’|«[^»]*»/g, ' ')
    .replace(/\S*[/\\]\S*/g, ' ')
    .replace(/(^|\s)--?[\w-]+/g, ' ');
}

/** The English words in a message, lowercase, each once; empty for a Dutch message. */
export function englishWordsIn(text: string): string[] {
  const words = withoutQuoted(text).toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return [...new Set(words.filter((word) => ENGLISH_WORDS.has(word)))];
}
