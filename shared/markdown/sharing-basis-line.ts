import { format, isValid, parse } from 'date-fns';
import type { ConsentBy, SharingBasis } from '../meeting/meeting-schema';

/**
 * The basis for sharing in MDO-Markdown, the text after `Grondslag:` in an
 * agenda item and after `grondslag:` in the front matter:
 *
 *   toestemming — ouders — 2026-12-10        (ouders, jongere, ouders en jongere)
 *   meldcode — waarom zonder toestemming gedeeld wordt
 *   wettelijke taak — welke taak
 *
 * As in the other lines, ` -- ` (or an en dash) may stand for the em dash.
 * Who gave consent and when may be left out while they are not known yet
 * (the agenda check asks for them). The model is flat so that switching the
 * kind in the form keeps what was typed; the text form writes only what
 * belongs to the kind (a reason under consent is not written).
 */

export const SHARING_BASIS_PREFIX = /^grondslag\s*:/i;

const PART_SEPARATOR = /\s+(?:—|–|--)\s+/;

const KIND_WORDS: Record<string, SharingBasis['kind']> = {
  toestemming: 'toestemming',
  meldcode: 'meldcode',
  'wettelijke taak': 'wettelijke-taak',
  'wettelijke-taak': 'wettelijke-taak',
};

const CONSENT_WORDS: Record<string, ConsentBy> = {
  ouders: 'ouders',
  jongere: 'jongere',
  'ouders en jongere': 'ouders-en-jongere',
  'ouders-en-jongere': 'ouders-en-jongere',
};

const CONSENT_TEXT: Record<ConsentBy, string> = {
  ouders: 'ouders',
  jongere: 'jongere',
  'ouders-en-jongere': 'ouders en jongere',
};

const KIND_TEXT: Record<SharingBasis['kind'], string> = {
  toestemming: 'toestemming',
  meldcode: 'meldcode',
  'wettelijke-taak': 'wettelijke taak',
};

const EXPECTED =
  'verwacht "toestemming — ouders — JJJJ-MM-DD" (ouders, jongere of ouders en jongere), "meldcode — reden" of "wettelijke taak — reden"';

export type SharingBasisRead = { ok: true; basis: SharingBasis } | { ok: false; problem: string };

function words(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

/** Whether a line of an item is a `Grondslag:` line (at the left margin). */
export function isSharingBasisLine(line: string): boolean {
  return SHARING_BASIS_PREFIX.test(line);
}

/**
 * Reads the text after `Grondslag:`. The problem, when there is one, is a
 * Dutch sentence without a line number: the caller knows where it stands.
 */
export function readSharingBasis(text: string): SharingBasisRead {
  const [kindPart = '', ...parts] = text.trim().split(PART_SEPARATOR);
  const kind = KIND_WORDS[words(kindPart)];
  if (kind === undefined) {
    return { ok: false, problem: `"${kindPart.trim()}" is geen grondslag; ${EXPECTED}.` };
  }
  if (kind !== 'toestemming') {
    return { ok: true, basis: { kind, consentBy: null, consentDate: null, reason: parts.join(' — ').trim() } };
  }
  let consentBy: ConsentBy | null = null;
  let consentDate: string | null = null;
  for (const part of parts.map((p) => p.trim())) {
    const who = CONSENT_WORDS[words(part)];
    if (who !== undefined && consentBy === null && consentDate === null) consentBy = who;
    else if (isRealIsoDate(part) && consentDate === null) consentDate = part;
    else {
      return {
        ok: false,
        problem: `bij toestemming is "${part}" niet te lezen; ${EXPECTED}.`,
      };
    }
  }
  return { ok: true, basis: { kind, consentBy, consentDate, reason: '' } };
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The text after `Grondslag:` (or `grondslag:`), on one line. */
export function writeSharingBasis(basis: SharingBasis): string {
  const parts = [KIND_TEXT[basis.kind]];
  if (basis.kind === 'toestemming') {
    if (basis.consentBy !== null) parts.push(CONSENT_TEXT[basis.consentBy]);
    if (basis.consentDate !== null) parts.push(basis.consentDate);
  } else if (oneLine(basis.reason) !== '') {
    parts.push(oneLine(basis.reason));
  }
  return parts.join(' — ');
}
