import * as z from 'zod';
import { agendaItemKindValues } from '../meeting/meeting-schema';

/**
 * An agenda template: a data file in templates/ (shipped with the app) or in
 * the Sjablonen folder of the library (an organisation's own). The format is
 * documented in templates/README.md.
 */
export const AGENDA_TEMPLATE_FORMAT = 'mdo-assistent/agenda-template';

export const templateItemSchema = z.object({
  title: z.string().trim().min(1).max(500),
  minutes: z.number().int().min(0).max(600),
  kind: z.enum(agendaItemKindValues),
  /** Every item keeps the child central: a question is required, not optional. */
  childInterest: z.string().trim().min(1).max(5_000),
});

export const agendaTemplateSchema = z.object({
  format: z.literal(AGENDA_TEMPLATE_FORMAT),
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'template-id' }),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(500),
  items: z.array(templateItemSchema).min(1).max(100),
});

export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;
export type TemplateItem = z.infer<typeof templateItemSchema>;

/** What the start screen shows of a template. */
export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  itemCount: number;
  totalMinutes: number;
}

export function summarizeTemplate(template: AgendaTemplate): TemplateSummary {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    itemCount: template.items.length,
    totalMinutes: template.items.reduce((sum, item) => sum + item.minutes, 0),
  };
}
