/**
 * Dutch names for every field of the meeting file, so a validation error says
 * "Deelnemer 3 › Aanwezigheid" instead of `participants.2.attendance`.
 */
const fieldLabels: Record<string, string> = {
  format: 'Bestandssoort',
  schemaVersion: 'Versie van het bestandsformaat',
  meeting: 'Overleg',
  id: 'Kenmerk',
  title: 'Titel',
  date: 'Datum',
  startTime: 'Begintijd',
  endTime: 'Eindtijd',
  location: 'Locatie',
  child: 'Kind',
  birthDate: 'Geboortedatum',
  reason: 'Aanleiding',
  goal: 'Doel',
  chair: 'Voorzitter',
  noteTaker: 'Notulist',
  coordinator: 'Regievoerder',
  participantId: 'Gekozen deelnemer',
  participants: 'Deelnemers',
  name: 'Naam',
  function: 'Functie',
  organisation: 'Organisatie',
  email: 'E-mail',
  attendance: 'Aanwezigheid',
  role: 'Rol',
  notInvitedReasons: 'Reden niet uitgenodigd',
  parents: 'Ouders',
  agendaItems: 'Agendapunten',
  minutes: 'Minuten',
  leadId: 'Inbreng door',
  kind: 'Soort agendapunt',
  childInterest: 'Wat betekent dit voor het kind?',
  notes: 'Aantekeningen',
  nextMeeting: 'Volgend overleg',
  time: 'Tijd',
  status: 'Status',
  createdAt: 'Aangemaakt op',
  updatedAt: 'Laatst gewijzigd',
  formatVersion: 'Versie van het sjabloonformaat',
  description: 'Beschrijving',
  items: 'Agendapunten',
  root: 'Inhoud',
  children: 'Onderdelen',
  type: 'Soort',
};

/** Labels for list elements: the position is counted from 1, as people count. */
const elementLabels: Record<string, string> = {
  participants: 'Deelnemer',
  agendaItems: 'Agendapunt',
  items: 'Agendapunt',
};

/**
 * Turns a path into a readable Dutch field name. The `meeting` envelope key is
 * left out because every field the user knows lives inside it.
 */
export function labelForPath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let previous: PropertyKey | undefined;
  for (const [index, segment] of path.entries()) {
    if (index === 0 && segment === 'meeting' && path.length > 1) {
      previous = segment;
      continue;
    }
    if (typeof segment === 'number') {
      const element = typeof previous === 'string' ? elementLabels[previous] : undefined;
      if (element) parts[parts.length - 1] = `${element} ${segment + 1}`;
      else parts.push(`onderdeel ${segment + 1}`);
    } else {
      const key = String(segment);
      parts.push(fieldLabels[key] ?? key);
    }
    previous = segment;
  }
  return parts.length > 0 ? parts.join(' › ') : 'Het bestand';
}
