import type { Meeting } from '../meeting/meeting-schema';
import { computeSchedule } from './schedule';

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
  | 'child-interest-missing';

export interface AgendaHint {
  rule: AgendaRule;
  message: string;
  /** The agenda item the hint is about, when it is about one. */
  itemId?: string;
}

type CheckInput = Pick<
  Meeting,
  'date' | 'startTime' | 'endTime' | 'agendaItems' | 'participants' | 'coordinator' | 'notInvitedReasons'
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

  const hasRole = (role: 'ouder' | 'kind') => meeting.participants.some((p) => p.role === role);
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
    if (item.childInterest.trim() === '') {
      const title = item.title.trim() || 'een agendapunt zonder onderwerp';
      hints.push({
        rule: 'child-interest-missing',
        itemId: item.id,
        message: `Bij "${title}" staat geen vraag over het belang van het kind. Vul "Wat betekent dit voor het kind?" in.`,
      });
    }
  }
  return hints;
}
