import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overdueText, planFollowUp, reviewOf, reviewOrigin, REVIEW_ITEM_TITLE } from '../../shared/cycle/follow-up';
import { parseMeetingFile, serializeMeeting } from '../../shared/file/meeting-file';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { patchAction } from '../../shared/notes/edit-blocks';
import { evaluatieTemplate } from '../fixtures/evaluatie-template';
import { noorWithMinutes, noorWithSecretPassage } from '../fixtures/noor-minutes';
import { mdo } from './support/run-mdo';

/** The Noor meeting with two actions done (A4 was already, A5 now) and three open. */
function noorTwoDone(): Meeting {
  return patchAction(noorWithMinutes(), 'a4', 'x5', { status: 'gedaan' });
}

let counter = 0;
const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const now = new Date('2026-12-11T09:00:00Z');


describe('planning the follow-up meeting', () => {
  it('lists exactly the open actions with their original numbers, owners and due dates, and the decisions', () => {
    const review = reviewOf(noorTwoDone());
    expect(review.actions.map((action) => [action.number, action.what, action.who, action.due, action.status])).toEqual([
      ['A1', 'Consultatie Veilig Thuis', 'Sanne Visser', '2026-12-18', null],
      ['A2', 'Huisarts informeren', 'Dr. P. Hendriks', '2026-12-24', null],
      ['A3', 'Eerste huisbezoek', 'Ömer Yılmaz', '2026-12-17', null],
    ]);
    expect(review.actions.every((action) => action.fromMeetingDate === '2026-12-10')).toBe(true);
    expect(review.decisions.map((decision) => [decision.number, decision.text])).toEqual([
      ['B1', 'Noor mag ontbijten op school.'],
      ['B2', 'Het wijkteam start gezinsbegeleiding.'],
    ]);
    expect(reviewOrigin(review.actions[0]!)).toBe('A1 uit het overleg van donderdag 10 december 2026');
  });

  it('makes the next meeting: same child, people, roles and coordinator, the planned date, Evaluatie-MDO with the review first, one dossier', async () => {
    const previous = noorTwoDone();
    const next = planFollowUp(previous, await evaluatieTemplate(), { now, newId });
    expect(next.id).not.toBe(previous.id);
    expect(next.dossierId).toBe(previous.id);
    expect(next.previousMeeting).toEqual({ id: previous.id, date: '2026-12-10' });
    expect([next.date, next.startTime, next.endTime]).toEqual(['2027-01-28', '14:00', '15:30']);
    expect(next.child).toEqual(previous.child);
    expect(next.participants.map((p) => [p.id, p.name, p.role])).toEqual(previous.participants.map((p) => [p.id, p.name, p.role]));
    expect(next.coordinator).toEqual(previous.coordinator);
    expect(next.status).toBe('concept');
    expect(next.exportLog).toEqual([]);
    expect(next.sharingBasis).toBeNull();
    expect(next.agendaItems[0]!.title).toBe(REVIEW_ITEM_TITLE);
    expect(next.agendaItems[0]!.leadId).toBe('p4');
    expect(next.agendaItems[0]!.review?.actions.map((action) => action.number)).toEqual(['A1', 'A2', 'A3']);
    expect(next.agendaItems.filter((item) => item.title === REVIEW_ITEM_TITLE)).toHaveLength(1);
    expect(next.agendaItems.every((item) => item.notes === null)).toBe(true);
    // It is a valid meeting file.
    expect(parseMeetingFile(serializeMeeting(next)).ok).toBe(true);
  });

  it('carries a review forward: what still runs or was not done comes back, with its first number and date; the dossier stays', async () => {
    const template = await evaluatieTemplate();
    const january = planFollowUp(noorTwoDone(), template, { now, newId });
    const review = january.agendaItems[0]!.review!;
    review.actions[0]!.status = 'gedaan';
    review.actions[1]!.status = 'loopt';
    review.actions[1]!.note = 'brief is verstuurd';
    review.actions[2]!.status = 'niet-gedaan';
    const march = planFollowUp({ ...january, nextMeeting: { date: '2027-03-11', time: '09:30' } }, template, { now, newId });
    expect(march.dossierId).toBe(january.dossierId);
    expect(march.agendaItems[0]!.review!.actions.map((action) => [action.number, action.fromMeetingDate, action.status, action.note])).toEqual([
      ['A2', '2026-12-10', null, ''],
      ['A3', '2026-12-10', null, ''],
    ]);
    expect([march.date, march.startTime, march.endTime]).toEqual(['2027-03-11', '09:30', '11:00']);
  });

  it('keeps a confidential action confidential in the review', () => {
    const review = reviewOf(noorWithSecretPassage());
    const secret = [...review.actions, ...review.decisions].filter((entry) => (entry.restrictions ?? []).length > 0);
    expect(secret.length).toBeGreaterThan(0);
    for (const entry of secret) expect(entry.restrictions!.length).toBeGreaterThan(0);
  });

  it.each([
    ['2026-12-18', '2026-12-18', null],
    ['2027-01-28', '2026-12-18', null],
    ['2026-12-17', '2026-12-18', '1 dag over tijd'],
    ['2026-12-18', '2027-01-01', '2 weken over tijd'],
    ['2026-12-18', '2027-01-28', '5 weken over tijd'],
    ['2026-10-01', '2027-01-28', '3 maanden over tijd'],
    [null, '2027-01-28', null],
  ])('says how late an action due %s is on %s', (due, on, text) => {
    expect(overdueText(due, on)).toBe(text);
  });
});

describe('mdo vervolg', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdo-vervolg-'));
    await writeFile(join(dir, 'december.mdo'), serializeMeeting(noorTwoDone()));
    await writeFile(join(dir, 'zonder.mdo'), serializeMeeting({ ...noorTwoDone(), nextMeeting: { date: null, time: null } }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the follow-up meeting and lists the open actions, how late they are on the new date', async () => {
    const run = await mdo('vervolg', join(dir, 'december.mdo'), '-o', join(dir, 'januari.mdo'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      `Vervolgoverleg geschreven naar ${join(dir, 'januari.mdo')}: donderdag 28 januari 2027, 14:00 uur, 3 open acties in "Terugblik op de afspraken".`,
      '  A1 uit het overleg van donderdag 10 december 2026: Consultatie Veilig Thuis (Sanne Visser) — 5 weken over tijd',
      '  A2 uit het overleg van donderdag 10 december 2026: Huisarts informeren (Dr. P. Hendriks) — 5 weken over tijd',
      '  A3 uit het overleg van donderdag 10 december 2026: Eerste huisbezoek (Ömer Yılmaz) — 6 weken over tijd',
    ]);
    const saved = parseMeetingFile(await readFile(join(dir, 'januari.mdo'), 'utf8'));
    expect(saved.ok).toBe(true);
    if (saved.ok) expect(saved.value.agendaItems[0]!.review!.actions).toHaveLength(3);
  });

  it('says in Dutch what is missing without a next date, and writes nothing', async () => {
    const run = await mdo('vervolg', join(dir, 'zonder.mdo'), '-o', join(dir, 'niets.mdo'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Dit overleg heeft nog geen datum voor het volgende overleg.');
    expect(run.stderr).toContain('Er is niets geschreven.');
  });

  it('refuses an unknown template and lists the ones there are', async () => {
    const run = await mdo('vervolg', join(dir, 'december.mdo'), '--sjabloon', 'bestaat-niet', '-o', join(dir, 'x.mdo'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Het sjabloon "bestaat-niet" bestaat niet\. Kies uit: .*evaluatie-mdo/);
  });
});
