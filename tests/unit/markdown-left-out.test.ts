import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFollowUp } from '../../shared/cycle/follow-up';
import { serializeMeeting } from '../../shared/file/meeting-file';
import { leftOutOfMarkdown } from '../../shared/markdown/left-out';
import { exportMdoMarkdown, importMdoMarkdown } from '../../shared/markdown/mdo-markdown';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { evaluatieTemplate } from '../fixtures/evaluatie-template';
import { noorWithMinutes } from '../fixtures/noor-minutes';
import { mdoHere } from './support/run-mdo';

/*
 * `mdo export --format md` names what the Markdown does not carry, so a
 * plain-text copy is never taken for the whole meeting. Each name is
 * checked against the real round trip: exported and imported again, that
 * part of the meeting is gone.
 */

const now = new Date('2027-01-05T09:00:00Z');
let ids = 0;
const newId = () => `id-${++ids}`;

/** A plain meeting: only what MDO-Markdown writes. */
function plain(meeting: Meeting): Meeting {
  return {
    ...meeting,
    notInvitedReasons: { parents: '', child: '' },
    agendaItems: meeting.agendaItems.map((item) => ({ ...item, leadId: null, kind: 'bespreking' as const })),
  };
}

/** The January follow-up of the Noor meeting, with everything MDO-Markdown leaves out. */
async function january(): Promise<Meeting> {
  const next = planFollowUp({ ...noorWithMinutes(), nextMeeting: { date: '2027-01-14', time: '14:00' } }, await evaluatieTemplate(), { now, newId });
  return {
    ...next,
    notInvitedReasons: { parents: '', child: 'Noor is 7; haar stem is vooraf opgehaald.' },
    agendaItems: next.agendaItems.map((item, index) => (index === 1 ? { ...item, clockSeconds: 600 } : item)),
    reactionDeadline: '2027-01-21',
    corrections: [{ receivedOn: '2027-01-16', from: 'Sanne Visser', text: 'Het huisbezoek was op 17 januari.' }],
    ownStatements: [{ id: 'st1', by: { participantId: null, name: 'Els de Vries' }, receivedOn: '2027-01-17', text: 'Wij zien het anders.' }],
    finalized: { at: '2027-01-22T10:00:00.000Z', by: 'Anna Jansen' },
    statusLog: [{ at: '2027-01-22T10:00:00.000Z', change: 'definitief', by: 'Anna Jansen', reason: '' }],
  };
}

function roundTrip(meeting: Meeting): Meeting {
  const text = exportMdoMarkdown(meeting);
  if (!text.ok) throw new Error(text.error.message);
  const again = importMdoMarkdown(text.value, { now, newId });
  if (!again.ok) throw new Error(again.error.message);
  return again.value;
}

describe('leftOutOfMarkdown', () => {
  it('names nothing for a meeting the Markdown holds whole', () => {
    expect(leftOutOfMarkdown(plain(noorWithMinutes()))).toEqual([]);
  });

  it('names every part a follow-up meeting has that the Markdown drops, and each is gone after the round trip', async () => {
    const meeting = await january();
    expect(leftOutOfMarkdown(meeting)).toEqual([
      'waarom ouders of kind niet zijn uitgenodigd',
      'de koppeling aan het dossier en het vorige overleg',
      'wie een agendapunt inleidt',
      'de soort agendapunt (informatie, besluitvorming)',
      expect.stringMatching(/^de terugblik op de afspraken \(\d+ regels met status en toelichting\)$/),
      'de klok per agendapunt',
      'de datum "reageren vóór"',
      '1 ontvangen correctie',
      '1 eigen verklaring',
      'dat het verslag definitief is gemaakt, en het logboek daarvan',
    ]);
    const back = roundTrip(meeting);
    expect(back.notInvitedReasons).toEqual({ parents: '', child: '' });
    expect(back.dossierId).toBeUndefined();
    expect(back.previousMeeting).toBeUndefined();
    expect(back.agendaItems.every((item) => item.leadId === null && item.kind === 'bespreking' && item.review === undefined && item.clockSeconds === undefined)).toBe(true);
    expect(back.reactionDeadline ?? null).toBeNull();
    expect(back.corrections ?? []).toEqual([]);
    expect(back.ownStatements ?? []).toEqual([]);
    expect(back.finalized ?? null).toBeNull();
    // And what it does not name came back.
    expect(leftOutOfMarkdown(back)).toEqual([]);
    expect(back.agendaItems.map((item) => item.title)).toEqual(meeting.agendaItems.map((item) => item.title));
  });
});

describe('mdo export --format md', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-md-left-out-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('says on stderr what stays in the .mdo file only, and writes the Markdown all the same', async () => {
    const input = join(dir, 'januari.mdo');
    await writeFile(input, serializeMeeting(await january()));
    const output = join(dir, 'januari.md');
    const result = await mdoHere('export', input, '--format', 'md', '-o', output);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Let op: niet in het MDO-Markdown-bestand, alleen in januari\.mdo: waarom ouders of kind niet zijn uitgenodigd; .*; 1 ontvangen correctie; 1 eigen verklaring; dat het verslag definitief is gemaakt, en het logboek daarvan\.\n$/);
    expect(await readFile(output, 'utf8')).toContain('## Terugblik op de afspraken');
  });

  it('says nothing more for a meeting the Markdown holds whole', async () => {
    const input = join(dir, 'gewoon.mdo');
    await writeFile(input, serializeMeeting(plain(noorWithMinutes())));
    const result = await mdoHere('export', input, '--format', 'md', '-o', join(dir, 'gewoon.md'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});
