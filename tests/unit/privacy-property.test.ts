import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateMeeting } from '../../shared/file/meeting-file';
import type { Confidentiality, Meeting, Participant } from '../../shared/meeting/meeting-schema';
import { normalizeNotes } from '../../shared/notes/lexical/headless';
import { readDocx } from '../support/docx-reader';
import {
  copyProblems,
  exportCopy,
  failOn,
  maySeeAll,
  propertySettings,
  randomMeeting,
  readersOf,
  unpack,
  type CopyDocument,
  type RandomMeeting,
  type Reader,
} from '../support/random-meeting';

/**
 * The privacy rules of the copies as properties of random meetings (fast
 * tier: one reader and one document per case; tests/stress has every reader
 * of thousands of meetings). For a copy of the minutes or the agenda:
 * 1. no text its reader may not see is in any part of the package;
 * 2. decisions, actions and agenda items keep the numbers of the full minutes;
 * 3. the text the reader may see is there.
 * Who may see what comes from the reference model in
 * tests/support/random-meeting.ts, not from the app's own rules. A failure
 * prints the seed and path to replay (MDO_PROPERTY_SEED, MDO_PROPERTY_PATH)
 * and the shrunk meeting as JSON; MDO_PROPERTY_RUNS raises the number of
 * cases. Leaks the properties found are pinned at the end, skipped until the
 * code is fixed.
 */

const meetings = randomMeeting({ maxParticipants: 6, maxItems: 4 });

/** A meeting, one of its readers and one of its two documents. */
const cases: fc.Arbitrary<[RandomMeeting, Reader, CopyDocument]> = meetings.chain((random) =>
  fc.tuple(fc.constant(random), fc.constantFrom(...readersOf(random.meeting)), fc.constantFrom<CopyDocument>('verslag', 'agenda')),
);

describe('a copy of a random meeting', () => {
  it('leaves out what its reader may not see, keeps what they may see, and keeps the numbers of the full minutes', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ([random, reader, document]) => {
        failOn(copyProblems(random, reader, document, await exportCopy(random.meeting, reader, document)));
      }),
      propertySettings(300),
    );
  }, 60_000);
});

describe('the random meetings and their check', () => {
  const sample = (numRuns: number) => fc.sample(meetings, { numRuns, seed: 20_261_210 });

  it('hold notes in the shape the app’s editor saves them', () => {
    for (const random of sample(100)) {
      for (const item of random.meeting.agendaItems) {
        if (item.notes === null) continue;
        const saved = normalizeNotes(item.notes, item.title);
        expect(saved.ok ? saved.value : saved.error.message).toEqual(item.notes);
      }
    }
  });

  it('give every kind of reader something to miss and something restricted to see', () => {
    const counts = { hiddenFromParents: 0, hiddenFromProfessionals: 0, restrictedButForParents: 0, restrictedButForProfessionals: 0, threeDeep: 0, inConfidentialItems: 0 };
    for (const random of sample(200)) {
      for (const text of random.texts) {
        const parents = maySeeAll(text.restrictions, { kind: 'ouders' }, random);
        const professionals = maySeeAll(text.restrictions, { kind: 'professionals' }, random);
        if (!parents) counts.hiddenFromParents += 1;
        if (!professionals) counts.hiddenFromProfessionals += 1;
        if (parents && text.restrictions.length > 0) counts.restrictedButForParents += 1;
        if (professionals && text.restrictions.length > 0) counts.restrictedButForProfessionals += 1;
        if (text.restrictions.length >= 3) counts.threeDeep += 1;
        if (random.meeting.agendaItems[text.itemIndex]!.confidential !== null) counts.inConfidentialItems += 1;
      }
    }
    for (const [what, count] of Object.entries(counts)) expect(count, what).toBeGreaterThan(50);
  });

  it('read the body of a package as tests/support/docx-reader.ts does', async () => {
    for (const random of sample(5)) {
      for (const document of ['verslag', 'agenda'] as const) {
        const bytes = await exportCopy(random.meeting, { kind: 'volledig' }, document);
        const { paragraphs, tables } = readDocx(bytes);
        expect(unpack(bytes)).toMatchObject({ paragraphs, tables });
      }
    }
  });
});

/** The smallest meeting for a known leak: these participants, and one passage "niet voor" these people holding the text GEHEIM-0001. */
function meetingWithOnePassage(participants: Meeting['participants'], notFor: Confidentiality['notFor']): Meeting {
  const text = { detail: 0, format: 0, mode: 'normal', style: '', text: 'GEHEIM-0001 staat in de passage.', type: 'text', version: 1 };
  const paragraph = { children: [text], direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', type: 'paragraph', version: 1 };
  const passage = { children: [paragraph], direction: null, format: '', indent: 0, type: 'mdo-confidential', version: 1, id: 'passage-1', scope: 'niet-voor', notFor };
  const validated = validateMeeting({
    id: 'bekend-lek', title: 'MDO Noor de Vries', date: '2026-12-10', startTime: '14:00', endTime: '15:30', location: '',
    child: { name: 'Noor de Vries', birthDate: '2015-03-14' }, reason: '', goal: '',
    chair: { participantId: null, name: '' }, noteTaker: { participantId: null, name: '' }, coordinator: { participantId: null, name: '' },
    participants,
    notInvitedReasons: { parents: '', child: '' },
    agendaItems: [{
      id: 'punt-1', title: 'Zorgen', minutes: 10, leadId: null, kind: 'bespreking', childInterest: '', sharingBasis: null, confidential: null,
      notes: { root: { children: [passage], direction: null, format: '', indent: 0, type: 'root', version: 1 } },
    }],
    nextMeeting: { date: null, time: null }, sharingBasis: null, exportLog: [], status: 'concept',
    createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:30:00.000Z',
  });
  if (!validated.ok) throw new Error(validated.error.details?.join(' ') ?? validated.error.message);
  return validated.value;
}

function person(id: string, name: string, fn: string, organisation: string, role: Participant['role']): Participant {
  return { id, name, function: fn, organisation, email: '', attendance: 'aanwezig', role };
}

/** Every part of the minutes for this reader, as one text. */
async function minutesFor(meeting: Meeting, reader: Reader): Promise<string> {
  return unpack(await exportCopy(meeting, reader, 'verslag')).parts.map(([, content]) => content).join('\n');
}

describe('known leaks, found by the properties (remove .skip when the code is fixed)', () => {
  // shared/privacy/audience.ts: "a name in 'niet voor' that matches no participant could be anybody, so only the full minutes show it".
  it('leak fixed: a professional’s own copy shows a passage "niet voor" somebody on no participant list, who could be them', async () => {
    const meeting = meetingWithOnePassage(
      [person('p1', 'Sanne Visser', 'jeugdverpleegkundige', 'GGD Hollands Midden', 'professional')],
      [{ participantId: null, name: 'S. Visser' }],
    );
    expect(await minutesFor(meeting, { kind: 'volledig' })).toContain('GEHEIM-0001');
    expect(await minutesFor(meeting, { kind: 'professionals' })).not.toContain('GEHEIM-0001');
    expect(await minutesFor(meeting, { kind: 'deelnemer', index: 0 })).not.toContain('GEHEIM-0001');
  });

  // The Markdown import links "niet voor Els de Vries" to nobody when two participants have that name; the copies take it for the first.
  it('leak fixed: a passage "niet voor" a name two participants share reaches the second of them, and the parents’ copy', async () => {
    const meeting = meetingWithOnePassage(
      [person('p1', 'Els de Vries', 'leerkracht groep 4', 'OBS De Regenboog', null), person('p2', 'Els de Vries', 'moeder', '', null)],
      [{ participantId: null, name: 'Els de Vries' }],
    );
    expect(await minutesFor(meeting, { kind: 'volledig' })).toContain('GEHEIM-0001');
    expect(await minutesFor(meeting, { kind: 'deelnemer', index: 1 })).not.toContain('GEHEIM-0001');
    expect(await minutesFor(meeting, { kind: 'ouders' })).not.toContain('GEHEIM-0001');
  });
});
