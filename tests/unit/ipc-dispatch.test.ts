import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, ipcContract, type Channel, type Handlers } from '../../shared/ipc/contract';
import { serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { FULL_EXPORT } from '../../shared/privacy/export-options';
import { ok, type Result } from '../../shared/result';
import { dispatch } from '../../host/dispatch';
import { createNodeHandlers, type HostDialogs } from '../../host/handlers';
import { createPathGrants, type PathGrants } from '../../host/path-access';
import { backupPathFor, readMeetingFile } from '../../host/storage';
import { sampleMeeting } from '../fixtures/sample-meeting';

interface Call {
  channel: Channel;
  request: unknown;
}

/** Wraps every handler so a test can see whether it ran at all. */
function spyOn(handlers: Handlers, calls: Call[]): Handlers {
  const wrapped: Partial<Record<Channel, (request: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of channels) {
    const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>;
    wrapped[channel] = (request) => {
      calls.push({ channel, request });
      return handler(request);
    };
  }
  return wrapped as Handlers;
}

describe('IPC dispatch to the Node handlers', () => {
  let dir = '';
  let libraryDir = '';
  let calls: Call[] = [];
  let dialogAnswers: { open: string | null; save: string | null } = { open: null, save: null };
  let dialogRequests: string[] = [];
  let handlers: Handlers;
  let clock = new Date('2026-12-10T13:00:00.000Z');
  /** The files the user chose; `chosen(path)` stands for a file opened with the app (the OS's "open with"). */
  let grants: PathGrants;
  const chosen = (path: string) => {
    grants.grant(path);
    return path;
  };

  const dialogs: HostDialogs = {
    async chooseOpenPath(defaultDir) {
      dialogRequests.push(`open ${defaultDir}`);
      return dialogAnswers.open;
    },
    async chooseSavePath(defaultPath) {
      dialogRequests.push(`save ${defaultPath}`);
      return dialogAnswers.save;
    },
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-ipc-'));
    libraryDir = join(dir, 'Documenten', 'MDO');
    calls = [];
    dialogAnswers = { open: null, save: null };
    dialogRequests = [];
    clock = new Date('2026-12-10T13:00:00.000Z');
    grants = createPathGrants();
    let ids = 0;
    handlers = spyOn(
      {
        ...createNodeHandlers({
          libraryDir,
          configDir: join(dir, 'config'),
          version: '0.1.0-test',
          dialogs,
          now: () => clock,
          newId: () => `id-${++ids}`,
          grants,
        }),
        'window:setDirty': async () => ok(null),
        'window:close': async () => ok(null),
        'shell:openExternal': async ({ url }) => {
          if (url === 'https://example.org/kapot') throw new Error('stuk');
          return ok(null);
        },
      },
      calls,
    );
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Dispatches and checks that every successful answer matches the contract's response schema. */
  async function call(channel: string, payload?: unknown): Promise<Result<unknown>> {
    const result = await dispatch(handlers, channel, payload);
    if (result.ok && Object.hasOwn(ipcContract, channel)) {
      ipcContract[channel as Channel].response.parse(result.value);
    }
    return result;
  }

  async function valueOf<T>(channel: Channel, payload?: unknown): Promise<T> {
    const result = await call(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  async function libraryFiles(): Promise<string[]> {
    return readdir(libraryDir).catch(() => []);
  }

  it('rejects an unknown channel without running any handler', async () => {
    expect(await call('meeting:delete', { path: '/tmp/x.mdo' })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await call('__proto__')).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(calls).toEqual([]);
  });

  it('rejects a save whose meeting title is a number, and writes nothing', async () => {
    const meeting = { ...sampleMeeting(), title: 42 };
    const result = await call('meeting:save', { path: null, meeting });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!result.ok) expect(result.error.details).toContain('Titel heeft een verkeerde waarde: verwacht is tekst.');
    expect(calls).toEqual([]);
    expect(await libraryFiles()).toEqual([]);
  });

  it('rejects an open with extra keys or an empty path without running the handler', async () => {
    const path = join(dir, 'x.mdo');
    expect(await call('meeting:open', { path, alsoDelete: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('meeting:open', { path: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('meeting:open', undefined)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('rejects a payload on a channel that takes none', async () => {
    expect(await call('app:info', { libraryDir: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('answers a handler that throws with an error value', async () => {
    const result = await call('shell:openExternal', { url: 'https://example.org/kapot' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', details: ['stuk'] } });
    expect(calls.map((c) => c.channel)).toEqual(['shell:openExternal']);
  });

  it('passes host-only channels to the host handlers', async () => {
    expect(await call('window:setDirty', { dirty: true })).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ channel: 'window:setDirty', request: { dirty: true } }]);
  });

  it('tells the version and the library folder', async () => {
    expect(await call('app:info')).toEqual({ ok: true, value: { version: '0.1.0-test', libraryDir } });
  });

  it('creates a new meeting in concept status', async () => {
    const meeting = await valueOf<Meeting>('meeting:new');
    expect(meeting).toMatchObject({ id: 'id-1', title: 'Nieuw overleg', status: 'concept', createdAt: clock.toISOString() });
  });

  it('opens a file whose link is not allowed with the link made plain text, and says so; the file is unchanged until a save', async () => {
    const meeting = sampleMeeting();
    const withLink: Meeting = {
      ...meeting,
      agendaItems: meeting.agendaItems.map((item, index) =>
        index === 0
          ? {
              ...item,
              notes: {
                root: {
                  type: 'root',
                  children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'klik hier' }] }] }],
                },
              },
            }
          : item,
      ),
    };
    await mkdir(libraryDir, { recursive: true });
    const path = join(libraryDir, 'met-link.mdo');
    const text = serializeMeeting(withLink);
    await writeFile(path, text);
    const opened = await valueOf<{ meeting: Meeting; warnings: string[] }>('meeting:open', { path: chosen(path) });
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings[0]).toMatch(/^Agendapunt 1 .*de link bij "klik hier" naar "javascript:alert\(1\)" is gewone tekst geworden/);
    expect(JSON.stringify(opened.meeting.agendaItems[0]!.notes)).not.toContain('javascript:');
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('saves a new meeting into the library without a dialog and opens it again', async () => {
    const meeting: Meeting = { ...(await valueOf<Meeting>('meeting:new')), title: 'MDO Noor de Vries', date: '2026-12-10' };
    const saved = await valueOf<{ path: string; savedAt: string; stamp: unknown }>('meeting:save', { path: null, meeting });

    expect(saved).toMatchObject({ path: join(libraryDir, '2026-12-10 MDO Noor de Vries.mdo'), meetingId: meeting.id, savedAt: clock.toISOString() });
    expect(dialogRequests).toEqual([]);

    const opened = await valueOf<{ path: string; meeting: Meeting }>('meeting:open', { path: saved.path });
    expect(opened).toEqual({ path: saved.path, meeting: { ...meeting, updatedAt: saved.savedAt }, stamp: saved.stamp, lock: { state: 'mine', note: null }, warnings: [] });

    const listed = await valueOf<{ fileName: string; title: string }[]>('library:list');
    expect(listed.map((s) => [s.fileName, s.title])).toEqual([['2026-12-10 MDO Noor de Vries.mdo', 'MDO Noor de Vries']]);
    const recent = await valueOf<{ path: string }[]>('recent:list');
    expect(recent.map((r) => r.path)).toEqual([saved.path]);
  });

  it('round-trips the full sample meeting through save and open', async () => {
    const path = chosen(join(dir, 'noor.mdo'));
    const saved = await valueOf<{ savedAt: string }>('meeting:save', { path, meeting: sampleMeeting() });
    const opened = await valueOf<{ meeting: Meeting }>('meeting:open', { path });
    expect(opened.meeting).toEqual({ ...sampleMeeting(), updatedAt: saved.savedAt });
  });

  it('gives two first saves of the same meeting two files instead of overwriting one', async () => {
    const meeting = { ...sampleMeeting(), title: 'MDO Noor' };
    const [a, b] = await Promise.all([
      valueOf<{ path: string }>('meeting:save', { path: null, meeting }),
      valueOf<{ path: string }>('meeting:save', { path: null, meeting }),
    ]);
    expect([basename(a.path), basename(b.path)].sort()).toEqual(['2026-12-10 MDO Noor (2).mdo', '2026-12-10 MDO Noor.mdo']);
  });

  it('serialises concurrent saves to one file, so the last save wins and .bak holds the one before', async () => {
    const path = chosen(join(dir, 'noor.mdo'));
    const versions = Array.from({ length: 12 }, (_, i) => ({ ...sampleMeeting(), title: `Versie ${i + 1}` }));
    const results = await Promise.all(versions.map((meeting) => call('meeting:save', { path, meeting })));
    expect(results.every((r) => r.ok)).toBe(true);

    const current = await readMeetingFile(path);
    const backup = await readMeetingFile(backupPathFor(path));
    expect(current.ok && current.value.title).toBe('Versie 12');
    expect(backup.ok && backup.value.title).toBe('Versie 11');
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to save over a corrupt file through dispatch and leaves it as it was', async () => {
    const path = chosen(join(dir, 'kapot.mdo'));
    await writeFile(path, 'niet leesbaar');
    const result = await call('meeting:save', { path, meeting: sampleMeeting() });
    expect(result).toMatchObject({ ok: false, error: { code: 'target-invalid' } });
    expect(await readFile(path, 'utf8')).toBe('niet leesbaar');
  });

  it('refuses a relative path', async () => {
    expect(await call('meeting:open', { path: 'noor.mdo' })).toMatchObject({ ok: false, error: { code: 'invalid-path' } });
    expect(await call('meeting:save', { path: 'noor.mdo', meeting: sampleMeeting() })).toMatchObject({
      ok: false,
      error: { code: 'invalid-path' },
    });
  });

  it('opens the file chosen in the open dialog, which starts in the library', async () => {
    const path = join(dir, 'elders.mdo');
    await writeFile(path, serializeMeeting(sampleMeeting()));
    dialogAnswers.open = path;
    const opened = await valueOf<{ path: string; meeting: Meeting }>('meeting:openDialog');
    expect(opened.meeting.title).toBe('MDO Noor de Vries');
    expect(dialogRequests).toEqual([`open ${libraryDir}`]);
    expect((await valueOf<{ path: string }[]>('recent:list')).map((r) => r.path)).toEqual([path]);
  });

  it('answers null when the open dialog is cancelled', async () => {
    expect(await call('meeting:openDialog')).toEqual({ ok: true, value: null });
  });

  it('returns the Dutch error when the chosen file cannot be opened', async () => {
    dialogAnswers.open = join(dir, 'weg.mdo');
    expect(await call('meeting:openDialog')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await valueOf<unknown[]>('recent:list')).toEqual([]);
  });

  it('saves as the chosen name, adding .mdo, and proposes a name in the library', async () => {
    await mkdir(join(dir, 'elders'));
    dialogAnswers.save = join(dir, 'elders', 'Noor kopie');
    const saved = await valueOf<{ path: string }>('meeting:saveAs', { meeting: sampleMeeting() });

    expect(saved.path).toBe(join(dir, 'elders', 'Noor kopie.mdo'));
    expect(dialogRequests).toEqual([`save ${join(libraryDir, '2026-12-10 MDO Noor de Vries.mdo')}`]);
    expect((await readMeetingFile(saved.path)).ok).toBe(true);
  });

  it('writes nothing when save as is cancelled', async () => {
    expect(await call('meeting:saveAs', { meeting: sampleMeeting() })).toEqual({ ok: true, value: null });
    expect(await libraryFiles()).toEqual([]);
  });

  it('keeps working when the recent-files list cannot be written', async () => {
    await writeFile(join(dir, 'config'), 'een bestand waar een map hoort');
    const saved = await call('meeting:save', { path: chosen(join(dir, 'noor.mdo')), meeting: sampleMeeting() });
    expect(saved.ok).toBe(true);
  });

  it('keeps a recovery copy apart from the .mdo file, lists it and discards it', async () => {
    const path = chosen(join(dir, 'noor.mdo'));
    await valueOf('meeting:save', { path, meeting: sampleMeeting() });
    const before = await readFile(path, 'utf8');
    const typed = { ...sampleMeeting(), title: 'Nog niet opgeslagen' };

    expect(await call('recovery:save', { meeting: typed, path })).toEqual({ ok: true, value: null });
    expect(await readFile(path, 'utf8')).toBe(before);
    const listed = await valueOf<{ title: string; path: string | null }[]>('recovery:list');
    expect(listed.map((entry) => [entry.title, entry.path])).toEqual([['Nog niet opgeslagen', path]]);

    expect(await call('recovery:discard', { meetingId: typed.id })).toEqual({ ok: true, value: null });
    expect(await valueOf<unknown[]>('recovery:list')).toEqual([]);
  });

  it('rejects a recovery copy with a bad payload without running the handler', async () => {
    expect(await call('recovery:save', { meeting: { ...sampleMeeting(), title: 42 }, path: null })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call('recovery:save', { meeting: sampleMeeting() })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('recovery:discard', { meetingId: '' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('recovery:list', { all: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
    expect(await call('recovery:save', { meeting: sampleMeeting(), path: 'noor.mdo' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-path' },
    });
  });

  it('reports a library folder that cannot be created', async () => {
    await mkdir(join(dir, 'Documenten'));
    await writeFile(libraryDir, 'een bestand waar de map hoort');
    expect(await call('library:list')).toMatchObject({ ok: false, error: { code: 'library-unavailable' } });
    expect(await call('meeting:save', { path: null, meeting: sampleMeeting() })).toMatchObject({
      ok: false,
      error: { code: 'library-unavailable' },
    });
  });
});

/**
 * Every channel of the contract, with a valid payload each. The Record type
 * makes a new channel fail to compile here until it has one, so the checks
 * below cover every channel there is.
 */
function validPayloads(dir: string): Record<Channel, unknown> {
  const meeting = sampleMeeting();
  return {
    'app:info': undefined,
    'library:list': undefined,
    'templates:list': undefined,
    'meeting:new': { templateId: null },
    'meeting:open': { path: join(dir, 'noor.mdo') },
    'meeting:openDialog': undefined,
    'meeting:save': { path: null, meeting },
    'meeting:read': { path: join(dir, 'noor.mdo') },
    'meeting:lock': { path: join(dir, 'noor.mdo'), takeOver: false },
    'meeting:unlock': { path: join(dir, 'noor.mdo') },
    'meeting:saveAs': { meeting },
    'meeting:followUp': { path: join(dir, 'noor.mdo') },
    'library:dossiers': undefined,
    'library:search': { query: 'noor' },
    'export:invitation': { meeting },
    'recent:list': undefined,
    'addressBook:list': undefined,
    'addressBook:correct': { action: 'forget', key: 'joost bakker' },
    'addressBook:earlierMeetings': { childName: 'Noor de Vries', meetingId: meeting.id },
    'library:delete': { path: join(dir, 'noor.mdo') },
    'export:agenda': { meeting, options: FULL_EXPORT },
    'export:minutes': { meeting, options: FULL_EXPORT },
    'export:pdf': { document: 'verslag', meeting, options: FULL_EXPORT },
    'recovery:save': { meeting, path: null },
    'recovery:list': undefined,
    'recovery:discard': { meetingId: meeting.id },
    'window:setDirty': { dirty: true },
    'window:close': undefined,
    'shell:openExternal': { url: 'https://www.nji.nl/' },
  };
}

const HUGE = `/${'x'.repeat(200_000)}`;

/** A value of another type than the one given. */
function wrongType(value: unknown): unknown {
  if (typeof value === 'string' || value === null || value === undefined) return 42;
  if (typeof value === 'boolean') return 'ja';
  return 'een tekst';
}

/** The value with its first text made far longer than any limit (other values become a huge text). */
function oversized(value: unknown): unknown {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return HUGE;
  if ('title' in value) return { ...value, title: HUGE };
  const [first] = Object.entries(value);
  if (!first) return HUGE;
  return { ...value, [first[0]]: oversized(first[1]) };
}

/** Channels whose payload may be left out altogether (a new meeting without a template). */
const OPTIONAL_PAYLOAD: readonly Channel[] = ['meeting:new'];

/** Payloads that break the channel's schema: wrong types, an extra key, an oversized text. */
function badPayloads(channel: Channel, valid: unknown): [string, unknown][] {
  const bad: [string, unknown][] = [
    ['a number instead of the payload', 42],
    ['a list instead of the payload', [valid]],
    ['a huge text instead of the payload', HUGE],
  ];
  if (valid === undefined) {
    bad.push(['a payload where none is expected', { extra: true }]);
    return bad;
  }
  if (typeof valid !== 'object' || valid === null) throw new Error('a payload is an object');
  if (!OPTIONAL_PAYLOAD.includes(channel)) bad.push(['nothing', undefined]);
  bad.push(['an extra key', { ...valid, extra: true }], ['a prototype key', JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(valid).slice(1)}`)]);
  for (const [key, value] of Object.entries(valid)) {
    bad.push([`${key} of the wrong type`, { ...valid, [key]: wrongType(value) }]);
    bad.push([`${key} oversized`, { ...valid, [key]: oversized(value) }]);
    const without = Object.fromEntries(Object.entries(valid).filter(([other]) => other !== key));
    if (key !== 'options') bad.push([`${key} missing`, without]);
  }
  return bad;
}

describe('every IPC channel refuses a payload that breaks its schema', () => {
  let dir = '';
  let calls: Call[] = [];
  let handlers: Handlers;
  let opened: string[] = [];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-ipc-bad-'));
    calls = [];
    opened = [];
    const answer: HostDialogs = { chooseOpenPath: async () => null, chooseSavePath: async () => join(dir, 'gekozen') };
    // noor.mdo was opened with the app, so a valid open of it runs.
    const grants = createPathGrants();
    grants.grant(join(dir, 'noor.mdo'));
    handlers = spyOn(
      {
        ...createNodeHandlers({ libraryDir: join(dir, 'MDO'), configDir: join(dir, 'config'), version: 'test', dialogs: answer, grants }),
        'window:setDirty': async () => ok(null),
        'window:close': async () => ok(null),
        'shell:openExternal': async ({ url }) => {
          opened.push(url);
          return ok(null);
        },
      },
      calls,
    );
    await writeFile(join(dir, 'noor.mdo'), serializeMeeting(sampleMeeting()));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has a valid payload for each channel, which its schema accepts', () => {
    const valid = validPayloads(dir);
    expect(Object.keys(valid).sort()).toEqual([...channels].sort());
    for (const channel of channels) expect(ipcContract[channel].request.safeParse(valid[channel]).success, channel).toBe(true);
  });

  for (const channel of channels) {
    it(`${channel}: answers in Dutch and runs no handler`, async () => {
      const before = await readdir(dir, { recursive: true });
      const bad = badPayloads(channel, validPayloads(dir)[channel]);
      expect(bad.length).toBeGreaterThanOrEqual(4);
      for (const [what, payload] of bad) {
        const result = await dispatch(handlers, channel, payload);
        expect(result.ok, `${channel} with ${what}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, `${channel} with ${what}`).toBe('invalid-request');
        expect(result.error.message).toBe('De app deed een verzoek met ongeldige gegevens; er is niets opgeslagen of gewijzigd.');
        expect(result.error.details?.length, `${channel} with ${what}: which field`).toBeGreaterThan(0);
        for (const detail of result.error.details ?? []) {
          expect(detail, `${channel} with ${what}`).toMatch(/ontbreekt|verkeerde waarde|te lang|te veel|ongeldig|is leeg|moet/);
          // A detail names the field; it never echoes the payload back.
          expect(detail.length).toBeLessThan(300);
        }
      }
      expect(calls).toEqual([]);
      expect(opened).toEqual([]);
      expect(await readdir(dir, { recursive: true })).toEqual(before);
    });
  }

  it('does run the handler for the valid payloads, so the refusals above are the schema at work', async () => {
    const valid = validPayloads(dir);
    for (const channel of ['app:info', 'meeting:open', 'window:setDirty', 'shell:openExternal'] as const) {
      expect((await dispatch(handlers, channel, valid[channel])).ok, channel).toBe(true);
    }
    expect(calls.map((call) => call.channel)).toEqual(['app:info', 'meeting:open', 'window:setDirty', 'shell:openExternal']);
  });
});
