import { describeIssues } from '../meeting/validation-messages';
import { fail, ok, type Result } from '../result';
import { agendaTemplateSchema, type AgendaTemplate } from './template-schema';

/** Parses one template file; every error names the file and the field. */
export function parseTemplate(fileName: string, text: string): Result<AgendaTemplate> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('template-not-json', `Sjabloon "${fileName}" is geen leesbare JSON en is overgeslagen.`);
  }
  const parsed = agendaTemplateSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return fail(
    'template-invalid',
    `Sjabloon "${fileName}" bevat fouten en is overgeslagen.`,
    describeIssues(parsed.error.issues).map((line) => `${fileName}: ${line}`),
  );
}
