import { format } from 'date-fns';
import { isBlockNode, rootNode, visitNodes, type SerializedNode } from './lexical-json';
import type { Confidentiality, Meeting, Participant } from '../meeting/meeting-schema';
import { NOTE_NODE } from './node-types';
import {
  readAction,
  readConfidential,
  readDecision,
  readSafetyScale,
  type ActionData,
  type BlockPerson,
  type DecisionData,
  type SafetyScaleData,
} from './node-data';

/**
 * The decisions, actions and safety scales of a meeting, derived from the
 * notes (the one source of truth) in agenda order. Numbers (B1, A1) are
 * never stored: they follow from the order, so they change when agenda
 * items are reordered, and everybody talks about the same A5.
 */

export interface Located {
  /** The agenda item the block was written in. */
  itemId: string;
  itemTitle: string;
  /** Position of the agenda item, 0-based. */
  itemIndex: number;
  /**
   * What keeps the block from some readers: the item's own restriction
   * first, then every confidential passage around it (outer to inner).
   * Empty when anybody who gets the minutes may read it.
   */
  restrictions: Confidentiality[];
}

export interface NumberedDecision extends Located {
  number: string;
  data: DecisionData;
}

export interface NumberedAction extends Located {
  number: string;
  data: ActionData;
}

export interface LocatedSafetyScale extends Located {
  data: SafetyScaleData;
}

export interface MeetingLists {
  decisions: NumberedDecision[];
  actions: NumberedAction[];
  safetyScales: LocatedSafetyScale[];
}

export interface FoundBlock {
  node: SerializedNode;
  /** The confidential passages the block is in, outer to inner. */
  restrictions: Confidentiality[];
}

/** The blocks of one item's notes in document order. */
export function noteBlocks(notes: unknown): FoundBlock[] {
  const root = rootNode(notes);
  if (root === null) return [];
  const found: FoundBlock[] = [];
  visitNodes(root, (node, ancestors) => {
    if (!isBlockNode(node)) return true;
    const restrictions = ancestors
      .filter((ancestor) => ancestor.type === NOTE_NODE.confidential)
      .map((passage) => restrictionOf(readConfidential(passage, 'vertrouwelijk')));
    found.push({ node, restrictions });
    return false;
  });
  return found;
}

function restrictionOf(data: Confidentiality): Confidentiality {
  return { scope: data.scope, notFor: data.notFor };
}

export function deriveMeetingLists(meeting: Pick<Meeting, 'agendaItems'>): MeetingLists {
  const lists: MeetingLists = { decisions: [], actions: [], safetyScales: [] };
  meeting.agendaItems.forEach((item, itemIndex) => {
    const itemRestrictions = item.confidential ? [item.confidential] : [];
    for (const { node, restrictions: passages } of noteBlocks(item.notes)) {
      const located: Located = {
        itemId: item.id,
        itemTitle: item.title,
        itemIndex,
        restrictions: [...itemRestrictions, ...passages],
      };
      if (node.type === NOTE_NODE.decision) {
        const data = readDecision(node, `${item.id}-b${lists.decisions.length + 1}`);
        lists.decisions.push({ ...located, number: `B${lists.decisions.length + 1}`, data });
      } else if (node.type === NOTE_NODE.action) {
        const data = readAction(node, `${item.id}-a${lists.actions.length + 1}`);
        lists.actions.push({ ...located, number: `A${lists.actions.length + 1}`, data });
      } else {
        lists.safetyScales.push({ ...located, data: readSafetyScale(node, `${item.id}-s${lists.safetyScales.length + 1}`) });
      }
    }
  });
  return lists;
}

/** The numbers of every block by its id, for showing them inside the editor. */
export function blockNumbers(lists: MeetingLists): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const decision of lists.decisions) numbers.set(decision.data.id, decision.number);
  for (const action of lists.actions) numbers.set(action.data.id, action.number);
  return numbers;
}

/** One person's tasks, for the "wie doet wat" view. */
export interface PersonTasks {
  /** The participant id, or `naam:<name>` for a typed name, or `niemand`. */
  key: string;
  name: string;
  participant: Participant | null;
  actions: NumberedAction[];
}

function personKey(person: BlockPerson): string {
  return person.participantId ?? `naam:${person.name.trim().toLocaleLowerCase('nl')}`;
}

/**
 * Actions grouped per person, in the order of the participant list, then
 * typed names, then "Nog niemand" for actions without an owner. An action
 * with two owners is under both.
 */
export function tasksPerPerson(actions: readonly NumberedAction[], participants: readonly Participant[]): PersonTasks[] {
  const groups = new Map<string, PersonTasks>();
  for (const participant of participants) {
    groups.set(participant.id, { key: participant.id, name: participant.name, participant, actions: [] });
  }
  const nobody: PersonTasks = { key: 'niemand', name: 'Nog niemand', participant: null, actions: [] };
  for (const action of actions) {
    const owners = action.data.who.filter((person) => person.participantId !== null || person.name.trim() !== '');
    if (owners.length === 0) nobody.actions.push(action);
    for (const owner of owners) {
      const key = personKey(owner);
      const participant = owner.participantId === null ? null : (participants.find((p) => p.id === owner.participantId) ?? null);
      const group = groups.get(key) ?? { key, name: participant?.name ?? owner.name.trim(), participant, actions: [] };
      group.actions.push(action);
      groups.set(key, group);
    }
  }
  const result = [...groups.values()].filter((group) => group.actions.length > 0);
  if (nobody.actions.length > 0) result.push(nobody);
  return result;
}

export type TaskWarningCode = 'owner-absent' | 'no-owner' | 'no-due-date' | 'due-in-past' | 'no-coordinator';

export interface TaskWarning {
  code: TaskWarningCode;
  /** The action it is about (A3), or null for the meeting as a whole. */
  number: string | null;
  actionId: string | null;
  message: string;
}

/** The name of an owner as shown: the participant's current name when linked. */
export function ownerName(person: BlockPerson, participants: readonly Participant[]): string {
  if (person.participantId !== null) {
    const participant = participants.find((p) => p.id === person.participantId);
    if (participant) return participant.name;
  }
  return person.name.trim();
}

/** Several owners as one line: "Sanne Visser, oma Riet"; empty names are left out. */
export function ownerNames(people: readonly BlockPerson[], participants: readonly Participant[]): string {
  return people.map((person) => ownerName(person, participants)).filter((name) => name !== '').join(', ');
}

/**
 * Hints for the task division, never blocking. "In the past" is measured
 * from the meeting's date when it has one (the minutes are about that day),
 * else from today.
 */
export function taskWarnings(
  meeting: Pick<Meeting, 'participants' | 'coordinator' | 'date'>,
  actions: readonly NumberedAction[],
  today: Date,
): TaskWarning[] {
  const warnings: TaskWarning[] = [];
  const reference = meeting.date ?? format(today, 'yyyy-MM-dd');
  for (const action of actions) {
    const { data, number } = action;
    if (data.status !== 'open') continue;
    const owners = data.who.filter((person) => person.participantId !== null || person.name.trim() !== '');
    if (owners.length === 0) {
      warnings.push({ code: 'no-owner', number, actionId: data.id, message: `${number} heeft nog niemand die het doet.` });
    }
    for (const owner of owners) {
      const participant = meeting.participants.find((p) => p.id === owner.participantId);
      if (participant && participant.attendance !== 'aanwezig') {
        const state = participant.attendance === 'afgemeld' ? 'afgemeld' : 'afwezig';
        warnings.push({
          code: 'owner-absent',
          number,
          actionId: data.id,
          message: `${number} is voor ${participant.name}, die ${state} is. Spreek af wie het aan ${participant.name} vraagt.`,
        });
      }
    }
    if (data.due === null) {
      warnings.push({ code: 'no-due-date', number, actionId: data.id, message: `${number} heeft nog geen datum (uiterlijk).` });
    } else if (data.due < reference) {
      warnings.push({
        code: 'due-in-past',
        number,
        actionId: data.id,
        message: `${number} moet uiterlijk af zijn op een dag die al voorbij is. Kies een nieuwe datum.`,
      });
    }
  }
  if (meeting.coordinator.participantId === null && meeting.coordinator.name.trim() === '') {
    warnings.push({
      code: 'no-coordinator',
      number: null,
      actionId: null,
      message: 'Er is nog geen regievoerder: spreek af wie de afspraken bewaakt en het aanspreekpunt is.',
    });
  }
  return warnings;
}
