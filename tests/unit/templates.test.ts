import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTemplates, userTemplatesDir } from '../../host/templates';
import { validateMeeting } from '../../shared/file/meeting-file';
import { createMeetingFromTemplate } from '../../shared/templates/apply-template';

const shipped = join(import.meta.dirname, '../../templates');

describe('agenda templates', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-templates-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ships the four templates, each item with a child-interest question and a timebox', async () => {
    const { templates, problems } = await loadTemplates([shipped]);
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.name).sort()).toEqual([
      'Evaluatie-MDO',
      'MDO – kindgericht',
      'Signs of Safety / Samenwerken aan Veiligheid',
      'Veiligheidsoverleg (meldcode)',
    ]);
    for (const template of templates) {
      expect(template.description.length).toBeGreaterThan(20);
      for (const item of template.items) {
        expect(item.childInterest).toMatch(/kind/);
        expect(item.minutes).toBeGreaterThan(0);
      }
    }
  });

  it('starts the follow-up meeting with the review of earlier agreements', async () => {
    const { templates } = await loadTemplates([shipped]);
    const evaluation = templates.find((t) => t.id === 'evaluatie-mdo');
    expect(evaluation?.items[1]?.title).toBe('Terugblik op de afspraken');
  });

  it('reports a broken template by file and field, and still loads the others', async () => {
    await cp(shipped, dir, { recursive: true });
    await writeFile(
      join(dir, 'kapot.json'),
      JSON.stringify({
        format: 'mdo-assistent/agenda-template',
        formatVersion: 1,
        id: 'kapot',
        name: 'Kapot',
        description: 'Een sjabloon met fouten',
        items: [{ title: 'Opening', minutes: 5, kind: 'informatie', childInterest: 'Wat betekent dit voor het kind?' }, { title: 'Zorgen', minutes: -3, kind: 'bespreking', childInterest: '' }],
      }),
    );
    await writeFile(join(dir, 'geen-json.json'), '{ dit is geen json');
    const { templates, problems } = await loadTemplates([dir]);
    expect(templates).toHaveLength(4);
    expect(problems.map((p) => p.message).sort()).toEqual([
      'Sjabloon "geen-json.json" is geen leesbare JSON en is overgeslagen.',
      'Sjabloon "kapot.json" bevat fouten en is overgeslagen.',
    ]);
    const details = problems.find((p) => p.message.includes('kapot.json'))?.details ?? [];
    expect(details).toContain('kapot.json: Agendapunt 2 › Minuten moet minstens 0 zijn.');
    expect(details).toContain('kapot.json: Agendapunt 2 › Wat betekent dit voor het kind? is leeg.');
  });

  it('lets an organisation add and replace templates in the library', async () => {
    const own = userTemplatesDir(dir);
    await cp(join(shipped, 'mdo-kindgericht.json'), join(own, 'eigen.json'));
    const replaced = JSON.parse(await readFile(join(own, 'eigen.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(own, 'eigen.json'), JSON.stringify({ ...replaced, name: 'MDO – kindgericht (gemeente)' }));
    const { templates } = await loadTemplates([shipped, own]);
    expect(templates).toHaveLength(4);
    expect(templates.find((t) => t.id === 'mdo-kindgericht')?.name).toBe('MDO – kindgericht (gemeente)');
  });

  it('has no templates in a folder that does not exist', async () => {
    expect(await loadTemplates([join(dir, 'bestaat-niet')])).toEqual({ templates: [], problems: [] });
  });

  it('makes a valid new meeting from every template', async () => {
    const { templates } = await loadTemplates([shipped]);
    let counter = 0;
    for (const template of templates) {
      const meeting = createMeetingFromTemplate(template, { now: new Date('2026-11-23T10:00:00Z'), newId: () => `id-${++counter}` });
      expect(validateMeeting(meeting).ok).toBe(true);
      expect(meeting.agendaItems.map((i) => i.title)).toEqual(template.items.map((i) => i.title));
      expect(new Set(meeting.agendaItems.map((i) => i.id)).size).toBe(template.items.length);
    }
  });
});
