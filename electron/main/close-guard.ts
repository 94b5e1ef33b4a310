/**
 * What to do when the user closes a window: with unsaved changes, ask. The
 * answer to the question is an index into CLOSE_PROMPT.buttons.
 */
export const CLOSE_PROMPT = {
  type: 'question' as const,
  buttons: ['Opslaan', 'Niet opslaan', 'Annuleren'],
  defaultId: 0,
  cancelId: 2,
  title: 'Wijzigingen opslaan?',
  message: 'Wilt u de wijzigingen in dit overleg opslaan voordat u sluit?',
  detail: 'Als u niet opslaat, gaan uw wijzigingen verloren.',
};

/** "Niet opslaan" still goes through the renderer: it removes the recovery copy, then closes. */
export type CloseDecision = 'close' | 'save-then-close' | 'discard-then-close' | 'stay';

export function decideOnClose(dirty: boolean, forced: boolean, ask: () => number): CloseDecision {
  if (!dirty || forced) return 'close';
  const answer = ask();
  if (answer === 0) return 'save-then-close';
  if (answer === 1) return 'discard-then-close';
  return 'stay';
}
