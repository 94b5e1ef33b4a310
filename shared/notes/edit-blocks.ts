import type { LexicalState, Meeting } from '../meeting/meeting-schema';
import { replaceNode } from './lexical-json';
import type { ActionData } from './node-data';
import { NOTE_NODE } from './node-types';

/**
 * Changes to a block made outside the editor (from the task panel): the
 * notes JSON is copied along the path to the block and the block's fields
 * are replaced. The editor on screen takes the new notes over, so there is
 * still one source of truth.
 */

export function patchBlockInNotes(notes: LexicalState | null, blockId: string, patch: Record<string, unknown>): LexicalState | null {
  if (notes === null) return null;
  return replaceNode(
    notes,
    (node) => (node.type === NOTE_NODE.action || node.type === NOTE_NODE.decision) && node.id === blockId,
    (node) => ({ ...node, ...patch }),
  );
}

/** The meeting with one action's status, owners or due date changed. */
export function patchAction(meeting: Meeting, itemId: string, actionId: string, patch: Partial<Omit<ActionData, 'id'>>): Meeting {
  return {
    ...meeting,
    agendaItems: meeting.agendaItems.map((item) =>
      item.id === itemId ? { ...item, notes: patchBlockInNotes(item.notes, actionId, patch) } : item,
    ),
  };
}
