import { parseISO } from 'date-fns';
import { ageOn } from '../meeting/dutch-format';
import type { ConsentBy, Meeting, SharingBasis } from '../meeting/meeting-schema';
import { computeSchedule } from './schedule';
import { participantsWithRole } from '../meeting/roles';

/**
 * Plain-Dutch hints for the chair while preparing the agenda. They never
 * block anything: an MDO may have good reasons to differ from the standard.
 */
export type AgendaRule =
  | 'child-voice'
  | 'decisions'
  | 'coordinator'
  | 'parents-not-invited'
  | 'child-not-invited'
  | 'overrun'
  | 'child-interest-missing'
  | 'sharing-basis-missing'
  | 'consent-incomplete'
  | 'basis-reason-missing'
  | 'consent-age'
  | 'role-uncertain';

export interface AgendaHint {
  rule: AgendaRule;
  message: string;
  /** The agenda item the hint is about, when it is about one. */
  itemId?: string;
}

type CheckInput = Pick<
  Meeting,
  'date' | 'startTime' | 'endTime' | 'agendaItems' | 'participants' | 'coordinator' | 'notInvitedReasons' | 'child' | 'sharingBasis'
>;

const childVoiceTitle = /stem van|kind (zelf|aan het woord)|drie huizen|wat zegt (het kind|de jongere)|mening van (het kind|de jongere)|jongere aan het woord/i;
const decisionTitle = /besluit|taakverdeling|afspraken|wie doet wat|actiepunten|plan van aanpak|wat moet er gebeuren/i;

function minutesWord(minutes: number): string {
  return minutes === 1 ? '1 minuut' : `${minutes} minuten`;
}

export function checkAgenda(meeting: CheckInput, today: Date = new Date()): AgendaHint[] {
  const hints: AgendaHint[] = [];
  const items = meeting.agendaItems;

  if (!items.some((item) => childVoiceTitle.test(item.title))) {
    hints.push({
      rule: 'child-voice',
      message:
        'Er is geen agendapunt over de stem van het kind. Voeg bijvoorbeeld "Stem van het kind" toe: wat zegt, wil en vreest het kind, en hoe weten we dat?',
    });
  }

  if (!items.some((item) => item.kind === 'besluitvorming' || decisionTitle.test(item.title))) {
    hints.push({
      rule: 'decisions',
      message:
        'Er is geen agendapunt waarin besluiten en taakverdeling worden gemaakt. Voeg "Besluiten en taakverdeling" toe, of zet de soort van een punt op besluitvorming.',
    });
  }

  if (meeting.coordinator.name.trim() === '') {
    hints.push({
      rule: 'coordinator',
      message: 'Er is nog geen regievoerder. Spreek af wie de regie heeft over het vervolg en vul die in bij Regievoerder.',
    });
  }

  const hasRole = (role: 'ouder' | 'kind') => participantsWithRole(meeting, role).length > 0;
  if (!hasRole('ouder') && meeting.notInvitedReasons.parents.trim() === '') {
    hints.push({
      rule: 'parents-not-invited',
      message:
        'De ouders staan niet bij de deelnemers en er staat geen reden bij. Nodig ze uit ("niet over maar met"), of schrijf op waarom niet.',
    });
  }
  if (!hasRole('kind') && meeting.notInvitedReasons.child.trim() === '') {
    hints.push({
      rule: 'child-not-invited',
      message:
        'Het kind staat niet bij de deelnemers en er staat geen reden bij. Schrijf op waarom niet, en hoe de stem van het kind toch gehoord wordt.',
    });
  }

  // Least privilege: whoever the app cannot place is no professional until the chair says so.
  const uncertain = participantsWithRole(meeting, 'onbekend').map((participant) => participant.name.trim() || 'een deelnemer zonder naam');
  if (uncertain.length > 0) {
    const single = uncertain.length === 1;
    const names = single ? (uncertain[0] ?? '') : `${uncertain.slice(0, -1).join(', ')} en ${uncertain.at(-1) ?? ''}`;
    hints.push({
      rule: 'role-uncertain',
      message: `De rol van ${names} is niet zeker. Tot u die kiest, ${single ? 'telt deze deelnemer' : 'tellen zij'} niet als professional, ook niet in de kopieën per ontvanger. Kies bij Deelnemers de rol, of vul functie en organisatie in.`,
    });
  }

  const schedule = computeSchedule(meeting, today);
  if (schedule.minutesToSpare !== null && schedule.minutesToSpare < 0) {
    const over = -schedule.minutesToSpare;
    const until = schedule.computedEnd && meeting.endTime ? ` (tot ${schedule.computedEnd} in plaats van ${meeting.endTime})` : '';
    hints.push({
      rule: 'overrun',
      message: `De agenda duurt ${minutesWord(over)} langer dan gepland${until}. Kort punten in of verschuif de eindtijd.`,
    });
  }

  for (const item of items) {
    // A guiding question shown as a hint keeps the child central too; it just is not written down for Word.
    if (item.childInterest.trim() === '' && (item.childInterestHint ?? '').trim() === '') {
      const title = item.title.trim() || 'een agendapunt zonder onderwerp';
      hints.push({
        rule: 'child-interest-missing',
        itemId: item.id,
        message: `Bij "${title}" staat geen vraag over het belang van het kind. Vul "Wat betekent dit voor het kind?" in.`,
      });
    }
  }
  hints.push(...checkSharingBasis(meeting, today));
  return hints;
}

/**
 * Who gives consent to share information about a child of this age
 * (MDO-DOMAIN, Privacy): under 12 the parents with authority, from 12 to 16
 * the parents and the young person, from 16 the young person alone.
 */
export function consentNeededAt(age: number): ConsentBy {
  if (age < 12) return 'ouders';
  return age < 16 ? 'ouders-en-jongere' : 'jongere';
}

/** The child's age on the day of the meeting (today when it has no date); null without a birth date. */
export function childAgeAtMeeting(meeting: Pick<Meeting, 'child' | 'date'>, today: Date = new Date()): number | null {
  if (!meeting.child.birthDate) return null;
  return ageOn(meeting.child.birthDate, meeting.date ? parseISO(meeting.date) : today);
}

/** Whether consent by `given` covers what the law asks at this age; "ouders en jongere" is never too little. */
function consentFits(given: ConsentBy, age: number): boolean {
  const needed = consentNeededAt(age);
  return given === needed || given === 'ouders-en-jongere';
}

/** A basis and where it was recorded, for the messages. */
interface RecordedBasis {
  basis: SharingBasis;
  /** "van het overleg" or `voor "Zorgen"`. */
  of: string;
  /** Where to fix it: "bij Gegevens" or `bij het agendapunt "Zorgen"`. */
  fixAt: string;
  itemId?: string;
}

function recordedBases(meeting: CheckInput): RecordedBasis[] {
  const bases: RecordedBasis[] = [];
  if (meeting.sharingBasis) bases.push({ basis: meeting.sharingBasis, of: 'van het overleg', fixAt: 'bij Gegevens' });
  for (const item of meeting.agendaItems) {
    if (!item.sharingBasis) continue;
    const title = item.title.trim() || 'een agendapunt zonder onderwerp';
    bases.push({ basis: item.sharingBasis, of: `voor "${title}"`, fixAt: `bij het agendapunt "${title}"`, itemId: item.id });
  }
  return bases;
}

/**
 * Information about the child is on the agenda as soon as the meeting names
 * a child or has any agenda item: an MDO is about a child, so every item
 * counts, also "Opening". The meeting's basis covers every item; without it,
 * each item needs its own. An empty new meeting gets no hint yet.
 */
function basisMissing(meeting: CheckInput): boolean {
  if (meeting.sharingBasis) return false;
  if (meeting.agendaItems.length === 0) return meeting.child.name.trim() !== '';
  return meeting.agendaItems.some((item) => item.sharingBasis === null);
}

const consentByWords: Record<ConsentBy, string> = {
  ouders: 'de ouders',
  jongere: 'de jongere',
  'ouders-en-jongere': 'de ouders en de jongere',
};

function consentAgeMessage(given: ConsentBy, age: number, childName: string, fixAt: string): string {
  const who = `${childName.trim() || 'Het kind'} is ${age} jaar op de dag van het overleg`;
  const rule =
    age < 12
      ? 'Onder de 12 jaar geven de ouders met gezag toestemming.'
      : age < 16
        ? 'Van 12 tot 16 jaar geven de ouders en de jongere allebei toestemming.'
        : 'Vanaf 16 jaar geeft de jongere zelf toestemming.';
  return `Toestemming van alleen ${consentByWords[given]} is niet genoeg: ${who}. ${rule} Pas de toestemming aan ${fixAt}.`;
}

function checkSharingBasis(meeting: CheckInput, today: Date): AgendaHint[] {
  const hints: AgendaHint[] = [];
  if (basisMissing(meeting)) {
    hints.push({
      rule: 'sharing-basis-missing',
      message:
        'Er is geen grondslag vastgelegd voor het delen van informatie over het kind. Leg toestemming of de wettelijke grondslag vast bij Gegevens.',
    });
  }
  const age = childAgeAtMeeting(meeting, today);
  for (const { basis, of, fixAt, itemId } of recordedBases(meeting)) {
    const about = itemId === undefined ? {} : { itemId };
    if (basis.kind === 'toestemming') {
      const missing = [basis.consentBy === null && 'van wie de toestemming is', basis.consentDate === null && 'wanneer die is gegeven']
        .filter((part): part is string => typeof part === 'string')
        .join(' en ');
      if (missing !== '') {
        hints.push({
          rule: 'consent-incomplete',
          ...about,
          message: `Bij de toestemming ${of} staat nog niet ${missing}. Vul dat aan ${fixAt}.`,
        });
      }
      if (basis.consentBy !== null && age !== null && !consentFits(basis.consentBy, age)) {
        hints.push({ rule: 'consent-age', ...about, message: consentAgeMessage(basis.consentBy, age, meeting.child.name, fixAt) });
      }
    } else if (basis.reason.trim() === '') {
      const kind = basis.kind === 'meldcode' ? 'de meldcode' : 'een wettelijke taak';
      hints.push({
        rule: 'basis-reason-missing',
        ...about,
        message: `De grondslag ${of} is ${kind}, maar de reden staat er niet bij. Schrijf ${fixAt} op waarom informatie zonder toestemming wordt gedeeld.`,
      });
    }
  }
  return hints;
}
