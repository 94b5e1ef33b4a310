import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { ok, type Result } from '../../shared/result';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers } from '../../host/handlers';
import { sampleMeeting } from '../fixtures/sample-meeting';
import { readDocx } from '../support/docx-reader';

describe('templates and agenda export through IPC', () => {
  let dir = '';
  let libraryDir = '';
  let saveAnswer: string | null = null;
  let saveRequests: [string, string | undefined][] = [];
  let handlers: Handlers;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-agenda-ipc-'));
    libraryDir = join(dir, 'MDO');
    saveAnswer = null;
    saveRequests = [];
    let ids = 0;
    handlers = {
      ...createNodeHandlers({
        libraryDir,
        configDir: join(dir, 'config'),
        version: '0.0.0-test',
        now: () => new Date('2026-11-23T10:00:00Z'),
        newId: () => `id-${++ids}`,
        dialogs: {
          chooseOpenPath: async () => null,
          chooseSavePath: async (path, kind) => {
            saveRequests.push([path, kind]);
            return saveAnswer;
          },
        },
      }),
      'window:setDirty': async () => ok(null),
      'window:close': async () => ok(null),
      'shell:openExternal': async () => ok(null),
    };
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const call = <T>(channel: string, payload?: unknown) => dispatch(handlers, channel, payload) as Promise<Result<T>>;

  it('lists the shipped templates with a description each', async () => {
    const result = await call<{ templates: { id: string; description: string }[] }>('templates:list');
    expect(result.ok && result.value.templates.map((t) => t.id).sort()).toEqual([
      'evaluatie-mdo', 'mdo-kindgericht', 'signs-of-safety', 'veiligheidsoverleg-meldcode',
    ]);
  });

  it('lists an organisation template from the library and reports a broken one', async () => {
    await mkdir(join(libraryDir, 'Sjablonen'), { recursive: true });
    await writeFile(join(libraryDir, 'Sjablonen', 'kapot.json'), '{"format": "mdo-assistent/agenda-template"}');
    const result = await call<{ templates: unknown[]; problems: { message: string; details?: string[] }[] }>('templates:list');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.templates).toHaveLength(4);
    expect(result.value.problems[0]?.message).toBe('Sjabloon "kapot.json" bevat fouten en is overgeslagen.');
    expect(result.value.problems[0]?.details).toContain('kapot.json: Versie van het sjabloonformaat moet "1" zijn.');
  });

  it('creates a meeting whose agenda is the chosen template', async () => {
    const result = await call<Meeting>('meeting:new', { templateId: 'mdo-kindgericht' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.agendaItems.map((item) => item.title).slice(0, 3)).toEqual(['Opening en kennismaking', 'Aanleiding en doel', 'Stem van het kind']);
    // The guiding questions are hints, not content that would reach Word.
    expect(result.value.agendaItems.every((item) => item.childInterest === '' && (item.childInterestHint ?? '').length > 0)).toBe(true);
  });

  it('still creates an empty meeting without a template', async () => {
    const withoutPayload = await call<Meeting>('meeting:new');
    const withNull = await call<Meeting>('meeting:new', { templateId: null });
    expect(withoutPayload.ok && withoutPayload.value.agendaItems).toEqual([]);
    expect(withNull.ok && withNull.value.agendaItems).toEqual([]);
  });

  it('says in Dutch when a template no longer exists', async () => {
    const result = await call('meeting:new', { templateId: 'bestaat-niet' });
    expect(!result.ok && result.error.message).toContain('Dit sjabloon bestaat niet');
  });

  it('writes the agenda where the user chooses, proposing a name in the library', async () => {
    saveAnswer = join(dir, 'uitnodiging');
    const result = await call<{ path: string }>('export:agenda', { meeting: sampleMeeting() });
    expect(result).toEqual({
      ok: true,
      value: {
        path: join(dir, 'uitnodiging.docx'),
        logEntry: expect.objectContaining({ document: 'agenda', fileName: 'uitnodiging.docx', audience: { kind: 'volledig', person: null } }),
      },
    });
    expect(saveRequests).toEqual([[join(libraryDir, '2026-12-10 Agenda MDO Noor de V.docx'), 'word']]);
    const docx = readDocx(new Uint8Array(await readFile(join(dir, 'uitnodiging.docx'))));
    expect(docx.tables.some((table) => table[0]?.[0] === 'Tijd')).toBe(true);
  });

  it('writes nothing when the export dialog is cancelled', async () => {
    expect(await call('export:agenda', { meeting: sampleMeeting() })).toEqual({ ok: true, value: null });
  });

  it('explains in Dutch when the Word file cannot be written', async () => {
    saveAnswer = join(dir, 'bestaat-niet', 'agenda.docx');
    const result = await call('export:agenda', { meeting: sampleMeeting() });
    expect(!result.ok && result.error.message).toMatch(/^Het Word-bestand is niet gemaakt .*de map bestaat niet \(meer\)\. Uw overleg is niet veranderd/);
  });

  it('refuses an export request with an invalid meeting without asking for a path', async () => {
    const result = await call('export:agenda', { meeting: { ...sampleMeeting(), status: 'klaar' } });
    expect(!result.ok && result.error.code).toBe('invalid-request');
    expect(saveRequests).toEqual([]);
  });
});
