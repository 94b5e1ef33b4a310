import { initialsOf } from '../meeting/dutch-format';
import { judgeRole, participantsWithRole } from '../meeting/roles';
import type { ExportAudience, Meeting, Participant, Pseudonym } from '../meeting/meeting-schema';
import { copyNotesJson } from '../notes/lexical-json';

/**
 * Pseudonymisation for copies that leave the team: the child's name (and on
 * request the parents' names) replaced by initials or an alias, everywhere
 * in the meeting: details, participants, person references, agenda items
 * and every string inside the notes (text, decisions, actions, safety
 * scales, confidential passages). The exports build from the result, so
 * headers, footers, file names and document properties follow.
 *
 * Matching is case-insensitive on Unicode word boundaries. A name is
 * replaced as a whole ("Noor de Vries"), by its first name ("Noor"), by
 * its surname with and without tussenvoegsel ("de Vries", "Vries") and by
 * every other part of two letters or more; possessives ("Noors", "Noor's")
 * keep their "'s". A bare tussenvoegsel ("de", "van") or an initial is
 * never replaced on its own. An initial in the name as written ("Noor de
 * V.") also matches the written-out surname in the full name ("Noor de
 * Vries").
 *
 * Parents (participants with role 'ouder') become their family role when
 * their function names it and no other parent has the same role ("moeder"),
 * else their initials ("E.d.V."). Everybody else whose name is not replaced
 * is protected: with only the child pseudonymised, the mother "Els de
 * Vries" stays as written (her surname is not turned into the child's
 * initials); hiding her too is what the parents option is for.
 */

const PARTICLES = new Set(['de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'te', 'in', "'t", '’t', 'op', 'la', 'le', 'el', 'al', 'da', 'di', 'du', 'von', 'vander']);

/** Functions that name a parent's role without identifying them. */
const FAMILY_ROLES = new Set([
  'moeder', 'vader', 'ouder', 'pleegmoeder', 'pleegvader', 'pleegouder', 'stiefmoeder', 'stiefvader',
  'verzorger', 'verzorgster', 'voogd', 'oma', 'opa', 'grootmoeder', 'grootvader',
]);

const LETTERS = /\p{L}/gu;
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function letterCount(part: string): number {
  return part.match(LETTERS)?.length ?? 0;
}

function isParticle(part: string): boolean {
  return PARTICLES.has(part.toLocaleLowerCase('nl'));
}

/** "V." or "V": an initial, which in a full name stands for the written-out part. */
function isInitial(part: string): boolean {
  return /^\p{L}\.?$/u.test(part);
}

function tokenPattern(part: string, inFullName: boolean): string {
  if (inFullName && isInitial(part)) return `${escapeRegExp(part[0] ?? '')}(?:\\.|\\p{L}+)?`;
  return escapeRegExp(part);
}

/** The ways a name can be written in running text, longest first. */
export function nameVariants(name: string): string[] {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const patterns: string[] = [];
  const add = (tokens: string[], inFullName = false) => {
    if (tokens.length === 0) return;
    const significant = tokens.filter((part) => !isParticle(part) && letterCount(part) >= 2);
    if (significant.length === 0) return;
    patterns.push(tokens.map((part) => tokenPattern(part, inFullName)).join('\\s+'));
  };
  add(parts, true);
  if (parts.length > 1) {
    const firstParticle = parts.findIndex((part, index) => index > 0 && isParticle(part));
    const surname = firstParticle > 0 ? parts.slice(firstParticle) : parts.slice(-1);
    add(surname);
    // "de Vries" → also "Vries"; "van der Berg" → "der Berg" is not a form anyone writes.
    add(surname.filter((part) => !isParticle(part)));
    for (const part of parts) {
      if (!isParticle(part) && !isInitial(part) && letterCount(part) >= 2) add([part]);
    }
  }
  return [...new Set(patterns)];
}

interface NameRule {
  patterns: string[];
  /** What the name becomes; null keeps it as written (a protected name). */
  replacement: string | null;
}

function parentReplacement(parent: Participant, parents: readonly Participant[]): string {
  const role = parent.function.trim().toLocaleLowerCase('nl');
  const sameRole = parents.filter((other) => other.function.trim().toLocaleLowerCase('nl') === role);
  if (FAMILY_ROLES.has(role) && sameRole.length === 1) return role;
  return initialsOf(parent.name) || 'ouder';
}

/** What the child's name becomes: the alias, or the initials ("N.d.V."). */
export function childReplacement(child: Pick<Meeting['child'], 'name'>, pseudonym: Pseudonym): string {
  return pseudonym.childAlias.trim() || initialsOf(child.name) || 'het kind';
}

function rulesFor(meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): NameRule[] {
  const rules: NameRule[] = [];
  const parents = participantsWithRole(meeting, 'ouder').filter((p) => p.name.trim() !== '');
  if (pseudonym.child && meeting.child.name.trim()) {
    rules.push({ patterns: nameVariants(meeting.child.name), replacement: childReplacement(meeting.child, pseudonym) });
  }
  if (pseudonym.parents) {
    for (const parent of parents) rules.push({ patterns: nameVariants(parent.name), replacement: parentReplacement(parent, parents) });
  }
  // Names that stay: matched whole so their parts are not mistaken for the child's surname.
  const kept = meeting.participants.filter((p) => !(pseudonym.parents && parents.includes(p))).map((p) => p.name.trim());
  if (!pseudonym.child) kept.push(meeting.child.name.trim());
  for (const name of kept) {
    const parts = name.split(/\s+/).filter(Boolean);
    if (parts.length > 1) rules.push({ patterns: [parts.map(escapeRegExp).join('\\s+')], replacement: null });
  }
  return rules;
}

/**
 * A function that pseudonymises one string for this meeting. Every name
 * form becomes one alternative of a single expression, longest first, so
 * one pass replaces the longest match and never re-reads a replacement.
 */
export function nameReplacer(meeting: Pick<Meeting, 'child' | 'participants'>, pseudonym: Pseudonym): (text: string) => string {
  const rules = rulesFor(meeting, pseudonym).filter((rule) => rule.patterns.length > 0);
  if (!rules.some((rule) => rule.replacement !== null)) return (text) => text;
  const alternatives = rules
    .flatMap((rule, index) => rule.patterns.map((pattern) => ({ pattern, index })))
    .sort((a, b) => b.pattern.length - a.pattern.length);
  // Each alternative is its own named group, so the match tells which rule it belongs to.
  const source = alternatives.map(({ pattern }, n) => `(?<n${n}>${pattern})`).join('|');
  const expression = new RegExp(`${NOT_WORD_BEFORE}(?:${source})(?<possessive>['’]s|s)?${NOT_WORD_AFTER}`, 'giu');
  return (text) =>
    text.replace(expression, (match: string, ...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined>;
      const which = alternatives.findIndex((_, n) => groups[`n${n}`] !== undefined);
      const rule = rules[alternatives[which]?.index ?? -1];
      if (!rule || rule.replacement === null) return match;
      return groups.possessive ? `${rule.replacement}'s` : rule.replacement;
    });
}

/** The notes, or any JSON from them (a block's data), with every typed text pseudonymised; the input is not changed. */
export function pseudonymiseNotesJson<T>(value: T, replace: (text: string) => string): T {
  return copyNotesJson(value, { mapText: replace }) as T;
}

function parentEmail(participant: Participant, meeting: Pick<Meeting, 'child'>, pseudonym: Pseudonym): string {
  // An e-mail address names its owner in a form the text matching cannot see.
  return pseudonym.parents && judgeRole(participant, meeting.child).role === 'ouder' ? '' : participant.email;
}

/** Whether these options replace any name. */
export function pseudonymises(pseudonym: Pseudonym): boolean {
  return pseudonym.child || pseudonym.parents;
}

/** The meeting as a copy that leaves the team shows it; the input is not changed. */
export function pseudonymiseMeeting(meeting: Meeting, pseudonym: Pseudonym): Meeting {
  if (!pseudonymises(pseudonym)) return meeting;
  const replace = nameReplacer(meeting, pseudonym);
  const person = <T extends { name: string }>(ref: T): T => ({ ...ref, name: replace(ref.name) });
  const basis = (value: Meeting['sharingBasis']): Meeting['sharingBasis'] => (value ? { ...value, reason: replace(value.reason) } : null);
  return {
    ...meeting,
    title: replace(meeting.title),
    location: replace(meeting.location),
    child: { ...meeting.child, name: pseudonym.child && meeting.child.name.trim() ? childReplacement(meeting.child, pseudonym) : replace(meeting.child.name) },
    reason: replace(meeting.reason),
    goal: replace(meeting.goal),
    chair: person(meeting.chair),
    noteTaker: person(meeting.noteTaker),
    coordinator: person(meeting.coordinator),
    participants: meeting.participants.map((p) => ({
      ...p,
      name: replace(p.name),
      function: replace(p.function),
      organisation: replace(p.organisation),
      email: parentEmail(p, meeting, pseudonym),
    })),
    notInvitedReasons: { parents: replace(meeting.notInvitedReasons.parents), child: replace(meeting.notInvitedReasons.child) },
    agendaItems: meeting.agendaItems.map((item) => ({
      ...item,
      title: replace(item.title),
      childInterest: replace(item.childInterest),
      sharingBasis: basis(item.sharingBasis),
      confidential: item.confidential ? { ...item.confidential, notFor: item.confidential.notFor.map(person) } : null,
      notes: item.notes === null ? null : pseudonymiseNotesJson(item.notes, replace),
    })),
    sharingBasis: basis(meeting.sharingBasis),
    exportLog: meeting.exportLog.map((entry) => ({
      ...entry,
      fileName: replace(entry.fileName),
      audience: pseudonymiseAudience(entry.audience, replace),
    })),
  };
}

/** The recipient of a copy, named as the pseudonymised copy names them. */
export function pseudonymiseAudience(audience: ExportAudience, replace: (text: string) => string): ExportAudience {
  return audience.person ? { ...audience, person: { ...audience.person, name: replace(audience.person.name) } } : audience;
}
