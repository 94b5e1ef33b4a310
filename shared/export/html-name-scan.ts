import type { Meeting, Pseudonym } from '../meeting/meeting-schema';
import { findNameResidue, type NameResidue } from '../privacy/name-scan';

/**
 * The final name scan of a printable page (the PDF export): the page is
 * read back as a reader of the PDF sees it, independent of how it was
 * written. Each block's text (inline markup joined, so a name split over
 * two tags is whole again), every attribute value (link targets) and the
 * strings of the stylesheet, which hold the header and footer of every page.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** A CSS string's text: `\3c ` and the like back to their characters, `\A` to a line end. */
function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_match, hex: string | undefined, char: string | undefined) => {
    if (hex !== undefined) {
      const code = Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return char ?? '';
  });
}

const BLOCK_TAGS = /^(?:p|div|h[1-6]|li|ul|ol|td|th|tr|table|thead|tbody|section|header|footer|blockquote|br|title|head|body|html|colgroup|col)$/i;

/** The texts of a page as a reader (or the scan) sees them. */
export function htmlTexts(html: string): string[] {
  const texts: string[] = [];
  const withoutStyles = html.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_style, css: string) => {
    for (const literal of css.matchAll(/"((?:[^"\\]|\\[\s\S])*)"/g)) {
      const text = unescapeCss(literal[1] ?? '');
      if (/\p{L}{2}/u.test(text)) texts.push(...text.split('\n'));
    }
    return '\n';
  });
  for (const attribute of withoutStyles.matchAll(/<[a-z][^>]*>/gi)) {
    for (const value of attribute[0].matchAll(/\s[a-z-]+="([^"]*)"/gi)) {
      const text = unescapeHtml(value[1] ?? '');
      if (/\p{L}{2}/u.test(text)) texts.push(text);
    }
  }
  const plain = withoutStyles.replace(/<\/?([a-z][a-z0-9]*)(?:\s[^>]*)?>/gi, (tag, name: string) =>
    // A mark shown as a line of its own (class list-mark) is a text of its own.
    BLOCK_TAGS.test(name) || tag.includes('list-mark') ? '\n' : '',
  );
  for (const line of unescapeHtml(plain).split('\n')) if (line.trim() !== '') texts.push(line);
  return texts;
}

/** Everything on the page still close to a replaced name. */
export function scanHtmlForNames(html: string, meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): NameResidue[] {
  return findNameResidue(htmlTexts(html), meeting, pseudonym);
}
