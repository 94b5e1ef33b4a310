/**
 * What the editor asks of a block's view once, after an update the view
 * has not rendered yet: which field takes the focus (a typed `Oneens:`
 * line, the "Iemand is het oneens" button, a score added to a scale) and what could not be read when
 * the block was typed (a due date). Keyed by the block's id; the view takes
 * a focus request when it renders and keeps a problem until it is solved.
 */

export type BlockField = 'reason' | 'last-dissent' | 'last-score';

const focusRequests = new Map<string, BlockField>();
const typedProblems = new Map<string, string>();

export function requestFieldFocus(blockId: string, field: BlockField): void {
  focusRequests.set(blockId, field);
}

export function takeFieldFocus(blockId: string): BlockField | null {
  const field = focusRequests.get(blockId) ?? null;
  focusRequests.delete(blockId);
  return field;
}

/** A due date typed after "uiterlijk" that could not be read: the block says why until a date is set. */
export function noteDueProblem(blockId: string, message: string): void {
  typedProblems.set(blockId, message);
}

export function dueProblemOf(blockId: string): string | null {
  return typedProblems.get(blockId) ?? null;
}

export function forgetDueProblem(blockId: string): void {
  typedProblems.delete(blockId);
}
