import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { mdoHere } from './support/run-mdo';
import { actionIsFor, deriveDossiers, dossierPeople, type DossierMeetingInput } from '../../shared/cycle/dossier';
import { planFollowUp } from '../../shared/cycle/follow-up';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { REVIEW_HEADERS } from '../../shared/export/review-docx';
import type { Meeting, ReviewAction } from '../../shared/meeting/meeting-schema';
import { patchAction } from '../../shared/notes/edit-blocks';
import type { ExportOptions } from '../../shared/privacy/export-options';
import { createNodeHandlers } from '../../host/handlers';
import { dispatch } from '../../host/dispatch';
import type { Handlers } from '../../shared/ipc/contract';
import { ok } from '../../shared/result';
import { readdir, readFile } from 'node:fs/promises';
import { parseMeetingFile } from '../../shared/file/meeting-file';
import { evaluatieTemplate } from '../fixtures/evaluatie-template';
import { readDocx, type DocxPackage } from '../support/docx-reader';
import { noorWithMinutes, noorWithSecretPassage, SECRET_PASSAGE, withBlocks } from '../fixtures/noor-minutes';

let counter = 0;
const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const now = new Date('2026-12-11T09:00:00Z');
const exportedAt = new Date('2027-01-29T10:00:00Z');
const NO_PSEUDONYM = { child: false, childAlias: '', parents: false };


/** The follow-up of `previous` with statuses and notes given per number. */
async function january(previous: Meeting, given: Record<string, Pick<ReviewAction, 'status' | 'note'>>): Promise<Meeting> {
  const next = planFollowUp(previous, await evaluatieTemplate(), { now, newId });
  const review = next.agendaItems[0]?.review;
  if (!review) throw new Error('no review');
  review.actions = review.actions.map((entry) => ({ ...entry, ...(given[entry.number] ?? {}) }));
  return next;
}

async function minutes(meeting: Meeting, options?: ExportOptions): Promise<DocxPackage> {
  return readDocx(await packDocx(buildMinutesDocument(meeting, options ? { exportedAt, options } : { exportedAt })));
}

function reviewTable(docx: DocxPackage): string[][] {
  const table = docx.tables.find((rows) => rows[0]?.join('|') === REVIEW_HEADERS.join('|'));
  if (!table) throw new Error('no review table');
  return table;
}

describe('the review in the minutes of the follow-up', () => {
  it('lists the earlier open actions with the status given now, under the review item', async () => {
    const december = patchAction(noorWithMinutes(), 'a4', 'x5', { status: 'gedaan' });
    const next = await january(december, {
      A1: { status: 'gedaan', note: 'Advies: gezinsbegeleiding' },
      A2: { status: 'loopt', note: 'brief verstuurd' },
      A3: { status: 'niet-gedaan', note: '' },
    });
    const docx = await minutes(next);
    const rows = reviewTable(docx);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[4], row[5]])).toEqual([
      ['A1, overleg do 10 dec 2026', 'Consultatie Veilig Thuis', 'Sanne Visser', 'gedaan', 'Advies: gezinsbegeleiding'],
      ['A2, overleg do 10 dec 2026', 'Huisarts informeren', 'Dr. P. Hendriks', 'loopt', 'brief verstuurd'],
      ['A3, overleg do 10 dec 2026', 'Eerste huisbezoek', 'Ömer Yılmaz', 'niet gedaan', ''],
    ]);
    // A done action is not late any more; one not done is, counted to the new meeting's date.
    expect(rows[1]?.[3]).toBe('vr 18 dec 2026');
    expect(rows[3]?.[3]).toBe('do 17 dec 2026 (6 weken over tijd)');
    // Under the item's heading, before the next item.
    const headings = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(headings).toContain('1. Terugblik op de afspraken');
    expect(headings).toContain('Besluiten die blijven gelden');
    expect(headings.some((text) => text.includes('B1') && text.includes('Noor mag ontbijten op school.'))).toBe(true);
  });

  it('leaves an action for professionals only out of the parents’ copy, and keeps it, marked, in the full one', async () => {
    const december = noorWithSecretPassage();
    const next = await january(december, {});
    const full = reviewTable(await minutes(next));
    const secretRow = full.find((row) => row[1]?.startsWith(SECRET_PASSAGE.action));
    expect(secretRow?.[1]).toMatch(/vertrouwelijk/i);
    const parents = await minutes(next, { audience: { kind: 'ouders', person: null }, pseudonym: NO_PSEUDONYM });
    const rows = reviewTable(parents);
    expect(rows.some((row) => row.join(' ').includes(SECRET_PASSAGE.action))).toBe(false);
    expect(rows.length).toBe(full.length - 1);
    const professionals = await minutes(next, { audience: { kind: 'professionals', person: null }, pseudonym: NO_PSEUDONYM });
    expect(reviewTable(professionals).some((row) => row.join(' ').includes(SECRET_PASSAGE.action))).toBe(true);
  });

  it('replaces the names in the review as the copy replaces them', async () => {
    const december = patchAction(noorWithMinutes(), 'a4', 'x5', { status: 'gedaan' });
    const next = await january(december, { A1: { status: 'loopt', note: 'Noor de Vries weet ervan' } });
    const rows = reviewTable(await minutes(next, { audience: { kind: 'ouders', person: null }, pseudonym: { child: true, childAlias: 'kind A', parents: true } }));
    expect(rows.map((row) => row.join(' ')).join('\n')).not.toContain('Noor de Vries');
  });
});

describe('the child’s dossier', () => {
  async function library(): Promise<{ inputs: DossierMeetingInput[]; december: Meeting; next: Meeting }> {
    const december = patchAction(noorWithMinutes(), 'a4', 'x5', { status: 'gedaan' });
    const next = await january(december, {
      A1: { status: 'gedaan', note: 'advies gevraagd' },
      A2: { status: 'loopt', note: 'brief verstuurd' },
      A3: { status: null, note: '' },
    });
    // An older meeting about Noor from before dossiers: joins by name and date of birth.
    const october: Meeting = { ...noorWithMinutes(), id: newId(), date: '2026-10-01', agendaItems: [], dossierId: undefined };
    // Another child.
    const other: Meeting = { ...noorWithMinutes(), id: newId(), date: '2026-12-01', child: { name: 'Daan B.', birthDate: '2015-03-03' }, agendaItems: [] };
    const inputs = [
      { path: '/lib/januari.mdo', meeting: next },
      { path: '/lib/daan.mdo', meeting: other },
      { path: '/lib/december.mdo', meeting: december },
      { path: '/lib/oktober.mdo', meeting: october },
    ];
    return { inputs, december, next };
  }

  it('groups the meetings about one child, in order, and lists the actions of both meetings with their latest status and history', async () => {
    const { inputs, december, next } = await library();
    const dossiers = deriveDossiers(inputs, new Date('2027-02-01T12:00:00Z'));
    expect(dossiers.map((dossier) => [dossier.child, dossier.meetings.map((meeting) => meeting.path)])).toEqual([
      ['Noor de V.', ['/lib/oktober.mdo', '/lib/december.mdo', '/lib/januari.mdo']],
      ['Daan B.', ['/lib/daan.mdo']],
    ]);
    const noor = dossiers[0]!;
    const byNumber = new Map(noor.actions.map((action) => [action.number, action]));
    expect(byNumber.get('A1')?.status).toBe('gedaan');
    expect(byNumber.get('A2')?.status).toBe('loopt');
    expect(byNumber.get('A3')?.status).toBe('open');
    expect(byNumber.get('A3')?.history.at(-1)?.status).toBe('nog-niet-besproken');
    expect(byNumber.get('A4')?.status).toBe('gedaan');
    expect(byNumber.get('A2')?.history.map((event) => [event.kind, event.meetingId, event.status, event.note])).toEqual([
      ['set', december.id, 'open', ''],
      ['review', next.id, 'loopt', 'brief verstuurd'],
    ]);
    // Open ones first, the longest overdue first: A3 (due 17 Dec) before A2 (24 Dec); done ones after.
    expect(noor.actions.map((action) => [action.number, action.open, action.overdueDays])).toEqual([
      ['A3', true, 46],
      ['A2', true, 39],
      ['A1', false, 0],
      ['A4', false, 0],
      ['A5', false, 0],
    ]);
    expect(dossierPeople(noor.actions)).toContain('Ömer Yılmaz');
    expect(noor.actions.filter((action) => actionIsFor(action, 'Dr. P. Hendriks')).map((action) => action.number)).toEqual(['A2']);
  });

  it('takes in the actions set in the follow-up itself, beside those of the first meeting', async () => {
    const { inputs, december, next } = await library();
    const item = next.agendaItems[1]!;
    item.notes = withBlocks('Afspraken.', [
      { type: 'mdo-action', id: 'y1', what: 'Plan van aanpak opstellen', who: [{ participantId: 'p4', name: 'Ömer Yılmaz' }], due: '2027-02-15', status: 'open' },
    ]);
    const noor = deriveDossiers(inputs, new Date('2027-02-01T12:00:00Z'))[0]!;
    const origins = new Set(noor.actions.map((action) => action.history[0]?.meetingId));
    expect(origins).toEqual(new Set([december.id, next.id]));
    const planned = noor.actions.find((action) => action.what === 'Plan van aanpak opstellen');
    expect([planned?.number, planned?.status, planned?.open, planned?.overdueDays]).toEqual(['A1', 'open', true, 0]);
    expect(noor.actions.filter((action) => actionIsFor(action, 'Ömer Yılmaz')).map((action) => action.what)).toEqual(['Eerste huisbezoek', 'Plan van aanpak opstellen']);
  });
});

describe('mdo acties', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-acties-'));
    const december = patchAction(noorWithMinutes(), 'a4', 'x5', { status: 'gedaan' });
    const next = await january(december, {
      A1: { status: 'gedaan', note: 'advies gevraagd' },
      A2: { status: 'loopt', note: 'brief verstuurd' },
      A3: { status: 'niet-gedaan', note: '' },
    });
    await writeFile(join(dir, 'december.mdo'), serializeMeeting(december));
    await writeFile(join(dir, 'januari.mdo'), serializeMeeting(next));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints every action per dossier with its latest status and history, open first', async () => {
    const run = await mdoHere('acties', '--map', dir);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('Dossier Noor de V. (geboren donderdag 14 maart 2019) — 2 overleggen: donderdag 10 december 2026, donderdag 28 januari 2027');
    const heads = lines.filter((line) => /^ {2}A\d/.test(line));
    expect(heads.map((line) => line.split(' — ')[0]?.trim())).toEqual([
      'A3 (do 10 dec 2026) Eerste huisbezoek',
      'A2 (do 10 dec 2026) Huisarts informeren',
      'A1 (do 10 dec 2026) Consultatie Veilig Thuis',
      'A4 (do 10 dec 2026) Oma vragen',
      'A5 (do 10 dec 2026) Schoolontbijt regelen',
    ]);
    expect(heads[0]).toContain('— niet gedaan');
    expect(run.stdout).toContain('do 10 dec 2026: afgesproken (open); do 28 jan 2027: loopt (brief verstuurd)');
  });

  it('--open leaves out what is done', async () => {
    const run = await mdoHere('acties', '--map', dir, '--open');
    expect(run.code, run.stderr).toBe(0);
    const heads = run.stdout.split('\n').filter((line) => /^ {2}A\d/.test(line));
    expect(heads.map((line) => line.trim().split(' ')[0])).toEqual(['A3', 'A2']);
  });

  it('says in Dutch when the folder does not exist', async () => {
    const run = await mdoHere('acties', '--map', join(dir, 'bestaat-niet'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bestaat niet of is geen map');
  });
});

describe('the host channels meeting:followUp and library:dossiers', () => {
  let dir = '';
  let handlers: Handlers;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-follow-up-host-'));
    const libraryDir = join(dir, 'MDO');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(libraryDir);
    await writeFile(join(libraryDir, 'december.mdo'), serializeMeeting(patchAction(noorWithMinutes(), 'a4', 'x5', { status: 'gedaan' })));
    await writeFile(join(libraryDir, 'zonder.mdo'), serializeMeeting({ ...noorWithMinutes(), id: newId(), nextMeeting: { date: null, time: null } }));
    handlers = {
      ...createNodeHandlers({
        libraryDir,
        configDir: join(dir, 'config'),
        version: 'test',
        dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null },
        now: () => now,
        newId,
      }),
      'window:setDirty': async () => ok(null),
      'window:close': async () => ok(null),
      'shell:openExternal': async () => ok(null),
    };
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a file the user did not choose or list, and writes nothing', async () => {
    const result = await dispatch(handlers, 'meeting:followUp', { path: join(dir, 'MDO', 'december.mdo') });
    expect(result.ok).toBe(false);
    expect(await readdir(join(dir, 'MDO'))).toHaveLength(2);
  });

  it('plans the follow-up of a listed meeting into the library, and says in Dutch why not without a next date', async () => {
    await dispatch(handlers, 'library:list', undefined);
    const made = await dispatch(handlers, 'meeting:followUp', { path: join(dir, 'MDO', 'december.mdo') });
    expect(made).toMatchObject({ ok: true, value: { path: join(dir, 'MDO', '2027-01-28 MDO Noor de Vries.mdo'), openActions: 3 } });
    const saved = parseMeetingFile(await readFile(join(dir, 'MDO', '2027-01-28 MDO Noor de Vries.mdo'), 'utf8'));
    expect(saved.ok && saved.value.agendaItems[0]?.review?.actions.map((entry) => entry.number)).toEqual(['A1', 'A2', 'A3']);
    const refused = await dispatch(handlers, 'meeting:followUp', { path: join(dir, 'MDO', 'zonder.mdo') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-next-date' } });
    expect(refused.ok ? '' : refused.error.message).toContain('Vul bij Gegevens "Volgend overleg" de datum');
    const relative = await dispatch(handlers, 'meeting:followUp', { path: 'december.mdo' });
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid-path' } });
  });

  it('lists the dossiers of the library', async () => {
    const result = await dispatch(handlers, 'library:dossiers', undefined);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dossiers = result.value as { child: string; meetings: unknown[]; actions: unknown[] }[];
    // December, its follow-up and the meeting without a next date: one child, one dossier.
    expect(dossiers.map((dossier) => [dossier.child, dossier.meetings.length])).toEqual([['Noor de V.', 3]]);
  });
});
