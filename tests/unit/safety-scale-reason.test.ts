import { describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/export/minutes-docx';
import { packDocx } from '../../shared/export/pack-docx';
import { exportMdoMarkdown, importMdoMarkdown } from '../../shared/markdown/mdo-markdown';
import type { Meeting } from '../../shared/meeting/meeting-schema';
import { deriveMeetingLists } from '../../shared/notes/derive-lists';
import { readSafetyScale, type SafetyScaleData } from '../../shared/notes/node-data';
import { FULL_EXPORT } from '../../shared/privacy/export-options';
import { readDocx, textOf } from '../support/docx-reader';
import { noorWithMinutes, withBlocks } from '../fixtures/noor-minutes';

/**
 * The reason after the dash of a `Schaalvraag:` line is what the group said,
 * about the whole scale: it is kept once, as the scale's reason, and never
 * copied into a person's "Waarom dit cijfer?" (a child would appear to have
 * said it). A reason a person gave stays that person's. In the model, in
 * MDO-Markdown and in Word.
 */

const fatima = { participantId: 'p1', name: 'Fatima El Amrani' };
const els = { participantId: 'p5', name: 'Els de Vries' };
/** The child, who is not on the participant list of this meeting. */
const noor = { participantId: null, name: 'Noor' };

describe('a safety scale from a file', () => {
  it('reads the same reason in every score (files from before the scale had its own) as the scale\'s reason, once', () => {
    const scale = readSafetyScale(
      {
        id: 's1',
        question: 'Hoe veilig?',
        scores: [
          { who: fatima, score: 5, reason: 'school weegt de blauwe plekken zwaarder.' },
          { who: noor, score: 8, reason: 'school weegt de blauwe plekken zwaarder.' },
        ],
      },
      's-x',
    );
    expect(scale.reason).toBe('school weegt de blauwe plekken zwaarder.');
    expect(scale.scores.map((score) => score.reason)).toEqual(['', '']);
  });

  it('keeps reasons that differ per person, and the reason of a scale with one score, where they are', () => {
    const different = readSafetyScale({ id: 's1', question: 'Hoe veilig?', scores: [{ who: fatima, score: 5, reason: 'blauwe plekken' }, { who: els, score: 7, reason: 'oma helpt' }] }, 's');
    expect(different.scores.map((score) => score.reason)).toEqual(['blauwe plekken', 'oma helpt']);
    expect(different.reason).toBeUndefined();
    const one = readSafetyScale({ id: 's2', question: 'Hoe veilig?', scores: [{ who: noor, score: 8, reason: 'ik vind het fijn bij oma' }] }, 's');
    expect(one.scores[0]?.reason).toBe('ik vind het fijn bij oma');
  });

  it('keeps the scale\'s reason next to a person\'s own', () => {
    const scale = readSafetyScale({ id: 's1', question: 'Hoe veilig?', reason: 'iedereen ziet dat oma helpt', scores: [{ who: noor, score: 8, reason: 'oma is lief' }, { who: els, score: 8, reason: 'oma is lief' }] }, 's');
    expect(scale.reason).toBe('iedereen ziet dat oma helpt');
    expect(scale.scores.map((score) => score.reason)).toEqual(['oma is lief', 'oma is lief']);
  });
});

function meetingWithScale(scale: Record<string, unknown>): Meeting {
  const meeting = noorWithMinutes();
  const items = meeting.agendaItems.map((item) =>
    item.id === 'a3' ? { ...item, notes: withBlocks('Zorgen over de ochtenden.', [{ type: 'mdo-safety-scale', ...scale }]) } : item,
  );
  return { ...meeting, agendaItems: items };
}

function scaleOf(meeting: Meeting): SafetyScaleData {
  const scale = deriveMeetingLists(meeting).safetyScales[0]?.data;
  if (!scale) throw new Error('geen schaalvraag');
  return scale;
}

describe('MDO-Markdown', () => {
  const scale = {
    id: 's1',
    question: 'Hoe veilig is Noor thuis?',
    reason: 'school weegt de blauwe plekken zwaarder',
    scores: [
      { who: fatima, score: 5, reason: '' },
      { who: noor, score: 8, reason: 'bij oma is het fijn' },
      { who: els, score: 7, reason: '' },
    ],
  };

  it('writes the scale\'s reason on its line once and a person\'s own reason on a Waarom: line below, and reads both back', () => {
    const written = exportMdoMarkdown(meetingWithScale(scale));
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value).toContain(
      'Schaalvraag: Fatima El Amrani 5, Noor 8, Els de Vries 7 — school weegt de blauwe plekken zwaarder\nWaarom: Noor — bij oma is het fijn\n',
    );
    let next = 0;
    const read = importMdoMarkdown(written.value, { now: new Date('2026-12-10T08:00:00Z'), newId: () => `id-${++next}` });
    if (!read.ok) throw new Error(read.error.message);
    const back = scaleOf(read.value);
    expect(back.reason).toBe('school weegt de blauwe plekken zwaarder');
    expect(back.scores.map((score) => [score.who.name, score.score, score.reason])).toEqual([
      ['Fatima El Amrani', 5, ''],
      ['Noor', 8, 'bij oma is het fijn'],
      ['Els de Vries', 7, ''],
    ]);
    const again = exportMdoMarkdown(read.value);
    expect(again.ok && again.value).toBe(written.value);
  });

  it('refuses a Waarom: line for a name without a score on the line above', () => {
    const written = exportMdoMarkdown(meetingWithScale(scale));
    if (!written.ok) throw new Error(written.error.message);
    const changed = written.value.replace('Waarom: Noor', 'Waarom: Joost Bakker');
    let next = 0;
    const read = importMdoMarkdown(changed, { now: new Date('2026-12-10T08:00:00Z'), newId: () => `id-${++next}` });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.details?.join('\n')).toContain('"Joost Bakker" heeft geen cijfer in de schaalvraag erboven');
  });
});

describe('the minutes in Word', () => {
  it('show the scale\'s reason once under the scores, and leave the people who did not give one without it', async () => {
    const docx = readDocx(
      await packDocx(
        buildMinutesDocument(
          meetingWithScale({
            id: 's1',
            question: 'Hoe veilig is Noor thuis?',
            scores: [
              { who: fatima, score: 5, reason: 'school weegt de blauwe plekken zwaarder' },
              { who: noor, score: 8, reason: 'school weegt de blauwe plekken zwaarder' },
            ],
          }),
          { exportedAt: new Date('2026-12-11T09:00:00Z'), options: FULL_EXPORT },
        ),
      ),
    );
    const paragraphs = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(paragraphs).toContain('Waarom deze cijfers (de hele schaal): school weegt de blauwe plekken zwaarder');
    const scaleTable = docx.tables.find((table) => table[0]?.[0] === 'Wie' && table[0]?.[1] === 'Cijfer');
    expect(scaleTable?.slice(1)).toEqual([
      ['Fatima El Amrani', '5', ''],
      ['Noor', '8', ''],
    ]);
    // Once in the whole document, tables included.
    expect(textOf(docx.document.documentElement!).split('school weegt de blauwe plekken zwaarder')).toHaveLength(2);
  });
});
