import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Meeting } from '../meeting/meeting-schema';
import { deriveMeetingLists, ownerNames } from '../notes/derive-lists';
import type { DossierStatus } from './dossier-status';

/**
 * Het dossier van het kind: the meetings about one child, and every action
 * set in them with its latest status and its history (which meeting set
 * it, which later meeting gave it a status). Pure: the host reads the
 * files, this groups and derives.
 *
 * Grouping: a meeting's dossier id (a follow-up inherits it; the first
 * meeting of a dossier is the one whose id the others carry). Older files
 * without one join by the child: the folded name or initials plus the date
 * of birth (the name alone when no date of birth is known).
 */

export interface DossierMeetingInput {
  path: string;
  meeting: Meeting;
}

export { dossierStatusValues, type DossierStatus } from './dossier-status';

export interface DossierEvent {
  meetingId: string;
  meetingDate: string | null;
  meetingTitle: string;
  kind: 'set' | 'review';
  status: DossierStatus;
  note: string;
}

export interface DossierAction {
  /** `<meeting id>:<action id>`: the same action in every later review. */
  key: string;
  number: string;
  what: string;
  who: string;
  due: string | null;
  status: DossierStatus;
  open: boolean;
  overdueDays: number;
  history: DossierEvent[];
}

export interface Dossier {
  key: string;
  child: string;
  birthDate: string | null;
  meetings: { path: string; meetingId: string; title: string; date: string | null }[];
  actions: DossierAction[];
}

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  open: 'open',
  gedaan: 'gedaan',
  vervallen: 'vervallen',
  loopt: 'loopt',
  'niet-gedaan': 'niet gedaan',
  'nog-niet-besproken': 'nog niet besproken',
};

const OPEN_STATUSES: ReadonlySet<DossierStatus> = new Set<DossierStatus>(['open', 'loopt', 'niet-gedaan', 'nog-niet-besproken']);

/** Lowercase, without accents, dots or spaces: "Noor de V." and "noor de v" are one child. */
export function foldChildName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[\s.]+/g, '');
}

function childKey(meeting: Meeting): string | null {
  const name = foldChildName(meeting.child.name);
  if (name === '') return null;
  return `kind:${name}|${meeting.child.birthDate ?? ''}`;
}

function byDate(a: DossierMeetingInput, b: DossierMeetingInput): number {
  const left = a.meeting.date ?? '9999-99-99';
  const right = b.meeting.date ?? '9999-99-99';
  if (left !== right) return left < right ? -1 : 1;
  return a.meeting.createdAt < b.meeting.createdAt ? -1 : a.meeting.createdAt > b.meeting.createdAt ? 1 : 0;
}

/** Union-find over meeting indexes. */
function groups(inputs: readonly DossierMeetingInput[]): number[][] {
  const parent = inputs.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[index] = root;
    return root;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };
  const byId = new Map<string, number>();
  const byDossier = new Map<string, number>();
  const byChild = new Map<string, number>();
  inputs.forEach(({ meeting }, index) => {
    const known = byId.get(meeting.id);
    // The same meeting twice (a copy of the file): one dossier.
    if (known !== undefined) join(known, index);
    else byId.set(meeting.id, index);
  });
  inputs.forEach(({ meeting }, index) => {
    const dossierId = meeting.dossierId;
    if (dossierId) {
      const first = byId.get(dossierId);
      if (first !== undefined) join(first, index);
      const other = byDossier.get(dossierId);
      if (other !== undefined) join(other, index);
      else byDossier.set(dossierId, index);
    } else {
      const key = childKey(meeting);
      if (key === null) return;
      const other = byChild.get(key);
      if (other !== undefined) join(other, index);
      else byChild.set(key, index);
    }
  });
  const result = new Map<number, number[]>();
  inputs.forEach((_, index) => {
    const root = find(index);
    result.set(root, [...(result.get(root) ?? []), index]);
  });
  return [...result.values()];
}

function overdueDays(due: string | null, today: string): number {
  if (!due) return 0;
  return Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(due)));
}

/** Open before closed, then the longest overdue, then by due date (none last), then by meeting and number. */
function compareActions(a: DossierAction, b: DossierAction): number {
  if (a.open !== b.open) return a.open ? -1 : 1;
  if (a.overdueDays !== b.overdueDays) return b.overdueDays - a.overdueDays;
  const left = a.due ?? '9999-99-99';
  const right = b.due ?? '9999-99-99';
  if (left !== right) return left < right ? -1 : 1;
  const firstA = a.history[0]?.meetingDate ?? '';
  const firstB = b.history[0]?.meetingDate ?? '';
  if (firstA !== firstB) return firstA < firstB ? -1 : 1;
  return a.number.localeCompare(b.number, 'nl', { numeric: true });
}

function dossierOf(members: DossierMeetingInput[], today: string): Dossier {
  const ordered = [...members].sort(byDate);
  const actions = new Map<string, DossierAction>();
  for (const { meeting } of ordered) {
    const place = { meetingId: meeting.id, meetingDate: meeting.date, meetingTitle: meeting.title };
    for (const item of meeting.agendaItems) {
      for (const entry of item.review?.actions ?? []) {
        const key = `${entry.fromMeetingId}:${entry.actionId}`;
        let action = actions.get(key);
        if (!action) {
          // The meeting that set it is not in the library: the review tells what it was.
          action = { key, number: entry.number, what: entry.what, who: entry.who, due: entry.due, status: 'open', open: true, overdueDays: 0, history: [] };
          actions.set(key, action);
        }
        action.history.push({ ...place, kind: 'review', status: entry.status ?? 'nog-niet-besproken', note: entry.note });
      }
    }
    for (const numbered of deriveMeetingLists(meeting).actions) {
      const key = `${meeting.id}:${numbered.data.id}`;
      const event: DossierEvent = { ...place, kind: 'set', status: numbered.data.status, note: '' };
      const existing = actions.get(key);
      const details = {
        number: numbered.number,
        what: numbered.data.what,
        who: ownerNames(numbered.data.who, meeting.participants),
        due: numbered.data.due,
      };
      if (existing) {
        Object.assign(existing, details);
        existing.history.unshift(event);
      } else {
        actions.set(key, { key, ...details, status: 'open', open: true, overdueDays: 0, history: [event] });
      }
    }
  }
  for (const action of actions.values()) {
    // The latest word on it: a review that gave a status, else the meeting that set it.
    const decided = [...action.history].reverse().find((event) => event.status !== 'nog-niet-besproken') ?? action.history.at(-1);
    action.status = decided?.status ?? 'open';
    action.open = OPEN_STATUSES.has(action.status);
    action.overdueDays = action.open ? overdueDays(action.due, today) : 0;
  }
  const latest = (ordered.at(-1) ?? members[0])?.meeting;
  if (!latest) throw new Error('A dossier has at least one meeting.');
  const dossierId = ordered.find(({ meeting }) => meeting.dossierId)?.meeting.dossierId;
  return {
    key: dossierId ?? childKey(latest) ?? `overleg:${latest.id}`,
    child: latest.child.name.trim(),
    birthDate: latest.child.birthDate,
    meetings: ordered.map(({ path, meeting }) => ({ path, meetingId: meeting.id, title: meeting.title, date: meeting.date })),
    actions: [...actions.values()].sort(compareActions),
  };
}

/**
 * The dossiers of a library, the one with the latest meeting first.
 * `today` dates the overdue marks.
 */
export function deriveDossiers(inputs: readonly DossierMeetingInput[], today: Date): Dossier[] {
  const day = format(today, 'yyyy-MM-dd');
  const dossiers = groups(inputs).map((indexes) => dossierOf(indexes.flatMap((index) => inputs[index] ?? []), day));
  const lastDate = (dossier: Dossier) => dossier.meetings.at(-1)?.date ?? '';
  return dossiers.sort((a, b) => (lastDate(a) === lastDate(b) ? a.child.localeCompare(b.child, 'nl') : lastDate(a) < lastDate(b) ? 1 : -1));
}

/** The people an action list names, for the filter per person. */
export function dossierPeople(actions: readonly DossierAction[]): string[] {
  const names = new Set<string>();
  for (const action of actions) for (const name of action.who.split(', ')) if (name.trim()) names.add(name.trim());
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Whether `person` is one of the action's owners. */
export function actionIsFor(action: DossierAction, person: string): boolean {
  return action.who.split(', ').some((name) => name.trim() === person);
}

/** "A5 — 10 december 2026: gedaan (Noor eet nu op school)" lines are for the CLI and the view alike. */
export function dossierStatusLabel(status: DossierStatus): string {
  return DOSSIER_STATUS_LABELS[status];
}
