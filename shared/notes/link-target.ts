/**
 * The one rule for the target of a link in the notes, wherever a link comes
 * in: a file that is read (notes-cleanup.ts), MDO-Markdown that is imported,
 * text pasted or typed in the editor, and the link form. Only a web address
 * (http or https, with a host and without a name and password in it) or one
 * e-mail address (mailto, without `?subject=`, `?body=`, `?attach=` or any
 * other part after a `?`) stays a link. Anything else (javascript:, data:,
 * file:, vbscript:, a relative path, an address without its scheme) is no
 * link: its text stays, the link goes.
 *
 * Plain patterns, no URL parser: shared code runs where no DOM and no Node is.
 */

/**
 * http(s)://host[:port][/path][?query][#fragment]. The host starts with a
 * letter or digit (or is an IPv6 address in brackets) and holds no `@`, so
 * no name and password ride along; nothing anywhere is a space, a control
 * character or a backslash (which browsers read as `/`).
 */
const WEB_ADDRESS = /^https?:\/\/(?:[\p{L}\p{N}][\p{L}\p{N}.-]*|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#][^\s\p{C}\\]*)?$/iu;

/**
 * mailto:name@domain, one address. No `?` (headers such as attach= or
 * body=), no `%` (an encoded `?` or line break), no `,` or `;` (more
 * recipients), nothing a mail program could read as more than an address.
 */
const MAIL_ADDRESS = /^mailto:[^\s\p{C}@/\\?%&,;:<>"()[\]]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/iu;

/** Longer than any real address; a longer target is no link (a file with a megabyte in a link target). */
export const MAX_LINK_TARGET_LENGTH = 2_000;

/** The target as it may stay a link (without spaces around it), or null when the link must go. */
export function safeLinkTarget(target: unknown): string | null {
  if (typeof target !== 'string') return null;
  const trimmed = target.trim();
  if (trimmed.length > MAX_LINK_TARGET_LENGTH) return null;
  return WEB_ADDRESS.test(trimmed) || MAIL_ADDRESS.test(trimmed) ? trimmed : null;
}

export function isSafeLinkTarget(target: unknown): boolean {
  return safeLinkTarget(target) !== null;
}

/** Why a typed address cannot be a link, in Dutch for the link form; null when it can. */
export function linkTargetProblem(target: string): string | null {
  if (isSafeLinkTarget(target)) return null;
  const trimmed = target.trim();
  if (/^mailto:/i.test(trimmed)) {
    return /[?%&,;]/.test(trimmed)
      ? 'Een e-maillink mag alleen één e-mailadres bevatten, zonder ? en wat erachter komt (zoals ?subject= of ?attach=).'
      : 'Typ na mailto: één e-mailadres, bijvoorbeeld mailto:naam@voorbeeld.nl.';
  }
  if (trimmed.length > MAX_LINK_TARGET_LENGTH) return `Dit adres is te lang voor een link (hoogstens ${MAX_LINK_TARGET_LENGTH.toLocaleString('nl-NL')} tekens).`;
  return 'Typ een webadres dat begint met https:// of http://, of een e-mailadres als mailto:naam@voorbeeld.nl.';
}

/** How a target that went is shown in a warning: on one line, and short. */
export function shownLinkTarget(target: unknown): string {
  const text = typeof target === 'string' ? target.replace(/[\s\p{C}]+/gu, ' ').trim() : '';
  if (text === '') return '(leeg)';
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
