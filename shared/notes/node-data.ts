import * as z from 'zod';
import { isoDateSchema } from '../meeting/meeting-schema';

/**
 * The data of the meeting's own note blocks, as it is saved inside the
 * Lexical JSON of an agenda item's notes. Pure data and DOM-free: the
 * Lexical node classes (nodes.ts), the lists in the panel (derive-lists.ts)
 * and the Word export all read it through these schemas. Every block carries
 * a `version` so a later shape can be migrated; `id` is stable across
 * saves, so the panel can point at the block where it was written.
 */

const blockId = z.string().min(1).max(100);

/** Somebody named in a block: a participant (by id, name kept in step) or a name as typed. */
export const personSchema = z.object({
  participantId: z.string().min(1).max(100).nullable(),
  name: z.string().max(200),
});

export const dissentSchema = z.object({
  who: personSchema,
  why: z.string().max(5_000),
});

export const decisionDataSchema = z.object({
  id: blockId,
  text: z.string().max(20_000),
  reason: z.string().max(20_000),
  dissent: z.array(dissentSchema).max(100),
});

export const actionStatusValues = ['open', 'gedaan', 'vervallen'] as const;

export const actionDataSchema = z.object({
  id: blockId,
  what: z.string().max(20_000),
  who: z.array(personSchema).max(50),
  /** `YYYY-MM-DD`, or null when no due date is agreed. */
  due: isoDateSchema.nullable(),
  status: z.enum(actionStatusValues),
});

export const safetyScoreSchema = z.object({
  who: personSchema,
  /** 0 (no safety at all) to 10 (safe enough to close); null when not given. */
  score: z.number().int().min(0).max(10).nullable(),
  reason: z.string().max(5_000),
});

export const safetyScaleDataSchema = z.object({
  id: blockId,
  question: z.string().max(2_000),
  scores: z.array(safetyScoreSchema).max(100),
  /**
   * Why these scores, for the scale as a whole (what the group said); each
   * score's own reason is only what that person said. Absent in files from
   * before it existed (see readSafetyScale).
   */
  reason: z.string().max(5_000).optional(),
});

export type BlockPerson = z.infer<typeof personSchema>;
export type Dissent = z.infer<typeof dissentSchema>;
export type DecisionData = z.infer<typeof decisionDataSchema>;
export type ActionStatus = (typeof actionStatusValues)[number];
export type ActionData = z.infer<typeof actionDataSchema>;
export type SafetyScore = z.infer<typeof safetyScoreSchema>;
export type SafetyScaleData = z.infer<typeof safetyScaleDataSchema>;

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  gedaan: 'Gedaan',
  vervallen: 'Vervallen',
};

export const DEFAULT_SAFETY_QUESTION =
  'Op een schaal van 0 tot 10: 10 betekent dat iedereen vindt dat het kind veilig genoeg is om de zorgen af te sluiten, 0 dat het kind niet veilig is. Waar staat het nu?';

/**
 * Reads a block's data from JSON that came from a file. Anything missing or
 * wrong gets a safe default instead of failing: the notes must always open,
 * and what was typed stays readable.
 */
export function readDecision(json: Record<string, unknown>, fallbackId: string): DecisionData {
  const parsed = decisionDataSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  return {
    id: textOr(json.id, fallbackId) || fallbackId,
    text: textOr(json.text, ''),
    reason: textOr(json.reason, ''),
    dissent: arrayOf(json.dissent, (entry) => dissentSchema.safeParse(entry)),
  };
}

export function readAction(json: Record<string, unknown>, fallbackId: string): ActionData {
  const parsed = actionDataSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const due = isoDateSchema.safeParse(json.due);
  const status = z.enum(actionStatusValues).safeParse(json.status);
  return {
    id: textOr(json.id, fallbackId) || fallbackId,
    what: textOr(json.what, ''),
    who: arrayOf(json.who, (entry) => personSchema.safeParse(entry)),
    due: due.success ? due.data : null,
    status: status.success ? status.data : 'open',
  };
}

export function readSafetyScale(json: Record<string, unknown>, fallbackId: string): SafetyScaleData {
  const parsed = safetyScaleDataSchema.safeParse(json);
  if (parsed.success) return withScaleReason(parsed.data);
  return withScaleReason({
    id: textOr(json.id, fallbackId) || fallbackId,
    question: textOr(json.question, DEFAULT_SAFETY_QUESTION),
    scores: arrayOf(json.scores, (entry) => safetyScoreSchema.safeParse(entry)),
    ...(typeof json.reason === 'string' ? { reason: json.reason.slice(0, 5_000) } : {}),
  });
}

/** The scale's own reason, '' when there is none. */
export function scaleReason(data: SafetyScaleData): string {
  return data.reason ?? '';
}

/**
 * Files from before the scale had its own reason copied the reason of a
 * `Schaalvraag:` line into every score. The same reason in every score (two
 * or more) is read as the scale's reason, said once; a reason that differs
 * per person stays that person's.
 */
export function withScaleReason(data: SafetyScaleData): SafetyScaleData {
  if (scaleReason(data).trim() !== '' || data.scores.length < 2) return data;
  const first = data.scores[0]?.reason.trim() ?? '';
  if (first === '' || !data.scores.every((score) => score.reason.trim() === first)) return data;
  return { ...data, reason: data.scores[0]?.reason ?? '', scores: data.scores.map((score) => ({ ...score, reason: '' })) };
}

function textOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.slice(0, 20_000) : fallback;
}

function arrayOf<T>(value: unknown, parse: (entry: unknown) => { success: true; data: T } | { success: false }): T[] {
  if (!Array.isArray(value)) return [];
  const items: T[] = [];
  for (const entry of value.slice(0, 100)) {
    const result = parse(entry);
    if (result.success) items.push(result.data);
  }
  return items;
}

/**
 * A confidential passage: an element around ordinary note blocks (and the
 * decisions and actions inside it). Its data says who may not read it; the
 * export leaves it out of copies for them.
 */
export const confidentialDataSchema = z.object({
  id: blockId,
  scope: z.enum(['professionals', 'niet-voor']),
  notFor: z.array(personSchema).max(100),
});

export type ConfidentialData = z.infer<typeof confidentialDataSchema>;

/**
 * Reads a passage's data from a file. When the audience cannot be read the
 * passage stays confidential for everybody but the professionals: a broken
 * mark must never make text more visible.
 */
export function readConfidential(json: Record<string, unknown>, fallbackId: string): ConfidentialData {
  const parsed = confidentialDataSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const notFor = arrayOf(json.notFor, (entry) => personSchema.safeParse(entry));
  return {
    id: textOr(json.id, fallbackId) || fallbackId,
    scope: json.scope === 'niet-voor' && notFor.length > 0 ? 'niet-voor' : 'professionals',
    notFor,
  };
}
