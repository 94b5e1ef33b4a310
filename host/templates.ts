import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppError } from '../shared/result';
import { parseTemplate } from '../shared/templates/parse-template';
import type { AgendaTemplate } from '../shared/templates/template-schema';

export interface LoadedTemplates {
  templates: AgendaTemplate[];
  /** One entry per file that was skipped, naming the file and the field. */
  problems: AppError[];
}

/** The organisation's own templates live in the library, beside its meetings. */
export function userTemplatesDir(libraryDir: string): string {
  return join(libraryDir, 'Sjablonen');
}

async function jsonFilesIn(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json')).map((entry) => entry.name).sort();
  } catch {
    // A folder that does not exist (yet) simply has no templates.
    return [];
  }
}

/**
 * Loads every template from the folders in order. A broken file is reported
 * and skipped; the others still load. A template in a later folder replaces
 * one with the same id from an earlier folder, so an organisation can adapt
 * a shipped template by copying it into its own folder.
 */
export async function loadTemplates(dirs: readonly string[]): Promise<LoadedTemplates> {
  const byId = new Map<string, AgendaTemplate>();
  const problems: AppError[] = [];
  for (const dir of dirs) {
    for (const name of await jsonFilesIn(dir)) {
      let text: string;
      try {
        text = await readFile(join(dir, name), 'utf8');
      } catch {
        problems.push({ code: 'template-unreadable', message: `Sjabloon "${name}" kan niet worden gelezen en is overgeslagen.` });
        continue;
      }
      const parsed = parseTemplate(name, text);
      if (parsed.ok) byId.set(parsed.value.id, parsed.value);
      else problems.push(parsed.error);
    }
  }
  const templates = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { templates, problems };
}
