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
  sharingBasis: 'Grondslag voor delen',
  consentBy: 'Toestemming van',
  consentDate: 'Datum toestemming',
  confidential: 'Vertrouwelijk',
  scope: 'Voor wie',
  notFor: 'Niet voor',
  exportLog: 'Logboek van exports',
  at: 'Tijdstip',
  document: 'Document',
  audience: 'Voor wie',
  person: 'Deelnemer',
  pseudonym: 'Namen vervangen',
  childAlias: 'Schuilnaam kind',
  fileName: 'Bestandsnaam',
  meetingStatus: 'Status van het overleg',
  meetingUpdatedAt: 'Versie van het overleg',
  review: 'Terugblik op de afspraken',
  actions: 'Acties',
  decisions: 'Besluiten',
  actionId: 'Actie',
  number: 'Nummer',
  fromMeetingId: 'Uit het overleg',
  fromMeetingDate: 'Datum van dat overleg',
  what: 'Wat',
  who: 'Wie',
  due: 'Uiterlijk',
  note: 'Toelichting',
  text: 'Tekst',
  dossierId: 'Dossier',
  previousMeeting: 'Vorig overleg',
  restrictions: 'Vertrouwelijk',
  reactionDeadline: 'Reageren vóór',
  corrections: 'Correcties',
  receivedOn: 'Ontvangen op',
  from: 'Van',
  ownStatements: 'Eigen verklaring',
  by: 'Door',
  finalized: 'Definitief gemaakt',
  statusLog: 'Logboek van het verslag',
  change: 'Wijziging',
};

/** Labels for a key that means something else inside a group (`group.key`). */
const nestedLabels: Record<string, string> = {
  'sharingBasis.reason': 'Reden',
  'sharingBasis.kind': 'Soort grondslag',
};

/** Labels for list elements: the position is counted from 1, as people count. */
const elementLabels: Record<string, string> = {
  participants: 'Deelnemer',
  agendaItems: 'Agendapunt',
  items: 'Agendapunt',
  exportLog: 'Export',
  actions: 'Actie',
  decisions: 'Besluit',
  corrections: 'Correctie',
  ownStatements: 'Eigen verklaring',
  statusLog: 'Stap',
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
      parts.push(nestedLabels[`${String(previous)}.${key}`] ?? fieldLabels[key] ?? key);
    }
    previous = segment;
  }
  return parts.length > 0 ? parts.join(' › ') : 'Het bestand';
}
