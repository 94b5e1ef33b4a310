import { isRecord } from '../json';
import type { AgendaItem, Meeting, Participant } from './meeting-schema';

/**
 * Where two versions of one meeting differ, in plain Dutch, for the question
 * after a save found the file changed: which fields, which participants and
 * which agenda items (and what in them). It names places, not contents, and
 * does not say who changed what: without the version both started from,
 * that cannot be known honestly.
 */

/** Deep equality of plain JSON values; the order of keys does not matter (it may differ between the editor and the file). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, index) => sameValue(value, b[index]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}

const MEETING_FIELDS: readonly [string, (meeting: Meeting) => unknown][] = [
  ['Titel', (meeting) => meeting.title],
  ['Datum', (meeting) => meeting.date],
  ['Begintijd', (meeting) => meeting.startTime],
  ['Eindtijd', (meeting) => meeting.endTime],
  ['Locatie', (meeting) => meeting.location],
  ['Status', (meeting) => meeting.status],
  ['Kind', (meeting) => meeting.child.name],
  ['Geboortedatum', (meeting) => meeting.child.birthDate],
  ['Aanleiding', (meeting) => meeting.reason],
  ['Doel', (meeting) => meeting.goal],
  ['Voorzitter', (meeting) => meeting.chair],
  ['Notulist', (meeting) => meeting.noteTaker],
  ['Regievoerder', (meeting) => meeting.coordinator],
  ['Waarom ouders niet zijn uitgenodigd', (meeting) => meeting.notInvitedReasons.parents],
  ['Waarom het kind niet is uitgenodigd', (meeting) => meeting.notInvitedReasons.child],
  ['Grondslag voor delen', (meeting) => meeting.sharingBasis],
  ['Volgend overleg', (meeting) => meeting.nextMeeting],
  ['Logboek van geëxporteerde kopieën', (meeting) => meeting.exportLog],
];

const PARTICIPANT_FIELDS: readonly [string, (participant: Participant) => unknown][] = [
  ['naam', (participant) => participant.name],
  ['functie', (participant) => participant.function],
  ['organisatie', (participant) => participant.organisation],
  ['e-mail', (participant) => participant.email],
  ['aanwezigheid', (participant) => participant.attendance],
  ['rol', (participant) => participant.role],
];

const ITEM_FIELDS: readonly [string, (item: AgendaItem) => unknown][] = [
  ['titel', (item) => item.title],
  ['minuten', (item) => item.minutes],
  ['inbreng door', (item) => item.leadId],
  ['soort', (item) => item.kind],
  ['wat betekent dit voor het kind?', (item) => item.childInterest],
  ['aantekeningen', (item) => item.notes],
  ['grondslag voor delen', (item) => item.sharingBasis],
  ['vertrouwelijk', (item) => item.confidential],
];

function quoted(text: string, fallback: string): string {
  const trimmed = text.trim();
  return trimmed ? `"${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}"` : fallback;
}

function changedParts<T>(fields: readonly [string, (value: T) => unknown][], mine: T, theirs: T): string[] {
  return fields.filter(([, read]) => !sameValue(read(mine), read(theirs))).map(([label]) => label);
}

function sameOrder(mine: readonly { id: string }[], theirs: readonly { id: string }[]): boolean {
  const shared = new Set(theirs.map((entry) => entry.id));
  const mineShared = mine.filter((entry) => shared.has(entry.id)).map((entry) => entry.id);
  const own = new Set(mineShared);
  const theirsShared = theirs.filter((entry) => own.has(entry.id)).map((entry) => entry.id);
  return sameValue(mineShared, theirsShared);
}

/**
 * Lines such as `Locatie`, `Deelnemer "Sanne Visser": functie`,
 * `Agendapunt "Veiligheid": aantekeningen` or `Agendapunt "Wonen": alleen in
 * uw versie`; empty when the two versions say the same (only the moment of
 * saving differs).
 */
export function describeDifferences(mine: Meeting, theirs: Meeting): string[] {
  const lines = MEETING_FIELDS.filter(([, read]) => !sameValue(read(mine), read(theirs))).map(([label]) => label);

  const theirParticipants = new Map(theirs.participants.map((participant) => [participant.id, participant]));
  const myParticipantIds = new Set(mine.participants.map((participant) => participant.id));
  for (const participant of mine.participants) {
    const label = `Deelnemer ${quoted(participant.name, 'zonder naam')}`;
    const other = theirParticipants.get(participant.id);
    if (!other) lines.push(`${label}: alleen in uw versie`);
    else {
      const parts = changedParts(PARTICIPANT_FIELDS, participant, other);
      if (parts.length > 0) lines.push(`${label}: ${parts.join(', ')}`);
    }
  }
  for (const participant of theirs.participants) {
    if (!myParticipantIds.has(participant.id)) lines.push(`Deelnemer ${quoted(participant.name, 'zonder naam')}: alleen in het bestand`);
  }
  if (!sameOrder(mine.participants, theirs.participants)) lines.push('Volgorde van de deelnemers');

  const theirItems = new Map(theirs.agendaItems.map((item) => [item.id, item]));
  const myItemIds = new Set(mine.agendaItems.map((item) => item.id));
  for (const item of mine.agendaItems) {
    const label = `Agendapunt ${quoted(item.title, 'zonder titel')}`;
    const other = theirItems.get(item.id);
    if (!other) lines.push(`${label}: alleen in uw versie`);
    else {
      const parts = changedParts(ITEM_FIELDS, item, other);
      if (parts.length > 0) lines.push(`${label}: ${parts.join(', ')}`);
    }
  }
  for (const item of theirs.agendaItems) {
    if (!myItemIds.has(item.id)) lines.push(`Agendapunt ${quoted(item.title, 'zonder titel')}: alleen in het bestand`);
  }
  if (!sameOrder(mine.agendaItems, theirs.agendaItems)) lines.push('Volgorde van de agenda');
  return lines;
}
