import { createMeeting, type CreateMeetingOptions } from '../meeting/create-meeting';
import type { Meeting } from '../meeting/meeting-schema';
import type { AgendaTemplate } from './template-schema';

/**
 * A new meeting whose agenda is the template's, each item with a fresh id.
 * The template's guiding question is a hint (a placeholder), not content:
 * nothing of it reaches Word unless the chair writes an answer.
 */
export function createMeetingFromTemplate(template: AgendaTemplate, options: CreateMeetingOptions): Meeting {
  const meeting = createMeeting(options);
  return {
    ...meeting,
    agendaItems: template.items.map((item) => ({
      id: options.newId(),
      title: item.title,
      minutes: item.minutes,
      leadId: null,
      kind: item.kind,
      childInterest: '',
      childInterestHint: item.childInterest,
      notes: null,
      sharingBasis: null,
      confidential: null,
    })),
  };
}
